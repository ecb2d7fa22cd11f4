"""Down-convert the public OpenAPI 3.1 contract to OpenAPI 3.0.3, one function per rule.

Why our own module: on 2026-11-22 we ran both converters the issue names on a fixture shaped like our
spec (tests/bundle/fixtures/mini.yaml) and on 3.1 edge cases:

- ``@apiture/openapi-down-convert`` 0.14.2 (npm) handles type arrays, ``const`` and ``examples``, but
  drops ``webhooks`` without a trace and leaves 3.1-only constructs in place, so its output fails the
  3.0 validator (``info.summary``, numeric ``exclusiveMinimum``, ``type: 'null'``, ``oneOf`` with a
  null branch, multi-type arrays, ``prefixItems``).
- ``openapi-downgrade`` 1.0.1 (PyPI) downloads the 3.0 JSON Schema from GitHub on every run (so it
  fails offline), turns webhooks into callbacks under a made-up ``{$request.body#/callbackUrl}``
  expression on every POST/PUT/PATCH/DELETE operation, rewrites keywords anywhere in the document
  (a property named ``type`` included) and exits 0 when it fails.

The rules (each a function below; schema rules receive every Schema Object found by the one OpenAPI
walker, :func:`walletapp_tools.spec.walk`, parents first):

document rules
    ``set_openapi_version``      ``openapi: 3.0.3``; ``jsonSchemaDialect`` removed.
    ``fold_info_summary``        ``info.summary`` (3.1 only) becomes the description when there is none.
    ``drop_license_identifier``  ``info.license.identifier`` (3.1 only) removed.
    ``inline_path_items``        ``$ref``s to ``components/pathItems`` (3.1 only; our callbacks use one)
                                 replaced by a copy of the path item; ``components.pathItems`` removed.
    ``drop_webhooks_with_note``  ``webhooks`` removed; ``info.description`` names each dropped webhook
                                 and points to the 3.1 file. Callbacks are kept: 3.0 has them.
    ``require_paths``            ``paths: {}`` when absent (optional in 3.1, required in 3.0).
    ``strip_reference_siblings`` ``summary``/``description`` beside a non-schema ``$ref`` removed.
    ``empty_non_oauth_scopes``   3.0 requires an empty scope list for non-OAuth2 schemes; the list (our
                                 abilities) moves to the operation's ``x-required-abilities``.
schema rules
    ``type_array_to_nullable``   ``type: [T, 'null']`` to ``type: T, nullable: true``; several
                                 types become ``anyOf`` of single types (null as below).
    ``null_branch_to_nullable``  a ``{type: 'null'}`` branch of ``oneOf``/``anyOf``: merged away as
                                 ``nullable: true`` when one inline branch is left; when one ``$ref``
                                 is left, ``nullable: true, allOf: [$ref]`` (the idiom generators read:
                                 orval, openapi-zod-client, datamodel-code-generator and kin-openapi
                                 all misread a null-only branch), typed by the closing rule below;
                                 among several branches it becomes the null-only schema below.
    ``null_type_to_nullable``    a bare ``type: 'null'`` becomes that null-only schema.
    ``const_to_enum``            ``const: x`` to ``enum: [x]``; a boolean ``const`` to ``type: boolean``
                                 and a description saying the value, as in the 3.1 file (:mod:`._portable`).
    ``examples_to_example``      ``examples: [a, ...]`` to ``example: a``.
    ``exclusive_bounds``         numeric ``exclusiveMinimum``/``exclusiveMaximum`` to the 3.0 boolean form.
    ``content_keywords``         ``contentEncoding: base64`` to ``format: byte``; binary media types to
                                 ``format: binary``; then both keywords removed.
    ``drop_annotations``         ``$schema``, ``$id``, ``$anchor``, ``$comment`` removed.
    ``nullable_enum``            an ``enum`` listing ``null`` gets ``nullable: true``.
    ``ref_siblings_to_all_of``   ``$ref`` with siblings (3.0 ignores them: a property's own
                                 ``description`` would vanish) becomes ``allOf: [{$ref}]`` beside them.
    ``reject_unsupported``       keywords with no 3.0 meaning (``prefixItems``, ``if``,
                                 ``patternProperties``...) are an error naming their JSON pointer, never
                                 dropped silently.

closing rules (after the schema rules, with the whole document at hand)
    ``type_nullable_references`` ``nullable: true, allOf: [$ref]`` gets the referenced schema's
                                 ``type`` (or the one type its ``anyOf`` branches share): 3.0
                                 reads ``nullable`` only beside a ``type`` (Redocly's
                                 ``nullable-type-sibling``). Strict 3.0.3 validators still reject the
                                 ``null`` (``allOf`` applies to it); generators read it as intended.

To add a rule: write ``def rule(schema, pointer) -> None`` (or ``def rule(document) -> None``), append it
to ``SCHEMA_RULES`` (or ``DOCUMENT_RULES``, ``CLOSING_RULES``) and give it a test in
tests/bundle/test_downconvert.py.
The result is always checked by openapi-spec-validator's 3.0 validator (:func:`validate_30`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator

from ..spec import HTTP_METHODS, Schema, Spec, SpecError, walk
from ._errors import BundleError
from ._portable import boolean_const_as_type

Document = dict[str, Any]

_BINARY_MEDIA_PREFIXES = ("application/octet-stream", "image/", "audio/", "video/", "application/pdf")
_UNSUPPORTED = (
    "prefixItems",
    "if",
    "then",
    "else",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "propertyNames",
    "$defs",
    "$dynamicRef",
    "$dynamicAnchor",
    "$vocabulary",
)
NULL_ONLY: dict[str, Any] = {"type": "object", "nullable": True, "enum": [None]}
"""The 3.0.3 schema that accepts exactly ``null`` (``nullable`` only counts beside a ``type``)."""


# --- document rules -------------------------------------------------------------------------------


def set_openapi_version(document: Document) -> None:
    document["openapi"] = "3.0.3"
    document.pop("jsonSchemaDialect", None)


def fold_info_summary(document: Document) -> None:
    info = document.get("info", {})
    summary = info.pop("summary", None)
    if summary and not info.get("description"):
        info["description"] = summary


def drop_license_identifier(document: Document) -> None:
    license_ = document.get("info", {}).get("license")
    if isinstance(license_, dict):
        license_.pop("identifier", None)


def drop_webhooks_with_note(document: Document) -> None:
    webhooks = document.pop("webhooks", None)
    if not webhooks:
        return
    listed = []
    for name, path_item in webhooks.items():
        methods = [method.upper() for method in HTTP_METHODS if method in path_item]
        summaries = [str(path_item[m.lower()].get("summary", "")) for m in methods]
        label = ", ".join(f"{m} {s}".strip() for m, s in zip(methods, summaries, strict=True))
        listed.append(f"- `{name}` ({label})")
    note = (
        "**Webhooks are not part of this OpenAPI 3.0 file**: OpenAPI 3.0 cannot describe them. "
        "The OpenAPI 3.1 file (walletapp.openapi.yaml) describes these webhooks:\n\n" + "\n".join(listed)
    )
    info = document.setdefault("info", {})
    description = str(info.get("description", "")).rstrip()
    info["description"] = f"{description}\n\n{note}\n" if description else f"{note}\n"


def require_paths(document: Document) -> None:
    document.setdefault("paths", {})


def _path_item_references(document: Document) -> list[dict[str, Any]]:
    prefix = "#/components/pathItems/"
    return [
        site.node
        for site in walk(document)
        if site.kind == "reference" and str(site.node["$ref"]).startswith(prefix)
    ]


def inline_path_items(document: Document) -> None:
    spec = Spec(document, "the public document")
    path_items = (document.get("components") or {}).get("pathItems") or {}
    for _ in range(len(path_items) + 1):
        references = _path_item_references(document)
        if not references:
            break
        for node in references:
            reference = node["$ref"]
            try:
                target = spec.lookup(reference)
            except SpecError:
                raise BundleError(f"{reference}: no such path item in components.pathItems") from None
            node.clear()
            node.update(copy.deepcopy(target))
    else:
        raise BundleError(f"{references[0]['$ref']}: path item refers to itself")
    (document.get("components") or {}).pop("pathItems", None)


def _reference_objects(node: Any, in_schema: bool) -> None:
    if isinstance(node, list):
        for item in node:
            _reference_objects(item, in_schema)
        return
    if not isinstance(node, dict):
        return
    if "$ref" in node and not in_schema:
        for key in [key for key in node if key != "$ref"]:
            del node[key]
        return
    for key, value in node.items():
        _reference_objects(value, in_schema or key == "schema" or key == "schemas")


def strip_reference_siblings(document: Document) -> None:
    _reference_objects(document, in_schema=False)


def empty_non_oauth_scopes(document: Document) -> None:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    scoped = {name for name, scheme in schemes.items() if scheme.get("type") in ("oauth2", "openIdConnect")}

    def strip(requirements: Any) -> list[str]:
        moved: list[str] = []
        for requirement in requirements if isinstance(requirements, list) else []:
            for name, scopes in requirement.items():
                if name not in scoped and scopes:
                    moved.extend(scope for scope in scopes if scope not in moved)
                    requirement[name] = []
        return moved

    strip(document.get("security"))
    for operation in [site.node for site in walk(document) if site.kind == "operation"]:
        moved = strip(operation.get("security"))
        if moved:
            operation.setdefault("x-required-abilities", moved)


# --- schema rules ---------------------------------------------------------------------------------


def type_array_to_nullable(schema: Schema, pointer: str) -> None:
    types = schema.get("type")
    if not isinstance(types, list):
        return
    others = [kind for kind in types if kind != "null"]
    nullable = len(others) < len(types)
    if len(others) == 1:
        schema["type"] = others[0]
        if nullable:
            schema["nullable"] = True
    elif not others:
        schema["type"] = "null"
    else:
        del schema["type"]
        branches = [{"type": kind} for kind in others] + ([copy.deepcopy(NULL_ONLY)] if nullable else [])
        schema["anyOf"] = branches + list(schema.get("anyOf", []))


def _is_null_branch(branch: Any) -> bool:
    return isinstance(branch, dict) and branch.get("type") == "null" and len(branch) == 1


def null_branch_to_nullable(schema: Schema, pointer: str) -> None:
    for keyword in ("oneOf", "anyOf"):
        branches = schema.get(keyword)
        if not isinstance(branches, list) or not any(_is_null_branch(b) for b in branches):
            continue
        kept = [branch for branch in branches if not _is_null_branch(branch)]
        if len(kept) == 1 and not set(kept[0]) & (set(schema) - {keyword}):
            del schema[keyword]
            if set(kept[0]) == {"$ref"}:
                schema["allOf"] = [kept[0], *schema.get("allOf", [])]
            else:
                schema.update(kept[0])
            schema["nullable"] = True
        else:
            schema[keyword] = [*kept, copy.deepcopy(NULL_ONLY)]


def null_type_to_nullable(schema: Schema, pointer: str) -> None:
    if schema.get("type") == "null":
        schema.update(copy.deepcopy(NULL_ONLY))


def const_to_enum(schema: Schema, pointer: str) -> None:
    if "const" not in schema:
        return
    if isinstance(schema["const"], bool):
        boolean_const_as_type(schema)
    else:
        schema["enum"] = [schema.pop("const")]


def examples_to_example(schema: Schema, pointer: str) -> None:
    examples = schema.pop("examples", None)
    if isinstance(examples, list) and examples and "example" not in schema:
        schema["example"] = examples[0]


def exclusive_bounds(schema: Schema, pointer: str) -> None:
    for exclusive, inclusive, stricter in (
        ("exclusiveMinimum", "minimum", max),
        ("exclusiveMaximum", "maximum", min),
    ):
        bound = schema.get(exclusive)
        if isinstance(bound, bool) or not isinstance(bound, int | float):
            continue
        current = schema.get(inclusive)
        if isinstance(current, int | float) and stricter(current, bound) == current and current != bound:
            del schema[exclusive]
        else:
            schema[inclusive] = bound
            schema[exclusive] = True


def content_keywords(schema: Schema, pointer: str) -> None:
    encoding = schema.pop("contentEncoding", None)
    media_type = schema.pop("contentMediaType", None)
    if "format" in schema:
        return
    if encoding == "base64":
        schema["format"] = "byte"
    elif isinstance(media_type, str) and media_type.startswith(_BINARY_MEDIA_PREFIXES):
        schema["format"] = "binary"


def drop_annotations(schema: Schema, pointer: str) -> None:
    for keyword in ("$schema", "$id", "$anchor", "$comment"):
        schema.pop(keyword, None)


def nullable_enum(schema: Schema, pointer: str) -> None:
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        schema["nullable"] = True


def ref_siblings_to_all_of(schema: Schema, pointer: str) -> None:
    if "$ref" in schema and len(schema) > 1:
        reference = schema.pop("$ref")
        schema["allOf"] = [{"$ref": reference}, *schema.get("allOf", [])]


def type_nullable_references(document: Document) -> None:
    prefix = "#/components/schemas/"
    schemas = (document.get("components") or {}).get("schemas") or {}
    for schema in [site.node for site in walk(document) if site.kind == "schema"]:
        branches = schema.get("allOf")
        if not schema.get("nullable") or "type" in schema or not isinstance(branches, list):
            continue
        reference = branches[0].get("$ref") if len(branches) == 1 and isinstance(branches[0], dict) else None
        if isinstance(reference, str) and reference.startswith(prefix):
            kind = _single_type(schemas.get(reference[len(prefix) :]) or {}, schemas)
            if kind is not None:
                schema["type"] = kind


def _single_type(schema: Schema, schemas: dict[str, Any], depth: int = 0) -> str | None:
    """The one JSON type ``schema`` admits: its ``type``, or the type all its ``anyOf``/``oneOf``
    branches share (an open union of strings such as ``ResponseTimestamp``); None when there is none."""
    if isinstance(schema.get("type"), str):
        return str(schema["type"])
    reference = schema.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/components/schemas/") and depth < 10:
        return _single_type(schemas.get(reference.rsplit("/", 1)[-1]) or {}, schemas, depth + 1)
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and branches and depth < 10:
            kinds = {
                _single_type(branch, schemas, depth + 1) for branch in branches if isinstance(branch, dict)
            }
            if len(kinds) == 1 and None not in kinds:
                return kinds.pop()
    return None


def reject_unsupported(schema: Schema, pointer: str) -> None:
    for keyword in _UNSUPPORTED:
        if keyword in schema:
            raise BundleError(
                f"#{pointer}: '{keyword}' has no OpenAPI 3.0 equivalent; "
                "rewrite the schema or teach walletapp_tools.bundle._downconvert a rule for it"
            )


DOCUMENT_RULES: tuple[Callable[[Document], None], ...] = (
    set_openapi_version,
    fold_info_summary,
    drop_license_identifier,
    inline_path_items,
    drop_webhooks_with_note,
    require_paths,
    strip_reference_siblings,
    empty_non_oauth_scopes,
)
SCHEMA_RULES: tuple[Callable[[Schema, str], None], ...] = (
    reject_unsupported,
    type_array_to_nullable,
    null_branch_to_nullable,
    null_type_to_nullable,
    const_to_enum,
    examples_to_example,
    exclusive_bounds,
    content_keywords,
    drop_annotations,
    nullable_enum,
    ref_siblings_to_all_of,
)

CLOSING_RULES: tuple[Callable[[Document], None], ...] = (type_nullable_references,)


def downconvert(document: Document) -> Document:
    """Return a 3.0.3 copy of the 3.1 ``document`` (which is left untouched); raises :class:`BundleError`."""
    result = copy.deepcopy(document)
    for document_rule in DOCUMENT_RULES:
        document_rule(result)
    for site in walk(result):
        if site.kind == "schema":
            for schema_rule in SCHEMA_RULES:
                schema_rule(site.node, site.pointer)
    for closing_rule in CLOSING_RULES:
        closing_rule(result)
    return result


def validate_30(document: Document, source: str) -> None:
    """Raise :class:`BundleError` naming the first error of the 3.0 validator (and the count), if any."""
    errors = list(OpenAPIV30SpecValidator(document).iter_errors())
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path)
        message = str(first.message).splitlines()[0][:200]
        raise BundleError(f"{source}: not valid OpenAPI 3.0 ({len(errors)} errors): #/{where}: {message}")
