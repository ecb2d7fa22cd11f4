"""``wa.bulk``: the operations of the spec's tag Bulk, one method each.

Generated from the spec: each method builds its request with the low-level function of the same name
(``walletapp_client.api.bulk``), sends it with the client's timeouts and retries, and returns the
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
)
from ..api.bulk import add_license_plates as _add_license_plates
from ..api.bulk import create_coupon_batch as _create_coupon_batch
from ..api.bulk import create_points_batch as _create_points_batch
from ..api.bulk import create_storecard_batch as _create_storecard_batch
from ..api.bulk import get_coupon_batch as _get_coupon_batch
from ..api.bulk import get_points_batch as _get_points_batch
from ..api.bulk import get_storecard_batch as _get_storecard_batch
from ..api.bulk import sign_up_members_in_bulk as _sign_up_members_in_bulk
from ..api.bulk import update_members as _update_members
from ..api.bulk import upsert_passes as _upsert_passes
from ..models.add_license_plates_request import AddLicensePlatesRequest
from ..models.batch_accepted_response import BatchAcceptedResponse
from ..models.confirmation_response import ConfirmationResponse
from ..models.coupon_batch_request import CouponBatchRequest
from ..models.coupon_batch_user import CouponBatchUser
from ..models.license_plate_assignment import LicensePlateAssignment
from ..models.member_update import MemberUpdate
from ..models.pass_batch_status_response import PassBatchStatusResponse
from ..models.pass_upsert import PassUpsert
from ..models.points_batch_request import PointsBatchRequest
from ..models.points_batch_user import PointsBatchUser
from ..models.sign_up_members_request import SignUpMembersRequest
from ..models.signup_user import SignupUser
from ..models.storecard_batch_request import StorecardBatchRequest
from ..models.storecard_batch_user import StorecardBatchUser
from ..models.update_members_request import UpdateMembersRequest
from ..models.upsert_passes_request import UpsertPassesRequest
from ..types import UNSET, Unset

_CREATE_COUPON_BATCH = Operation(
    method="POST",
    path="/bulk/coupons",
    ability="coupons.store",
    read=False,
)
_GET_COUPON_BATCH = Operation(
    method="GET",
    path="/webhooks/coupons/{batch_id}",
    ability="coupons.get",
    read=True,
)
_CREATE_STORECARD_BATCH = Operation(
    method="POST",
    path="/bulk/storecards",
    ability="storecards.store",
    read=False,
)
_GET_STORECARD_BATCH = Operation(
    method="GET",
    path="/webhooks/storecards/{batch_id}",
    ability="storecards.get",
    read=True,
)
_CREATE_POINTS_BATCH = Operation(
    method="POST",
    path="/bulk/points",
    ability="storecards.store",
    read=False,
)
_GET_POINTS_BATCH = Operation(
    method="GET",
    path="/webhooks/points/{batch_id}",
    ability="storecards.get",
    read=True,
)
_SIGN_UP_MEMBERS_IN_BULK = Operation(
    method="POST",
    path="/bulk/signups",
    ability="members.store",
    read=False,
)
_UPDATE_MEMBERS = Operation(
    method="PUT",
    path="/bulk/members",
    ability="members.store",
    read=False,
)
_ADD_LICENSE_PLATES = Operation(
    method="POST",
    path="/bulk/licenseplates",
    ability="lpr.store",
    read=False,
)
_UPSERT_PASSES = Operation(
    method="POST",
    path="/bulk/passes",
    ability="storecards.store",
    read=False,
)


class Bulk:
    """``wa.bulk``: 10 operations of the WalletApp API."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @overload
    def create_coupon_batch(
        self,
        *,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        webhook_url: str,
        users: Sequence[CouponBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    def create_coupon_batch(
        self,
        *,
        body: CouponBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    def create_coupon_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[CouponBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: CouponBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Create coupon passes in bulk.

        Creates a coupon pass of one coupon for each listed member, asynchronously. The answer lists the
        members that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent` is
        POSTed to `webhook_url`, and the status page (`getCouponBatch`) holds the download links of the
        created passes.

        The token needs the ``coupons.store`` ability.
        The batch runs in the background: ``wa.batches.wait("coupons", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members who get a pass.
            body: The whole request body as a ``CouponBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``coupons.store`` ability.
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
            coupon_id,
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_coupon_batch", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("create_coupon_batch", "coupon_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_coupon_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_coupon_batch", "users")
            body = CouponBatchRequest(
                brand_id=brand_id,
                coupon_id=coupon_id,
                webhook_url=webhook_url,
                users=[as_model(CouponBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_coupon_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_coupon_batch._get_kwargs(
            body=body,
        )
        response = self._client.request(_CREATE_COUPON_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    def get_coupon_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a coupon batch.

        The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
        and finished, its status, and once finished the created passes with their download links. The
        `link` of the batch's success webhook points here.

        The token needs the ``coupons.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``coupons.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_coupon_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = self._client.request(_GET_COUPON_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    def create_storecard_batch(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        webhook_url: str,
        users: Sequence[StorecardBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    def create_storecard_batch(
        self,
        *,
        body: StorecardBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    def create_storecard_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[StorecardBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: StorecardBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Create storecard passes in bulk.

        Creates a storecard pass of one storecard for each listed member, asynchronously. The answer lists
        the members that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent`
        is POSTed to `webhook_url`, and the status page (`getStorecardBatch`) holds the download links of
        the created passes.

        The token needs the ``storecards.store`` ability.
        The batch runs in the background: ``wa.batches.wait("storecards", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members who get a pass.
            body: The whole request body as a ``StorecardBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_storecard_batch", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("create_storecard_batch", "storecard_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_storecard_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_storecard_batch", "users")
            body = StorecardBatchRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                webhook_url=webhook_url,
                users=[as_model(StorecardBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_storecard_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_storecard_batch._get_kwargs(
            body=body,
        )
        response = self._client.request(_CREATE_STORECARD_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    def get_storecard_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a storecard batch.

        The status page of a storecard batch started with `createStorecardBatch`: when it was requested,
        started and finished, its status, and once finished the created passes with their download links.
        The `link` of the batch's success webhook points here.

        The token needs the ``storecards.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_storecard_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = self._client.request(_GET_STORECARD_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    def create_points_batch(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        webhook_url: str,
        users: Sequence[PointsBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    def create_points_batch(
        self,
        *,
        body: PointsBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    def create_points_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[PointsBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: PointsBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Add or subtract points on storecard passes in bulk.

        Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
        listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
        matches the member identifier for the specific brand" is updated; a member without a storecard pass
        is not given one (this operation never creates a pass). When the batch has finished, a
        `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
        passes.

        The token needs the ``storecards.store`` ability.
        The batch runs in the background: ``wa.batches.wait("points", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members and their points.
            body: The whole request body as a ``PointsBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_points_batch", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("create_points_batch", "storecard_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_points_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_points_batch", "users")
            body = PointsBatchRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                webhook_url=webhook_url,
                users=[as_model(PointsBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_points_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_points_batch._get_kwargs(
            body=body,
        )
        response = self._client.request(_CREATE_POINTS_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    def get_points_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a points batch.

        The status page of a points batch started with `createPointsBatch`: when it was requested, started
        and finished, its status, and once finished the updated passes with their download links. The
        `link` of the batch's success webhook points here.

        The token needs the ``storecards.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_points_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = self._client.request(_GET_POINTS_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    def sign_up_members_in_bulk(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[SignupUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    def sign_up_members_in_bulk(
        self,
        *,
        body: SignUpMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    def sign_up_members_in_bulk(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[SignupUser | Mapping[str, object]] | Unset = UNSET,
        body: SignUpMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Sign members up in bulk.

        Performs a signup event for each listed member of the brand. Member data is never updated by this
        operation: `first_name` and `last_name` are applied only to members created for the first time in
        the WalletApp ecosystem. Unlike `signUpMembers`, it does not return the members' identifiers.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members to sign up.
            body: The whole request body as a ``SignUpMembersRequest``, instead of its fields.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("sign_up_members_in_bulk", "brand_id")
            if isinstance(users, Unset):
                raise missing("sign_up_members_in_bulk", "users")
            body = SignUpMembersRequest(
                brand_id=brand_id,
                users=[as_model(SignupUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("sign_up_members_in_bulk(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _sign_up_members_in_bulk._get_kwargs(
            body=body,
        )
        response = self._client.request(_SIGN_UP_MEMBERS_IN_BULK, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    def update_members(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[MemberUpdate | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    def update_members(
        self,
        *,
        body: UpdateMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    def update_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[MemberUpdate | Mapping[str, object]] | Unset = UNSET,
        body: UpdateMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Update members in bulk.

        Updates the details of existing members of the brand. Only the fields given are changed; members
        are never created by this operation, and identifiers that match no member are skipped.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members and their new details.
            body: The whole request body as a ``UpdateMembersRequest``, instead of its fields.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("update_members", "brand_id")
            if isinstance(users, Unset):
                raise missing("update_members", "users")
            body = UpdateMembersRequest(
                brand_id=brand_id,
                users=[as_model(MemberUpdate, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_members._get_kwargs(
            body=body,
        )
        response = self._client.request(_UPDATE_MEMBERS, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    def add_license_plates(
        self,
        *,
        users: Sequence[LicensePlateAssignment | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    def add_license_plates(
        self,
        *,
        body: AddLicensePlatesRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    def add_license_plates(
        self,
        *,
        users: Sequence[LicensePlateAssignment | Mapping[str, object]] | Unset = UNSET,
        body: AddLicensePlatesRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Add licence plates to members in bulk.

        Adds licence plates to members (for licence plate recognition at parking locations). Plates are
        added to those a member already has (inferred from "add"); identifiers that match no member are
        skipped (inferred).

        The token needs the ``lpr.store`` ability.

        Args:
            users: The members and their licence plates.
            body: The whole request body as a ``AddLicensePlatesRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``lpr.store`` ability.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            users,
        ]
        if body is None:
            if isinstance(users, Unset):
                raise missing("add_license_plates", "users")
            body = AddLicensePlatesRequest(
                users=[as_model(LicensePlateAssignment, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("add_license_plates(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _add_license_plates._get_kwargs(
            body=body,
        )
        response = self._client.request(_ADD_LICENSE_PLATES, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    def upsert_passes(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        users: Sequence[PassUpsert | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    def upsert_passes(
        self,
        *,
        body: UpsertPassesRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    def upsert_passes(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        users: Sequence[PassUpsert | Mapping[str, object]] | Unset = UNSET,
        body: UpsertPassesRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Create or update storecard passes with points in bulk.

        Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
        creation and update of passes with points and custom params"). A member's pass is found by
        `pass_code` when given (and created with that code when it does not exist yet), otherwise the
        member's first pass of the storecard is used or created. The pass then has `points` points ("The
        points of the pass. Can be negative or positive"). How passes are found or created, and that
        `points` replaces the pass's points rather than adding to them, are inferred.

        The token needs the ``storecards.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            users: The members and their passes.
            body: The whole request body as a ``UpsertPassesRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("upsert_passes", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("upsert_passes", "storecard_id")
            if isinstance(users, Unset):
                raise missing("upsert_passes", "users")
            body = UpsertPassesRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                users=[as_model(PassUpsert, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("upsert_passes(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _upsert_passes._get_kwargs(
            body=body,
        )
        response = self._client.request(_UPSERT_PASSES, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)


class AsyncBulk:
    """``awa.bulk``: 10 operations of the WalletApp API (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def create_coupon_batch(
        self,
        *,
        brand_id: UUID | str,
        coupon_id: UUID | str,
        webhook_url: str,
        users: Sequence[CouponBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    async def create_coupon_batch(
        self,
        *,
        body: CouponBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    async def create_coupon_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[CouponBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: CouponBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Create coupon passes in bulk.

        Creates a coupon pass of one coupon for each listed member, asynchronously. The answer lists the
        members that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent` is
        POSTed to `webhook_url`, and the status page (`getCouponBatch`) holds the download links of the
        created passes.

        The token needs the ``coupons.store`` ability.
        The batch runs in the background: ``wa.batches.wait("coupons", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            coupon_id: The identifier of the coupon.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members who get a pass.
            body: The whole request body as a ``CouponBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``coupons.store`` ability.
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
            coupon_id,
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_coupon_batch", "brand_id")
            if isinstance(coupon_id, Unset):
                raise missing("create_coupon_batch", "coupon_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_coupon_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_coupon_batch", "users")
            body = CouponBatchRequest(
                brand_id=brand_id,
                coupon_id=coupon_id,
                webhook_url=webhook_url,
                users=[as_model(CouponBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_coupon_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_coupon_batch._get_kwargs(
            body=body,
        )
        response = await self._client.request(_CREATE_COUPON_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    async def get_coupon_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a coupon batch.

        The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
        and finished, its status, and once finished the created passes with their download links. The
        `link` of the batch's success webhook points here.

        The token needs the ``coupons.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``coupons.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_coupon_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = await self._client.request(_GET_COUPON_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    async def create_storecard_batch(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        webhook_url: str,
        users: Sequence[StorecardBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    async def create_storecard_batch(
        self,
        *,
        body: StorecardBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    async def create_storecard_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[StorecardBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: StorecardBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Create storecard passes in bulk.

        Creates a storecard pass of one storecard for each listed member, asynchronously. The answer lists
        the members that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent`
        is POSTed to `webhook_url`, and the status page (`getStorecardBatch`) holds the download links of
        the created passes.

        The token needs the ``storecards.store`` ability.
        The batch runs in the background: ``wa.batches.wait("storecards", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members who get a pass.
            body: The whole request body as a ``StorecardBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_storecard_batch", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("create_storecard_batch", "storecard_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_storecard_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_storecard_batch", "users")
            body = StorecardBatchRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                webhook_url=webhook_url,
                users=[as_model(StorecardBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_storecard_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_storecard_batch._get_kwargs(
            body=body,
        )
        response = await self._client.request(_CREATE_STORECARD_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    async def get_storecard_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a storecard batch.

        The status page of a storecard batch started with `createStorecardBatch`: when it was requested,
        started and finished, its status, and once finished the created passes with their download links.
        The `link` of the batch's success webhook points here.

        The token needs the ``storecards.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_storecard_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = await self._client.request(_GET_STORECARD_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    async def create_points_batch(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        webhook_url: str,
        users: Sequence[PointsBatchUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    async def create_points_batch(
        self,
        *,
        body: PointsBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    async def create_points_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        users: Sequence[PointsBatchUser | Mapping[str, object]] | Unset = UNSET,
        body: PointsBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Add or subtract points on storecard passes in bulk.

        Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
        listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
        matches the member identifier for the specific brand" is updated; a member without a storecard pass
        is not given one (this operation never creates a pass). When the batch has finished, a
        `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
        passes.

        The token needs the ``storecards.store`` ability.
        The batch runs in the background: ``wa.batches.wait("points", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed.
            users: The members and their points.
            body: The whole request body as a ``PointsBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            webhook_url,
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_points_batch", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("create_points_batch", "storecard_id")
            if isinstance(webhook_url, Unset):
                raise missing("create_points_batch", "webhook_url")
            if isinstance(users, Unset):
                raise missing("create_points_batch", "users")
            body = PointsBatchRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                webhook_url=webhook_url,
                users=[as_model(PointsBatchUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_points_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_points_batch._get_kwargs(
            body=body,
        )
        response = await self._client.request(_CREATE_POINTS_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    async def get_points_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PassBatchStatusResponse:
        """Get the status and results of a points batch.

        The status page of a points batch started with `createPointsBatch`: when it was requested, started
        and finished, its status, and once finished the updated passes with their download links. The
        `link` of the batch's success webhook points here.

        The token needs the ``storecards.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            PassBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_points_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = await self._client.request(_GET_POINTS_BATCH, kwargs, options)
        return parse(response, PassBatchStatusResponse.from_dict)

    @overload
    async def sign_up_members_in_bulk(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[SignupUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    async def sign_up_members_in_bulk(
        self,
        *,
        body: SignUpMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    async def sign_up_members_in_bulk(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[SignupUser | Mapping[str, object]] | Unset = UNSET,
        body: SignUpMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Sign members up in bulk.

        Performs a signup event for each listed member of the brand. Member data is never updated by this
        operation: `first_name` and `last_name` are applied only to members created for the first time in
        the WalletApp ecosystem. Unlike `signUpMembers`, it does not return the members' identifiers.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members to sign up.
            body: The whole request body as a ``SignUpMembersRequest``, instead of its fields.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("sign_up_members_in_bulk", "brand_id")
            if isinstance(users, Unset):
                raise missing("sign_up_members_in_bulk", "users")
            body = SignUpMembersRequest(
                brand_id=brand_id,
                users=[as_model(SignupUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("sign_up_members_in_bulk(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _sign_up_members_in_bulk._get_kwargs(
            body=body,
        )
        response = await self._client.request(_SIGN_UP_MEMBERS_IN_BULK, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    async def update_members(
        self,
        *,
        brand_id: UUID | str,
        users: Sequence[MemberUpdate | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    async def update_members(
        self,
        *,
        body: UpdateMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    async def update_members(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        users: Sequence[MemberUpdate | Mapping[str, object]] | Unset = UNSET,
        body: UpdateMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Update members in bulk.

        Updates the details of existing members of the brand. Only the fields given are changed; members
        are never created by this operation, and identifiers that match no member are skipped.

        The token needs the ``members.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            users: The members and their new details.
            body: The whole request body as a ``UpdateMembersRequest``, instead of its fields.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("update_members", "brand_id")
            if isinstance(users, Unset):
                raise missing("update_members", "users")
            body = UpdateMembersRequest(
                brand_id=brand_id,
                users=[as_model(MemberUpdate, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("update_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _update_members._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UPDATE_MEMBERS, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    async def add_license_plates(
        self,
        *,
        users: Sequence[LicensePlateAssignment | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    async def add_license_plates(
        self,
        *,
        body: AddLicensePlatesRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    async def add_license_plates(
        self,
        *,
        users: Sequence[LicensePlateAssignment | Mapping[str, object]] | Unset = UNSET,
        body: AddLicensePlatesRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Add licence plates to members in bulk.

        Adds licence plates to members (for licence plate recognition at parking locations). Plates are
        added to those a member already has (inferred from "add"); identifiers that match no member are
        skipped (inferred).

        The token needs the ``lpr.store`` ability.

        Args:
            users: The members and their licence plates.
            body: The whole request body as a ``AddLicensePlatesRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``lpr.store`` ability.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            users,
        ]
        if body is None:
            if isinstance(users, Unset):
                raise missing("add_license_plates", "users")
            body = AddLicensePlatesRequest(
                users=[as_model(LicensePlateAssignment, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("add_license_plates(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _add_license_plates._get_kwargs(
            body=body,
        )
        response = await self._client.request(_ADD_LICENSE_PLATES, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)

    @overload
    async def upsert_passes(
        self,
        *,
        brand_id: UUID | str,
        storecard_id: UUID | str,
        users: Sequence[PassUpsert | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    @overload
    async def upsert_passes(
        self,
        *,
        body: UpsertPassesRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse: ...

    async def upsert_passes(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        users: Sequence[PassUpsert | Mapping[str, object]] | Unset = UNSET,
        body: UpsertPassesRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConfirmationResponse:
        """Create or update storecard passes with points in bulk.

        Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
        creation and update of passes with points and custom params"). A member's pass is found by
        `pass_code` when given (and created with that code when it does not exist yet), otherwise the
        member's first pass of the storecard is used or created. The pass then has `points` points ("The
        points of the pass. Can be negative or positive"). How passes are found or created, and that
        `points` replaces the pass's points rather than adding to them, are inferred.

        The token needs the ``storecards.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            storecard_id: The identifier of the storecard.
            users: The members and their passes.
            body: The whole request body as a ``UpsertPassesRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ConfirmationResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``storecards.store`` ability.
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
            users,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("upsert_passes", "brand_id")
            if isinstance(storecard_id, Unset):
                raise missing("upsert_passes", "storecard_id")
            if isinstance(users, Unset):
                raise missing("upsert_passes", "users")
            body = UpsertPassesRequest(
                brand_id=brand_id,
                storecard_id=storecard_id,
                users=[as_model(PassUpsert, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("upsert_passes(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _upsert_passes._get_kwargs(
            body=body,
        )
        response = await self._client.request(_UPSERT_PASSES, kwargs, options)
        return parse(response, ConfirmationResponse.from_dict)
