from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="TemplateDetail")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TemplateDetail:
    """A mail template with its HTML and merge tags.

    Attributes:
        identifier (str): The identifier of the template.
        title (str): The name of the template.
        subject (str): The subject line of the mail.
        sender (str): The sender of the mail.
        brand_id (UUID): The identifier of the brand.
        html (str): The HTML body of the template, with merge tags.
        reserved_tags (list[str]): Merge tags filled in by the system; a recipient property of that name overrides them.
        custom_tags (list[str]): Merge tags of this template, filled from the recipient's properties of that name.
    """

    identifier: str
    title: str
    subject: str
    sender: str
    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    html: str
    reserved_tags: list[str]
    custom_tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        title = self.title

        subject = self.subject

        sender = self.sender

        brand_id = str(self.brand_id)

        html = self.html

        reserved_tags = self.reserved_tags

        custom_tags = self.custom_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "title": title,
                "subject": subject,
                "sender": sender,
                "brand_id": brand_id,
                "html": html,
                "reserved_tags": reserved_tags,
                "custom_tags": custom_tags,
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

        brand_id = UUID(str(d.pop("brand_id")))

        html = d.pop("html")

        reserved_tags = cast(list[str], d.pop("reserved_tags"))

        custom_tags = cast(list[str], d.pop("custom_tags"))

        template_detail = cls(
            identifier=identifier,
            title=title,
            subject=subject,
            sender=sender,
            brand_id=brand_id,
            html=html,
            reserved_tags=reserved_tags,
            custom_tags=custom_tags,
        )

        template_detail.additional_properties = d
        return template_detail

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
