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

T = TypeVar("T", bound="UpdatePassRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UpdatePassRequest:
    """The pass to change, and its new expiration date and status.

    Attributes:
        email (str): The email address of the member.
        brand_id (UUID): The identifier of the brand.
        pass_code (str): The code of the pass (its pass identifier or its QR code).
        expiration_date (datetime.datetime | None | str): The new expiration date of the pass. The value `getPass`
            returns is accepted as it is, null (no
            expiration) included, so a pass can be written back unchanged.
        status (PassStatus): The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
            /passes`
            ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of these; responses
            may carry other words (D53).
    """

    email: str
    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    pass_code: str
    expiration_date: datetime.datetime | None | str = _attrs_field(converter=_types.as_nullable_timestamp)
    status: PassStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        brand_id = str(self.brand_id)

        pass_code = self.pass_code

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "brand_id": brand_id,
                "pass_code": pass_code,
                "expiration_date": expiration_date,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        brand_id = UUID(str(d.pop("brand_id")))

        pass_code = d.pop("pass_code")

        expiration_date = d.pop("expiration_date")  # its converter reads it

        status = check_pass_status(d.pop("status"))

        update_pass_request = cls(
            email=email,
            brand_id=brand_id,
            pass_code=pass_code,
            expiration_date=expiration_date,
            status=status,
        )

        update_pass_request.additional_properties = d
        return update_pass_request

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
