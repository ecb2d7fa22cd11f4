from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.existing_member_ids import ExistingMemberIds
    from ..models.new_member_ids import NewMemberIds


T = TypeVar("T", bound="SignupResult")


@_attrs_define
class SignupResult:
    """Member identifiers by email address, split into new and already existing members.

    Attributes:
        new (NewMemberIds): The members created by this request, email address -> identifier.
        found (ExistingMemberIds): The members that already existed, email address -> identifier.
    """

    new: NewMemberIds
    found: ExistingMemberIds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new = self.new.to_dict()

        found = self.found.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new": new,
                "found": found,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.existing_member_ids import ExistingMemberIds  # noqa: PLC0415
        from ..models.new_member_ids import NewMemberIds  # noqa: PLC0415

        d = dict(src_dict)
        new = NewMemberIds.from_dict(d.pop("new"))

        found = ExistingMemberIds.from_dict(d.pop("found"))

        signup_result = cls(
            new=new,
            found=found,
        )

        signup_result.additional_properties = d
        return signup_result

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
