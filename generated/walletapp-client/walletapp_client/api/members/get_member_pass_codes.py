from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.member_pass_codes_response import MemberPassCodesResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brand_id: UUID,
    email: str | Unset = UNSET,
    user_identifier: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_brand_id = str(brand_id)
    params["brand_id"] = json_brand_id

    params["email"] = email

    json_user_identifier: str | Unset = UNSET
    if not isinstance(user_identifier, Unset):
        json_user_identifier = str(user_identifier)
    params["user_identifier"] = json_user_identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | MemberPassCodesResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = MemberPassCodesResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | MemberPassCodesResponse | ValidationError]:
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
    email: str | Unset = UNSET,
    user_identifier: UUID | Unset = UNSET,
) -> Response[ErrorMessage | MemberPassCodesResponse | ValidationError]:
    """Find a member's pass codes by email or identifier

     Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
    member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
    validation error.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        email (str | Unset): The email address of the member to look up. Example:
            anna.devries@example.com.
        user_identifier (UUID | Unset): The identifier (UUID) of the member to look up. Example:
            7f3ced78-8000-485c-abdc-998e30def373.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberPassCodesResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        email=email,
        user_identifier=user_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    email: str | Unset = UNSET,
    user_identifier: UUID | Unset = UNSET,
) -> ErrorMessage | MemberPassCodesResponse | ValidationError | None:
    """Find a member's pass codes by email or identifier

     Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
    member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
    validation error.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        email (str | Unset): The email address of the member to look up. Example:
            anna.devries@example.com.
        user_identifier (UUID | Unset): The identifier (UUID) of the member to look up. Example:
            7f3ced78-8000-485c-abdc-998e30def373.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberPassCodesResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        brand_id=brand_id,
        email=email,
        user_identifier=user_identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    email: str | Unset = UNSET,
    user_identifier: UUID | Unset = UNSET,
) -> Response[ErrorMessage | MemberPassCodesResponse | ValidationError]:
    """Find a member's pass codes by email or identifier

     Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
    member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
    validation error.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        email (str | Unset): The email address of the member to look up. Example:
            anna.devries@example.com.
        user_identifier (UUID | Unset): The identifier (UUID) of the member to look up. Example:
            7f3ced78-8000-485c-abdc-998e30def373.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | MemberPassCodesResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        email=email,
        user_identifier=user_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brand_id: UUID,
    email: str | Unset = UNSET,
    user_identifier: UUID | Unset = UNSET,
) -> ErrorMessage | MemberPassCodesResponse | ValidationError | None:
    """Find a member's pass codes by email or identifier

     Looks a member of the brand up by `email` or by `user_identifier` and returns the codes of all the
    member's passes. Give at least one of `email` and `user_identifier`; a request with neither is a
    validation error.

    Args:
        brand_id (UUID): The identifier (UUID) of the brand. Example:
            9ac0d510-39cb-4520-a843-082befafa314.
        email (str | Unset): The email address of the member to look up. Example:
            anna.devries@example.com.
        user_identifier (UUID | Unset): The identifier (UUID) of the member to look up. Example:
            7f3ced78-8000-485c-abdc-998e30def373.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | MemberPassCodesResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            brand_id=brand_id,
            email=email,
            user_identifier=user_identifier,
        )
    ).parsed
