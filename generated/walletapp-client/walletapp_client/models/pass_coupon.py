from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="PassCoupon")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassCoupon:
    """The coupon a pass belongs to.

    Attributes:
        identifier (UUID): The identifier of the coupon.
        price (float | None): The coupon's price in the coupon shop.
        points (int | None): The coupon's price in points in the coupon shop.
        external_reference (None | str): The coupon's reference in your own system.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    price: float | None
    points: int | None
    external_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        price: float | None
        price = self.price

        points: int | None
        points = self.points

        external_reference: None | str
        external_reference = self.external_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "price": price,
                "points": points,
                "external_reference": external_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        def _parse_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        price = _parse_price(d.pop("price"))

        def _parse_points(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        points = _parse_points(d.pop("points"))

        def _parse_external_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_reference = _parse_external_reference(d.pop("external_reference"))

        pass_coupon = cls(
            identifier=identifier,
            price=price,
            points=points,
            external_reference=external_reference,
        )

        pass_coupon.additional_properties = d
        return pass_coupon

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
