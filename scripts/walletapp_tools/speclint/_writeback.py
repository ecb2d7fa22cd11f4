"""Rule 3 of DISCREPANCIES.md: a value read can be written back unchanged.

Where a path has a `GET` and a `PUT` (or `PATCH`), each field of the write's JSON body that the read's
success answer also carries (at any depth, e.g. `data.expiration_date`) must accept every JSON type the
answer's schema gives that field, and every value the read's examples show for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import best_match

from ..spec import SpecSchemas, join
from ._document import Document, Operation, fragment, mapping
from ._finding import Finding
from ._schemas import types_of

JSON = "application/json"


def check_writeback(document: Document) -> Iterator[Finding]:
    schemas = SpecSchemas(document.spec)
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in document.operations():
        by_path.setdefault(operation.path, {})[operation.method] = operation
    for methods in by_path.values():
        read = methods.get("get")
        for write in (methods.get("put"), methods.get("patch")):
            if read is not None and write is not None:
                yield from _compare(document, schemas, read, write)


def _compare(
    document: Document, schemas: SpecSchemas, read: Operation, write: Operation
) -> Iterator[Finding]:
    answer, answer_pointer = _json_schema(
        document, read.node.get("responses", {}).get("200"), join(fragment(read.pointer), "responses", "200")
    )
    body, body_pointer = _json_schema(
        document, write.node.get("requestBody"), join(fragment(write.pointer), "requestBody")
    )
    if answer is None or body is None:
        return
    examples = _examples(document, read)
    for name, field, field_pointer in _properties(document, body, body_pointer):
        read_field = _find(document, answer, answer_pointer, name)
        if read_field is None:
            continue
        read_schema, read_pointer = read_field
        missing = types_of(document, read_schema, read_pointer) - types_of(document, field, field_pointer)
        if missing:
            yield Finding(
                write.label,
                field_pointer,
                f"{read.label} answers {name} as {', '.join(sorted(missing))}, which this field refuses: "
                "a value read must be writable back unchanged",
            )
        validator = schemas.validator(field_pointer)
        for value in _values(examples, name):
            errors = list(validator.iter_errors(value))
            if errors:
                yield Finding(
                    write.label,
                    field_pointer,
                    f"{read.label} answers {name} = {value!r} (its example), which this field refuses "
                    f"({best_match(errors).message}): a value read must be writable back unchanged",
                )


def _json_schema(document: Document, holder: Any, pointer: str) -> tuple[Any, str]:
    holder, pointer = document.resolve(holder, pointer)
    media = mapping(mapping(mapping(holder).get("content")).get(JSON))
    if not isinstance(media.get("schema"), dict):
        return None, pointer
    return document.resolve(media["schema"], join(pointer, "content", JSON, "schema"))


def _properties(document: Document, schema: Any, pointer: str) -> Iterator[tuple[str, Any, str]]:
    for name, field in mapping(mapping(schema).get("properties")).items():
        yield name, field, join(pointer, "properties", name)


def _find(document: Document, schema: Any, pointer: str, name: str, depth: int = 0) -> tuple[Any, str] | None:
    """The schema of property `name` in `schema` or in its object-valued properties (breadth first)."""
    schema, pointer = document.resolve(schema, pointer)
    properties = mapping(mapping(schema).get("properties"))
    if name in properties:
        return properties[name], join(pointer, "properties", name)
    if depth >= 4:
        return None
    for child_name, child in properties.items():
        found = _find(document, child, join(pointer, "properties", child_name), name, depth + 1)
        if found is not None:
            return found
    return None


def _examples(document: Document, read: Operation) -> list[Any]:
    response, pointer = document.resolve(
        read.node.get("responses", {}).get("200"), join(fragment(read.pointer), "responses", "200")
    )
    media = mapping(mapping(mapping(response).get("content")).get(JSON))
    found = [media["example"]] if "example" in media else []
    for name, example in mapping(media.get("examples")).items():
        example, _ = document.resolve(example, join(pointer, "examples", name))
        if "value" in mapping(example):
            found.append(example["value"])
    return found


def _values(examples: list[Any], name: str) -> Iterator[Any]:
    """The values of key `name` in the examples, at the shallowest depth it appears in each."""
    for example in examples:
        level = [example]
        while level:
            hits = [item[name] for item in level if isinstance(item, dict) and name in item]
            if hits:
                yield from hits
                break
            level = [v for item in level if isinstance(item, dict) for v in item.values()]
