from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="UnsubscribeMemberRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UnsubscribeMemberRequest:
    """The member to unsubscribe.

    Attributes:
        brand_id (UUID): The identifier of the brand.
        email (str): The member's email address.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = str(self.brand_id)

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        email = d.pop("email")

        unsubscribe_member_request = cls(
            brand_id=brand_id,
            email=email,
        )

        unsubscribe_member_request.additional_properties = d
        return unsubscribe_member_request

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
