from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="MailResult")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MailResult:
    """One mail of a mail batch.

    Attributes:
        uuid (UUID): The identifier of the mail.
        mailing_error (None | str): Why the mail failed, or null.
        mailing_status (str): The delivery status of the mail.
        provider_id (None | str): The mail's identifier at the mail provider, or null before it was handed over.
        created_at (datetime.datetime | str): A point in time in an answer. The documentation shows only placeholders
            (`<timestamp>`,
            `<creation_date>`, ...); WalletApp answers RFC 3339 date-times (`2026-03-14T09:26:53.000000Z`,
            Laravel's JSON dates) as far as known, and any other string is accepted too. A date-time read from
            an answer can be sent back unchanged where a `Timestamp` is asked for.
        updated_at (datetime.datetime | str): A point in time in an answer. The documentation shows only placeholders
            (`<timestamp>`,
            `<creation_date>`, ...); WalletApp answers RFC 3339 date-times (`2026-03-14T09:26:53.000000Z`,
            Laravel's JSON dates) as far as known, and any other string is accepted too. A date-time read from
            an answer can be sent back unchanged where a `Timestamp` is asked for.
    """

    uuid: UUID = _attrs_field(converter=_types.as_uuid)
    mailing_error: None | str
    mailing_status: str
    provider_id: None | str
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        mailing_error: None | str
        mailing_error = self.mailing_error

        mailing_status = self.mailing_status

        provider_id: None | str
        provider_id = self.provider_id

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "mailing_error": mailing_error,
                "mailing_status": mailing_status,
                "provider_id": provider_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(str(d.pop("uuid")))

        def _parse_mailing_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mailing_error = _parse_mailing_error(d.pop("mailing_error"))

        mailing_status = d.pop("mailing_status")

        def _parse_provider_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_id = _parse_provider_id(d.pop("provider_id"))

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        mail_result = cls(
            uuid=uuid,
            mailing_error=mailing_error,
            mailing_status=mailing_status,
            provider_id=provider_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        mail_result.additional_properties = d
        return mail_result

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
