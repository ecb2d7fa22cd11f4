from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberPassCodesResponse")


@_attrs_define
class MemberPassCodesResponse:
    """A member's email address and the codes of the member's passes.

    Attributes:
        success (bool):
        email (str): The member's email address.
        pass_codes (list[str]): The codes of the member's passes.
    """

    success: bool
    email: str
    pass_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        email = self.email

        pass_codes = self.pass_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "email": email,
                "pass_codes": pass_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        email = d.pop("email")

        pass_codes = cast(list[str], d.pop("pass_codes"))

        member_pass_codes_response = cls(
            success=success,
            email=email,
            pass_codes=pass_codes,
        )

        member_pass_codes_response.additional_properties = d
        return member_pass_codes_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
