from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="MailDelivery")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MailDelivery:
    """The status of a mail.

    Attributes:
        status (str): The mailing status.
        transaction_id (UUID): The identifier of the mail's transaction.
    """

    status: str
    transaction_id: UUID = _attrs_field(converter=_types.as_uuid)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        transaction_id = str(self.transaction_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "transaction_id": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        transaction_id = UUID(str(d.pop("transaction_id")))

        mail_delivery = cls(
            status=status,
            transaction_id=transaction_id,
        )

        mail_delivery.additional_properties = d
        return mail_delivery

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
