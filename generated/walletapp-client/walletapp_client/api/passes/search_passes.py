from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.pass_search_response import PassSearchResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    pass_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pass_code"] = pass_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/pass",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | PassSearchResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = PassSearchResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | PassSearchResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pass_code: str,
) -> Response[ErrorMessage | PassSearchResponse | ValidationError]:
    """Search passes by pass code

     Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
    email address.

    Args:
        pass_code (str): The code of the pass (its pass identifier or its QR code). Example:
            WA-9F2C-LM4T.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PassSearchResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        pass_code=pass_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pass_code: str,
) -> ErrorMessage | PassSearchResponse | ValidationError | None:
    """Search passes by pass code

     Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
    email address.

    Args:
        pass_code (str): The code of the pass (its pass identifier or its QR code). Example:
            WA-9F2C-LM4T.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PassSearchResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        pass_code=pass_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pass_code: str,
) -> Response[ErrorMessage | PassSearchResponse | ValidationError]:
    """Search passes by pass code

     Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
    email address.

    Args:
        pass_code (str): The code of the pass (its pass identifier or its QR code). Example:
            WA-9F2C-LM4T.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PassSearchResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        pass_code=pass_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pass_code: str,
) -> ErrorMessage | PassSearchResponse | ValidationError | None:
    """Search passes by pass code

     Searches passes by their code alone (the pass identifier or its QR code), without a brand or an
    email address.

    Args:
        pass_code (str): The code of the pass (its pass identifier or its QR code). Example:
            WA-9F2C-LM4T.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PassSearchResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            pass_code=pass_code,
        )
    ).parsed
