from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..models.flag import Flag, check_flag

if TYPE_CHECKING:
    from ..models.pass_coupon import PassCoupon
    from ..models.pass_storecard import PassStorecard


T = TypeVar("T", bound="WalletPass")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class WalletPass:
    """A member's pass (a coupon pass or a storecard pass).

    Attributes:
        brand_id (UUID): The identifier of the brand.
        code (str): The code of the pass.
        created_at (datetime.datetime): When the pass was created.
        updated_at (datetime.datetime): When the pass was last changed.
        demo (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        redeemed (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        active (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        expired (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        blocked (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        reminder_send (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        expiration_date (datetime.datetime | None): When the pass expires, or null when it does not.
        start_date (datetime.datetime | None): When the pass becomes valid, or null when it is valid at once.
        reminder_date (datetime.datetime | None): When the expiration reminder is due, or null.
        parsed_historical (Flag): A boolean stored as an integer, as the API returns it (1 = true, 0 = false).
        coupon (None | PassCoupon): The coupon of a coupon pass; null for a storecard pass.
        storecard (None | PassStorecard): The storecard of a storecard pass; null for a coupon pass.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    code: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    demo: Flag
    redeemed: Flag
    active: Flag
    expired: Flag
    blocked: Flag
    reminder_send: Flag
    expiration_date: datetime.datetime | None
    start_date: datetime.datetime | None
    reminder_date: datetime.datetime | None
    parsed_historical: Flag
    coupon: None | PassCoupon
    storecard: None | PassStorecard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pass_coupon import PassCoupon  # noqa: PLC0415
        from ..models.pass_storecard import PassStorecard  # noqa: PLC0415

        brand_id = str(self.brand_id)

        code = self.code

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        demo: int = self.demo

        redeemed: int = self.redeemed

        active: int = self.active

        expired: int = self.expired

        blocked: int = self.blocked

        reminder_send: int = self.reminder_send

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

        parsed_historical: int = self.parsed_historical

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        demo = check_flag(d.pop("demo"))

        redeemed = check_flag(d.pop("redeemed"))

        active = check_flag(d.pop("active"))

        expired = check_flag(d.pop("expired"))

        blocked = check_flag(d.pop("blocked"))

        reminder_send = check_flag(d.pop("reminder_send"))

        def _parse_expiration_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date"))

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_reminder_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reminder_date_type_0 = datetime.datetime.fromisoformat(data)

                return reminder_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reminder_date = _parse_reminder_date(d.pop("reminder_date"))

        parsed_historical = check_flag(d.pop("parsed_historical"))

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
