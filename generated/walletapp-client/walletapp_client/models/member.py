from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="Member")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class Member:
    """A member of a brand.

    Attributes:
        email (str): The member's email address.
        full_name (None | str): The member's full name.
        identifier (UUID): The member's identifier.
        unsubscribed (int): A boolean stored as an integer, as the API returns it: 1 = true, 0 = false, the only values
            the
            documentation shows. Any integer is accepted, so that an unexpected value never breaks a client.
        last_name (None | str): The member's last name.
        phone_number (None | str): The member's phone number.
        birth_date (None | str): The member's birthday as stored (set through `birth_day` in `updateMembers`); the
            documentation
            shows only `<member_birth_day>` and types `birth_day` as a plain string.
        street (None | str): The street of the member's address.
        house_number (None | str): The house number of the member's address.
        postcode (None | str): The postcode of the member's address.
        city (None | str): The city of the member's address.
        country (None | str): The country of the member's address.
        subscribed_at (datetime.datetime | None | str): When the member subscribed.
    """

    email: str
    full_name: None | str
    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    unsubscribed: int
    last_name: None | str
    phone_number: None | str
    birth_date: None | str
    street: None | str
    house_number: None | str
    postcode: None | str
    city: None | str
    country: None | str
    subscribed_at: datetime.datetime | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name: None | str
        full_name = self.full_name

        identifier = str(self.identifier)

        unsubscribed = self.unsubscribed

        last_name: None | str
        last_name = self.last_name

        phone_number: None | str
        phone_number = self.phone_number

        birth_date: None | str
        birth_date = self.birth_date

        street: None | str
        street = self.street

        house_number: None | str
        house_number = self.house_number

        postcode: None | str
        postcode = self.postcode

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        subscribed_at: None | str
        if isinstance(self.subscribed_at, datetime.datetime):
            subscribed_at = self.subscribed_at.isoformat()
        else:
            subscribed_at = self.subscribed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
                "identifier": identifier,
                "unsubscribed": unsubscribed,
                "last_name": last_name,
                "phone_number": phone_number,
                "birth_date": birth_date,
                "street": street,
                "house_number": house_number,
                "postcode": postcode,
                "city": city,
                "country": country,
                "subscribed_at": subscribed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))

        identifier = UUID(str(d.pop("identifier")))

        unsubscribed = d.pop("unsubscribed")

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        def _parse_birth_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        birth_date = _parse_birth_date(d.pop("birth_date"))

        def _parse_street(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street = _parse_street(d.pop("street"))

        def _parse_house_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        house_number = _parse_house_number(d.pop("house_number"))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(d.pop("postcode"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_subscribed_at(data: object) -> datetime.datetime | None | str:
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

        subscribed_at = _parse_subscribed_at(d.pop("subscribed_at"))

        member = cls(
            email=email,
            full_name=full_name,
            identifier=identifier,
            unsubscribed=unsubscribed,
            last_name=last_name,
            phone_number=phone_number,
            birth_date=birth_date,
            street=street,
            house_number=house_number,
            postcode=postcode,
            city=city,
            country=country,
            subscribed_at=subscribed_at,
        )

        member.additional_properties = d
        return member

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
