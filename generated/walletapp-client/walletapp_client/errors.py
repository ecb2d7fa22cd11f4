"""The exceptions of walletapp_client: one hierarchy, so ``except WalletAppError`` catches every failure.

::

    WalletAppError
    ├── APIConnectionError            no HTTP answer (connection refused, reset, DNS, TLS...)
    │   └── APITimeoutError           no answer in time (also: wa.batches.wait() ran out of time)
    ├── APIStatusError                an answer other than 2xx: status_code, headers, body, response
    │   ├── BadRequestError               400
    │   ├── AuthenticationError           401
    │   ├── PermissionDeniedError         403
    │   ├── NotFoundError                 404
    │   ├── UnprocessableEntityError      422
    │   ├── RateLimitError                429
    │   └── InternalServerError           500 and above
    ├── APIResponseValidationError    a 2xx answer whose body does not match the spec
    ├── BatchFailedError              wa.batches.wait(): the batch failed
    ├── BatchOutcomeUnknownError      wa.batches.wait(): the batch ended in a state the spec does not know
    ├── WebhookParseError             webhooks.parse(): not a WalletApp event
    └── UnexpectedStatus              low-level functions with raise_on_unexpected_status=True

Messages name the method, the path (never the query string) and the API's own message; tokens never
appear in them. An error body that is not JSON (an HTML page from a proxy) is kept as text in ``body``.
"""

from __future__ import annotations

import datetime
import email.utils
import json

import httpx

MAX_RETRY_AFTER = 60.0
"""Longest ``Retry-After`` the client waits for; a longer one is raised as RateLimitError at once."""


class WalletAppError(Exception):
    """Any failure of the WalletApp client. ``message`` is the human-readable reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(WalletAppError):
    """The request got no HTTP answer: the connection failed, was reset, or could not be made."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (after the retries a read gets), or a batch did not end in time."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStatusError(WalletAppError):
    """The API answered with a status other than 2xx.

    ``body`` is the parsed JSON body, or the text when it is not JSON, or None when empty; ``message`` is
    the API's own ``message`` when it sent one.
    """

    def __init__(self, description: str, *, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(description)
        self.message = message
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body

    @staticmethod
    def from_response(response: httpx.Response, *, hint: str = "") -> APIStatusError:
        """The exception for ``response``: the class of its status, with a one-line description."""
        body = _decode(response)
        api_message = body.get("message") if isinstance(body, dict) else None
        message = api_message if isinstance(api_message, str) and api_message else response.reason_phrase
        request = response.request
        description = f"{request.method} {request.url.path}: {response.status_code} {response.reason_phrase}"
        if isinstance(api_message, str) and api_message:
            description += f": {api_message}"
        elif body is not None and not isinstance(body, dict | list):
            kind = response.headers.get("content-type", "unknown type").split(";")[0]
            description += f" ({kind} body, {len(response.content)} bytes)"
        if hint:
            description += f" ({hint})"
        status = response.status_code
        cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
        return cls(description, response=response, body=body, message=message)


class BadRequestError(APIStatusError):
    """400: the API refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the token lacks the ability this operation needs."""


class NotFoundError(APIStatusError):
    """404: a resource the request names does not exist."""


class UnprocessableEntityError(APIStatusError):
    """422: a parameter or body field is invalid; ``.errors`` names each one.

    ``errors`` maps each offending field, in the API's dotted notation (``users.0.email``), to its
    messages; ``message`` is the API's summary.
    """

    def __init__(self, description: str, *, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(description, response=response, body=body, message=message)
        raw = body.get("errors") if isinstance(body, dict) else None
        self.errors: dict[str, list[str]] = {
            str(field): [str(m) for m in messages] if isinstance(messages, list) else [str(messages)]
            for field, messages in (raw.items() if isinstance(raw, dict) else ())
        }


class RateLimitError(APIStatusError):
    """429: too many requests, still after the retries. ``retry_after``: the seconds the API asked to wait, or None."""

    def __init__(self, description: str, *, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(description, response=response, body=body, message=message)
        self.retry_after = retry_after(response.headers)


class InternalServerError(APIStatusError):
    """500 and above: the API failed, still after the retries of a read."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class APIResponseValidationError(WalletAppError):
    """A 2xx answer whose body does not match the spec (not JSON, a field missing or of the wrong type)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class BatchFailedError(WalletAppError):
    """``wa.batches.wait()``: the batch ended in its failed state. ``status`` is its last status page."""

    def __init__(self, message: str, *, kind: str, batch_id: str, status: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.batch_id = batch_id
        self.status = status


class BatchOutcomeUnknownError(WalletAppError):
    """``wa.batches.wait()``: the batch ended (its status page has an end time) in a state the spec does
    not name as finished or failed, so whether it worked is unknown. ``state`` is that word, ``status``
    the last status page. Not a BatchFailedError on purpose: a batch that may have worked must not be
    sent again unread (the same points sent twice are credited twice)."""

    def __init__(self, message: str, *, kind: str, batch_id: str, state: str, status: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.batch_id = batch_id
        self.state = state
        self.status = status


class WebhookParseError(WalletAppError):
    """``webhooks.parse()``: the payload is not an event WalletApp sends; ``message`` says what is wrong."""


class UnexpectedStatus(WalletAppError):
    """Raised by the low-level api functions when the response status is undocumented and
    Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def retry_after(headers: httpx.Headers) -> float | None:
    """``Retry-After`` in seconds: a number of seconds or an HTTP date; None when absent or unreadable."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def _decode(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text; None when empty."""
    if not response.content:
        return None
    try:
        decoded: object = json.loads(response.content)
    except ValueError:
        return response.text
    return decoded


__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchFailedError",
    "BatchOutcomeUnknownError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "retry_after",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WalletAppError",
    "WebhookParseError",
]
