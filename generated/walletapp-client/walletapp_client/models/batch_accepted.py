from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="BatchAccepted")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class BatchAccepted:
    """An accepted asynchronous batch.

    Attributes:
        webhook_url (None | str): Where the `BatchEvent` will be POSTed (null for a mail batch requested without one).
        batch_id (str): The identifier of the batch, for its status page: any string (the bulk page shows
            `<unique_batch_id>`, the mailing page `<uuid>`).
        queued (list[UUID]): The identifiers of the members the batch will process.
        not_found (list[UUID]): The identifiers of the request that match no member of the brand; they are skipped.
    """

    webhook_url: None | str
    batch_id: str
    queued: list[UUID] = _attrs_field(converter=_types.as_uuid_list)
    not_found: list[UUID] = _attrs_field(converter=_types.as_uuid_list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url: None | str
        webhook_url = self.webhook_url

        batch_id = self.batch_id

        queued = []
        for queued_item_data in self.queued:
            queued_item = str(queued_item_data)
            queued.append(queued_item)

        not_found = []
        for not_found_item_data in self.not_found:
            not_found_item = str(not_found_item_data)
            not_found.append(not_found_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_url": webhook_url,
                "batch_id": batch_id,
                "queued": queued,
                "not_found": not_found,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_webhook_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url"))

        batch_id = d.pop("batch_id")

        queued = []
        _queued = d.pop("queued")
        for queued_item_data in _queued:
            queued_item = UUID(str(queued_item_data))

            queued.append(queued_item)

        not_found = []
        _not_found = d.pop("not_found")
        for not_found_item_data in _not_found:
            not_found_item = UUID(str(not_found_item_data))

            not_found.append(not_found_item)

        batch_accepted = cls(
            webhook_url=webhook_url,
            batch_id=batch_id,
            queued=queued,
            not_found=not_found,
        )

        batch_accepted.additional_properties = d
        return batch_accepted

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
