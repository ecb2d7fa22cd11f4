from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

if TYPE_CHECKING:
    from ..models.pass_coupon import PassCoupon
    from ..models.pass_storecard import PassStorecard


T = TypeVar("T", bound="WalletPass")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class WalletPass:
    """A member's pass: "a coupon, a storecard or a prepaidcard". `coupon` and `storecard` describe the
    product of the pass where it has one (the documentation's example fills both); the documentation
    shows no fields of a prepaidcard.

        Attributes:
            brand_id (UUID): The identifier of the brand.
            code (str): The code of the pass.
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
            demo (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            redeemed (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            active (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            expired (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            blocked (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            reminder_send (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values
                the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            expiration_date (datetime.datetime | None | str): When the pass expires, or null when it does not.
            start_date (datetime.datetime | None | str): When the pass becomes valid, or null when it is valid at once.
            reminder_date (datetime.datetime | None | str): When the expiration reminder is due, or null.
            parsed_historical (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only
                values the
                documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
            coupon (None | PassCoupon): The coupon of a coupon pass, or null.
            storecard (None | PassStorecard): The storecard of a storecard pass, with the pass's points and balance, or
                null.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    code: str
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    demo: int
    redeemed: int
    active: int
    expired: int
    blocked: int
    reminder_send: int
    expiration_date: datetime.datetime | None | str
    start_date: datetime.datetime | None | str
    reminder_date: datetime.datetime | None | str
    parsed_historical: int
    coupon: None | PassCoupon
    storecard: None | PassStorecard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pass_coupon import PassCoupon  # noqa: PLC0415
        from ..models.pass_storecard import PassStorecard  # noqa: PLC0415

        brand_id = str(self.brand_id)

        code = self.code

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

        demo = self.demo

        redeemed = self.redeemed

        active = self.active

        expired = self.expired

        blocked = self.blocked

        reminder_send = self.reminder_send

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

        reminder_date: None | str
        if isinstance(self.reminder_date, datetime.datetime):
            reminder_date = self.reminder_date.isoformat()
        else:
            reminder_date = self.reminder_date

        parsed_historical = self.parsed_historical

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, PassCoupon):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        storecard: dict[str, Any] | None
        if isinstance(self.storecard, PassStorecard):
            storecard = self.storecard.to_dict()
        else:
            storecard = self.storecard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "code": code,
                "created_at": created_at,
                "updated_at": updated_at,
                "demo": demo,
                "redeemed": redeemed,
                "active": active,
                "expired": expired,
                "blocked": blocked,
                "reminder_send": reminder_send,
                "expiration_date": expiration_date,
                "start_date": start_date,
                "reminder_date": reminder_date,
                "parsed_historical": parsed_historical,
                "coupon": coupon,
                "storecard": storecard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pass_coupon import PassCoupon  # noqa: PLC0415
        from ..models.pass_storecard import PassStorecard  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        code = d.pop("code")

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

        demo = d.pop("demo")

        redeemed = d.pop("redeemed")

        active = d.pop("active")

        expired = d.pop("expired")

        blocked = d.pop("blocked")

        reminder_send = d.pop("reminder_send")

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

        parsed_historical = d.pop("parsed_historical")

        def _parse_coupon(data: object) -> None | PassCoupon:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_type_0 = PassCoupon.from_dict(data)

                return coupon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PassCoupon, data)

        coupon = _parse_coupon(d.pop("coupon"))

        def _parse_storecard(data: object) -> None | PassStorecard:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storecard_type_0 = PassStorecard.from_dict(data)

                return storecard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PassStorecard, data)

        storecard = _parse_storecard(d.pop("storecard"))

        wallet_pass = cls(
            brand_id=brand_id,
            code=code,
            created_at=created_at,
            updated_at=updated_at,
            demo=demo,
            redeemed=redeemed,
            active=active,
            expired=expired,
            blocked=blocked,
            reminder_send=reminder_send,
            expiration_date=expiration_date,
            start_date=start_date,
            reminder_date=reminder_date,
            parsed_historical=parsed_historical,
            coupon=coupon,
            storecard=storecard,
        )

        wallet_pass.additional_properties = d
        return wallet_pass

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
