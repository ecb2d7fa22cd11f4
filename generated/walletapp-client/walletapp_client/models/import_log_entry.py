from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportLogEntry")


@_attrs_define
class ImportLogEntry:
    """When a member last received points through an import.

    Attributes:
        email (str): The member's email address.
        last_updated (datetime.datetime | str): A point in time in an answer. The documentation shows only placeholders
            (`<timestamp>`,
            `<creation_date>`, ...); WalletApp answers RFC 3339 date-times (`2026-03-14T09:26:53.000000Z`,
            Laravel's JSON dates) as far as known, and any other string is accepted too. A date-time read from
            an answer can be sent back unchanged where a `Timestamp` is asked for.
    """

    email: str
    last_updated: datetime.datetime | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        last_updated: str
        if isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "last_updated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_last_updated(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        last_updated = _parse_last_updated(d.pop("last_updated"))

        import_log_entry = cls(
            email=email,
            last_updated=last_updated,
        )

        import_log_entry.additional_properties = d
        return import_log_entry

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
