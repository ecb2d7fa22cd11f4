from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="BatchFailed")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BatchFailed:
    """A batch has failed.

    Attributes:
        status (Literal['failed']):
        batch_id (UUID): The identifier of the batch.
        error (str): Why the batch failed.
    """

    status: Literal["failed"]
    batch_id: UUID = _attrs_field(converter=_types.as_uuid)
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        batch_id = str(self.batch_id)

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "batch_id": batch_id,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["failed"], d.pop("status"))
        if status != "failed":
            raise ValueError(f"status must match const 'failed', got '{status}'")

        batch_id = UUID(str(d.pop("batch_id")))

        error = d.pop("error")

        batch_failed = cls(
            status=status,
            batch_id=batch_id,
            error=error,
        )

        batch_failed.additional_properties = d
        return batch_failed

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
