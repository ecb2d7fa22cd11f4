"""Errors in the real API's own (Laravel + Sanctum) format, with the messages kept as constants.

Handlers raise `ApiError` (or use the helpers below); the app turns it into a JSON response. Where the
spec documents an example body for a status, that body wins over these constants (see `spec.Operation`).
"""

from __future__ import annotations

from typing import Any

UNAUTHENTICATED = "Unauthenticated."
INVALID_ABILITY = "Invalid ability provided."
TOO_MANY_ATTEMPTS = "Too Many Attempts."
NOT_IMPLEMENTED = "This operation is not implemented by the mock."
ROUTE_NOT_FOUND = "The route could not be found."
RESOURCE_NOT_FOUND = "Not found."
METHOD_NOT_ALLOWED = "The {method} method is not supported for route {path}."
MALFORMED_JSON = "The request body is not valid JSON."
WRONG_CONTENT_TYPE = "The request body must be sent as application/json."


class ApiError(Exception):
    """An answer other than success; `payload` is the JSON body exactly as the client receives it."""

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


class ValidationFailed(ApiError):
    """A 422 naming every bad field, Laravel style."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(422, {"message": laravel_message(errors), "errors": errors})
        self.errors = errors


def invalid_field(field: str, message: str | None = None) -> ValidationFailed:
    """A 422 for a single field whose value is well-formed but refers to nothing (Laravel `exists`)."""
    return ValidationFailed({field: [message or f"The selected {displayable(field)} is invalid."]})
