from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberPoints")


@_attrs_define
class MemberPoints:
    """A member with the code and points balance of a storecard pass.

    Attributes:
        email (str): The member's email address.
        name (None | str): The member's name.
        points (int): The points balance of the pass.
        qr_code (str): The code of the pass.
    """

    email: str
    name: None | str
    points: int
    qr_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str
        name = self.name

        points = self.points

        qr_code = self.qr_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "points": points,
                "qr_code": qr_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        points = d.pop("points")

        qr_code = d.pop("qr_code")

        member_points = cls(
            email=email,
            name=name,
            points=points,
            qr_code=qr_code,
        )

        member_points.additional_properties = d
        return member_points

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
