"""``wa.imports``: the operations of the spec's tag Imports, one method each.

Generated from the spec: each method builds its request with the low-level function of the same name
(``walletapp_client.api.imports``), sends it with the client's timeouts and retries, and returns the
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
from ..api.imports import import_members as _import_members
from ..api.imports import list_import_log as _list_import_log
from ..models.import_log_response import ImportLogResponse
from ..models.import_members_request import ImportMembersRequest
from ..models.import_result import ImportResult
from ..models.import_user import ImportUser
from ..types import UNSET, Unset, as_uuid

_IMPORT_MEMBERS = Operation(
    method="POST",
    path="/v2/import",
    ability="import",
    read=False,
)
_LIST_IMPORT_LOG = Operation(
    method="GET",
    path="/import/log",
    ability="brand.import",
    read=True,
)


class Imports:
    """``wa.imports``: 2 operations of the WalletApp API."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @overload
    def import_members(
        self,
        *,
        organization_id: str,
        users: Sequence[ImportUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult: ...

    @overload
    def import_members(
        self,
        *,
        body: ImportMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult: ...

    def import_members(
        self,
        *,
        organization_id: str | Unset = UNSET,
        users: Sequence[ImportUser | Mapping[str, object]] | Unset = UNSET,
        body: ImportMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult:
        """Import members with points.

        Imports members into an organization: each user is added to a brand with a storecard pass and
        the given points, and optionally a phone number, licence plate, tag, favourite location and
        membership dates. At most 2,000 users per request; split larger imports. Welcome and update mails
        are only sent when asked for.

        The token needs the ``import`` ability.

        Args:
            organization_id: The identifier of the organization the import belongs to.
            users: The members to import.
            body: The whole request body as a ``ImportMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ImportResult

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``import`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            organization_id,
            users,
        ]
        if body is None:
            if isinstance(organization_id, Unset):
                raise missing("import_members", "organization_id")
            if isinstance(users, Unset):
                raise missing("import_members", "users")
            body = ImportMembersRequest(
                organization_id=organization_id,
                users=[as_model(ImportUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("import_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _import_members._get_kwargs(
            body=body,
        )
        response = self._client.request(_IMPORT_MEMBERS, kwargs, options)
        return parse(response, ImportResult.from_dict)

    def list_import_log(
        self,
        *,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportLogResponse:
        """List when members of a brand last received points.

        The import history of a brand, one entry per member with when that member last received points.

        The token needs the ``brand.import`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ImportLogResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``brand.import`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_import_log._get_kwargs(
            brand_id=as_uuid(brand_id),
        )
        response = self._client.request(_LIST_IMPORT_LOG, kwargs, options)
        return parse(response, ImportLogResponse.from_dict)


class AsyncImports:
    """``awa.imports``: 2 operations of the WalletApp API (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def import_members(
        self,
        *,
        organization_id: str,
        users: Sequence[ImportUser | Mapping[str, object]],
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult: ...

    @overload
    async def import_members(
        self,
        *,
        body: ImportMembersRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult: ...

    async def import_members(
        self,
        *,
        organization_id: str | Unset = UNSET,
        users: Sequence[ImportUser | Mapping[str, object]] | Unset = UNSET,
        body: ImportMembersRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResult:
        """Import members with points.

        Imports members into an organization: each user is added to a brand with a storecard pass and
        the given points, and optionally a phone number, licence plate, tag, favourite location and
        membership dates. At most 2,000 users per request; split larger imports. Welcome and update mails
        are only sent when asked for.

        The token needs the ``import`` ability.

        Args:
            organization_id: The identifier of the organization the import belongs to.
            users: The members to import.
            body: The whole request body as a ``ImportMembersRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ImportResult

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``import`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            organization_id,
            users,
        ]
        if body is None:
            if isinstance(organization_id, Unset):
                raise missing("import_members", "organization_id")
            if isinstance(users, Unset):
                raise missing("import_members", "users")
            body = ImportMembersRequest(
                organization_id=organization_id,
                users=[as_model(ImportUser, item) for item in users],
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("import_members(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _import_members._get_kwargs(
            body=body,
        )
        response = await self._client.request(_IMPORT_MEMBERS, kwargs, options)
        return parse(response, ImportResult.from_dict)

    async def list_import_log(
        self,
        *,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportLogResponse:
        """List when members of a brand last received points.

        The import history of a brand, one entry per member with when that member last received points.

        The token needs the ``brand.import`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            ImportLogResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``brand.import`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_import_log._get_kwargs(
            brand_id=as_uuid(brand_id),
        )
        response = await self._client.request(_LIST_IMPORT_LOG, kwargs, options)
        return parse(response, ImportLogResponse.from_dict)
