from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="PassTransaction")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassTransaction:
    """A change to a pass, recorded as a transaction.

    Attributes:
        success (bool):
        message (str): What was done.
        transaction_id (UUID): The identifier of the transaction.
    """

    success: bool
    message: str
    transaction_id: UUID = _attrs_field(converter=_types.as_uuid)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        transaction_id = str(self.transaction_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "transaction_id": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        transaction_id = UUID(str(d.pop("transaction_id")))

        pass_transaction = cls(
            success=success,
            message=message,
            transaction_id=transaction_id,
        )

        pass_transaction.additional_properties = d
        return pass_transaction

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
