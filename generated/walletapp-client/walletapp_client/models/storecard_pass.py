from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pass_status import PassStatus, check_pass_status

T = TypeVar("T", bound="StorecardPass")


@_attrs_define
class StorecardPass:
    """A member's storecard pass with its points and balance.

    Attributes:
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
        expiration_date (datetime.datetime | None | str): When the pass expires, or null when it does not.
        start_date (datetime.datetime | None | str): When the pass becomes valid, or null when it is valid at once.
        qr_code (str): The code shown as QR code on the pass.
        wlnt_code (str): The unique WalletApp (WLNT) code of the pass.
        points (int): The points on the pass.
        balance (float): The monetary balance on the pass.
        storecard_title (str): The title of the storecard.
        storecard_thumbnail_url (None | str): The image of the storecard (its URL, as far as known). The documentation's
            placeholder reads
            `<title of the associated Storecard>`; the field's name says thumbnail URL.
        status (PassStatus | str): The status of a pass in an answer: one of the `PassStatus` words as far as known, or
            any other
            word (the documentation shows `<status of this pass>`, and `active` once).
    """

    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    expiration_date: datetime.datetime | None | str
    start_date: datetime.datetime | None | str
    qr_code: str
    wlnt_code: str
    points: int
    balance: float
    storecard_title: str
    storecard_thumbnail_url: None | str
    status: PassStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        qr_code = self.qr_code

        wlnt_code = self.wlnt_code

        points = self.points

        balance = self.balance

        storecard_title = self.storecard_title

        storecard_thumbnail_url: None | str
        storecard_thumbnail_url = self.storecard_thumbnail_url

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "expiration_date": expiration_date,
                "start_date": start_date,
                "qr_code": qr_code,
                "wlnt_code": wlnt_code,
                "points": points,
                "balance": balance,
                "storecard_title": storecard_title,
                "storecard_thumbnail_url": storecard_thumbnail_url,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_expiration_date(data: object) -> datetime.datetime | None | str:
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

        expiration_date = _parse_expiration_date(d.pop("expiration_date"))

        def _parse_start_date(data: object) -> datetime.datetime | None | str:
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

        start_date = _parse_start_date(d.pop("start_date"))

        qr_code = d.pop("qr_code")

        wlnt_code = d.pop("wlnt_code")

        points = d.pop("points")

        balance = d.pop("balance")

        storecard_title = d.pop("storecard_title")

        def _parse_storecard_thumbnail_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        storecard_thumbnail_url = _parse_storecard_thumbnail_url(d.pop("storecard_thumbnail_url"))

        def _parse_status(data: object) -> PassStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pass_status_answer_type_0 = check_pass_status(data)

                return componentsschemas_pass_status_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PassStatus | str, data)

        status = _parse_status(d.pop("status"))

        storecard_pass = cls(
            created_at=created_at,
            updated_at=updated_at,
            expiration_date=expiration_date,
            start_date=start_date,
            qr_code=qr_code,
            wlnt_code=wlnt_code,
            points=points,
            balance=balance,
            storecard_title=storecard_title,
            storecard_thumbnail_url=storecard_thumbnail_url,
            status=status,
        )

        storecard_pass.additional_properties = d
        return storecard_pass

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
