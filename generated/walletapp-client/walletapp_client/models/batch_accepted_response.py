from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_accepted import BatchAccepted


T = TypeVar("T", bound="BatchAcceptedResponse")


@_attrs_define
class BatchAcceptedResponse:
    """An accepted asynchronous batch.

    Attributes:
        message (str): Always `Request successful`.
        data (BatchAccepted): An accepted asynchronous batch.
    """

    message: str
    data: BatchAccepted
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_accepted import BatchAccepted  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        data = BatchAccepted.from_dict(d.pop("data"))

        batch_accepted_response = cls(
            message=message,
            data=data,
        )

        batch_accepted_response.additional_properties = d
        return batch_accepted_response

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
