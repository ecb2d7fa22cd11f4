from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LicensePlateAssignment")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class LicensePlateAssignment:
    """Licence plates to add to a member.

    Attributes:
        identifier (UUID): The identifier of the member.
        licenseplates (list[str] | Unset): The licence plates to add.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    licenseplates: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        licenseplates: list[str] | Unset = UNSET
        if not isinstance(self.licenseplates, Unset):
            licenseplates = self.licenseplates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if licenseplates is not UNSET:
            field_dict["licenseplates"] = licenseplates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        licenseplates = cast(list[str], d.pop("licenseplates", UNSET))

        license_plate_assignment = cls(
            identifier=identifier,
            licenseplates=licenseplates,
        )

        license_plate_assignment.additional_properties = d
        return license_plate_assignment

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
