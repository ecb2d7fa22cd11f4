from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="PassStorecard")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassStorecard:
    """The storecard a pass belongs to, with the pass's points and balance.

    Attributes:
        identifier (UUID): The identifier of the storecard.
        points (int): The points on the pass.
        balance (float): The monetary balance on the pass.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    points: int
    balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        points = self.points

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "points": points,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        points = d.pop("points")

        balance = d.pop("balance")

        pass_storecard = cls(
            identifier=identifier,
            points=points,
            balance=balance,
        )

        pass_storecard.additional_properties = d
        return pass_storecard

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
