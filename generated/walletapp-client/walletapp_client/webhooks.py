"""Reading the webhooks WalletApp POSTs to the ``webhook_url`` of a request.

``parse(body)`` takes the raw body (bytes or str) or the decoded JSON object and returns the typed event;
a payload that is not one of the events the spec's ``webhooks`` describe raises WebhookParseError with
a message saying what is wrong: not JSON, not an object, no known ``status``, a required field
missing, or a field whose JSON type is not the one the spec gives it (values are not checked further:
a ``batch_id`` is any string). Answer the POST with any 2xx status to acknowledge it. WalletApp does not
sign its webhooks (the documentation describes no signature): treat a webhook as a hint and read the
batch's status page (``wa.batches.wait`` or the ``link`` of a success event) before acting on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from .errors import WebhookParseError
from .models.batch_failed import BatchFailed
from .models.batch_succeeded import BatchSucceeded

_DISCRIMINATOR = "status"

WebhookEvent = BatchSucceeded | BatchFailed
"""Every event WalletApp sends, told apart by ``status``."""

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "boolean": (bool,), "integer": (int,), "number": (int, float), "array": (list,),
    "object": (dict,), "null": (type(None),),
}  # fmt: skip
_FIELD_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "failed": {
        "batch_id": ("string",),
        "error": ("string",),
        "status": ("string",),
    },
    "success": {
        "batch_id": ("string",),
        "link": ("string",),
        "status": ("string",),
    },
}
"""The JSON types the spec gives each event's fields (``from_dict`` does not check them)."""

_EVENTS: dict[str, type[BatchSucceeded] | type[BatchFailed]] = {
    "failed": BatchFailed,
    "success": BatchSucceeded,
}


def parse(body: bytes | str | Mapping[str, object]) -> WebhookEvent:
    """The typed event in a webhook's body (its ``status`` tells which).

    Raises:
        WebhookParseError: The body is not JSON, not an object, names no known event, lacks a field or has
            a field of another JSON type than the spec's.
    """
    if isinstance(body, bytes | str):
        try:
            data: object = json.loads(body)
        except ValueError as error:
            raise WebhookParseError(f"the webhook body is not JSON: {error}") from None
    else:
        data = body
    if not isinstance(data, Mapping):
        raise WebhookParseError(f"the webhook body must be a JSON object, not {type(data).__name__}")
    value = data.get(_DISCRIMINATOR)
    if not isinstance(value, str) or value not in _EVENTS:
        known = ", ".join(repr(v) for v in _EVENTS)
        raise WebhookParseError(f"not a WalletApp event: {_DISCRIMINATOR} is {value!r}, expected one of {known}")
    model = _EVENTS[value]
    for field, kinds in _FIELD_TYPES[value].items():
        if field in data and not isinstance(data[field], tuple(t for kind in kinds for t in _JSON_TYPES[kind])):
            found = next((kind for kind, types in _JSON_TYPES.items() if isinstance(data[field], types)), "unknown")
            expected = " or ".join(kinds)
            raise WebhookParseError(f"invalid {model.__name__} event: {field} is {found}, expected {expected}")
    try:
        return model.from_dict(data)
    except KeyError as error:
        raise WebhookParseError(f"{model.__name__} event without its {error} field") from None
    except (TypeError, ValueError) as error:
        raise WebhookParseError(f"invalid {model.__name__} event: {error}") from None


__all__ = ["WebhookEvent", "WebhookParseError", "parse"]
