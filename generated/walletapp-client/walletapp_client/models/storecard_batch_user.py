from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorecardBatchUser")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class StorecardBatchUser:
    """A member who gets a storecard pass.

    Attributes:
        identifier (UUID): The identifier of the member.
        qr_code (str | Unset): The code to put on the pass as QR code (generated when omitted).
        pass_title (str | Unset): A custom title for the pass.
    """

    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    qr_code: str | Unset = UNSET
    pass_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = str(self.identifier)

        qr_code = self.qr_code

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
        if pass_title is not UNSET:
            field_dict["pass_title"] = pass_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = UUID(str(d.pop("identifier")))

        qr_code = d.pop("qr_code", UNSET)

        pass_title = d.pop("pass_title", UNSET)

        storecard_batch_user = cls(
            identifier=identifier,
            qr_code=qr_code,
            pass_title=pass_title,
        )

        storecard_batch_user.additional_properties = d
        return storecard_batch_user

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
