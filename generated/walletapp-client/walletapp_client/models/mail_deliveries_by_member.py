from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mail_delivery import MailDelivery


T = TypeVar("T", bound="MailDeliveriesByMember")


@_attrs_define
class MailDeliveriesByMember(MutableMapping[str, "MailDelivery"]):
    """Member identifier -> the status of the mail to that member."""

    additional_properties: dict[str, MailDelivery] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_delivery import MailDelivery  # noqa: PLC0415

        d = dict(src_dict)
        mail_deliveries_by_member = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MailDelivery.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        mail_deliveries_by_member.additional_properties = additional_properties
        return mail_deliveries_by_member

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MailDelivery:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MailDelivery) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)
