"""The API's answers as its server (Laravel + Sanctum) writes them: JSON responses, the error messages,
kept as constants, and the error bodies.

Where the spec documents an example body for a status, that body wins over these constants (see
`spec.Operation.error_body`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from starlette.responses import Response

UNAUTHENTICATED = "Unauthenticated."
INVALID_ABILITY = "Invalid ability provided."
NOT_IMPLEMENTED = "This operation is not implemented by the mock."
ROUTE_NOT_FOUND = "The route could not be found."
RESOURCE_NOT_FOUND = "Not found."
METHOD_NOT_ALLOWED = "The {method} method is not supported for route {path}."
MALFORMED_JSON = "The request body is not valid JSON."
WRONG_CONTENT_TYPE = "The request body must be sent as application/json."
SERVER_ERROR = "Server Error"


class ApiError(Exception):
    """An answer of the HTTP layer other than success; ``payload`` is the JSON body as the client gets it."""

    def __init__(self, status: int, payload: dict[str, Any]) -> None:
        super().__init__(status, payload)
        self.status = status
        self.payload = payload


def laravel_message(errors: dict[str, list[str]]) -> str:
    """Laravel's summary: the first message, then '(and N more error[s])' counting every other one."""
    messages = [m for ms in errors.values() for m in ms]
    if not messages:
        return "The given data was invalid."
    first, rest = messages[0], len(messages) - 1
    if rest == 0:
        return first
    return f"{first} (and {rest} more error{'s' if rest > 1 else ''})"


def displayable(field: str) -> str:
    """Laravel shows attribute names with underscores as spaces ("brand_id" -> "brand id")."""
    return field.replace("_", " ")


def validation_failed(errors: dict[str, list[str]]) -> ApiError:
    """A 422 naming every bad field, Laravel style."""
    return ApiError(422, {"message": laravel_message(errors), "errors": errors})


def exists_failed(field: str) -> ApiError:
    """Laravel's `exists` rule: a 422 for a well-formed value that refers to nothing."""
    return validation_failed({field: [f"The selected {displayable(field)} is invalid."]})


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    """A JSON answer; `body` may be bytes already serialised."""
    content = body if isinstance(body, bytes) else orjson.dumps(body)
    return Response(content, status, headers, media_type="application/json")


def method_not_allowed(method: str, path: str, allowed: Iterable[str]) -> Response:
    """Laravel's 405, with the methods the path does serve in `Allow`."""
    message = METHOD_NOT_ALLOWED.format(method=method, path=path.lstrip("/"))
    return json_response(405, {"message": message}, {"Allow": ", ".join(sorted(allowed))})
