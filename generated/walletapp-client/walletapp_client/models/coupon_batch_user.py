from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponBatchUser")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CouponBatchUser:
    """A member who gets a coupon pass.

    Attributes:
        identifier (UUID): The identifier of the member.
        qr_code (str | Unset): The code to put on the pass as QR code (generated when omitted).
        expiration_date (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
            WalletApp's answers carry, so a
            timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
            same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
            (years 0001-9999, 30-day months, February 29 in leap years).
        pass_title (str | Unset): A custom title for the pass.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    qr_code: str | Unset = UNSET
    expiration_date: datetime.datetime | str | Unset = _attrs_field(
        default=UNSET, converter=_types.as_timestamp_or_unset
    )
    pass_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        qr_code = self.qr_code

        expiration_date: str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        pass_title = self.pass_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if qr_code is not UNSET:
            field_dict["qr_code"] = qr_code
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if pass_title is not UNSET:
            field_dict["pass_title"] = pass_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        qr_code = d.pop("qr_code", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)  # its converter reads it

        pass_title = d.pop("pass_title", UNSET)

        coupon_batch_user = cls(
            identifier=identifier,
            qr_code=qr_code,
            expiration_date=expiration_date,
            pass_title=pass_title,
        )

        coupon_batch_user.additional_properties = d
        return coupon_batch_user

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
