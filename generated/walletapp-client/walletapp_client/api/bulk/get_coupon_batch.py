from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.pass_batch_status_response import PassBatchStatusResponse
from ...types import Response


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/coupons/{batch_id}".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | PassBatchStatusResponse | None:
    if response.status_code == 200:
        response_200 = PassBatchStatusResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorMessage.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | PassBatchStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | PassBatchStatusResponse]:
    """Get the status and results of a coupon batch

     The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
    and finished, its status, and once finished the created passes with their download links. The
    `link` of the batch's success webhook points here.

    Args:
        batch_id (str): The `batch_id` returned when the batch was requested, as it was returned
            (any string: the bulk
            page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples use
            UUIDs).
             Example: 8295ca69-2a61-45e4-93c8-4381e5e5de62.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PassBatchStatusResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | PassBatchStatusResponse | None:
    """Get the status and results of a coupon batch

     The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
    and finished, its status, and once finished the created passes with their download links. The
    `link` of the batch's success webhook points here.

    Args:
        batch_id (str): The `batch_id` returned when the batch was requested, as it was returned
            (any string: the bulk
            page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples use
            UUIDs).
             Example: 8295ca69-2a61-45e4-93c8-4381e5e5de62.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PassBatchStatusResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | PassBatchStatusResponse]:
    """Get the status and results of a coupon batch

     The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
    and finished, its status, and once finished the created passes with their download links. The
    `link` of the batch's success webhook points here.

    Args:
        batch_id (str): The `batch_id` returned when the batch was requested, as it was returned
            (any string: the bulk
            page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples use
            UUIDs).
             Example: 8295ca69-2a61-45e4-93c8-4381e5e5de62.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PassBatchStatusResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | PassBatchStatusResponse | None:
    """Get the status and results of a coupon batch

     The status page of a coupon batch started with `createCouponBatch`: when it was requested, started
    and finished, its status, and once finished the created passes with their download links. The
    `link` of the batch's success webhook points here.

    Args:
        batch_id (str): The `batch_id` returned when the batch was requested, as it was returned
            (any string: the bulk
            page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples use
            UUIDs).
             Example: 8295ca69-2a61-45e4-93c8-4381e5e5de62.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PassBatchStatusResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
