from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="SetFavoriteLocationRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SetFavoriteLocationRequest:
    """A location and the members who get it as their favourite location.

    Attributes:
        location_id (str): The identifier of the location.
        users (list[UUID]): The identifiers of the members.
    """

    location_id: str
    users: list[UUID] = _attrs_field(converter=_types.as_uuid_list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        users = []
        for users_item_data in self.users:
            users_item = str(users_item_data)
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_id": location_id,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location_id = d.pop("location_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UUID(str(users_item_data))

            users.append(users_item)

        set_favorite_location_request = cls(
            location_id=location_id,
            users=users,
        )

        set_favorite_location_request.additional_properties = d
        return set_favorite_location_request

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
