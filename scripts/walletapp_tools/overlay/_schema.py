"""Which Overlay feature set a document declares, and its validation against that version's JSON Schema.

The schemas in ``schemas/`` are copies of the specification's own (see ``schemas/SOURCE.md``). The
``major.minor`` part of ``overlay`` picks the schema; the patch number is ignored, as the specification
asks of tooling.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from ..spec import JSONValue, describe_pointer, kind, load_yaml
from ._errors import OverlayError

FeatureSet = tuple[int, int]

SCHEMA_FILES: dict[FeatureSet, str] = {(1, 0): "v1.0.yaml", (1, 1): "v1.1.yaml"}
"""Supported feature sets and their schema file; add a version by adding its schema copy here."""

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
_SUPPORTED = ", ".join(f"{major}.{minor}.x" for major, minor in SCHEMA_FILES)
_MAX_MESSAGE = 160


def feature_set(document: JSONValue, source: str) -> FeatureSet:
    """Return ``(major, minor)`` of the overlay's declared version, or fail if it is absent or unknown."""
    if not isinstance(document, dict):
        raise OverlayError(
            f"{source}: an overlay is a mapping with overlay, info and actions; found {kind(document)}"
        )
    if "overlay" not in document:
        raise OverlayError(
            f"{source}: missing the 'overlay' version field "
            "(the Overlay Specification version, e.g. overlay: 1.1.0)"
        )
    version = document["overlay"]
    if not isinstance(version, str):
        raise OverlayError(
            f"{source}: 'overlay' must be a version string such as 1.1.0, found {kind(version)}"
        )
    match = _VERSION.fullmatch(version)
    declared = (int(match.group(1)), int(match.group(2))) if match else None
    if declared not in SCHEMA_FILES:
        raise OverlayError(f"{source}: unsupported overlay version {version!r} (supported: {_SUPPORTED})")
    assert declared is not None
    return declared


@cache
def _validator(version: FeatureSet) -> Any:
    text = resources.files(__package__).joinpath("schemas", SCHEMA_FILES[version]).read_text(encoding="utf-8")
    schema = load_yaml(text)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _short_message(error: ValidationError) -> str:
    message = str(error.message)
    if len(message) <= _MAX_MESSAGE:
        return message
    if error.validator == "type":
        return f"{kind(error.instance)} is not of type {error.validator_value!r}"
    if error.validator == "uniqueItems":
        return "has two identical items"
    return message[: _MAX_MESSAGE - 1] + "…"


def validate_overlay(document: JSONValue, source: str) -> FeatureSet:
    """Validate ``document`` against the schema of its declared version and return that version."""
    version = feature_set(document, source)
    error = best_match(_validator(version).iter_errors(document))
    if error is not None:
        where = describe_pointer(tuple(error.absolute_path))
        problem = _short_message(error)
        raise OverlayError(
            f"{source}: not a valid Overlay {version[0]}.{version[1]} document: {where}: {problem}"
        )
    return version
