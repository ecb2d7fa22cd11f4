from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_accepted_response import BatchAcceptedResponse
from ...models.error_message import ErrorMessage
from ...models.points_batch_request import PointsBatchRequest
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: PointsBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/points",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchAcceptedResponse | ErrorMessage | ValidationError | None:
    if response.status_code == 200:
        response_200 = BatchAcceptedResponse.from_dict(response.json())

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
) -> Response[BatchAcceptedResponse | ErrorMessage | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PointsBatchRequest,
) -> Response[BatchAcceptedResponse | ErrorMessage | ValidationError]:
    """Add or subtract points on storecard passes in bulk

     Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
    listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
    matches the member identifier for the specific brand" is updated; a member without a storecard pass
    is not given one (this operation never creates a pass). When the batch has finished, a
    `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
    passes.

    Args:
        body (PointsBatchRequest): A storecard and the points to add or subtract on its members'
            passes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAcceptedResponse | ErrorMessage | ValidationError]
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
    body: PointsBatchRequest,
) -> BatchAcceptedResponse | ErrorMessage | ValidationError | None:
    """Add or subtract points on storecard passes in bulk

     Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
    listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
    matches the member identifier for the specific brand" is updated; a member without a storecard pass
    is not given one (this operation never creates a pass). When the batch has finished, a
    `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
    passes.

    Args:
        body (PointsBatchRequest): A storecard and the points to add or subtract on its members'
            passes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchAcceptedResponse | ErrorMessage | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PointsBatchRequest,
) -> Response[BatchAcceptedResponse | ErrorMessage | ValidationError]:
    """Add or subtract points on storecard passes in bulk

     Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
    listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
    matches the member identifier for the specific brand" is updated; a member without a storecard pass
    is not given one (this operation never creates a pass). When the batch has finished, a
    `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
    passes.

    Args:
        body (PointsBatchRequest): A storecard and the points to add or subtract on its members'
            passes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAcceptedResponse | ErrorMessage | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PointsBatchRequest,
) -> BatchAcceptedResponse | ErrorMessage | ValidationError | None:
    """Add or subtract points on storecard passes in bulk

     Adds (positive `points`) or subtracts (negative `points`) points on the storecard passes of the
    listed members, asynchronously. When a member's `qr_code` is empty, "the first storecard that
    matches the member identifier for the specific brand" is updated; a member without a storecard pass
    is not given one (this operation never creates a pass). When the batch has finished, a
    `BatchEvent` is POSTed to `webhook_url`, and the status page (`getPointsBatch`) lists the updated
    passes.

    Args:
        body (PointsBatchRequest): A storecard and the points to add or subtract on its members'
            passes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchAcceptedResponse | ErrorMessage | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
