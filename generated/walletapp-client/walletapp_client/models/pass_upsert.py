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

T = TypeVar("T", bound="PassUpsert")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassUpsert:
    """A member's storecard pass to create or update. The documentation speaks of passes "with points and
    custom params" but names no parameter besides these.

        Attributes:
            identifier (UUID): The identifier of the member.
            points (int): The points of the pass ("Can be negative or positive"); they replace the pass's points.
            pass_code (str | Unset): The code (QR code) of the pass.
            start_date (datetime.datetime | str | Unset): A point in time in a request: an RFC 3339 date-time (the form
                WalletApp's answers carry, so a
                timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD HH:MM:SS`, the
                same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real calendar dates
                (years 0001-9999, 30-day months, February 29 in leap years).
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    points: int
    pass_code: str | Unset = UNSET
    start_date: datetime.datetime | str | Unset = _attrs_field(default=UNSET, converter=_types.as_timestamp_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        points = self.points

        pass_code = self.pass_code

        start_date: str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "points": points,
            }
        )
        if pass_code is not UNSET:
            field_dict["pass_code"] = pass_code
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        points = d.pop("points")

        pass_code = d.pop("pass_code", UNSET)

        start_date = d.pop("start_date", UNSET)  # its converter reads it

        pass_upsert = cls(
            identifier=identifier,
            points=points,
            pass_code=pass_code,
            start_date=start_date,
        )

        pass_upsert.additional_properties = d
        return pass_upsert

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
