from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePassPointsRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UpdatePassPointsRequest:
    """The points to add to or subtract from a storecard pass.

    Attributes:
        points (int): The points to add (positive) or subtract (negative).
        brand_id (UUID): The identifier of the brand.
        pass_code (str): The code of the storecard pass.
        external_reference (str | Unset): The transaction's reference in your own system.
    """

    points: int
    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    pass_code: str
    external_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        brand_id = str(self.brand_id)

        pass_code = self.pass_code

        external_reference = self.external_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
                "brand_id": brand_id,
                "pass_code": pass_code,
            }
        )
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points")

        brand_id = UUID(str(d.pop("brand_id")))

        pass_code = d.pop("pass_code")

        external_reference = d.pop("external_reference", UNSET)

        update_pass_points_request = cls(
            points=points,
            brand_id=brand_id,
            pass_code=pass_code,
            external_reference=external_reference,
        )

        update_pass_points_request.additional_properties = d
        return update_pass_points_request

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
