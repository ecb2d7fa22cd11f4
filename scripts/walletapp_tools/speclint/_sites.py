"""Finds every example in the spec and the schema it must satisfy.

Walks the OpenAPI structure (paths, webhooks, callbacks, components) without following `$ref`s to
reusable objects: those are visited once, under `components`. The one exception is a media type's or
parameter's `examples` entry that refers to `components/examples`: that example is checked against the
schema of each place using it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._openapi import HTTP_METHODS
from . import _pointer
from ._document import Document, mapping
from ._finding import Finding
from ._schemas import subschemas


@dataclass(frozen=True)
class ExampleSite:
    """An example `value` found at `pointer`, used at `where`; it must satisfy the schema at
    `schema_pointer` (None for `components/examples` entries, which only get a schema where used)."""

    where: str
    pointer: str
    value: Any
    schema_pointer: str | None


@dataclass
class Sites:
    examples: list[ExampleSite] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def find_sites(document: Document) -> Sites:
    walker = _Walker(document)
    walker.walk()
    return walker.sites


class _Walker:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.sites = Sites()

    def walk(self) -> None:
        spec = self.document.spec
        for path, item in mapping(spec.get("paths")).items():
            self.path_item(item, _pointer.join("#/paths", path))
        for name, item in mapping(spec.get("webhooks")).items():
            self.path_item(item, _pointer.join("#/webhooks", name))
        components = mapping(spec.get("components"))
        kinds = {
            "schemas": self.schema,
            "responses": self.response,
            "parameters": self.parameter,
            "requestBodies": self.request_body,
            "headers": self.parameter,
            "pathItems": self.path_item,
            "callbacks": self.callback,
        }
        for kind, visit in kinds.items():
            for name, node in mapping(components.get(kind)).items():
                visit(node, _pointer.join("#/components", kind, name))
        for name, node in mapping(components.get("examples")).items():
            pointer = _pointer.join("#/components/examples", name)
            self.example_object(node, pointer, pointer, None)

    @staticmethod
    def is_ref(node: Any) -> bool:
        return isinstance(node, dict) and "$ref" in node

    def path_item(self, node: Any, pointer: str) -> None:
        if self.is_ref(node):
            return
        node = mapping(node)
        self.parameters(node.get("parameters"), _pointer.join(pointer, "parameters"))
        for method in HTTP_METHODS:
            if isinstance(node.get(method), dict):
                self.operation(node[method], _pointer.join(pointer, method))

    def operation(self, node: dict[str, Any], pointer: str) -> None:
        self.parameters(node.get("parameters"), _pointer.join(pointer, "parameters"))
        if "requestBody" in node:
            self.request_body(node["requestBody"], _pointer.join(pointer, "requestBody"))
        for status, response in mapping(node.get("responses")).items():
            self.response(response, _pointer.join(pointer, "responses", status))
        for name, callback in mapping(node.get("callbacks")).items():
            self.callback(callback, _pointer.join(pointer, "callbacks", name))

    def callback(self, node: Any, pointer: str) -> None:
        if self.is_ref(node):
            return
        for expression, item in mapping(node).items():
            self.path_item(item, _pointer.join(pointer, expression))

    def parameters(self, node: Any, pointer: str) -> None:
        for index, parameter in enumerate(node if isinstance(node, list) else []):
            self.parameter(parameter, _pointer.join(pointer, index))

    def parameter(self, node: Any, pointer: str) -> None:
        """A Parameter or Header object: either `schema` with examples, or `content`."""
        if self.is_ref(node):
            return
        node = mapping(node)
        self.examples_holder(node, pointer)
        self.content(node.get("content"), _pointer.join(pointer, "content"))

    def request_body(self, node: Any, pointer: str) -> None:
        if not self.is_ref(node):
            self.content(mapping(node).get("content"), _pointer.join(pointer, "content"))

    def response(self, node: Any, pointer: str) -> None:
        if self.is_ref(node):
            return
        node = mapping(node)
        for name, header in mapping(node.get("headers")).items():
            self.parameter(header, _pointer.join(pointer, "headers", name))
        self.content(node.get("content"), _pointer.join(pointer, "content"))

    def content(self, node: Any, pointer: str) -> None:
        for media_type, media in mapping(node).items():
            media_pointer = _pointer.join(pointer, media_type)
            media = mapping(media)
            self.examples_holder(media, media_pointer)
            for name, header in mapping(mapping(media.get("encoding"))).items():
                for header_name, header_node in mapping(mapping(header).get("headers")).items():
                    self.parameter(
                        header_node, _pointer.join(media_pointer, "encoding", name, "headers", header_name)
                    )

    def examples_holder(self, node: dict[str, Any], pointer: str) -> None:
        """A media type, parameter or header: its `schema`, `example` and `examples` map."""
        schema_pointer = _pointer.join(pointer, "schema") if isinstance(node.get("schema"), dict) else None
        if schema_pointer is not None:
            self.schema(node["schema"], schema_pointer)
        where = self.document.where(pointer)
        if "example" in node:
            self.add(where, _pointer.join(pointer, "example"), node["example"], schema_pointer)
        for name, example in mapping(node.get("examples")).items():
            example_pointer = _pointer.join(pointer, "examples", name)
            if self.is_ref(example):
                resolved, resolved_pointer = self.document.resolve(example, example_pointer)
                if resolved is None:
                    continue
                example, example_pointer = resolved, resolved_pointer
            self.example_object(example, example_pointer, pointer, schema_pointer)

    def example_object(self, node: Any, pointer: str, used_at: str, schema_pointer: str | None) -> None:
        if self.is_ref(node):
            return
        node = mapping(node)
        where = self.document.where(used_at)
        if "externalValue" in node:
            message = "externalValue cannot be checked; put the example inline as `value`"
            self.sites.findings.append(Finding(where, _pointer.join(pointer, "externalValue"), message))
        elif "value" not in node:
            self.sites.findings.append(Finding(where, pointer, "example has no value"))
        else:
            self.add(where, _pointer.join(pointer, "value"), node["value"], schema_pointer)

    def schema(self, node: Any, pointer: str) -> None:
        if not isinstance(node, dict):
            return
        where = self.document.where(pointer)
        if "example" in node:
            self.add(where, _pointer.join(pointer, "example"), node["example"], pointer)
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                self.add(where, _pointer.join(pointer, "examples", index), value, pointer)
        for child, child_pointer in subschemas(node, pointer):
            self.schema(child, child_pointer)

    def add(self, where: str, pointer: str, value: Any, schema_pointer: str | None) -> None:
        self.sites.examples.append(ExampleSite(where, pointer, value, schema_pointer))
