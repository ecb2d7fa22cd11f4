from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mail_recipient import MailRecipient


T = TypeVar("T", bound="SendMailRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SendMailRequest:
    """A mail to send to one member.

    Attributes:
        brand_id (UUID): The identifier of the brand.
        template_id (str): The identifier of the mail template.
        user (MailRecipient): The member to mail. Every property besides `identifier` fills the template's merge tag of
            that
            name (custom tags, or reserved tags to override the system value).
        coupon_id (UUID | Unset): Create a pass of this coupon; its link fills the `link_to_pass` tag.
        storecard_id (UUID | Unset): Create a pass of this storecard; its link fills the `link_to_pass` tag.
        pass_identifier (str | Unset): The QR code of the storecard pass created with `storecard_id`.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    template_id: str
    user: MailRecipient
    coupon_id: UUID | Unset = _attrs_field(default=UNSET, converter=_types.as_uuid_or_unset)
    storecard_id: UUID | Unset = _attrs_field(default=UNSET, converter=_types.as_uuid_or_unset)
    pass_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = str(self.brand_id)

        template_id = self.template_id

        user = self.user.to_dict()

        coupon_id: str | Unset = UNSET
        if not isinstance(self.coupon_id, Unset):
            coupon_id = str(self.coupon_id)

        storecard_id: str | Unset = UNSET
        if not isinstance(self.storecard_id, Unset):
            storecard_id = str(self.storecard_id)

        pass_identifier = self.pass_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "template_id": template_id,
                "user": user,
            }
        )
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if storecard_id is not UNSET:
            field_dict["storecard_id"] = storecard_id
        if pass_identifier is not UNSET:
            field_dict["pass_identifier"] = pass_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_recipient import MailRecipient  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        template_id = d.pop("template_id")

        user = MailRecipient.from_dict(d.pop("user"))

        _coupon_id = d.pop("coupon_id", UNSET)
        coupon_id: UUID | Unset
        if isinstance(_coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = UUID(str(_coupon_id))

        _storecard_id = d.pop("storecard_id", UNSET)
        storecard_id: UUID | Unset
        if isinstance(_storecard_id, Unset):
            storecard_id = UNSET
        else:
            storecard_id = UUID(str(_storecard_id))

        pass_identifier = d.pop("pass_identifier", UNSET)

        send_mail_request = cls(
            brand_id=brand_id,
            template_id=template_id,
            user=user,
            coupon_id=coupon_id,
            storecard_id=storecard_id,
            pass_identifier=pass_identifier,
        )

        send_mail_request.additional_properties = d
        return send_mail_request

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
