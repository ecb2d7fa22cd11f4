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
        created_at (datetime.datetime): When the mail was created.
        updated_at (datetime.datetime): When the mail's status last changed.
    """

    uuid: UUID = _attrs_field(converter=_types.as_uuid)
    mailing_error: None | str
    mailing_status: str
    provider_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        mailing_error: None | str
        mailing_error = self.mailing_error

        mailing_status = self.mailing_status

        provider_id: None | str
        provider_id = self.provider_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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
