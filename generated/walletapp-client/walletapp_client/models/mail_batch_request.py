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


T = TypeVar("T", bound="MailBatchRequest")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class MailBatchRequest:
    """A mail to send to many members.

    Attributes:
        brand_id (UUID): The identifier of the brand.
        template_id (str): The identifier of the mail template.
        users (list[MailRecipient]): The members to mail.
        webhook_url (str | Unset): Where to POST the `BatchEvent` when the batch has finished or failed; no webhook
            without it.
        coupon_id (UUID | Unset): Create a pass of this coupon for each recipient; its link fills the `link_to_pass`
            tag.
    """

    brand_id: UUID = _attrs_field(converter=_types.as_uuid)
    template_id: str
    users: list[MailRecipient]
    webhook_url: str | Unset = UNSET
    coupon_id: UUID | Unset = _attrs_field(default=UNSET, converter=_types.as_uuid_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = str(self.brand_id)

        template_id = self.template_id

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        webhook_url = self.webhook_url

        coupon_id: str | Unset = UNSET
        if not isinstance(self.coupon_id, Unset):
            coupon_id = str(self.coupon_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "template_id": template_id,
                "users": users,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_recipient import MailRecipient  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = UUID(str(d.pop("brand_id")))

        template_id = d.pop("template_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = MailRecipient.from_dict(users_item_data)

            users.append(users_item)

        webhook_url = d.pop("webhook_url", UNSET)

        _coupon_id = d.pop("coupon_id", UNSET)
        coupon_id: UUID | Unset
        if isinstance(_coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = UUID(str(_coupon_id))

        mail_batch_request = cls(
            brand_id=brand_id,
            template_id=template_id,
            users=users,
            webhook_url=webhook_url,
            coupon_id=coupon_id,
        )

        mail_batch_request.additional_properties = d
        return mail_batch_request

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
