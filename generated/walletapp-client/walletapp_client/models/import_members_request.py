from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_user import ImportUser


T = TypeVar("T", bound="ImportMembersRequest")


@_attrs_define
class ImportMembersRequest:
    """The members to import into an organization (at most 2,000 per request).

    Attributes:
        organization_id (str): The identifier of the organization the import belongs to.
        users (list[ImportUser]): The members to import.
    """

    organization_id: str
    users: list[ImportUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_user import ImportUser  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = ImportUser.from_dict(users_item_data)

            users.append(users_item)

        import_members_request = cls(
            organization_id=organization_id,
            users=users,
        )

        import_members_request.additional_properties = d
        return import_members_request

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
