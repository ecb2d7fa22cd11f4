"""The examples a published file holds, each with the component schema it must satisfy.

Every consumer row proves its generated code against these: a media-type example (request body,
response, webhook or callback body) whose schema is a ``$ref`` to ``components/schemas``, and the
``examples``/``example`` of a component schema itself. An example whose schema is inline has no
generated name to check it with; :func:`collect` counts those in ``Inventory.unnamed`` so a row never
claims more than it checked (the contract has none today). The same value shown for the same schema
at several places (the batch event, under the webhook and under each of four callbacks) counts once.

OpenAPI 3.0 holds one ``example`` per schema where 3.1 lists several ``examples`` (``Timestamp``'s
forms, ``Flag``'s 0 and 1): :func:`completed` gives the 3.0 rows the 3.1 file's others too, so code
generated from either file is checked against every example of the contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ..spec import escape

SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True)
class Example:
    pointer: str
    """JSON pointer of the example's value in the published file."""
    schema: str
    """The component schema it must satisfy."""
    value: Any
    response: bool
    """True for a response body; request, webhook and callback bodies are False."""
    kind: str = "object"
    """``object`` when generators make a class of the schema (an object or a composition), else its
    ``type`` (``string``, ``integer``...): class-based generators have no class for those."""


@dataclass
class Inventory:
    examples: list[Example] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)

    def dump(self, path: Path) -> Path:
        """Write the examples as JSON (``[{pointer, schema, value, response}]``) for the checkers."""
        path.write_text(json.dumps([asdict(example) for example in self.examples], indent=1), "utf-8")
        return path


def _media_examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            yield f"examples/{escape(name)}/value", example["value"]


def _walk(node: Any, pointer: str, inventory: Inventory, response: bool) -> None:
    if isinstance(node, list):
        for index, item in enumerate(node):
            _walk(item, f"{pointer}/{index}", inventory, response)
        return
    if not isinstance(node, dict):
        return
    is_media = "in" not in node  # a Parameter Object has a schema and examples too: not a body
    if is_media and isinstance(node.get("schema"), dict) and ("example" in node or "examples" in node):
        reference = node["schema"].get("$ref")
        for where, value in _media_examples(node):
            if isinstance(reference, str) and reference.startswith(SCHEMAS):
                schema = reference[len(SCHEMAS) :]
                inventory.examples.append(Example(f"{pointer}/{where}", schema, value, response))
            else:
                inventory.unnamed.append(f"{pointer}/{where}")
    for key, value in node.items():
        if key in ("schema", "components"):
            continue
        below = True if key == "responses" else False if key in ("requestBody", "callbacks") else response
        _walk(value, f"{pointer}/{escape(key)}", inventory, below)


def _kind(schema: dict[str, Any]) -> str:
    if schema.get("type") == "object" or {"properties", "oneOf", "anyOf", "allOf"} & set(schema):
        return "object"
    return str(schema.get("type", "any"))


def collect(document: dict[str, Any]) -> Inventory:
    """Every example of ``document`` (a published OpenAPI 3.x dict) with its schema."""
    inventory = Inventory()
    for section in ("paths", "webhooks"):
        _walk(document.get(section) or {}, f"/{section}", inventory, response=False)
    components = document.get("components") or {}
    for kind in ("responses", "requestBodies", "pathItems", "callbacks"):
        for name, holder in (components.get(kind) or {}).items():
            _walk(holder, f"/components/{kind}/{escape(name)}", inventory, response=kind == "responses")
    for name, schema in (components.get("schemas") or {}).items():
        values = schema.get("examples") if isinstance(schema.get("examples"), list) else []
        if "example" in schema:
            values = [schema["example"]]
        pointer = f"/components/schemas/{escape(name)}"
        for index, value in enumerate(values):
            where = "example" if "example" in schema else f"examples/{index}"
            inventory.examples.append(Example(f"{pointer}/{where}", name, value, response=True))
    schemas = components.get("schemas") or {}
    inventory.examples = [
        replace(example, kind=_kind(schemas.get(example.schema) or {})) for example in inventory.examples
    ]
    unique: dict[tuple[str, str], Example] = {}
    for example in inventory.examples:
        unique.setdefault(_key(example), example)
    inventory.examples = list(unique.values())
    return inventory


def _key(example: Example) -> tuple[str, str]:
    return example.schema, json.dumps(example.value, sort_keys=True)


def completed(inventory: Inventory, fuller: Inventory, source: str) -> Inventory:
    """``inventory`` with the examples of ``fuller`` (the same contract's other file) it lacks: same
    schema, another value. Their pointers name the file they come from: ``<source>#<pointer>``."""
    known = {_key(example) for example in inventory.examples}
    borrowed = [
        replace(example, pointer=f"{source}#{example.pointer}")
        for example in fuller.examples
        if _key(example) not in known
    ]
    return Inventory([*inventory.examples, *borrowed], list(inventory.unnamed))
