from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.list_member_points_request import ListMemberPointsRequest
from ...models.member_points_response import MemberPointsResponse
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ListMemberPointsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | MemberPointsResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = MemberPointsResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | MemberPointsResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMemberPointsRequest,
) -> Response[ErrorMessage | MemberPointsResponse | ValidationError]:
    """List members with their pass code and points balance

     Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
    balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

    Args:
        body (ListMemberPointsRequest): Which members' points balances to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberPointsResponse | ValidationError]
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
    body: ListMemberPointsRequest,
) -> ErrorMessage | MemberPointsResponse | ValidationError | None:
    """List members with their pass code and points balance

     Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
    balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

    Args:
        body (ListMemberPointsRequest): Which members' points balances to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberPointsResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMemberPointsRequest,
) -> Response[ErrorMessage | MemberPointsResponse | ValidationError]:
    """List members with their pass code and points balance

     Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
    balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

    Args:
        body (ListMemberPointsRequest): Which members' points balances to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberPointsResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListMemberPointsRequest,
) -> ErrorMessage | MemberPointsResponse | ValidationError | None:
    """List members with their pass code and points balance

     Returns the members of a brand with the code (`qr_code`) of their storecard pass and its points
    balance. Pass `storecard_id` to restrict the list to the passes of one storecard.

    Args:
        body (ListMemberPointsRequest): Which members' points balances to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberPointsResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
