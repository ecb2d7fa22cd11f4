from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coupon_pass import CouponPass
    from ..models.page_link import PageLink


T = TypeVar("T", bound="CouponPassPage")


@_attrs_define
class CouponPassPage:
    """A page of a member's coupon passes (Laravel paginator).

    Attributes:
        current_page (int): The current page.
        first_page_url (str): The URL of the first page.
        from_ (int | None): The position of the first record on this page, or null for an empty page.
        last_page (int): The number of the last page.
        last_page_url (str): The URL of the last page.
        links (list[PageLink]): Links to the previous page, each page and the next page.
        next_page_url (None | str): The URL of the next page, or null on the last page.
        path (str): The URL of the listing without query.
        per_page (int): The number of records per page.
        prev_page_url (None | str): The URL of the previous page, or null on the first page.
        to (int | None): The position of the last record on this page, or null for an empty page.
        total (int): The number of records on all pages.
        data (list[CouponPass]): The coupon passes on this page.
    """

    current_page: int
    first_page_url: str
    from_: int | None
    last_page: int
    last_page_url: str
    links: list[PageLink]
    next_page_url: None | str
    path: str
    per_page: int
    prev_page_url: None | str
    to: int | None
    total: int
    data: list[CouponPass]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        first_page_url = self.first_page_url

        from_: int | None
        from_ = self.from_

        last_page = self.last_page

        last_page_url = self.last_page_url

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        next_page_url: None | str
        next_page_url = self.next_page_url

        path = self.path

        per_page = self.per_page

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        to: int | None
        to = self.to

        total = self.total

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "first_page_url": first_page_url,
                "from": from_,
                "last_page": last_page,
                "last_page_url": last_page_url,
                "links": links,
                "next_page_url": next_page_url,
                "path": path,
                "per_page": per_page,
                "prev_page_url": prev_page_url,
                "to": to,
                "total": total,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon_pass import CouponPass  # noqa: PLC0415
        from ..models.page_link import PageLink  # noqa: PLC0415

        d = dict(src_dict)
        current_page = d.pop("current_page")

        first_page_url = d.pop("first_page_url")

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_ = _parse_from_(d.pop("from"))

        last_page = d.pop("last_page")

        last_page_url = d.pop("last_page_url")

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = PageLink.from_dict(links_item_data)

            links.append(links_item)

        def _parse_next_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url"))

        path = d.pop("path")

        per_page = d.pop("per_page")

        def _parse_prev_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url"))

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to = _parse_to(d.pop("to"))

        total = d.pop("total")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CouponPass.from_dict(data_item_data)

            data.append(data_item)

        coupon_pass_page = cls(
            current_page=current_page,
            first_page_url=first_page_url,
            from_=from_,
            last_page=last_page,
            last_page_url=last_page_url,
            links=links,
            next_page_url=next_page_url,
            path=path,
            per_page=per_page,
            prev_page_url=prev_page_url,
            to=to,
            total=total,
            data=data,
        )

        coupon_pass_page.additional_properties = d
        return coupon_pass_page

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
