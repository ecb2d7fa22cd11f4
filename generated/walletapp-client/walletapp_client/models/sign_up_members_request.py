from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

if TYPE_CHECKING:
    from ..models.signup_user import SignupUser


T = TypeVar("T", bound="SignUpMembersRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SignUpMembersRequest:
    """The members to sign up for a brand.

    Attributes:
        brand_id (UUID): The identifier of the brand.
        users (list[SignupUser]): The members to sign up.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    users: list[SignupUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = str(self.brand_id)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signup_user import SignupUser  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = SignupUser.from_dict(users_item_data)

            users.append(users_item)

        sign_up_members_request = cls(
            brand_id=brand_id,
            users=users,
        )

        sign_up_members_request.additional_properties = d
        return sign_up_members_request

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
