from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_state import BatchState, check_batch_state

if TYPE_CHECKING:
    from ..models.pass_batch_result import PassBatchResult


T = TypeVar("T", bound="PassBatchStatus")


@_attrs_define
class PassBatchStatus:
    """The status of a coupon, storecard or points batch.

    Attributes:
        requested_at (datetime.datetime | str): A point in time in an answer. The documentation shows only placeholders
            (`<timestamp>`,
            `<creation_date>`, ...); WalletApp answers RFC 3339 date-times (`2026-03-14T09:26:53.000000Z`,
            Laravel's JSON dates) as far as known, and any other string is accepted too. A date-time read from
            an answer can be sent back unchanged where a `Timestamp` is asked for.
        started_processing_at (datetime.datetime | None | str): When processing started, or null while queued.
        finished_processing_at (datetime.datetime | None | str): When processing ended, or null until then.
        status (BatchState | str): The status of a batch on its status page: one of the `BatchState` words as far as
            known, or any
            other word (the documentation shows only `<status>`).
        passes (list[PassBatchResult]): The passes created or updated (empty until the batch has finished).
    """

    requested_at: datetime.datetime | str
    started_processing_at: datetime.datetime | None | str
    finished_processing_at: datetime.datetime | None | str
    status: BatchState | str
    passes: list[PassBatchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_at: str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        started_processing_at: None | str
        if isinstance(self.started_processing_at, datetime.datetime):
            started_processing_at = self.started_processing_at.isoformat()
        else:
            started_processing_at = self.started_processing_at

        finished_processing_at: None | str
        if isinstance(self.finished_processing_at, datetime.datetime):
            finished_processing_at = self.finished_processing_at.isoformat()
        else:
            finished_processing_at = self.finished_processing_at

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        passes = []
        for passes_item_data in self.passes:
            passes_item = passes_item_data.to_dict()
            passes.append(passes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_at": requested_at,
                "started_processing_at": started_processing_at,
                "finished_processing_at": finished_processing_at,
                "status": status,
                "passes": passes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pass_batch_result import PassBatchResult  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_requested_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))

        def _parse_started_processing_at(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        started_processing_at = _parse_started_processing_at(d.pop("started_processing_at"))

        def _parse_finished_processing_at(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        finished_processing_at = _parse_finished_processing_at(d.pop("finished_processing_at"))

        def _parse_status(data: object) -> BatchState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_batch_status_answer_type_0 = check_batch_state(data)

                return componentsschemas_batch_status_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchState | str, data)

        status = _parse_status(d.pop("status"))

        passes = []
        _passes = d.pop("passes")
        for passes_item_data in _passes:
            passes_item = PassBatchResult.from_dict(passes_item_data)

            passes.append(passes_item)

        pass_batch_status = cls(
            requested_at=requested_at,
            started_processing_at=started_processing_at,
            finished_processing_at=finished_processing_at,
            status=status,
            passes=passes,
        )

        pass_batch_status.additional_properties = d
        return pass_batch_status

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
