from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..models.pass_status import PassStatus, check_pass_status

if TYPE_CHECKING:
    from ..models.pass_search_brand import PassSearchBrand
    from ..models.pass_search_coupon import PassSearchCoupon


T = TypeVar("T", bound="PassSearchResult")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassSearchResult:
    """A pass found by its code.

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
        downloaded (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values
            the
            documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
        start_date (datetime.datetime | None | str): When the pass becomes valid, or null when it is valid at once.
        batch_reference (None | str): The batch that created the pass, or null.
        reminder_date (datetime.datetime | None | str): When the expiration reminder is due, or null.
        download_lat (float | None): The latitude where the pass was downloaded, or null.
        user_name (None | str): The name of the member.
        member_id (UUID): The identifier of the member.
        download_long (float | None): The longitude where the pass was downloaded, or null.
        pass_code (str): The code of the pass.
        status (PassStatus | str): The status of a pass in an answer: one of the `PassStatus` words as far as known, or
            any other
            word (the documentation shows `<status of this pass>`, and `active` once).
        brand (PassSearchBrand): The brand of a pass found by code.
        coupon (None | PassSearchCoupon): The coupon of a coupon pass; null for a storecard pass.
    """

    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    expiration_date: datetime.datetime | None | str
    downloaded: int
    start_date: datetime.datetime | None | str
    batch_reference: None | str
    reminder_date: datetime.datetime | None | str
    download_lat: float | None
    user_name: None | str
    member_id: UUID = _attrs_field(converter=_types.as_uuid)
    download_long: float | None
    pass_code: str
    status: PassStatus | str
    brand: PassSearchBrand
    coupon: None | PassSearchCoupon
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pass_search_coupon import PassSearchCoupon  # noqa: PLC0415

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

        downloaded = self.downloaded

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        batch_reference: None | str
        batch_reference = self.batch_reference

        reminder_date: None | str
        if isinstance(self.reminder_date, datetime.datetime):
            reminder_date = self.reminder_date.isoformat()
        else:
            reminder_date = self.reminder_date

        download_lat: float | None
        download_lat = self.download_lat

        user_name: None | str
        user_name = self.user_name

        member_id = str(self.member_id)

        download_long: float | None
        download_long = self.download_long

        pass_code = self.pass_code

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        brand = self.brand.to_dict()

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, PassSearchCoupon):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "expiration_date": expiration_date,
                "downloaded": downloaded,
                "start_date": start_date,
                "batch_reference": batch_reference,
                "reminder_date": reminder_date,
                "download_lat": download_lat,
                "user_name": user_name,
                "member_id": member_id,
                "download_long": download_long,
                "pass_code": pass_code,
                "status": status,
                "brand": brand,
                "coupon": coupon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pass_search_brand import PassSearchBrand  # noqa: PLC0415
        from ..models.pass_search_coupon import PassSearchCoupon  # noqa: PLC0415

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

        downloaded = d.pop("downloaded")

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

        def _parse_batch_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        batch_reference = _parse_batch_reference(d.pop("batch_reference"))

        def _parse_reminder_date(data: object) -> datetime.datetime | None | str:
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

        reminder_date = _parse_reminder_date(d.pop("reminder_date"))

        def _parse_download_lat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        download_lat = _parse_download_lat(d.pop("download_lat"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        member_id = UUID(str(d.pop("member_id")))

        def _parse_download_long(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        download_long = _parse_download_long(d.pop("download_long"))

        pass_code = d.pop("pass_code")

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

        brand = PassSearchBrand.from_dict(d.pop("brand"))

        def _parse_coupon(data: object) -> None | PassSearchCoupon:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_type_0 = PassSearchCoupon.from_dict(data)

                return coupon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PassSearchCoupon, data)

        coupon = _parse_coupon(d.pop("coupon"))

        pass_search_result = cls(
            created_at=created_at,
            updated_at=updated_at,
            expiration_date=expiration_date,
            downloaded=downloaded,
            start_date=start_date,
            batch_reference=batch_reference,
            reminder_date=reminder_date,
            download_lat=download_lat,
            user_name=user_name,
            member_id=member_id,
            download_long=download_long,
            pass_code=pass_code,
            status=status,
            brand=brand,
            coupon=coupon,
        )

        pass_search_result.additional_properties = d
        return pass_search_result

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
