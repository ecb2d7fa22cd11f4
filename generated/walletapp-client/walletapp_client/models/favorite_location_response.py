from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="FavoriteLocationResponse")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class FavoriteLocationResponse:
    """The members whose favourite location was set.

    Attributes:
        success (bool):
        users (list[UUID]): The identifiers of the updated members.
    """

    success: bool
    users: list[UUID] = _attrs_field(converter=_types.as_uuid_list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        users = []
        for users_item_data in self.users:
            users_item = str(users_item_data)
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UUID(str(users_item_data))

            users.append(users_item)

        favorite_location_response = cls(
            success=success,
            users=users,
        )

        favorite_location_response.additional_properties = d
        return favorite_location_response

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
