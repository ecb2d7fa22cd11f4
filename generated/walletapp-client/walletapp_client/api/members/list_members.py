from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.member_list_response import MemberListResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brand_id: UUID,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_brand_id = str(brand_id)
    params["brand_id"] = json_brand_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/members/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | MemberListResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = MemberListResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | MemberListResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorMessage | MemberListResponse | ValidationError]:
    """List the members of a brand

     Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
    time; omit both to receive every member in a single response.

    Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
    large brands.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        page (int | Unset): The page to fetch, starting at 1. Example: 2.
        per_page (int | Unset): The number of records per page (no upper limit is documented).
            Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberListResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorMessage | MemberListResponse | ValidationError | None:
    """List the members of a brand

     Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
    time; omit both to receive every member in a single response.

    Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
    large brands.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        page (int | Unset): The page to fetch, starting at 1. Example: 2.
        per_page (int | Unset): The number of records per page (no upper limit is documented).
            Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberListResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        brand_id=brand_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorMessage | MemberListResponse | ValidationError]:
    """List the members of a brand

     Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
    time; omit both to receive every member in a single response.

    Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
    large brands.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        page (int | Unset): The page to fetch, starting at 1. Example: 2.
        per_page (int | Unset): The number of records per page (no upper limit is documented).
            Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberListResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorMessage | MemberListResponse | ValidationError | None:
    """List the members of a brand

     Returns the members of a brand with their data. Pass `page` and `per_page` to fetch one page at a
    time; omit both to receive every member in a single response.

    Fetching every member at once takes a while when the brand has more than 3,000 members: paginate
    large brands.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        page (int | Unset): The page to fetch, starting at 1. Example: 2.
        per_page (int | Unset): The number of records per page (no upper limit is documented).
            Example: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberListResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            brand_id=brand_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
