"""What the SDK templates need to know about each operation, read from the spec and the generator's parse.

openapi-python-client's parse (:class:`GeneratorData`) gives the Python side of an operation: names,
types and imports of its parameters, body and responses. It drops what the SDK is made of on top: the
ability a token needs (the scope of the operation's security requirement), the ``x-walletapp-*``
extensions (openapi/EXTENSIONS.md: pagination, batch status pages), the constraints on the strings of
a timestamp union (which the generator reads as just ``datetime | str``), the links from an operation
that starts a batch to its status page, and the ``webhooks``. :class:`SdkSpec` joins the
two, so the templates only print; every decision about the surface is made here, and an input the SDK
cannot express is a :class:`SdkSpecError` naming the operation and the extension.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.parser.responses import Response
from openapi_python_client.schema.untrusted_string import UntrustedString

from ..spec import unescape

TIMESTAMP = "as_timestamp"
NULLABLE_TIMESTAMP = "as_nullable_timestamp"
"""The converters (types.py) of timestamp fields, without and with null."""

RESERVED = frozenset({"self", "body", "extra_headers", "timeout", "max_retries"})
"""Keyword names every SDK method takes itself; a parameter or body field may not use them."""

IMPORT_PREFIX = ".."
"""Relative imports of the package root from the SDK's modules one level down (resources/)."""
ROOT_PREFIX = "."
"""Relative imports of the package root from the SDK's modules at the root (batches.py, webhooks.py)."""


class SdkSpecError(Exception):
    """The spec asks for something the SDK cannot generate; ``str`` names the operation and the reason."""


@dataclass(frozen=True)
class Argument:
    """One keyword argument of an SDK method: a path or query parameter, or a top-level body field."""

    prop: Property
    location: str
    """``path``, ``query`` or ``body``."""
    type: str
    """What the method accepts (wider than the model field: ``UUID | str``, dicts for models...)."""
    value: str
    """The expression that turns the argument into what the low-level function or model takes."""

    @property
    def name(self) -> str:
        return str(self.prop.python_name)

    @property
    def required(self) -> bool:
        return self.prop.required

    @property
    def default(self) -> str:
        """The default of an optional argument (the spec's default, else UNSET)."""
        return self.prop.default.python_code.as_unembedded_code() if self.prop.default else "UNSET"

    @property
    def description(self) -> UntrustedString | str:
        """For docstrings only, through the ``safe_for_docstring`` filter."""
        return self.prop.description or ""


@dataclass(frozen=True)
class Pagination:
    """``x-walletapp-pagination`` turned into Python: how to read a parsed page."""

    page: Argument
    items: str
    """Attribute path from the parsed body to the list of this page's items (``.data.members``)."""
    item_type: str
    items_at: tuple[str, ...]
    """The same place in the JSON: the pointer's tokens."""
    next: str
    """Attribute path to the value that is None on the last page."""


@dataclass(frozen=True)
class BatchStatus:
    """``x-walletapp-batch-status``: the status page of one batch kind."""

    kind: str
    operation: Operation
    state: str
    """Attribute path from the parsed body to the batch's state."""
    ended_at: str
    """Attribute path from the parsed body to the time the batch ended (None while it runs)."""
    finished: str
    failed: str

    @property
    def batch_id_type(self) -> str:
        """What the status page's method accepts as ``batch_id``."""
        return next(a.type for a in self.operation.arguments if a.name == "batch_id")


@dataclass
class Operation:
    """An operation as the SDK presents it: one method of the namespace of its tag."""

    endpoint: Endpoint
    tag: str
    operation_id: str
    ability: str | None
    read: bool
    """True for GET and HEAD: safe to send again when the first try may have reached the server."""
    success: Response
    success_type: str
    arguments: list[Argument]
    body: ModelProperty | None
    documented_statuses: list[int]
    pagination: Pagination | None = None
    batch_status: BatchStatus | None = None
    starts_batch: str | None = None
    """The kind of batch this operation starts (it links to that kind's status page)."""
    imports: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return str(self.endpoint.name)

    @property
    def path_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "path"]

    @property
    def query_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "query"]

    @property
    def body_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "body"]


