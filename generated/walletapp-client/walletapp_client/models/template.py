from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """A mail template.

    Attributes:
        identifier (str): The identifier of the template.
        title (str): The name of the template.
        subject (str): The subject line of the mail.
        sender (str): The sender of the mail.
    """

    identifier: str
    title: str
    subject: str
    sender: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        subject = self.subject

        sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "subject": subject,
                "sender": sender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        title = d.pop("title")

        subject = d.pop("subject")

        sender = d.pop("sender")

        template = cls(
            identifier=identifier,
            title=title,
            subject=subject,
            sender=sender,
        )

        template.additional_properties = d
        return template

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
