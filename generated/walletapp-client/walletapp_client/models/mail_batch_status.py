from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_state import BatchState, check_batch_state

if TYPE_CHECKING:
    from ..models.mail_result import MailResult


T = TypeVar("T", bound="MailBatchStatus")


@_attrs_define
class MailBatchStatus:
    """The status of a mail batch.

    Attributes:
        requested_at (datetime.datetime): When the batch was requested.
        started_processing_at (datetime.datetime | None): When processing started, or null while queued.
        finished_processing_at (datetime.datetime | None): When processing ended, or null until then.
        status (BatchState): Where an asynchronous batch is in its life cycle.
        mails (list[MailResult]): The mails of the batch.
    """

    requested_at: datetime.datetime
    started_processing_at: datetime.datetime | None
    finished_processing_at: datetime.datetime | None
    status: BatchState
    mails: list[MailResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_at = self.requested_at.isoformat()

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

        status: str = self.status

        mails = []
        for mails_item_data in self.mails:
            mails_item = mails_item_data.to_dict()
            mails.append(mails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_at": requested_at,
                "started_processing_at": started_processing_at,
                "finished_processing_at": finished_processing_at,
                "status": status,
                "mails": mails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_result import MailResult  # noqa: PLC0415

        d = dict(src_dict)
        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        def _parse_started_processing_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_processing_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_processing_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_processing_at = _parse_started_processing_at(d.pop("started_processing_at"))

        def _parse_finished_processing_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_processing_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_processing_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_processing_at = _parse_finished_processing_at(d.pop("finished_processing_at"))

        status = check_batch_state(d.pop("status"))

        mails = []
        _mails = d.pop("mails")
        for mails_item_data in _mails:
            mails_item = MailResult.from_dict(mails_item_data)

            mails.append(mails_item)

        mail_batch_status = cls(
            requested_at=requested_at,
            started_processing_at=started_processing_at,
            finished_processing_at=finished_processing_at,
            status=status,
            mails=mails,
        )

        mail_batch_status.additional_properties = d
        return mail_batch_status

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
