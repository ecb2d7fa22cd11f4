"""``wa.passes``: the operations of the spec's tag Passes, one method each.

Generated from the spec: each method builds its request with the low-level function of the same name
(``walletapp_client.api.passes``), sends it with the client's timeouts and retries, and returns the
parsed success model or raises one of ``walletapp_client.errors``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
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
    missing,
    parse,
)
from ..api.passes import create_pass_url as _create_pass_url
from ..api.passes import delete_pass as _delete_pass
from ..api.passes import get_pass as _get_pass
from ..api.passes import search_passes as _search_passes
from ..api.passes import send_pass_by_email as _send_pass_by_email
from ..api.passes import update_pass as _update_pass
from ..api.passes import update_pass_points as _update_pass_points
from ..models.coupon_pass_request import CouponPassRequest
from ..models.pass_response import PassResponse
from ..models.pass_search_response import PassSearchResponse
from ..models.pass_status import PassStatus
from ..models.pass_transaction import PassTransaction
from ..models.pass_url import PassUrl
from ..models.success_message import SuccessMessage
from ..models.update_pass_points_request import UpdatePassPointsRequest
from ..models.update_pass_request import UpdatePassRequest
from ..types import UNSET, Unset, as_uuid

_GET_PASS = Operation(
    method="GET",
    path="/passes",
    ability="passes.get",
    read=True,
)
_UPDATE_PASS = Operation(
    method="PUT",
    path="/passes",
    ability="passes.get",
    read=False,
)
_SEND_PASS_BY_EMAIL = Operation(
    method="POST",
    path="/passes",
    ability="passes.get",
    read=False,
)
_DELETE_PASS = Operation(
    method="DELETE",
    path="/passes",
    ability="passes.get",
    read=False,
)
_SEARCH_PASSES = Operation(
    method="GET",
    path="/search/pass",
    ability="search.pass",
    read=True,
)
_CREATE_PASS_URL = Operation(
    method="POST",
    path="/passes/url",
    ability="passes.get",
    read=False,
)
_UPDATE_PASS_POINTS = Operation(
    method="POST",
    path="/passes/scan/storecard",
    ability="passes.get",
    read=False,
)


class Passes:
    """``wa.passes``: 7 operations of the WalletApp API."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassResponse:
        """Inspect a member's pass.

        Returns one pass of a member of the brand, found by the member's email address and the pass code.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier (UUID) of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_pass._get_kwargs(
            email=email,
            brand_id=as_uuid(brand_id),
            pass_code=pass_code,
        )
        response = self._client.request(_GET_PASS, kwargs, options)
        return parse(response, PassResponse.from_dict)

    @overload
    def update_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        expiration_date: datetime.datetime | datetime.date | str | None,
        status: PassStatus,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    @overload
    def update_pass(
        self,
        *,
        body: UpdatePassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    def update_pass(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        pass_code: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | None | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        body: UpdatePassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction:
        """Change the status or expiration of a pass.

        Sets the expiration date and the status of a member's pass, found by the member's email address
        and the pass code, and returns the transaction recorded for the change.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            expiration_date: The new expiration date of the pass. The value `getPass` returns is accepted as it is,
                null (no
                expiration) included, so a pass can be written back unchanged.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            body: The whole request body as a ``UpdatePassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassTransaction

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            pass_code,
            expiration_date,
            status,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("update_pass", "email")
            if isinstance(brand_id, Unset):
                raise missing("update_pass", "brand_id")
            if isinstance(pass_code, Unset):
                raise missing("update_pass", "pass_code")
            if isinstance(expiration_date, Unset):
                raise missing("update_pass", "expiration_date")
            if isinstance(status, Unset):
                raise missing("update_pass", "status")
            body = UpdatePassRequest(
                email=email,
                brand_id=brand_id,
                pass_code=pass_code,
                expiration_date=expiration_date,
                status=status,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_pass(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_pass._get_kwargs(
            body=body,
        )
        response = self._client.request(_UPDATE_PASS, kwargs, options)
        return parse(response, PassTransaction.from_dict)

    @overload
    def send_pass_by_email(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        status: PassStatus,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage: ...

    @overload
    def send_pass_by_email(
        self,
        *,
        body: CouponPassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage: ...

    def send_pass_by_email(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        body: CouponPassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Email a coupon pass to a member.

        Creates a pass of a coupon for the member with this email address and sends it to the member by
        email.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            pass_title: A custom title to display on the pass.
            expiration_date: A point in time in a request: an RFC 3339 date-time (the form WalletApp's answers carry,
                so a
                timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD
                HH:MM:SS`, the
                same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real
                calendar dates
                (years 0001-9999, 30-day months, February 29 in leap years).
            body: The whole request body as a ``CouponPassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            coupon_id,
            status,
            pass_title,
            expiration_date,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("send_pass_by_email", "email")
            if isinstance(brand_id, Unset):
                raise missing("send_pass_by_email", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("send_pass_by_email", "coupon_id")
            if isinstance(status, Unset):
                raise missing("send_pass_by_email", "status")
            body = CouponPassRequest(
                email=email,
                brand_id=brand_id,
                coupon_id=coupon_id,
                status=status,
                pass_title=pass_title,
                expiration_date=expiration_date,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("send_pass_by_email(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _send_pass_by_email._get_kwargs(
            body=body,
        )
        response = self._client.request(_SEND_PASS_BY_EMAIL, kwargs, options)
        return parse(response, SuccessMessage.from_dict)

    def delete_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Remove a pass from a member.

        Removes a member's pass, found by the member's email address and the pass code.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier (UUID) of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _delete_pass._get_kwargs(
            email=email,
            brand_id=as_uuid(brand_id),
            pass_code=pass_code,
        )
        response = self._client.request(_DELETE_PASS, kwargs, options)
        return parse(response, SuccessMessage.from_dict)

    def search_passes(
        self,
        *,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassSearchResponse:
        """Search passes by pass code.

        Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
        email address.

        The token needs the ``search.pass`` ability.

        Args:
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassSearchResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``search.pass`` ability.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _search_passes._get_kwargs(
            pass_code=pass_code,
        )
        response = self._client.request(_SEARCH_PASSES, kwargs, options)
        return parse(response, PassSearchResponse.from_dict)

    @overload
    def create_pass_url(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        status: PassStatus,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl: ...

    @overload
    def create_pass_url(
        self,
        *,
        body: CouponPassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl: ...

    def create_pass_url(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        body: CouponPassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl:
        """Create a coupon pass and get its download page.

        Creates a pass of a coupon for the member with this email address and returns the URL of the pass's
        download page.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            pass_title: A custom title to display on the pass.
            expiration_date: A point in time in a request: an RFC 3339 date-time (the form WalletApp's answers carry,
                so a
                timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD
                HH:MM:SS`, the
                same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real
                calendar dates
                (years 0001-9999, 30-day months, February 29 in leap years).
            body: The whole request body as a ``CouponPassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassUrl

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            coupon_id,
            status,
            pass_title,
            expiration_date,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("create_pass_url", "email")
            if isinstance(brand_id, Unset):
                raise missing("create_pass_url", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("create_pass_url", "coupon_id")
            if isinstance(status, Unset):
                raise missing("create_pass_url", "status")
            body = CouponPassRequest(
                email=email,
                brand_id=brand_id,
                coupon_id=coupon_id,
                status=status,
                pass_title=pass_title,
                expiration_date=expiration_date,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_pass_url(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_pass_url._get_kwargs(
            body=body,
        )
        response = self._client.request(_CREATE_PASS_URL, kwargs, options)
        return parse(response, PassUrl.from_dict)

    @overload
    def update_pass_points(
        self,
        *,
        points: int,
        brand_id: UUID | str,
        pass_code: str,
        external_reference: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    @overload
    def update_pass_points(
        self,
        *,
        body: UpdatePassPointsRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    def update_pass_points(
        self,
        *,
        points: int | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        pass_code: str | Unset = UNSET,
        external_reference: str | Unset = UNSET,
        body: UpdatePassPointsRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction:
        """Add or subtract points on a storecard pass.

        Adds (positive `points`) or subtracts (negative `points`) points on the balance of a storecard pass
        and returns the transaction recorded for it. `external_reference` ties the transaction to your own
        system (a receipt number, say).

        The token needs the ``passes.get`` ability.

        Args:
            points: The points to add (positive) or subtract (negative).
            brand_id: The identifier of the brand.
            pass_code: The code of the storecard pass.
            external_reference: The transaction's reference in your own system.
            body: The whole request body as a ``UpdatePassPointsRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassTransaction

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            points,
            brand_id,
            pass_code,
            external_reference,
        ]
        if body is None:
            if isinstance(points, Unset):
                raise missing("update_pass_points", "points")
            if isinstance(brand_id, Unset):
                raise missing("update_pass_points", "brand_id")
            if isinstance(pass_code, Unset):
                raise missing("update_pass_points", "pass_code")
            body = UpdatePassPointsRequest(
                points=points,
                brand_id=brand_id,
                pass_code=pass_code,
                external_reference=external_reference,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_pass_points(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_pass_points._get_kwargs(
            body=body,
        )
        response = self._client.request(_UPDATE_PASS_POINTS, kwargs, options)
        return parse(response, PassTransaction.from_dict)


class AsyncPasses:
    """``awa.passes``: 7 operations of the WalletApp API (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassResponse:
        """Inspect a member's pass.

        Returns one pass of a member of the brand, found by the member's email address and the pass code.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier (UUID) of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_pass._get_kwargs(
            email=email,
            brand_id=as_uuid(brand_id),
            pass_code=pass_code,
        )
        response = await self._client.request(_GET_PASS, kwargs, options)
        return parse(response, PassResponse.from_dict)

    @overload
    async def update_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        expiration_date: datetime.datetime | datetime.date | str | None,
        status: PassStatus,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    @overload
    async def update_pass(
        self,
        *,
        body: UpdatePassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    async def update_pass(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        pass_code: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | None | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        body: UpdatePassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction:
        """Change the status or expiration of a pass.

        Sets the expiration date and the status of a member's pass, found by the member's email address
        and the pass code, and returns the transaction recorded for the change.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            expiration_date: The new expiration date of the pass. The value `getPass` returns is accepted as it is,
                null (no
                expiration) included, so a pass can be written back unchanged.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            body: The whole request body as a ``UpdatePassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassTransaction

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            pass_code,
            expiration_date,
            status,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("update_pass", "email")
            if isinstance(brand_id, Unset):
                raise missing("update_pass", "brand_id")
            if isinstance(pass_code, Unset):
                raise missing("update_pass", "pass_code")
            if isinstance(expiration_date, Unset):
                raise missing("update_pass", "expiration_date")
            if isinstance(status, Unset):
                raise missing("update_pass", "status")
            body = UpdatePassRequest(
                email=email,
                brand_id=brand_id,
                pass_code=pass_code,
                expiration_date=expiration_date,
                status=status,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_pass(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_pass._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UPDATE_PASS, kwargs, options)
        return parse(response, PassTransaction.from_dict)

    @overload
    async def send_pass_by_email(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        status: PassStatus,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage: ...

    @overload
    async def send_pass_by_email(
        self,
        *,
        body: CouponPassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage: ...

    async def send_pass_by_email(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        body: CouponPassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Email a coupon pass to a member.

        Creates a pass of a coupon for the member with this email address and sends it to the member by
        email.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            pass_title: A custom title to display on the pass.
            expiration_date: A point in time in a request: an RFC 3339 date-time (the form WalletApp's answers carry,
                so a
                timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD
                HH:MM:SS`, the
                same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real
                calendar dates
                (years 0001-9999, 30-day months, February 29 in leap years).
            body: The whole request body as a ``CouponPassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            coupon_id,
            status,
            pass_title,
            expiration_date,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("send_pass_by_email", "email")
            if isinstance(brand_id, Unset):
                raise missing("send_pass_by_email", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("send_pass_by_email", "coupon_id")
            if isinstance(status, Unset):
                raise missing("send_pass_by_email", "status")
            body = CouponPassRequest(
                email=email,
                brand_id=brand_id,
                coupon_id=coupon_id,
                status=status,
                pass_title=pass_title,
                expiration_date=expiration_date,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("send_pass_by_email(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _send_pass_by_email._get_kwargs(
            body=body,
        )
        response = await self._client.request(_SEND_PASS_BY_EMAIL, kwargs, options)
        return parse(response, SuccessMessage.from_dict)

    async def delete_pass(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SuccessMessage:
        """Remove a pass from a member.

        Removes a member's pass, found by the member's email address and the pass code.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier (UUID) of the brand.
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SuccessMessage

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _delete_pass._get_kwargs(
            email=email,
            brand_id=as_uuid(brand_id),
            pass_code=pass_code,
        )
        response = await self._client.request(_DELETE_PASS, kwargs, options)
        return parse(response, SuccessMessage.from_dict)

    async def search_passes(
        self,
        *,
        pass_code: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassSearchResponse:
        """Search passes by pass code.

        Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
        email address.

        The token needs the ``search.pass`` ability.

        Args:
            pass_code: The code of the pass (its pass identifier or its QR code).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassSearchResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``search.pass`` ability.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _search_passes._get_kwargs(
            pass_code=pass_code,
        )
        response = await self._client.request(_SEARCH_PASSES, kwargs, options)
        return parse(response, PassSearchResponse.from_dict)

    @overload
    async def create_pass_url(
        self,
        *,
        email: str,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        status: PassStatus,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl: ...

    @overload
    async def create_pass_url(
        self,
        *,
        body: CouponPassRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl: ...

    async def create_pass_url(
        self,
        *,
        email: str | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        status: PassStatus | Unset = UNSET,
        pass_title: str | Unset = UNSET,
        expiration_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        body: CouponPassRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassUrl:
        """Create a coupon pass and get its download page.

        Creates a pass of a coupon for the member with this email address and returns the URL of the pass's
        download page.

        The token needs the ``passes.get`` ability.

        Args:
            email: The email address of the member.
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            status: The status of a pass, from the list the documentation gives for `PUT /passes` and `POST
                /passes`
                ("Can be: ['active', 'blocked', 'expired', 'redeemed']"). Requests must use one of
                these; responses
                may carry other words (D53).
            pass_title: A custom title to display on the pass.
            expiration_date: A point in time in a request: an RFC 3339 date-time (the form WalletApp's answers carry,
                so a
                timestamp read from an answer is sent back unchanged), the documented `YYYY-MM-DD
                HH:MM:SS`, the
                same with `T` and fractions of a second, or a date (`YYYY-MM-DD`). Dates are real
                calendar dates
                (years 0001-9999, 30-day months, February 29 in leap years).
            body: The whole request body as a ``CouponPassRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassUrl

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            email,
            brand_id,
            coupon_id,
            status,
            pass_title,
            expiration_date,
        ]
        if body is None:
            if isinstance(email, Unset):
                raise missing("create_pass_url", "email")
            if isinstance(brand_id, Unset):
                raise missing("create_pass_url", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("create_pass_url", "coupon_id")
            if isinstance(status, Unset):
                raise missing("create_pass_url", "status")
            body = CouponPassRequest(
                email=email,
                brand_id=brand_id,
                coupon_id=coupon_id,
                status=status,
                pass_title=pass_title,
                expiration_date=expiration_date,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_pass_url(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_pass_url._get_kwargs(
            body=body,
        )
        response = await self._client.request(_CREATE_PASS_URL, kwargs, options)
        return parse(response, PassUrl.from_dict)

    @overload
    async def update_pass_points(
        self,
        *,
        points: int,
        brand_id: UUID | str,
        pass_code: str,
        external_reference: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    @overload
    async def update_pass_points(
        self,
        *,
        body: UpdatePassPointsRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction: ...

    async def update_pass_points(
        self,
        *,
        points: int | Unset = UNSET,
        brand_id: UUID | str | Unset = UNSET,
        pass_code: str | Unset = UNSET,
        external_reference: str | Unset = UNSET,
        body: UpdatePassPointsRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassTransaction:
        """Add or subtract points on a storecard pass.

        Adds (positive `points`) or subtracts (negative `points`) points on the balance of a storecard pass
        and returns the transaction recorded for it. `external_reference` ties the transaction to your own
        system (a receipt number, say).

        The token needs the ``passes.get`` ability.

        Args:
            points: The points to add (positive) or subtract (negative).
            brand_id: The identifier of the brand.
            pass_code: The code of the storecard pass.
            external_reference: The transaction's reference in your own system.
            body: The whole request body as a ``UpdatePassPointsRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassTransaction

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``passes.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            points,
            brand_id,
            pass_code,
            external_reference,
        ]
        if body is None:
            if isinstance(points, Unset):
                raise missing("update_pass_points", "points")
            if isinstance(brand_id, Unset):
                raise missing("update_pass_points", "brand_id")
            if isinstance(pass_code, Unset):
                raise missing("update_pass_points", "pass_code")
            body = UpdatePassPointsRequest(
                points=points,
                brand_id=brand_id,
                pass_code=pass_code,
                external_reference=external_reference,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_pass_points(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_pass_points._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UPDATE_PASS_POINTS, kwargs, options)
        return parse(response, PassTransaction.from_dict)
