from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirmation_response import ConfirmationResponse
from ...models.error_message import ErrorMessage
from ...models.upsert_passes_request import UpsertPassesRequest
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: UpsertPassesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/passes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmationResponse | ErrorMessage | ValidationError | None:
    if response.status_code == 200:
        response_200 = ConfirmationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmationResponse | ErrorMessage | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpsertPassesRequest,
) -> Response[ConfirmationResponse | ErrorMessage | ValidationError]:
    """Create or update storecard passes with points in bulk

     Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
    creation and update of passes with points and custom params"). A member's pass is found by
    `pass_code` when given (and created with that code when it does not exist yet), otherwise the
    member's first pass of the storecard is used or created. The pass then has `points` points ("The
    points of the pass. Can be negative or positive"). How passes are found or created, and that
    `points` replaces the pass's points rather than adding to them, are inferred.

    Args:
        body (UpsertPassesRequest): A storecard and the passes to create or update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationResponse | ErrorMessage | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpsertPassesRequest,
) -> ConfirmationResponse | ErrorMessage | ValidationError | None:
    """Create or update storecard passes with points in bulk

     Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
    creation and update of passes with points and custom params"). A member's pass is found by
    `pass_code` when given (and created with that code when it does not exist yet), otherwise the
    member's first pass of the storecard is used or created. The pass then has `points` points ("The
    points of the pass. Can be negative or positive"). How passes are found or created, and that
    `points` replaces the pass's points rather than adding to them, are inferred.

    Args:
        body (UpsertPassesRequest): A storecard and the passes to create or update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationResponse | ErrorMessage | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpsertPassesRequest,
) -> Response[ConfirmationResponse | ErrorMessage | ValidationError]:
    """Create or update storecard passes with points in bulk

     Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
    creation and update of passes with points and custom params"). A member's pass is found by
    `pass_code` when given (and created with that code when it does not exist yet), otherwise the
    member's first pass of the storecard is used or created. The pass then has `points` points ("The
    points of the pass. Can be negative or positive"). How passes are found or created, and that
    `points` replaces the pass's points rather than adding to them, are inferred.

    Args:
        body (UpsertPassesRequest): A storecard and the passes to create or update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationResponse | ErrorMessage | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpsertPassesRequest,
) -> ConfirmationResponse | ErrorMessage | ValidationError | None:
    """Create or update storecard passes with points in bulk

     Creates or updates storecard passes of one storecard for the listed members, synchronously ("the
    creation and update of passes with points and custom params"). A member's pass is found by
    `pass_code` when given (and created with that code when it does not exist yet), otherwise the
    member's first pass of the storecard is used or created. The pass then has `points` points ("The
    points of the pass. Can be negative or positive"). How passes are found or created, and that
    `points` replaces the pass's points rather than adding to them, are inferred.

    Args:
        body (UpsertPassesRequest): A storecard and the passes to create or update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationResponse | ErrorMessage | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
