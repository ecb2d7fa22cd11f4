"""The spec the client is generated from, and what the tests of generated/ derive from it.

Everything the tests check comes from the document (operations, parameters, examples) and from
generator-config.yml (class names), so a new operation or schema is tested without touching the tests.
The document is read, resolved and walked by walletapp_tools.spec, as every tool reads it; the paths
below are the inputs `make generate` passes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import walletapp_client.models
from walletapp_tools.overlay import apply_overlay_files
from walletapp_tools.spec import Spec, SpecSchemas, load_document, walk

Json = Any
ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "walletapp.yaml"
OVERLAYS = (ROOT / "overlays" / "python-client.yaml",)
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates" / "python-client"
OUTPUT = ROOT / "generated" / "walletapp-client"


@cache
def _spec() -> Spec:
    return Spec(apply_overlay_files(SPEC, OVERLAYS), "the client spec")


def client_spec() -> dict[str, Json]:
    """openapi/walletapp.yaml with the python-client overlay applied, as the generator received it."""
    return _spec().document


def resolve(node: Json) -> Json:
    """``node`` with local ``$ref``s followed (siblings of a ``$ref``, like descriptions, are dropped)."""
    return _spec().resolve(node)[0]


def component_name(node: Json) -> str | None:
    """The name of the component schema ``node`` refers to, if it is such a ``$ref``."""
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return ref.removeprefix("#/components/schemas/") if ref.startswith("#/components/schemas/") else None


@cache
def _class_overrides() -> dict[str, str]:
    config = load_document(CONFIG)
    return {name: entry["class_name"] for name, entry in (config.get("class_overrides") or {}).items()}


def class_name(schema_name: str) -> str:
    """The class generated for schema ``schema_name``: its name, unless generator-config renames it."""
    return _class_overrides().get(schema_name, schema_name)


def model_class(schema_name: str) -> Any | None:
    """The generated model class of a component schema, or None when it has none (enums, unions, strings)."""
    found = getattr(walletapp_client.models, class_name(schema_name), None)
    return found if isinstance(found, type) and hasattr(found, "from_dict") else None


def snake_case(name: str) -> str:
    """``signUpMembersInBulk`` -> ``sign_up_members_in_bulk``, as the generator names modules and args."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def media_examples(media: Json) -> list[tuple[str, Json]]:
    """The ``(name, value)`` examples of a media type or parameter object (``example`` and ``examples``)."""
    found = [("example", media["example"])] if "example" in media else []
    for name, example in (media.get("examples") or {}).items():
        example = resolve(example)
        if "value" in example:
            found.append((name, example["value"]))
    return found


def first_example(node: Json) -> Json:
    """The first example of a media type or parameter, else of its schema; KeyError if there is none."""
    examples = media_examples(node) or media_examples(resolve(node.get("schema", {})))
    if not examples and "examples" in resolve(node.get("schema", {})):
        return resolve(node["schema"])["examples"][0]
    if not examples:
        raise KeyError("no example")
    return examples[0][1]


@cache
def _schemas() -> SpecSchemas:
    return SpecSchemas(client_spec())


def _accepts(variant: Json, value: Json) -> bool:
    """Whether the branch ``variant`` (a schema or a ``$ref``) admits ``value``."""
    if "$ref" in variant:
        return _schemas().validator(variant["$ref"]).is_valid(value)
    return not list(_schemas().validator("#").evolve(schema=variant).iter_errors(value))


def _variant(schema: Json, value: Json) -> Json | None:
    """The ``oneOf``/``anyOf`` branch ``value`` follows: by discriminator, else the only non-null one,
    else the first that admits it (the generated client tries the branches of an open union in order:
    ``anyOf: [{$ref: PassStatus}, {type: string}]`` reads ``active`` as a PassStatus)."""
    variants = schema.get("oneOf") or schema.get("anyOf") or []
    discriminator = schema.get("discriminator")
    if discriminator and isinstance(value, dict):
        ref = discriminator.get("mapping", {}).get(value.get(discriminator["propertyName"]))
        return {"$ref": ref} if ref else None
    if value is None:
        return None
    candidates = [variant for variant in variants if resolve(variant).get("type") != "null"]
    if len(candidates) == 1:
        return candidates[0]
    admitting = [variant for variant in candidates if _accepts(variant, value)]
    if not admitting:
        raise ValueError(f"no branch of {schema} admits the example {value!r}")
    return admitting[0]


