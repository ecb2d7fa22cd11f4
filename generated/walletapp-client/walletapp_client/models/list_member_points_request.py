from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMemberPointsRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ListMemberPointsRequest:
    """Which members' points balances to list.

    Attributes:
        brand_id (UUID): The identifier of the brand.
        storecard_id (UUID | Unset): Only list the passes of this storecard.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    storecard_id: UUID | Unset = _attrs_field(default=UNSET, converter=_types.as_uuid_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = str(self.brand_id)

        storecard_id: str | Unset = UNSET
        if not isinstance(self.storecard_id, Unset):
            storecard_id = str(self.storecard_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
            }
        )
        if storecard_id is not UNSET:
            field_dict["storecard_id"] = storecard_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        _storecard_id = d.pop("storecard_id", UNSET)
        storecard_id: UUID | Unset
        if isinstance(_storecard_id, Unset):
            storecard_id = UNSET
        else:
            storecard_id = UUID(str(_storecard_id))

        list_member_points_request = cls(
            brand_id=brand_id,
            storecard_id=storecard_id,
        )

        list_member_points_request.additional_properties = d
        return list_member_points_request

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
