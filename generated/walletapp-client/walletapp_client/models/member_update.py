from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUpdate")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MemberUpdate:
    """New details of a member; only the fields given are changed.

    Attributes:
        identifier (UUID): The identifier of the member.
        first_name (str | Unset): The member's first name.
        last_name (str | Unset): The member's last name.
        phone_number (str | Unset): The member's phone number.
        birth_day (str | Unset): The member's birthday (returned as `birth_date` by `listMembers`). A plain string, as
            documented;
            `YYYY-MM-DD` is the usual form.
        street (str | Unset): The street of the member's address.
        house_number (str | Unset): The house number of the member's address.
        postcode (str | Unset): The postcode of the member's address.
        city (str | Unset): The city of the member's address.
        country (str | Unset): The country of the member's address.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    birth_day: str | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    postcode: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        birth_day = self.birth_day

        street = self.street

        house_number = self.house_number

        postcode = self.postcode

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if birth_day is not UNSET:
            field_dict["birth_day"] = birth_day
        if street is not UNSET:
            field_dict["street"] = street
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        birth_day = d.pop("birth_day", UNSET)

        street = d.pop("street", UNSET)

        house_number = d.pop("house_number", UNSET)

        postcode = d.pop("postcode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        member_update = cls(
            identifier=identifier,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            birth_day=birth_day,
            street=street,
            house_number=house_number,
            postcode=postcode,
            city=city,
            country=country,
        )

        member_update.additional_properties = d
        return member_update

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
