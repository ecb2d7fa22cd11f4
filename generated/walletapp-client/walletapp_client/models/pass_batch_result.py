from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .. import types as _types

T = TypeVar("T", bound="PassBatchResult")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class PassBatchResult:
    """A pass created or updated by a batch.

    Attributes:
        qr_code (str): The code shown as QR code on the pass.
        walletapp_code (str): The WalletApp code of the pass.
        identifier (UUID): The identifier of the member.
        download_link (str): The download page of the pass: any string. The only pass link the documentation shows has
            no
            scheme (`my.walletapp.co/pass/<pass_code>`).
    """

    qr_code: str
    walletapp_code: str
    identifier: UUID = _attrs_field(converter=_types.as_uuid)
    download_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_code = self.qr_code

        walletapp_code = self.walletapp_code

        identifier = str(self.identifier)

        download_link = self.download_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qr_code": qr_code,
                "walletapp_code": walletapp_code,
                "identifier": identifier,
                "download_link": download_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qr_code = d.pop("qr_code")

        walletapp_code = d.pop("walletapp_code")

        identifier = UUID(str(d.pop("identifier")))

        download_link = d.pop("download_link")

        pass_batch_result = cls(
            qr_code=qr_code,
            walletapp_code=walletapp_code,
            identifier=identifier,
            download_link=download_link,
        )

        pass_batch_result.additional_properties = d
        return pass_batch_result

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
