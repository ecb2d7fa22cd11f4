"""Per-operation rules: the things the generated client, the mock and the docs rely on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..spec import Operation, join
from ._document import Document, fragment, mapping
from ._finding import Finding
from ._naming import operation_id_problem

JSON = "application/json"


def check_operations(document: Document) -> Iterator[Finding]:
    for operation in document.operations():
        yield from _identity(operation)
        yield from _security(operation)
        yield from _request_body(document, operation)
        yield from _success_responses(document, operation)


def _finding(operation: Operation, pointer: str, message: str) -> Finding:
    return Finding(operation.label, pointer, message)


def _identity(operation: Operation) -> Iterator[Finding]:
    node, pointer = operation.node, fragment(operation.pointer)
    operation_id = node.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        yield _finding(operation, pointer, "has no operationId")
    elif (problem := operation_id_problem(operation_id)) is not None:
        yield _finding(operation, join(pointer, "operationId"), problem)
    tags = node.get("tags")
    if not isinstance(tags, list) or len(tags) != 1:
        count = len(tags) if isinstance(tags, list) else 0
        yield _finding(operation, join(pointer, "tags"), f"has {count} tags; exactly one is required")
    summary = node.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        yield _finding(operation, pointer, "has no summary")


def _security(operation: Operation) -> Iterator[Finding]:
    """Every operation must say which token scope it needs (the docs' "ability")."""
    own = "security" in operation.node
    pointer = join(fragment(operation.pointer), "security") if own else "#/security"
    if not any(requirement.scopes for requirement in operation.security):
        yield _finding(operation, pointer, "has no security requirement naming a scope (ability)")


def _request_body(document: Document, operation: Operation) -> Iterator[Finding]:
    if "requestBody" not in operation.node:
        return
    body, pointer = document.resolve(
        operation.node["requestBody"], join(fragment(operation.pointer), "requestBody")
    )
    for media_type, media in mapping(mapping(body).get("content")).items():
        media_pointer = join(pointer, "content", media_type)
        yield from _example_present(operation, mapping(media), media_pointer, "request body")


def _success_responses(document: Document, operation: Operation) -> Iterator[Finding]:
    responses_pointer = join(fragment(operation.pointer), "responses")
    responses = mapping(operation.node.get("responses"))
    success = [status for status in responses if str(status).upper().startswith("2")]
    if not success:
        yield _finding(operation, responses_pointer, "has no success (2xx) response")
    for status in success:
        response, pointer = document.resolve(responses[status], join(responses_pointer, status))
        content = mapping(mapping(response).get("content"))
        if JSON not in content:
            found = ", ".join(map(str, content)) or "no content"
            yield _finding(operation, pointer, f"success response {status} is not {JSON} (has {found})")
            continue
        media, media_pointer = mapping(content[JSON]), join(pointer, "content", JSON)
        if not isinstance(media.get("schema"), dict):
            yield _finding(operation, media_pointer, f"success response {status} has no schema")
        yield from _example_present(operation, media, media_pointer, f"success response {status}")


def _example_present(
    operation: Operation, media: dict[str, Any], pointer: str, what: str
) -> Iterator[Finding]:
    if "example" not in media and not mapping(media.get("examples")):
        yield _finding(operation, pointer, f"{what} has no example (add `example` or `examples`)")
