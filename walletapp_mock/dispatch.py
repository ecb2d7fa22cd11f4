"""The HTTP layer of the spec's operations, on Starlette's Router, Request and Response.

Routes are compiled from the spec once: one Starlette `Route` per path template, static paths before
parameterised ones (stripe-mock's rule: `/members/list` is never taken for `/members/{uuid}`), each
serving every method of its path, so that a known path asked with another method is a 405 with an
`Allow` header rather than a match of some other path. Per request: auth (401/403 with the spec's
bodies) -> the body, read within its size and time limits (413/408) -> validation (422, Laravel's
shape) -> handler -> orjson. Handlers and the store raise domain errors (`errors`); this module alone
decides the statuses and bodies they become.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import laravel
from .call import Call, Reply, Stream
from .errors import DomainError, InvalidValue, NotFound
from .handlers import registry
from .laravel import ApiError, exists_failed, json_response, method_not_allowed, validation_failed
from .runtime import Runtime
from .spec import Operation, Spec
from .validation import RequestValidator

log = logging.getLogger("walletapp_mock")

Handler = Callable[[Call], Any]


TOO_LARGE = "The request body is larger than the mock accepts ({limit})."
TOO_SLOW = "The request body did not arrive within {seconds:g} s."


async def read_body(request: Request, limit: int, seconds: float) -> bytes:
    """The request's body, refused (413) past `limit` bytes, declared or sent, and (408) when it takes
    longer than `seconds` to arrive: never more than `limit` bytes are held."""
    too_large = ApiError(413, {"message": TOO_LARGE.format(limit=f"{limit / 2**20:g} MiB")})
    declared = request.headers.get("content-length", "")
    if len(declared) > 18 or (declared.isdigit() and int(declared) > limit):
        raise too_large
    chunks, size = [], 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise too_large
                chunks.append(chunk)
    except TimeoutError:
        raise ApiError(408, {"message": TOO_SLOW.format(seconds=seconds)}) from None
    return b"".join(chunks)


def _answer(op: Operation, error: DomainError) -> ApiError:
    """The API's answer to a domain error of `op`: what does not exist is a 404 where the spec documents
    one (spec D40), else Laravel's `exists` 422 on the field that named it; bad values are a 422."""
    if isinstance(error, NotFound):
        if op.documents(404) or error.field is None:
            return ApiError(404, {"message": error.message})
        return exists_failed(error.field)
    if isinstance(error, InvalidValue):
        return validation_failed(error.errors)
    raise TypeError(f"no answer for {type(error).__name__}")


@dataclass(frozen=True, slots=True)
class OperationEndpoint:
    """One operation: everything that can be computed once is, the 401/403 bodies as bytes included."""

    op: Operation
    runtime: Runtime
    validator: RequestValidator
    handler: Handler | None
    unauthenticated: bytes
    forbidden: bytes

    @classmethod
    def compile(cls, op: Operation, runtime: Runtime, handler: Handler | None) -> OperationEndpoint:
        return cls(
            op=op,
            runtime=runtime,
            validator=RequestValidator(op, runtime.settings.max_array_items),
            handler=handler,
            unauthenticated=orjson.dumps(op.error_body(401, laravel.UNAUTHENTICATED)),
            forbidden=orjson.dumps(op.error_body(403, laravel.INVALID_ABILITY)),
        )

    async def __call__(self, request: Request) -> Response:
        op = self.op
        if op.requires_auth:
            abilities = self.runtime.tokens.abilities(request.headers.get("authorization"))
            if abilities is None:
                return json_response(401, self.unauthenticated)
            if not op.allows(abilities):
                return json_response(403, self.forbidden)
        if self.handler is None:
            return json_response(501, {"message": laravel.NOT_IMPLEMENTED})
        try:
            settings = self.runtime.settings
            has_body = self.validator.has_body
            raw_body = (
                await read_body(request, settings.max_body_bytes, settings.body_seconds) if has_body else b""
            )
            valid = self.validator.validate(
                request.path_params, request.query_params, request.headers.get("content-type"), raw_body
            )
            call = Call(op, self.runtime, request, valid.path, valid.query, valid.body)
            try:
                result = self.handler(call)
            except DomainError as error:
                raise _answer(op, error) from None
            if isinstance(result, Stream):
                return StreamingResponse(_pieces(result.chunks), 200, media_type="application/json")
            if isinstance(result, Reply):
                return json_response(result.status, result.body)
            return json_response(200, result)
        except ApiError as error:
            # What was not read of a refused body would be read as the next request: close instead.
            closing = {"Connection": "close"} if error.status in (408, 413) else None
            return json_response(error.status, error.payload, closing)
        except Exception:
            log.exception("%s %s failed", op.method, op.path)
            return json_response(500, {"message": laravel.SERVER_ERROR})


async def _pieces(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    """The chunks as an async iterator, so Starlette sends them without a thread per piece."""
    for chunk in chunks:
        yield chunk


@dataclass(frozen=True)
class PathEndpoint:
    """Every operation of one path template, by method: the ASGI app of its route. (A route given an
    ASGI app matches every method; Starlette's `request_response` would restrict it to GET.)"""

    operations: dict[str, OperationEndpoint]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive, send)
        endpoint = self.operations.get(request.method)
        if endpoint is None:
            response = method_not_allowed(request.method, request.url.path, self.operations)
        else:
            response = await endpoint(request)
        await response(scope, receive, send)


def _precedence(template: str) -> tuple[int, ...]:
    """Static segments sort before parameters, segment by segment (`/members/list` < `/members/{uuid}`)."""
    return tuple(int(segment.startswith("{")) for segment in template.strip("/").split("/"))


def compile_routes(spec: Spec, runtime: Runtime) -> tuple[list[Route], list[str]]:
    """The routes of the spec's operations, and the operationIds that have no handler (answered 501)."""
    handlers = registry()
    by_path: dict[str, dict[str, OperationEndpoint]] = {}
    for op in spec.operations:
        endpoint = OperationEndpoint.compile(op, runtime, handlers.get(op.operation_id))
        by_path.setdefault(op.path, {})[op.method] = endpoint
    missing = [op.operation_id for op in spec.operations if op.operation_id not in handlers]
    routes = [
        Route(path, PathEndpoint(operations))
        for path, operations in sorted(by_path.items(), key=lambda item: _precedence(item[0]))
    ]
    return routes, missing