def _reads_as_datetime(schema: Json, value: str) -> bool:
    """The generated client parses a string with ``datetime.fromisoformat`` when a ``date-time`` branch
    comes first among the union's branches that could hold it; ``2026-06-30`` then returns as
    ``2026-06-30T00:00:00``, the same instant written the ISO way."""
    schema = resolve(schema)
    if schema.get("format") == "date-time":
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return False
        return True
    variants = schema.get("anyOf") or schema.get("oneOf") or []
    return bool(variants) and _reads_as_datetime(variants[0], value)


def instances(schema: Json, value: Json, where: str) -> Iterator[tuple[str, str, Json]]:
    """Yield ``(schema name, where, value)`` for every component schema ``value`` instantiates, nested too."""
    name = component_name(schema)
    if name is not None:
        yield name, where, value
    schema = resolve(schema)
    for part in schema.get("allOf", []):
        yield from instances(part, value, where)
    if "oneOf" in schema or "anyOf" in schema:
        branch = _variant(schema, value)
        if branch is not None:
            yield from instances(branch, value, where)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                yield from instances(properties[key], item, f"{where}/{key}")
            elif isinstance(extra, dict):
                yield from instances(extra, item, f"{where}/{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from instances(schema["items"], item, f"{where}/{index}")


@cache
def component_examples() -> dict[str, list[tuple[str, Json]]]:
    """Component schema name -> ``(JSON pointer, value)`` of every example (or part of one) that is one."""
    found: dict[str, list[tuple[str, Json]]] = {}
    for site in walk(client_spec()):
        if site.kind != "media_type" or "schema" not in site.node:
            continue
        for name, value in media_examples(site.node):
            for schema_name, where, part in instances(
                site.node["schema"], value, f"#{site.pointer}/examples/{name}"
            ):
                found.setdefault(schema_name, []).append((where, part))
    for name, schema in client_spec()["components"]["schemas"].items():
        for index, value in enumerate(schema.get("examples", [])):
            reference = {"$ref": f"#/components/schemas/{name}"}
            pointer = f"#/components/schemas/{name}/examples/{index}"
            for schema_name, where, part in instances(reference, value, pointer):
                found.setdefault(schema_name, []).append((where, part))
    return found


def comparable(schema: Json, value: Json) -> Json:
    """``value`` with its ``date-time`` and ``date`` strings parsed, so equal instants compare equal.

    The generated models parse ``format: date-time`` into ``datetime`` and write it back with
    ``isoformat()``: ``2024-06-01T10:00:00.000000Z`` returns as ``2024-06-01T10:00:00+00:00``, the same
    instant spelled the ISO way. Everything else must come back exactly as it went in.
    """
    schema = resolve(schema)
    for part in schema.get("allOf", []):
        value = comparable(part, value)
    if isinstance(value, str) and _reads_as_datetime(schema, value):
        return datetime.fromisoformat(value)
    if "oneOf" in schema or "anyOf" in schema:
        branch = _variant(schema, value)
        if branch is not None:
            value = comparable(branch, value)
    if isinstance(value, str) and schema.get("format") == "date":
        return date.fromisoformat(value)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        return {
            key: comparable(properties[key], item)
            if key in properties
            else comparable(extra, item)
            if isinstance(extra, dict)
            else item
            for key, item in value.items()
        }
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [comparable(schema["items"], item) for item in value]
    return value


@dataclass(frozen=True)
class Operation:
    """One operation of the client spec and the generated module that calls it."""

    method: str
    path: str
    operation: Json
    parameters: list[Json]
    """The path item's and its own, ``$ref``s followed."""

    @property
    def operation_id(self) -> str:
        return cast(str, self.operation["operationId"])

    @property
    def module(self) -> ModuleType:
        tag = snake_case(self.operation["tags"][0])
        return importlib.import_module(f"walletapp_client.api.{tag}.{snake_case(self.operation_id)}")


def operations() -> list[Operation]:
    """Every operation of the client spec, in document order."""
    spec = _spec()
    return [Operation(op.method, op.path, op.node, spec.parameters(op)) for op in spec.operations()]
