from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportUser")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ImportUser:
    """A member to import, with the storecard and points the member receives.

    Attributes:
        email (str): The member's email address.
        brand_id (UUID): The brand the member is added to.
        name (str): The member's name.
        points (int): The points the member receives with this import.
        storecard (UUID): The identifier of the storecard the member gets.
        phone_number (str | Unset): The member's phone number.
        licenseplate (str | Unset): The member's licence plate.
        start_date (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
            WalletApp's answers carry, so a
            timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
            same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
            (years 0001-9999, 30-day months, February 29 in leap years).
        expires_at (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
            WalletApp's answers carry, so a
            timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
            same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
            (years 0001-9999, 30-day months, February 29 in leap years).
        external_reference (str | Unset): The member's reference in your own system.
        tag_id (str | Unset): The identifier of a tag to add the member to.
        location_id (str | Unset): The external identifier of the location to set as the member's favourite location.
        welcome_email (bool | int | Unset): A yes/no in a request: `true` or `false`, or `1` or `0` as the
            documentation's own example sends
            it (`"welcome_email": 0`) and as answers carry flags (`Flag`).
        update_mail (bool | int | Unset): A yes/no in a request: `true` or `false`, or `1` or `0` as the documentation's
            own example sends
            it (`"welcome_email": 0`) and as answers carry flags (`Flag`).
    """

    email: str
    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    name: str
    points: int
    storecard: UUID = _attrs_field(converter=_types.as_uuid)
    phone_number: str | Unset = UNSET
    licenseplate: str | Unset = UNSET
    start_date: datetime.datetime | str | Unset = _attrs_field(default=UNSET, converter=_types.as_timestamp_or_unset)
    expires_at: datetime.datetime | str | Unset = _attrs_field(default=UNSET, converter=_types.as_timestamp_or_unset)
    external_reference: str | Unset = UNSET
    tag_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    welcome_email: bool | int | Unset = UNSET
    update_mail: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        brand_id = str(self.brand_id)

        name = self.name

        points = self.points

        storecard = str(self.storecard)

        phone_number = self.phone_number

        licenseplate = self.licenseplate

        start_date: str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expires_at: str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        external_reference = self.external_reference

        tag_id = self.tag_id

        location_id = self.location_id

        welcome_email: bool | int | Unset
        if isinstance(self.welcome_email, Unset):
            welcome_email = UNSET
        else:
            welcome_email = self.welcome_email

        update_mail: bool | int | Unset
        if isinstance(self.update_mail, Unset):
            update_mail = UNSET
        else:
            update_mail = self.update_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "brand_id": brand_id,
                "name": name,
                "points": points,
                "storecard": storecard,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if licenseplate is not UNSET:
            field_dict["licenseplate"] = licenseplate
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if welcome_email is not UNSET:
            field_dict["welcome_email"] = welcome_email
        if update_mail is not UNSET:
            field_dict["update_mail"] = update_mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        brand_id = UUID(str(d.pop("brand_id")))

        name = d.pop("name")

        points = d.pop("points")

        storecard = UUID(str(d.pop("storecard")))

        phone_number = d.pop("phone_number", UNSET)

        licenseplate = d.pop("licenseplate", UNSET)

        start_date = d.pop("start_date", UNSET)  # its converter reads it

        expires_at = d.pop("expires_at", UNSET)  # its converter reads it

        external_reference = d.pop("external_reference", UNSET)

        tag_id = d.pop("tag_id", UNSET)

        location_id = d.pop("location_id", UNSET)

        def _parse_welcome_email(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        welcome_email = _parse_welcome_email(d.pop("welcome_email", UNSET))

        def _parse_update_mail(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        update_mail = _parse_update_mail(d.pop("update_mail", UNSET))

        import_user = cls(
            email=email,
            brand_id=brand_id,
            name=name,
            points=points,
            storecard=storecard,
            phone_number=phone_number,
            licenseplate=licenseplate,
            start_date=start_date,
            expires_at=expires_at,
            external_reference=external_reference,
            tag_id=tag_id,
            location_id=location_id,
            welcome_email=welcome_email,
            update_mail=update_mail,
        )

        import_user.additional_properties = d
        return import_user

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
