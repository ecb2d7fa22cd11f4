from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member
    from ..models.page_link import PageLink


T = TypeVar("T", bound="MemberPage")


@_attrs_define
class MemberPage:
    """A page of members. The documented fields are always present; the other Laravel paginator fields
    may be. Without `page` and `per_page`, every member is on one page.

        Attributes:
            total (int): The number of members of the brand.
            per_page (int): The number of members per page (the total when not paginated).
            last_page (int): The number of the last page.
            last_page_url (str): The URL of the last page.
            next_page_url (None | str): The URL of the next page, or null on the last page.
            members (list[Member]): The members on this page.
            current_page (int | Unset): The current page.
            from_ (int | None | Unset): The position of the first member on this page, or null for an empty page.
            to (int | None | Unset): The position of the last member on this page, or null for an empty page.
            first_page_url (str | Unset): The URL of the first page.
            prev_page_url (None | str | Unset): The URL of the previous page, or null on the first page.
            path (str | Unset): The URL of the listing without query.
            links (list[PageLink] | Unset): Links to the previous page, each page and the next page.
    """

    total: int
    per_page: int
    last_page: int
    last_page_url: str
    next_page_url: None | str
    members: list[Member]
    current_page: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    first_page_url: str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    path: str | Unset = UNSET
    links: list[PageLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

        last_page = self.last_page

        last_page_url = self.last_page_url

        next_page_url: None | str
        next_page_url = self.next_page_url

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        current_page = self.current_page

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        first_page_url = self.first_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        path = self.path

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "last_page": last_page,
                "last_page_url": last_page_url,
                "next_page_url": next_page_url,
                "members": members,
            }
        )
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if path is not UNSET:
            field_dict["path"] = path
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member  # noqa: PLC0415
        from ..models.page_link import PageLink  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        per_page = d.pop("per_page")

        last_page = d.pop("last_page")

        last_page_url = d.pop("last_page_url")

        def _parse_next_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = Member.from_dict(members_item_data)

            members.append(members_item)

        current_page = d.pop("current_page", UNSET)

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        first_page_url = d.pop("first_page_url", UNSET)

        def _parse_prev_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url", UNSET))

        path = d.pop("path", UNSET)

        _links = d.pop("links", UNSET)
        links: list[PageLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = PageLink.from_dict(links_item_data)

                links.append(links_item)

        member_page = cls(
            total=total,
            per_page=per_page,
            last_page=last_page,
            last_page_url=last_page_url,
            next_page_url=next_page_url,
            members=members,
            current_page=current_page,
            from_=from_,
            to=to,
            first_page_url=first_page_url,
            prev_page_url=prev_page_url,
            path=path,
            links=links,
        )

        member_page.additional_properties = d
        return member_page

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
