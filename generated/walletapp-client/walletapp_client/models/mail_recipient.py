from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="MailRecipient")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MailRecipient:
    """The member to mail. Every property besides `identifier` fills the template's merge tag of that
    name (custom tags, or reserved tags to override the system value).

        Attributes:
            identifier (UUID): The identifier of the member.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        mail_recipient = cls(
            identifier=identifier,
        )

        mail_recipient.additional_properties = d
        return mail_recipient

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
