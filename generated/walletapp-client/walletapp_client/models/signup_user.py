from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupUser")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SignupUser:
    """A member to sign up.

    Attributes:
        email (str): The member's email address.
        first_name (str | Unset): The member's first name (only applied when the member is new).
        last_name (str | Unset): The member's last name (only applied when the member is new).
        unsubscribed (bool | int | Unset): A yes/no in a request: `true` or `false`, or `1` or `0` as the
            documentation's own example sends
            it (`"welcome_email": 0`) and as answers carry flags (`Flag`).
        subscribed_at (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
            WalletApp's answers carry, so a
            timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
            same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
            (years 0001-9999, 30-day months, February 29 in leap years).
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    unsubscribed: bool | int | Unset = UNSET
    subscribed_at: datetime.datetime | str | Unset = _attrs_field(default=UNSET, converter=_types.as_timestamp_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        unsubscribed: bool | int | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        subscribed_at: str | Unset
        if isinstance(self.subscribed_at, Unset):
            subscribed_at = UNSET
        elif isinstance(self.subscribed_at, datetime.datetime):
            subscribed_at = self.subscribed_at.isoformat()
        else:
            subscribed_at = self.subscribed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if subscribed_at is not UNSET:
            field_dict["subscribed_at"] = subscribed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_unsubscribed(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        unsubscribed = _parse_unsubscribed(d.pop("unsubscribed", UNSET))

        subscribed_at = d.pop("subscribed_at", UNSET)  # its converter reads it

        signup_user = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            unsubscribed=unsubscribed,
            subscribed_at=subscribed_at,
        )

        signup_user.additional_properties = d
        return signup_user

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