@dataclass(frozen=True)
class WebhookEvents:
    """The payloads WalletApp POSTs to us: a discriminator property and the model for each value."""

    discriminator: str
    models: dict[str, str]
    """Discriminator value -> model class name."""
    json_types: dict[str, dict[str, tuple[str, ...]]]
    """Discriminator value -> field -> the JSON types the spec allows it (fields with a ``type`` only)."""
    imports: frozenset[str]


class SdkSpec:
    """The spec (``document``, as the generator read it) and the generator's parse of it, joined."""

    def __init__(self, document: Mapping[str, Any], openapi: GeneratorData) -> None:
        self.document = document
        self._models = {str(m.class_info.name): m for m in openapi.models}
        self._model_properties: dict[int, tuple[ModelProperty, dict[str, Any]]] = {}
        raw = {
            op["operationId"]: (method, op)
            for item in document.get("paths", {}).values()
            for method, op in item.items()
            if isinstance(op, dict) and "operationId" in op
        }
        self.operations_by_tag: dict[str, list[Operation]] = {}
        by_id: dict[str, Operation] = {}
        for tag, collection in openapi.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                operation_id = next(k for k in raw if _python_name(k) == str(endpoint.name))
                method, data = raw[operation_id]
                operation = self._operation(str(tag), operation_id, method, data, endpoint)
                self.operations_by_tag.setdefault(str(tag), []).append(operation)
                by_id[operation_id] = operation
        self.batches = [
            b for b in (self._batch_status(op, raw[op.operation_id][1]) for op in by_id.values()) if b
        ]
        if not self.batches:
            raise SdkSpecError("no operation has x-walletapp-batch-status: wa.batches needs one at least")
        for operation in by_id.values():
            linked = self._linked_operations(raw[operation.operation_id][1])
            kinds = [b.kind for b in self.batches if b.operation.operation_id in linked]
            operation.starts_batch = kinds[0] if len(kinds) == 1 else None
        self.webhooks = self._webhook_events()

    # ---- the spec's facts ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The first server of the spec: the production API."""
        servers = self.document.get("servers") or [{"url": ""}]
        return str(servers[0]["url"])

    def resolve(self, node: Any) -> Any:
        """``node`` with local ``$ref``s followed (only the first hop of siblings is kept)."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 32:
            target: Any = self.document
            for token in tokens(node["$ref"].removeprefix("#")):
                target = target[token]
            node, seen = target, seen + 1
        return node

    def imports(self, tag: str) -> list[str]:
        """The import lines the methods of ``tag`` need (models, UUID, datetime...)."""
        return sorted({line for operation in self.operations_by_tag[tag] for line in operation.imports})

    def batch_imports(self) -> list[str]:
        """The import lines of the status models ``wa.batches.wait`` returns."""
        return sorted(
            {line for b in self.batches for line in _imports(b.operation.success.prop, ROOT_PREFIX)}
        )

    def has_converters(self, model: ModelProperty) -> bool:
        return any(self.converter(model, prop) for prop in _properties(model))

    def converter(self, model: ModelProperty, prop: Property) -> str | None:
        """The types.py converter a model field gets so that it accepts ``str`` identifiers and
        ``datetime``/``date`` timestamps."""
        kind = self._input_kind(model, prop)
        if kind is None:
            return None
        return kind if prop.required else f"{kind}_or_unset"

    def converts_json(self, model: ModelProperty, prop: Property) -> bool:
        """Whether ``from_dict`` hands the field's JSON value to its converter instead of the generator's
        parse: a timestamp's, which the parse would turn from ``2026-06-30`` into a midnight datetime
        (the string is sent as given instead, and a dict given to the SDK may hold date objects)."""
        return self._input_kind(model, prop) in (TIMESTAMP, NULLABLE_TIMESTAMP)

    # ---- operations ------------------------------------------------------------------------------

    def _operation(
        self, tag: str, operation_id: str, method: str, data: Mapping[str, Any], endpoint: Endpoint
    ) -> Operation:
        where = f"operation {operation_id}"
        successes = [
            r for r in endpoint.responses if r.status_code.range and 200 <= r.status_code.range[0] < 300
        ]
        if len(successes) != 1:
            raise SdkSpecError(f"{where}: the SDK needs exactly one 2xx response, found {len(successes)}")
        if not isinstance(successes[0].prop, ModelProperty):
            raise SdkSpecError(f"{where}: the SDK needs a JSON object as the 2xx answer")
        body = endpoint.bodies[0].prop if endpoint.bodies else None
        if body is not None and not isinstance(body, ModelProperty):
            raise SdkSpecError(f"{where}: the SDK needs a JSON object request body")
        arguments = [self._argument(p, "path") for p in endpoint.path_parameters]
        arguments += [self._argument(p, "query") for p in endpoint.query_parameters]
        if body is not None:
            arguments += [self._argument(p, "body", body) for p in _properties(body)]
        names = [a.name for a in arguments]
        clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & RESERVED))
        if clashes:
            raise SdkSpecError(f"{where}: argument names clash in the SDK method: {', '.join(clashes)}")
        statuses = sorted(
            r.status_code.range[0]
            for r in endpoint.responses
            if r.status_code.range
            and r.status_code.range[0] == r.status_code.range[1]
            and r.status_code.range[0] >= 400
        )
        operation = Operation(
            endpoint=endpoint,
            tag=tag,
            operation_id=operation_id,
            ability=_ability(data),
            read=method in ("get", "head"),
            success=successes[0],
            success_type=successes[0].prop.get_type_string().as_unembedded_code(),
            arguments=arguments,
            body=body,
            documented_statuses=statuses,
        )
        operation.imports |= _imports(successes[0].prop, IMPORT_PREFIX)
        for argument in arguments:
            operation.imports |= _imports(argument.prop, IMPORT_PREFIX)
        if body is not None:
            operation.imports |= _imports(body, IMPORT_PREFIX)
        if "x-walletapp-pagination" in data:
            operation.pagination = self._pagination(operation, data["x-walletapp-pagination"])
        return operation

    def _argument(self, prop: Property, location: str, model: ModelProperty | None = None) -> Argument:
        kind = self._input_kind(model, prop) if model is not None else _param_kind(prop)
        base = prop.get_type_string(no_optional=True).as_unembedded_code()
        name = str(prop.python_name)
        value = name
        accepted = base
        if kind == "as_uuid":
            accepted = "UUID | str"
        elif kind == "as_uuid_list":
            accepted = "Sequence[UUID | str]"
        elif kind is not None:
            accepted = "datetime.datetime | datetime.date | str"
            accepted += " | None" if kind == NULLABLE_TIMESTAMP else ""
        elif isinstance(prop, ModelProperty):
            accepted = f"{base} | Mapping[str, object]"
            value = f"as_model({base}, {name})"
        elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            inner = prop.inner_property.get_type_string(no_optional=True).as_unembedded_code()
            accepted = f"Sequence[{inner} | Mapping[str, object]]"
            value = f"[as_model({inner}, item) for item in {name}]"
        elif isinstance(prop, ListProperty):
            accepted = f"Sequence[{prop.inner_property.get_type_string().as_unembedded_code()}]"
            value = f"list({name})"
        if location != "body" and kind is not None:
            value = f"{kind}({name})"  # parameters go to the low-level function, which takes the parsed value
        if not prop.required:
            accepted += " | Unset"
            if value != name:
                value = f"UNSET if isinstance({name}, Unset) else {value}"
        return Argument(prop=prop, location=location, type=accepted, value=value)

    def _input_kind(self, model: ModelProperty | None, prop: Property) -> str | None:
        if isinstance(prop, UuidProperty):
            return "as_uuid"
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, UuidProperty):
            return "as_uuid_list"
        return self._timestamp_kind(model, prop) if model is not None else None

    def _timestamp_kind(self, model: ModelProperty, prop: Property) -> str | None:
        """``as_timestamp`` (``as_nullable_timestamp`` with null) for a field the generator types
        ``datetime.datetime | str`` whose schema constrains every string it allows (the spec's
        ``Timestamp``: RFC 3339 or the documented pattern), so that a string is checked and a ``date``
        written ``YYYY-MM-DD``. An open union (``ResponseTimestamp``, any string) keeps the generator's
        reading: answers are read tolerantly."""
        if not isinstance(prop, UnionProperty):
            return None
        inner = {type(p) for p in _flattened(prop)}
        if inner - {NoneProperty} != {DateTimeProperty, StringProperty}:
            return None
        if id(model) not in self._model_properties:  # models are not hashable; each is asked many times
            schema = model.data.model_dump(mode="json", by_alias=True)
            self._model_properties[id(model)] = (model, self._raw_properties(schema))
        members = self._members(self._model_properties[id(model)][1].get(_raw(prop.name)))
        texts = [m for m in members if m.get("type") != "null"]
        if not all(m.get("type") == "string" and ("format" in m or "pattern" in m) for m in texts):
            return None
        return NULLABLE_TIMESTAMP if NoneProperty in inner else TIMESTAMP

    def _members(self, node: Any) -> list[dict[str, Any]]:
        """The schemas a value of ``node`` may match: its ``anyOf``/``oneOf`` members, flattened."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return []
        union = node.get("anyOf") or node.get("oneOf")
        return [m for member in union for m in self._members(member)] if union else [node]

    def _raw_properties(self, schema: Any) -> dict[str, Any]:
        """A raw schema's properties, with those of its ``allOf`` members."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        found: dict[str, Any] = {}
        for member in schema.get("allOf") or []:
            found.update(self._raw_properties(member))
        found.update(schema.get("properties") or {})
        return found

    def _pagination(self, operation: Operation, spec: Any) -> Pagination:
        where = f"operation {operation.operation_id}: x-walletapp-pagination"
        if not isinstance(spec, dict) or set(spec) != {"page", "items", "next"}:
            raise SdkSpecError(f"{where}: expected an object with page, items and next")
        page = next((a for a in operation.query_arguments if _raw(a.prop.name) == spec["page"]), None)
        if page is None:
            raise SdkSpecError(f"{where}: no query parameter {spec['page']!r}")
        items, items_prop = _attribute_path(operation.success.prop, spec["items"], where)
        if not isinstance(items_prop, ListProperty) or not isinstance(
            items_prop.inner_property, ModelProperty
        ):
            raise SdkSpecError(f"{where}: items {spec['items']} is not an array of objects")
        nxt, _ = _attribute_path(operation.success.prop, spec["next"], where)
        operation.imports |= _imports(items_prop.inner_property, IMPORT_PREFIX)
        item_type = items_prop.inner_property.get_type_string().as_unembedded_code()
        return Pagination(
            page=page, items=items, item_type=item_type, items_at=tuple(tokens(spec["items"])), next=nxt
        )

    def _batch_status(self, operation: Operation, data: Mapping[str, Any]) -> BatchStatus | None:
        spec = data.get("x-walletapp-batch-status")
        if spec is None:
            return None
        where = f"operation {operation.operation_id}: x-walletapp-batch-status"
        if not isinstance(spec, dict) or set(spec) != {"kind", "state", "ended_at", "finished", "failed"}:
            raise SdkSpecError(f"{where}: expected an object with kind, state, ended_at, finished and failed")
        if [a.name for a in operation.arguments if a.required] != ["batch_id"]:
            raise SdkSpecError(f"{where}: the status page must take exactly one required argument, batch_id")
        state, _ = _attribute_path(operation.success.prop, spec["state"], where)
        ended_at, ended_prop = _attribute_path(operation.success.prop, spec["ended_at"], where)
        if not isinstance(ended_prop, UnionProperty) or not any(
            isinstance(p, NoneProperty) for p in _flattened(ended_prop)
        ):
            raise SdkSpecError(f"{where}: ended_at {spec['ended_at']} must be null while the batch runs")
        batch = BatchStatus(
            kind=str(spec["kind"]), operation=operation, state=state, ended_at=ended_at,
            finished=str(spec["finished"]), failed=str(spec["failed"]),
        )  # fmt: skip
        operation.batch_status = batch
        return batch

    def _linked_operations(self, data: Mapping[str, Any]) -> set[str]:
        """The operationIds the 2xx responses of an operation link to."""
        linked = set()
        for status, response in (data.get("responses") or {}).items():
            if str(status).startswith("2"):
                for link in (self.resolve(response).get("links") or {}).values():
                    linked.add(str(self.resolve(link).get("operationId")))
        return linked

    def _webhook_events(self) -> WebhookEvents:
        """The spec's ``webhooks``: one JSON body, ``oneOf`` object schemas told apart by a discriminator."""
        bodies = []
        for name, item in (self.document.get("webhooks") or {}).items():
            post = self.resolve(item).get("post") or {}
            content = self.resolve(post.get("requestBody") or {}).get("content") or {}
            schema = (content.get("application/json") or {}).get("schema")
            if schema is None:
                raise SdkSpecError(f"webhook {name}: the SDK needs an application/json request body")
            bodies.append((name, self.resolve(schema)))
        if not bodies:
            raise SdkSpecError("the spec has no webhooks: webhooks.parse needs one at least")
        discriminators = {str((s.get("discriminator") or {}).get("propertyName")) for _, s in bodies}
        if len(discriminators) != 1 or "None" in discriminators:
            raise SdkSpecError(
                "webhooks: the SDK needs each webhook body to be a oneOf with one discriminator"
            )
        models: dict[str, str] = {}
        json_types: dict[str, dict[str, tuple[str, ...]]] = {}
        imports: set[str] = set()
        for name, schema in bodies:
            for value, ref in schema["discriminator"]["mapping"].items():
                event = self.resolve({"$ref": ref})
                title = str(event.get("title") or ref.rsplit("/", 1)[-1])
                model = next((m for m in self._models.values() if _raw(m.data.title or "") == title), None)
                if model is None:
                    raise SdkSpecError(f"webhook {name}: no generated model for {ref}")
                models[str(value)] = str(model.class_info.name)
                json_types[str(value)] = {
                    field: (kinds,) if isinstance(kinds, str) else tuple(kinds)
                    for field, node in self._raw_properties(event).items()
                    if (kinds := self.resolve(node).get("type")) is not None
                }
                imports |= _imports(model, ROOT_PREFIX)
        return WebhookEvents(
            discriminator=discriminators.pop(),
            models=models,
            json_types=json_types,
            imports=frozenset(imports),
        )


def tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of a JSON Pointer (``/data/members``)."""
    return [unescape(token) for token in pointer.split("/")[1:]] if pointer else []


def _python_name(operation_id: str) -> str:
    return str(strings.PythonIdentifier(operation_id, prefix=""))


def _imports(prop: Any, prefix: str) -> set[str]:
    """Every import line ``prop``'s type needs (the generator splits them in two for lazy imports)."""
    return {*prop.get_imports(prefix=prefix), *prop.get_lazy_imports(prefix=prefix)}


def _raw(value: UntrustedString | str) -> str:
    """The spec's own text of a name the generator wraps (for comparing with the raw document only)."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def _ability(data: Mapping[str, Any]) -> str | None:
    """The one scope of the operation's security requirement (the token ability), if it has one."""
    scopes = [
        scope for requirement in data.get("security") or [] for s in requirement.values() for scope in s
    ]
    return scopes[0] if len(scopes) == 1 else None


def _param_kind(prop: Property) -> str | None:
    return "as_uuid" if isinstance(prop, UuidProperty) else None


def _flattened(prop: UnionProperty) -> list[Any]:
    """The members of a generated union, nested unions opened."""
    return [
        p
        for inner in prop.inner_properties
        for p in (_flattened(inner) if isinstance(inner, UnionProperty) else [inner])
    ]


def _properties(model: ModelProperty) -> list[Property]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _attribute_path(root: Property, pointer: Any, where: str) -> tuple[str, Property]:
    """A JSON Pointer into a parsed body as a Python attribute path; every step a required property."""
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        raise SdkSpecError(f"{where}: {pointer!r} is not a JSON Pointer")
    prop, path = root, ""
    for token in tokens(pointer):
        if not isinstance(prop, ModelProperty):
            raise SdkSpecError(f"{where}: {pointer} goes into a value that is not an object")
        child = next((p for p in prop.required_properties or [] if _raw(p.name) == token), None)
        if child is None:
            raise SdkSpecError(f"{where}: {pointer} names no required property {token!r}")
        prop, path = child, f"{path}.{child.python_name}"
    return path, prop
