from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.template_response import TemplateResponse
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | TemplateResponse | None:
    if response.status_code == 200:
        response_200 = TemplateResponse.from_dict(response.json())

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
) -> Response[ErrorMessage | TemplateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | TemplateResponse]:
    """Inspect a mail template

     Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
    uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
    recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

    Args:
        id (str): The identifier of the template. Example: 4d9a1e27-6c35-4b8f-9f02-31e7c8a5d6b0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | TemplateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | TemplateResponse | None:
    """Inspect a mail template

     Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
    uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
    recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

    Args:
        id (str): The identifier of the template. Example: 4d9a1e27-6c35-4b8f-9f02-31e7c8a5d6b0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | TemplateResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | TemplateResponse]:
    """Inspect a mail template

     Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
    uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
    recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

    Args:
        id (str): The identifier of the template. Example: 4d9a1e27-6c35-4b8f-9f02-31e7c8a5d6b0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | TemplateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | TemplateResponse | None:
    """Inspect a mail template

     Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
    uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
    recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

    Args:
        id (str): The identifier of the template. Example: 4d9a1e27-6c35-4b8f-9f02-31e7c8a5d6b0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | TemplateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
