from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..models.pass_status import PassStatus, check_pass_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponPassRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CouponPassRequest:
    """A coupon pass to create for a member.

    Attributes:
        email (str): The email address of the member.
        brand_id (UUID): The identifier of the brand.
        coupon_id (UUID): The identifier of the coupon.
        status (PassStatus): The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
            /passes`
            ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of these; responses
            may carry other words (D53).
        pass_title (str | Unset): A custom title to display on the pass.
        expiration_date (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
            WalletApp's answers carry, so a
            timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
            same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
            (years 0001-9999, 30-day months, February 29 in leap years).
    """

    email: str
    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    coupon_id: UUID = _attrs_field(converter=_types.as_uuid)
    status: PassStatus
    pass_title: str | Unset = UNSET
    expiration_date: datetime.datetime | str | Unset = _attrs_field(
        default=UNSET, converter=_types.as_timestamp_or_unset
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        brand_id = str(self.brand_id)

        coupon_id = str(self.coupon_id)

        status: str = self.status

        pass_title = self.pass_title

        expiration_date: str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "brand_id": brand_id,
                "coupon_id": coupon_id,
                "status": status,
            }
        )
        if pass_title is not UNSET:
            field_dict["pass_title"] = pass_title
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        brand_id = UUID(str(d.pop("brand_id")))

        coupon_id = UUID(str(d.pop("coupon_id")))

        status = check_pass_status(d.pop("status"))

        pass_title = d.pop("pass_title", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)  # its converter reads it

        coupon_pass_request = cls(
            email=email,
            brand_id=brand_id,
            coupon_id=coupon_id,
            status=status,
            pass_title=pass_title,
            expiration_date=expiration_date,
        )

        coupon_pass_request.additional_properties = d
        return coupon_pass_request

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
