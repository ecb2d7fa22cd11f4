"""Rewrite the public 3.1 contract into forms every mainstream generator reads, meaning unchanged.

The source spec uses OpenAPI 3.1 as designed (a webhook and four callbacks sharing one
``components/pathItems`` entry, ``const``); several generators misread those forms (issue 11, proven by
``make consumers``). These rules rewrite them in the published files only, into equivalent forms:

``inline_webhook_path_items`` (P3)
    a webhook that is a ``$ref`` to ``components/pathItems`` is replaced by a copy of the path item:
    openapi-typescript types a referenced webhook ``never`` (openapi-ts/openapi-typescript#1725).
``own_callback_operations`` (P3, P5, P8)
    every callback of every operation is inlined (``components/callbacks`` and ``components/pathItems``
    references resolved), and each callback operation gets its own ``operationId``,
    ``<callback operationId>For<Parent operationId>`` (``notifyBatchFinishedForCreateCouponBatch``):
    one shared operation reached from four places makes openapi-typescript declare it twice (TS2300),
    a ``$ref``'d callback crashes openapi-python-generator, four copies under one ``operationId`` are
    rejected by openapi-generator, and a callback through ``components/pathItems`` is not followed by
    openapi-generator, which then calls the event models unused. Components left unreferenced are
    removed.
``const_for_generators`` (P2)
    ``{type: boolean, const: true}`` becomes ``{type: boolean}`` with "Always `true`." added to its
    description: openapi-generator reads a typed boolean ``const``/``enum`` as the string ``'true'``
    (its Java enum does not compile, its Python model rejects ``true``) and orval an untyped one (its
    type is ``"true"``); the field is a response's ``success`` flag, which a client should read
    tolerantly anyway. Any other ``const: x`` becomes ``enum: [x]`` (openapi-zod-client cannot read a
    discriminator value from ``const``).
``named_array_branches``
    an inline array that is a branch of an ``anyOf``/``oneOf`` (``UnsubscribeMembersRequest.email``: a
    list of addresses or one address) becomes a component schema of its own, named after where it
    stood plus ``List`` (``UnsubscribeMembersRequestEmailList``). openapi-generator's Java ``native``
    library (7.26) names a union's branches by their Java type and writes ``List<String>.class`` and
    ``getList<String>()``, which do not compile (OpenAPITools/openapi-generator#17745, fixed for the
    default library only); a named array is generated as a class (``extends ArrayList<String>``) with
    the Java option ``generateAliasAsModel=true``, and the union compiles. Not marked for every
    generator (``x-generate-alias-as-model``): the ``python`` one then writes ``import null<str>``. A
    ``$ref`` to the same array validates the same; other generators read it as the array it was.
``union_defaults_described``
    a ``default`` of a union (a schema that is, or refers to, an ``anyOf``/``oneOf`` of two or more
    branches besides null: ``ImportUser.welcome_email``, a ``BooleanInput`` that defaults to ``false``)
    becomes "Defaults to `false`." in its description. openapi-generator's Java clients write the
    value as it is into a field of the union's class (``BooleanInput welcomeEmail = false``), which
    does not compile (OpenAPITools/openapi-generator#19147, #24993, open in 7.26). A default is an
    annotation: validation is the same, and the server applies it to a field left out either way.
``abilities_in_descriptions`` (P6)
    each operation's description starts with the token ability it requires. Abilities are the scopes
    of a bearer scheme, which no generator shows (they show OAuth2 scopes only); in a description they
    reach every generated doc comment and the HTML reference.

Each rule is a function of the document, in :data:`PORTABLE_RULES`; :func:`portable` applies them to
a copy. Add a rule with a test in tests/bundle/test_portable.py and a line in docs/generating-a-client.md.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..spec import HTTP_METHODS, SCHEMA_LISTS, SCHEMA_MAPS, Spec, tokens, walk
from ._errors import BundleError

Document = dict[str, Any]

PATH_ITEMS = "#/components/pathItems/"
CALLBACKS = "#/components/callbacks/"
SCHEMAS = "#/components/schemas/"
ABILITY_LINE = "**Required token ability:**"


def _component(document: Document, reference: str, prefix: str) -> Any:
    section = prefix.removeprefix("#/components/").rstrip("/")
    found = ((document.get("components") or {}).get(section) or {}).get(reference[len(prefix) :])
    if not isinstance(found, dict):
        raise BundleError(f"{reference}: no such {section} entry in components")
    return found


def _resolved(document: Document, node: Any, prefix: str) -> Any:
    """``node`` itself, or a copy of the component its ``$ref`` (under ``prefix``) names, followed."""
    seen: list[str] = []
    while isinstance(node, dict) and str(node.get("$ref", "")).startswith(prefix):
        reference = node["$ref"]
        if reference in seen:
            raise BundleError(f"{reference}: refers to itself")
        seen.append(reference)
        node = copy.deepcopy(_component(document, reference, prefix))
    return node


def _operations(path_item: Any) -> Iterator[dict[str, Any]]:
    if isinstance(path_item, dict):
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield operation


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]


def inline_webhook_path_items(document: Document) -> None:
    webhooks = document.get("webhooks") or {}
    for name, path_item in list(webhooks.items()):
        webhooks[name] = _resolved(document, path_item, PATH_ITEMS)


def own_callback_operations(document: Document) -> None:
    for path_item in (document.get("paths") or {}).values():
        for parent in _operations(path_item):
            callbacks = parent.get("callbacks")
            if not isinstance(callbacks, dict):
                continue
            for name, callback in list(callbacks.items()):
                inlined = copy.deepcopy(_resolved(document, callback, CALLBACKS))
                inlined = {
                    expression: _resolved(document, item, PATH_ITEMS) for expression, item in inlined.items()
                }
                for item in inlined.values():
                    for operation in _operations(item):
                        if "operationId" in operation and "operationId" in parent:
                            operation["operationId"] = (
                                f"{operation['operationId']}For{_capitalized(parent['operationId'])}"
                            )
                callbacks[name] = inlined
    _drop_unreferenced(document, "callbacks", CALLBACKS)
    _drop_unreferenced(document, "pathItems", PATH_ITEMS)


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str):
            yield reference
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _drop_unreferenced(document: Document, section: str, prefix: str) -> None:
    components = document.get("components") or {}
    entries = components.get(section)
    if not isinstance(entries, dict):
        return
    used = {reference[len(prefix) :] for reference in _references(document) if reference.startswith(prefix)}
    for name in [name for name in entries if name not in used]:
        del entries[name]
    if not entries:
        del components[section]


def _say(schema: dict[str, Any], sentence: str) -> None:
    """Append ``sentence`` to the description of ``schema``."""
    description = str(schema.get("description", "")).strip()
    schema["description"] = f"{description} {sentence}" if description else sentence


def boolean_const_as_type(schema: dict[str, Any]) -> None:
    """``const: true`` becomes ``type: boolean`` and a description that says the value."""
    value = schema.pop("const")
    schema["type"] = "boolean"
    _say(schema, f"Always `{str(value).lower()}`.")


def const_for_generators(document: Document) -> None:
    for schema in [site.node for site in walk(document) if site.kind == "schema"]:
        if "const" not in schema:
            continue
        if isinstance(schema["const"], bool):
            boolean_const_as_type(schema)
        elif "enum" not in schema:
            schema["enum"] = [schema.pop("const")]


def _pascal(name: str) -> str:
    return "".join(_capitalized(part) for part in re.split(r"[^0-9A-Za-z]+", name))


def _branch_name(pointer: str) -> str:
    """``/components/schemas/A/properties/email/anyOf/0`` is ``AEmailList``: the component and the
    properties on the way. A union outside ``components/schemas`` has no name to derive one from."""
    parts = tokens(pointer)
    if parts[:2] != ["components", "schemas"] or len(parts) < 3:
        raise BundleError(
            f"#{pointer}: an array branch of a union outside components/schemas, which "
            "openapi-generator's Java native client cannot compile (openapi-generator#17745): "
            "name the union in components/schemas"
        )
    names, index = [parts[2]], 3
    while index < len(parts):
        keyword = parts[index]
        if keyword == "properties" and index + 1 < len(parts):
            names.append(parts[index + 1])
        index += 2 if keyword in SCHEMA_MAPS or keyword in SCHEMA_LISTS else 1
    return "".join(_pascal(name) for name in names) + "List"


def named_array_branches(document: Document) -> None:
    schemas = (document.get("components") or {}).get("schemas") or {}
    unions = [
        (site.node[keyword], f"{site.pointer}/{keyword}")
        for site in walk(document)
        if site.kind == "schema"
        for keyword in ("anyOf", "oneOf")
        if isinstance(site.node.get(keyword), list)
    ]
    for branches, pointer in unions:
        for index, branch in enumerate(branches):
            if isinstance(branch, dict) and branch.get("type") == "array" and "$ref" not in branch:
                name = _branch_name(f"{pointer}/{index}")
                if name in schemas:
                    raise BundleError(
                        f"#{pointer}/{index}: the name for its array, {name}, is taken in components/schemas"
                    )
                schemas[name] = {"title": name, **branch}
                branches[index] = {"$ref": SCHEMAS + name}


def _is_union(spec: Spec, schema: Any, pointer: str) -> bool:
    """A schema (or the one it refers to) with two or more ``anyOf``/``oneOf`` branches besides null."""
    target, _ = spec.resolve(schema, pointer)
    if not isinstance(target, dict):
        return False
    branches = [*(target.get("anyOf") or []), *(target.get("oneOf") or [])]
    return len([branch for branch in branches if branch != {"type": "null"}]) > 1


def union_defaults_described(document: Document) -> None:
    spec = Spec(document, "the public document")
    for site in walk(document):
        schema = site.node
        if site.kind == "schema" and "default" in schema and _is_union(spec, schema, site.pointer):
            _say(schema, f"Defaults to `{json.dumps(schema.pop('default'))}`.")


def abilities_in_descriptions(document: Document) -> None:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    bearer = {
        name for name, scheme in schemes.items() if scheme.get("type") not in ("oauth2", "openIdConnect")
    }
    for operation in Spec(document, "the public document").operations():
        abilities = [
            scope
            for requirement in operation.security
            for name, scopes in requirement.schemes
            if name in bearer
            for scope in scopes
        ]
        description = str(operation.node.get("description", "")).strip()
        if abilities and not description.startswith(ABILITY_LINE):
            listed = " or ".join(f"`{ability}`" for ability in dict.fromkeys(abilities))
            line = f"{ABILITY_LINE} {listed}"
            operation.node["description"] = f"{line}\n\n{description}" if description else line


PORTABLE_RULES: tuple[Callable[[Document], None], ...] = (
    inline_webhook_path_items,
    own_callback_operations,
    const_for_generators,
    named_array_branches,
    union_defaults_described,
    abilities_in_descriptions,
)


def portable(document: Document) -> Document:
    """Return a copy of the public 3.1 ``document`` with :data:`PORTABLE_RULES` applied."""
    result = copy.deepcopy(document)
    for rule in PORTABLE_RULES:
        rule(result)
    return result
