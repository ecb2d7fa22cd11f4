from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_license_plates_request import AddLicensePlatesRequest
from ...models.confirmation_response import ConfirmationResponse
from ...models.error_message import ErrorMessage
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AddLicensePlatesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/licenseplates",
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
    body: AddLicensePlatesRequest,
) -> Response[ConfirmationResponse | ErrorMessage | ValidationError]:
    """Add licence plates to members in bulk

     Adds licence plates to members (for licence plate recognition at parking locations). Plates are
    added to those a member already has (inferred from "add"); identifiers that match no member are
    skipped (inferred).

    Args:
        body (AddLicensePlatesRequest): The members and the licence plates to add to them.

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
    body: AddLicensePlatesRequest,
) -> ConfirmationResponse | ErrorMessage | ValidationError | None:
    """Add licence plates to members in bulk

     Adds licence plates to members (for licence plate recognition at parking locations). Plates are
    added to those a member already has (inferred from "add"); identifiers that match no member are
    skipped (inferred).

    Args:
        body (AddLicensePlatesRequest): The members and the licence plates to add to them.

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
    body: AddLicensePlatesRequest,
) -> Response[ConfirmationResponse | ErrorMessage | ValidationError]:
    """Add licence plates to members in bulk

     Adds licence plates to members (for licence plate recognition at parking locations). Plates are
    added to those a member already has (inferred from "add"); identifiers that match no member are
    skipped (inferred).

    Args:
        body (AddLicensePlatesRequest): The members and the licence plates to add to them.

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
    body: AddLicensePlatesRequest,
) -> ConfirmationResponse | ErrorMessage | ValidationError | None:
    """Add licence plates to members in bulk

     Adds licence plates to members (for licence plate recognition at parking locations). Plates are
    added to those a member already has (inferred from "add"); identifiers that match no member are
    skipped (inferred).

    Args:
        body (AddLicensePlatesRequest): The members and the licence plates to add to them.

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
