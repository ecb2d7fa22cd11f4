"""``wa.members``: the operations of the spec's tag Members, one method each.

Generated from the spec: each method builds its request with the low-level function of the same name
(``walletapp_client.api.members``), sends it with the client's timeouts and retries, and returns the
parsed success model or raises one of ``walletapp_client.errors``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import overload
from uuid import UUID

from .._base_client import (
    NOT_GIVEN,
    AsyncClient,
    CallOptions,
    NotGiven,
    Operation,
    SyncClient,
    TimeoutTypes,
    as_model,
    missing,
    parse,
    parse_page,
)
from ..api.members import delete_member as _delete_member
from ..api.members import get_member_pass_codes as _get_member_pass_codes
from ..api.members import list_member_coupons as _list_member_coupons
from ..api.members import list_member_points as _list_member_points
from ..api.members import list_member_storecards as _list_member_storecards
from ..api.members import list_members as _list_members
from ..api.members import set_favorite_location as _set_favorite_location
from ..api.members import sign_up_members as _sign_up_members
from ..api.members import unsubscribe_member as _unsubscribe_member
from ..api.members import unsubscribe_members as _unsubscribe_members
from ..models.confirmation_response import ConfirmationResponse
from ..models.coupon_pass import CouponPass
from ..models.coupon_pass_page import CouponPassPage
from ..models.favorite_location_response import FavoriteLocationResponse
from ..models.list_member_points_request import ListMemberPointsRequest
from ..models.member import Member
from ..models.member_list_response import MemberListResponse
from ..models.member_pass_codes_response import MemberPassCodesResponse
from ..models.member_points_response import MemberPointsResponse
from ..models.set_favorite_location_request import SetFavoriteLocationRequest
from ..models.sign_up_members_request import SignUpMembersRequest
from ..models.sign_up_members_response import SignUpMembersResponse
from ..models.signup_user import SignupUser
from ..models.storecard_pass import StorecardPass
from ..models.storecard_pass_page import StorecardPassPage
from ..models.success_message import SuccessMessage
from ..models.unsubscribe_member_request import UnsubscribeMemberRequest
from ..models.unsubscribe_members_request import UnsubscribeMembersRequest
from ..models.unsubscribe_members_response import UnsubscribeMembersResponse
from ..pagination import AsyncPage, SyncPage
from ..types import UNSET, Unset, as_uuid

_LIST_MEMBERS = Operation(
    method="GET",
    path="/members/list",
    ability="members.get",
    read=True,
)
_LIST_MEMBER_POINTS = Operation(
    method="POST",
    path="/import/export",
    ability="members.store",
    read=False,
)
_GET_MEMBER_PASS_CODES = Operation(
    method="GET",
    path="/members",
    ability="members.get",
    read=True,
)
_UNSUBSCRIBE_MEMBERS = Operation(
    method="POST",
    path="/members/unsubscribe",
    ability="tags.get",
    read=False,
)
_UNSUBSCRIBE_MEMBER = Operation(
    method="PATCH",
    path="/members/unsubscribe",
    ability="members.store",
    read=False,
)
_SIGN_UP_MEMBERS = Operation(
    method="POST",
    path="/members/signups",
    ability="members.store",
    read=False,
)
_SET_FAVORITE_LOCATION = Operation(
    method="POST",
    path="/members/location",
    ability="members.store",
    read=False,
)
_LIST_MEMBER_COUPONS = Operation(
    method="GET",
    path="/members/{uuid}/coupons",
    ability="members.get",
    read=True,
)
_LIST_MEMBER_STORECARDS = Operation(
    method="GET",
    path="/members/{uuid}/storecards",
    ability="members.get",
    read=True,
)
_DELETE_MEMBER = Operation(
    method="DELETE",
    path="/members/{uuid}",
    ability="members.store",
    read=False,
)


class Members:
    """``wa.members``: 10 operations of the WalletApp API."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list_members(
        self,
        *,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MemberListResponse, Member]:
        """List the members of a brand.

        Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
        time; omit both to receive every member in a single response.

        Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
        large brands.

        The token needs the ``members.get`` ability.
        Returns one page; iterating it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SyncPage[MemberListResponse, Member]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        def fetch(page_number: int | Unset) -> SyncPage[MemberListResponse, Member]:
            kwargs = _list_members._get_kwargs(
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = self._client.request(_LIST_MEMBERS, kwargs, options)
            parsed = parse_page(
                response,
                MemberListResponse.from_dict,
                lambda page: page.data.members,
                Member.from_dict,
                ["data", "members"],
            )
            return SyncPage(
                response=parsed,
                items=parsed.data.members,
                has_next=parsed.data.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return fetch(page)

    @overload
    def list_member_points(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse: ...

    @overload
    def list_member_points(
        self,
        *,
        body: ListMemberPointsRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse: ...

    def list_member_points(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        body: ListMemberPointsRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse:
        """List members with their pass code and points balance.

        Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
        balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: Only list the passes of this storecard.
            body: The whole request body as a ``ListMemberPointsRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MemberPointsResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            storecard_id,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("list_member_points", "brand_id")
            body = ListMemberPointsRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("list_member_points(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_member_points._get_kwargs(
            body=body,
        )
        response = self._client.request(_LIST_MEMBER_POINTS, kwargs, options)
        return parse(response, MemberPointsResponse.from_dict)

    def get_member_pass_codes(
        self,
        *,
        brand_id: UUID | str,
        email: str | Unset = UNSET,
        user_identifier: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPassCodesResponse:
        """Find a member's pass codes by email or identifier.

        Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
        member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
        validation error.

        The token needs the ``members.get`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            email: The email address of the member to look up.
            user_identifier: The identifier (UUID) of the member to look up.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MemberPassCodesResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_member_pass_codes._get_kwargs(
            brand_id=as_uuid(brand_id),
            email=email,
            user_identifier=UNSET if isinstance(user_identifier, Unset) else as_uuid(user_identifier),
        )
        response = self._client.request(_GET_MEMBER_PASS_CODES, kwargs, options)
        return parse(response, MemberPassCodesResponse.from_dict)

    @overload
    def unsubscribe_members(
        self,
        *,
        brand_id: UUID | str,
        email: list[str] | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse: ...

    @overload
    def unsubscribe_members(
        self,
        *,
        body: UnsubscribeMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse: ...

    def unsubscribe_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        email: list[str] | str | Unset = UNSET,
        body: UnsubscribeMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse:
        """Unsubscribe many members.

        Unsubscribes a list of members of the brand, found by email address, from marketing mailings, and
        returns how many were unsubscribed. Addresses that match no member are ignored.

        The documentation names `tags.get` as the ability of this operation; it is kept verbatim.

        The token needs the ``tags.get`` ability.

        Args:
            brand_id: The identifier of the brand.
            email: The email addresses of the members: a list (the field is named `email`, singular, as
                documented),
                or one address, as the documentation's example sends it.
            body: The whole request body as a ``UnsubscribeMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            UnsubscribeMembersResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``tags.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            email,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("unsubscribe_members", "brand_id")
            if isinstance(email, Unset):
                raise missing("unsubscribe_members", "email")
            body = UnsubscribeMembersRequest(
                brand_id=brand_id,
                email=email,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("unsubscribe_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _unsubscribe_members._get_kwargs(
            body=body,
        )
        response = self._client.request(_UNSUBSCRIBE_MEMBERS, kwargs, options)
        return parse(response, UnsubscribeMembersResponse.from_dict)

    @overload
    def unsubscribe_member(
        self,
        *,
        brand_id: UUID | str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    def unsubscribe_member(
        self,
        *,
        body: UnsubscribeMemberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    def unsubscribe_member(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: UnsubscribeMemberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Unsubscribe one member.

        Unsubscribes one member of the brand, found by email address, from marketing mailings.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            email: The member's email address.
            body: The whole request body as a ``UnsubscribeMemberRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            email,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("unsubscribe_member", "brand_id")
            if isinstance(email, Unset):
                raise missing("unsubscribe_member", "email")
            body = UnsubscribeMemberRequest(
                brand_id=brand_id,
                email=email,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("unsubscribe_member(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _unsubscribe_member._get_kwargs(
            body=body,
        )
        response = self._client.request(_UNSUBSCRIBE_MEMBER, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    def sign_up_members(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[SignupUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse: ...

    @overload
    def sign_up_members(
        self,
        *,
        body: SignUpMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse: ...

    def sign_up_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[SignupUser | Mapping[str, object]] | Unset = UNSET,
        body: SignUpMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse:
        """Sign members up and get their identifiers.

        Signs members up for the brand with extra data and returns, per email address, the identifier
        (UUID) of each member: under `new` the members created by this request, under `found` those that
        already existed. Existing members are not updated. `subscribed_at` must lie in the past.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members to sign up.
            body: The whole request body as a ``SignUpMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SignUpMembersResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("sign_up_members", "brand_id")
            if isinstance(users, Unset):
                raise missing("sign_up_members", "users")
            body = SignUpMembersRequest(
                brand_id=brand_id,
                users=[as_model(SignupUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("sign_up_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _sign_up_members._get_kwargs(
            body=body,
        )
        response = self._client.request(_SIGN_UP_MEMBERS, kwargs, options)
        return parse(response, SignUpMembersResponse.from_dict)

    @overload
    def set_favorite_location(
        self,
        *,
        location_id: str,
        users: Sequence[UUID | str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse: ...

    @overload
    def set_favorite_location(
        self,
        *,
        body: SetFavoriteLocationRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse: ...

    def set_favorite_location(
        self,
        *,
        location_id: str | Unset = UNSET,
        users: Sequence[UUID | str] | Unset = UNSET,
        body: SetFavoriteLocationRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse:
        """Set the favourite location of members.

        Sets a location as the favourite location of the given members and returns the identifiers of the
        members that were updated. Identifiers that match no member are left out of the answer.

        The token needs the ``members.store`` ability.

        Args:
            location_id: The identifier of the location.
            users: The identifiers of the members.
            body: The whole request body as a ``SetFavoriteLocationRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            FavoriteLocationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            location_id,
            users,
        ]
        if body is None:
            if isinstance(location_id, Unset):
                raise missing("set_favorite_location", "location_id")
            if isinstance(users, Unset):
                raise missing("set_favorite_location", "users")
            body = SetFavoriteLocationRequest(
                location_id=location_id,
                users=users,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("set_favorite_location(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _set_favorite_location._get_kwargs(
            body=body,
        )
        response = self._client.request(_SET_FAVORITE_LOCATION, kwargs, options)
        return parse(response, FavoriteLocationResponse.from_dict)

    def list_member_coupons(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CouponPassPage, CouponPass]:
        """List a member's coupon passes.

        Returns the coupon passes of a member, paginated with Laravel's paginator. Without `page` and
        `per_page` the first page of 10 passes is returned.

        The token needs the ``members.get`` ability.
        Returns one page; iterating it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SyncPage[CouponPassPage, CouponPass]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        def fetch(page_number: int | Unset) -> SyncPage[CouponPassPage, CouponPass]:
            kwargs = _list_member_coupons._get_kwargs(
                uuid=as_uuid(uuid),
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = self._client.request(_LIST_MEMBER_COUPONS, kwargs, options)
            parsed = parse_page(
                response,
                CouponPassPage.from_dict,
                lambda page: page.data,
                CouponPass.from_dict,
                ["data"],
            )
            return SyncPage(
                response=parsed,
                items=parsed.data,
                has_next=parsed.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return fetch(page)

    def list_member_storecards(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[StorecardPassPage, StorecardPass]:
        """List a member's storecard passes.

        Returns the storecard passes of a member with their points and balance, paginated with Laravel's
        paginator. Without `page` and `per_page` the first page of 10 passes is returned.

        The token needs the ``members.get`` ability.
        Returns one page; iterating it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SyncPage[StorecardPassPage, StorecardPass]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        def fetch(page_number: int | Unset) -> SyncPage[StorecardPassPage, StorecardPass]:
            kwargs = _list_member_storecards._get_kwargs(
                uuid=as_uuid(uuid),
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = self._client.request(_LIST_MEMBER_STORECARDS, kwargs, options)
            parsed = parse_page(
                response,
                StorecardPassPage.from_dict,
                lambda page: page.data,
                StorecardPass.from_dict,
                ["data"],
            )
            return SyncPage(
                response=parsed,
                items=parsed.data,
                has_next=parsed.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return fetch(page)

    def delete_member(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Delete a member from a brand.

        Removes the member from the brand, "completely removing all associations with the brand" (the
        member's passes of the brand included, as this contract reads it). This action is irreversible.

        The token needs the ``members.store`` ability.

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _delete_member._get_kwargs(
            uuid=as_uuid(uuid),
            brand_id=as_uuid(brand_id),
        )
        response = self._client.request(_DELETE_MEMBER, kwargs, options)
        return parse(response, SuccessMessage.from_dict)


class AsyncMembers:
    """``awa.members``: 10 operations of the WalletApp API (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_members(
        self,
        *,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[MemberListResponse, Member]:
        """List the members of a brand.

        Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
        time; omit both to receive every member in a single response.

        Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
        large brands.

        The token needs the ``members.get`` ability.
        Returns one page; ``async for`` it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            AsyncPage[MemberListResponse, Member]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        async def fetch(page_number: int | Unset) -> AsyncPage[MemberListResponse, Member]:
            kwargs = _list_members._get_kwargs(
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = await self._client.request(_LIST_MEMBERS, kwargs, options)
            parsed = parse_page(
                response,
                MemberListResponse.from_dict,
                lambda page: page.data.members,
                Member.from_dict,
                ["data", "members"],
            )
            return AsyncPage(
                response=parsed,
                items=parsed.data.members,
                has_next=parsed.data.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return await fetch(page)

    @overload
    async def list_member_points(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse: ...

    @overload
    async def list_member_points(
        self,
        *,
        body: ListMemberPointsRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse: ...

    async def list_member_points(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        body: ListMemberPointsRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPointsResponse:
        """List members with their pass code and points balance.

        Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
        balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: Only list the passes of this storecard.
            body: The whole request body as a ``ListMemberPointsRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MemberPointsResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            storecard_id,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("list_member_points", "brand_id")
            body = ListMemberPointsRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("list_member_points(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_member_points._get_kwargs(
            body=body,
        )
        response = await self._client.request(_LIST_MEMBER_POINTS, kwargs, options)
        return parse(response, MemberPointsResponse.from_dict)

    async def get_member_pass_codes(
        self,
        *,
        brand_id: UUID | str,
        email: str | Unset = UNSET,
        user_identifier: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemberPassCodesResponse:
        """Find a member's pass codes by email or identifier.

        Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
        member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
        validation error.

        The token needs the ``members.get`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            email: The email address of the member to look up.
            user_identifier: The identifier (UUID) of the member to look up.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MemberPassCodesResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_member_pass_codes._get_kwargs(
            brand_id=as_uuid(brand_id),
            email=email,
            user_identifier=UNSET if isinstance(user_identifier, Unset) else as_uuid(user_identifier),
        )
        response = await self._client.request(_GET_MEMBER_PASS_CODES, kwargs, options)
        return parse(response, MemberPassCodesResponse.from_dict)

    @overload
    async def unsubscribe_members(
        self,
        *,
        brand_id: UUID | str,
        email: list[str] | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse: ...

    @overload
    async def unsubscribe_members(
        self,
        *,
        body: UnsubscribeMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse: ...

    async def unsubscribe_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        email: list[str] | str | Unset = UNSET,
        body: UnsubscribeMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeMembersResponse:
        """Unsubscribe many members.

        Unsubscribes a list of members of the brand, found by email address, from marketing mailings, and
        returns how many were unsubscribed. Addresses that match no member are ignored.

        The documentation names `tags.get` as the ability of this operation; it is kept verbatim.

        The token needs the ``tags.get`` ability.

        Args:
            brand_id: The identifier of the brand.
            email: The email addresses of the members: a list (the field is named `email`, singular, as
                documented),
                or one address, as the documentation's example sends it.
            body: The whole request body as a ``UnsubscribeMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            UnsubscribeMembersResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``tags.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            email,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("unsubscribe_members", "brand_id")
            if isinstance(email, Unset):
                raise missing("unsubscribe_members", "email")
            body = UnsubscribeMembersRequest(
                brand_id=brand_id,
                email=email,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("unsubscribe_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _unsubscribe_members._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UNSUBSCRIBE_MEMBERS, kwargs, options)
        return parse(response, UnsubscribeMembersResponse.from_dict)

    @overload
    async def unsubscribe_member(
        self,
        *,
        brand_id: UUID | str,
        email: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    async def unsubscribe_member(
        self,
        *,
        body: UnsubscribeMemberRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    async def unsubscribe_member(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        email: str | Unset = UNSET,
        body: UnsubscribeMemberRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Unsubscribe one member.

        Unsubscribes one member of the brand, found by email address, from marketing mailings.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            email: The member's email address.
            body: The whole request body as a ``UnsubscribeMemberRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            email,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("unsubscribe_member", "brand_id")
            if isinstance(email, Unset):
                raise missing("unsubscribe_member", "email")
            body = UnsubscribeMemberRequest(
                brand_id=brand_id,
                email=email,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("unsubscribe_member(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _unsubscribe_member._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UNSUBSCRIBE_MEMBER, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    async def sign_up_members(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[SignupUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse: ...

    @overload
    async def sign_up_members(
        self,
        *,
        body: SignUpMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse: ...

    async def sign_up_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[SignupUser | Mapping[str, object]] | Unset = UNSET,
        body: SignUpMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SignUpMembersResponse:
        """Sign members up and get their identifiers.

        Signs members up for the brand with extra data and returns, per email address, the identifier
        (UUID) of each member: under `new` the members created by this request, under `found` those that
        already existed. Existing members are not updated. `subscribed_at` must lie in the past.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members to sign up.
            body: The whole request body as a ``SignUpMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SignUpMembersResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("sign_up_members", "brand_id")
            if isinstance(users, Unset):
                raise missing("sign_up_members", "users")
            body = SignUpMembersRequest(
                brand_id=brand_id,
                users=[as_model(SignupUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("sign_up_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _sign_up_members._get_kwargs(
            body=body,
        )
        response = await self._client.request(_SIGN_UP_MEMBERS, kwargs, options)
        return parse(response, SignUpMembersResponse.from_dict)

    @overload
    async def set_favorite_location(
        self,
        *,
        location_id: str,
        users: Sequence[UUID | str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse: ...

    @overload
    async def set_favorite_location(
        self,
        *,
        body: SetFavoriteLocationRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse: ...

    async def set_favorite_location(
        self,
        *,
        location_id: str | Unset = UNSET,
        users: Sequence[UUID | str] | Unset = UNSET,
        body: SetFavoriteLocationRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FavoriteLocationResponse:
        """Set the favourite location of members.

        Sets a location as the favourite location of the given members and returns the identifiers of the
        members that were updated. Identifiers that match no member are left out of the answer.

        The token needs the ``members.store`` ability.

        Args:
            location_id: The identifier of the location.
            users: The identifiers of the members.
            body: The whole request body as a ``SetFavoriteLocationRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            FavoriteLocationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            location_id,
            users,
        ]
        if body is None:
            if isinstance(location_id, Unset):
                raise missing("set_favorite_location", "location_id")
            if isinstance(users, Unset):
                raise missing("set_favorite_location", "users")
            body = SetFavoriteLocationRequest(
                location_id=location_id,
                users=users,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("set_favorite_location(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _set_favorite_location._get_kwargs(
            body=body,
        )
        response = await self._client.request(_SET_FAVORITE_LOCATION, kwargs, options)
        return parse(response, FavoriteLocationResponse.from_dict)

    async def list_member_coupons(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[CouponPassPage, CouponPass]:
        """List a member's coupon passes.

        Returns the coupon passes of a member, paginated with Laravel's paginator. Without `page` and
        `per_page` the first page of 10 passes is returned.

        The token needs the ``members.get`` ability.
        Returns one page; ``async for`` it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            AsyncPage[CouponPassPage, CouponPass]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        async def fetch(page_number: int | Unset) -> AsyncPage[CouponPassPage, CouponPass]:
            kwargs = _list_member_coupons._get_kwargs(
                uuid=as_uuid(uuid),
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = await self._client.request(_LIST_MEMBER_COUPONS, kwargs, options)
            parsed = parse_page(
                response,
                CouponPassPage.from_dict,
                lambda page: page.data,
                CouponPass.from_dict,
                ["data"],
            )
            return AsyncPage(
                response=parsed,
                items=parsed.data,
                has_next=parsed.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return await fetch(page)

    async def list_member_storecards(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[StorecardPassPage, StorecardPass]:
        """List a member's storecard passes.

        Returns the storecard passes of a member with their points and balance, paginated with Laravel's
        paginator. Without `page` and `per_page` the first page of 10 passes is returned.

        The token needs the ``members.get`` ability.
        Returns one page; ``async for`` it yields every item of this
        page and the next ones, fetching each page when it is reached (``page=`` picks the first).

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            page: The page to fetch, starting at 1.
            per_page: The number of records per page (no upper limit is documented).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            AsyncPage[StorecardPassPage, StorecardPass]

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)

        async def fetch(page_number: int | Unset) -> AsyncPage[StorecardPassPage, StorecardPass]:
            kwargs = _list_member_storecards._get_kwargs(
                uuid=as_uuid(uuid),
                brand_id=as_uuid(brand_id),
                page=page_number,
                per_page=per_page,
            )
            response = await self._client.request(_LIST_MEMBER_STORECARDS, kwargs, options)
            parsed = parse_page(
                response,
                StorecardPassPage.from_dict,
                lambda page: page.data,
                StorecardPass.from_dict,
                ["data"],
            )
            return AsyncPage(
                response=parsed,
                items=parsed.data,
                has_next=parsed.next_page_url is not None,
                page=page_number,
                fetch=fetch,
            )

        return await fetch(page)

    async def delete_member(
        self,
        *,
        uuid: UUID | str,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Delete a member from a brand.

        Removes the member from the brand, "completely removing all associations with the brand" (the
        member's passes of the brand included, as this contract reads it). This action is irreversible.

        The token needs the ``members.store`` ability.

        Args:
            uuid: The identifier (UUID) of the member.
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``members.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _delete_member._get_kwargs(
            uuid=as_uuid(uuid),
            brand_id=as_uuid(brand_id),
        )
        response = await self._client.request(_DELETE_MEMBER, kwargs, options)
        return parse(response, SuccessMessage.from_dict)
