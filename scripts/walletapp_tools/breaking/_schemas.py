"""Comparing two JSON Schemas in one direction: ``input`` (the client sends it) or ``output`` (it receives).

A change breaks clients when it rejects something they send (input narrowed) or hands them something
they did not expect (output widened). Rules applied here (identifiers as in the changelog):

input side
    ``type-narrowed``           a type accepted before is no longer (``[string, 'null']`` to ``string``,
                                ``number`` to ``integer``, a type where there was none).
    ``enum-narrowed``           a value accepted before is no longer (also ``const`` changed, an ``enum``
                                added where there was none).
    ``new-required-input``      a new required property, or an optional property made required.
    ``request-field-removed``   a property removed (typed clients that set it stop compiling).
    ``constraint-tightened``    ``maxLength``/``maximum``/``maxItems`` lowered, ``minLength``/``minimum``/
                                ``minItems`` raised, ``pattern`` or ``format`` changed or added.
output side
    ``type-widened``            the response may hold a type it could not before (``string`` to
                                ``[string, 'null']``, ``integer`` to ``number``).
    ``response-field-removed``  a property removed.
    ``response-field-optional`` a required property made optional (it may now be missing).
both sides, not breaking
    widening on input, narrowing on output, properties added (optional on input), ``enum`` values added
    on output (``enum-widened``: listed, not breaking: clients must tolerate unknown values, as the
    WalletApp documentation never promises closed sets), constraints loosened or tightened on output
    (``constraint-loosened``/``constraint-tightened``: a format, pattern or enum dropped from an answer is
    rule 2 of DISCREPANCIES.md), description changes are not listed.
shape changes
    a scalar schema that became or stopped being a union is compared by the values it admits
    (``_values``); an object or array schema by its branch of the same type, the other branches listed
    as values added or lost.

Known limits: ``allOf`` members are merged (properties, required, type) before comparing; ``oneOf``/
``anyOf`` branches are compared by position and a branch count change is reported as a type change;
``not``, ``if``/``then``, ``patternProperties`` and ``discriminator`` mappings are not compared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ..spec import Spec
from ._values import NON_EMPTY_FORMATS, Leaf, Undecided, counterexample, covers, leaves

Direction = Literal["input", "output"]
Emit = Callable[[str, bool, str], None]
ANY_TYPE = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
_LOWER_IS_TIGHTER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_HIGHER_IS_TIGHTER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def _types(schema: dict[str, Any]) -> frozenset[str]:
    declared = schema.get("type")
    kinds = set(ANY_TYPE if declared is None else [declared] if isinstance(declared, str) else declared)
    if schema.get("nullable") is True:
        kinds.add("null")
    if "number" in kinds:
        kinds.add("integer")
    return frozenset(kinds)


def _show(kinds: frozenset[str]) -> str:
    if kinds == ANY_TYPE:
        return "any type"
    shown = sorted(kinds - {"integer"} if "number" in kinds else kinds)
    return " | ".join(shown)


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def deref(spec: Spec, node: Any) -> Any:
    """``node`` with its ``$ref`` chain followed (siblings of a ``$ref`` are ignored)."""
    return spec.resolve(node)[0]


class SchemaComparer:
    """Compares schema pairs of two documents, reporting through ``emit(rule, breaking, detail)``."""

    def __init__(self, base: Spec, current: Spec) -> None:
        self.base = base
        self.current = current

    def _flatten(self, spec: Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
        schema = deref(spec, schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema or depth > 20:
            return schema
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for member in schema["allOf"]:
            part = self._flatten(spec, member, depth + 1)
            properties.update(part.get("properties", {}))
            required.extend(name for name in part.get("required", []) if name not in required)
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def compare(self, base: Any, current: Any, direction: Direction, path: str, emit: Emit) -> None:
        """Report every difference between schemas ``base`` and ``current`` found under ``path``."""
        self._compare(base, current, direction, path, emit, set())

    def _compare(
        self, base: Any, current: Any, direction: Direction, path: str, emit: Emit, seen: set[tuple[int, int]]
    ) -> None:
        old = self._flatten(self.base, base)
        new = self._flatten(self.current, current)
        if (id(old), id(new)) in seen:
            return
        seen = seen | {(id(old), id(new))}
        if _branch_count(old) != _branch_count(new):
            old_leaves, new_leaves = leaves(self.base, old), leaves(self.current, new)
            if old_leaves is not None and new_leaves is not None:
                self._compare_values(old_leaves, new_leaves, direction, path, emit)
                return
            if not _branch_count(old) or not _branch_count(new):
                self._compare_union_change(old, new, direction, path, emit, seen)
                return
        self._compare_types(old, new, direction, path, emit)
        self._compare_enums(old, new, direction, path, emit)
        self._compare_constraints(old, new, direction, path, emit)
        self._compare_properties(old, new, direction, path, emit, seen)
        for keyword, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(old.get(keyword), dict) and isinstance(new.get(keyword), dict):
                self._compare(old[keyword], new[keyword], direction, f"{path}{suffix}", emit, seen)
        for keyword in ("oneOf", "anyOf"):
            self._compare_branches(old, new, keyword, direction, path, emit, seen)

    def _compare_types(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str, emit: Emit
    ) -> None:
        if any(k in old or k in new for k in ("oneOf", "anyOf")) and "type" not in old and "type" not in new:
            return
        before, after = _types(old), _types(new)
        if before == after:
            return
        text = f"{path}: type {_show(before)} -> {_show(after)}"
        lost, gained = before - after, after - before
        if direction == "input":
            if lost:
                emit("type-narrowed", True, text)
            else:
                emit("type-widened", False, text)
        elif gained:
            emit("type-widened", True, text)
        else:
            emit("type-narrowed", False, text)

    def _compare_enums(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str, emit: Emit
    ) -> None:
        before, after = _enum(old), _enum(new)
        if before == after:
            return
        if after is None:
            emit("enum-widened", False, f"{path}: enum {before} removed (any value)")
            return
        if before is None:
            emit("enum-narrowed", direction == "input", f"{path}: now restricted to {after}")
            return
        removed = [value for value in before if value not in after]
        added = [value for value in after if value not in before]
        if removed:
            emit("enum-narrowed", direction == "input", f"{path}: enum values removed {removed}")
        if added:
            emit("enum-widened", False, f"{path}: enum values added {added}")

    def _compare_constraints(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, path: str, emit: Emit
    ) -> None:
        """Tightening breaks what clients send; on answers both directions are listed, not breaking: a
        narrower answer is one the client already handles, a looser one is rule 2 of DISCREPANCIES.md
        (answers accept any value of a placeholder's kind, and clients must too)."""
        breaks = direction == "input"
        for keyword in (*_LOWER_IS_TIGHTER, *_HIGHER_IS_TIGHTER):
            before, after = _implied(old, keyword), _implied(new, keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            if old.get(keyword) is None and new.get(keyword) is None:
                continue  # only a format implied it: reported as the format's change
            if after is None:
                emit("constraint-loosened", False, f"{path}: {keyword} {before} removed")
                continue
            tighter = before is None or (after < before if keyword in _LOWER_IS_TIGHTER else after > before)
            if tighter:
                emit("constraint-tightened", breaks, f"{path}: {keyword} {before} -> {after}")
            else:
                emit("constraint-loosened", False, f"{path}: {keyword} {before} -> {after}")
        for keyword in ("pattern", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before != after:
                emit(
                    "constraint-tightened" if after is not None else "constraint-loosened",
                    after is not None and breaks,
                    f"{path}: {keyword} {before!r} -> {after!r}",
                )

    def _compare_values(
        self, old: list[Leaf], new: list[Leaf], direction: Direction, path: str, emit: Emit
    ) -> None:
        """A scalar schema whose shape changed (a union introduced, removed or grown), compared by the
        values it admits (`_values`). Input: breaking when a value accepted before is refused now.
        Output: breaking when an answer may hold a JSON type it could not before; other widening is
        listed (rule 2), narrowing too."""
        text = f"{path}: {' | '.join(map(str, old))} -> {' | '.join(map(str, new))}"
        if old == new:
            return
        old_kinds, new_kinds = _kinds(old), _kinds(new)
        if direction == "input":
            refused = False
            for leaf in old:
                if any(covers(candidate, leaf) for candidate in new):
                    continue
                try:
                    found, value = counterexample(leaf, new)
                except Undecided as why:
                    emit(
                        "constraint-changed",
                        True,
                        f"{text}: cannot tell whether every {leaf} is still accepted ({why})",
                    )
                    refused = True
                    continue
                if found:
                    rule = "type-narrowed" if leaf.kind not in new_kinds else "constraint-tightened"
                    emit(rule, True, f"{text}: {value!r} was accepted and is refused now")
                    refused = True
            if not refused:
                rule = "type-widened" if new_kinds - old_kinds else "constraint-loosened"
                emit(rule, False, f"{text}: every value accepted before still is")
            return
        gained = [leaf for leaf in new if not any(covers(candidate, leaf) for candidate in old)]
        if new_kinds - old_kinds:
            emit("type-widened", True, f"{text}: may now answer {' or '.join(sorted(new_kinds - old_kinds))}")
        elif gained:
            emit("constraint-loosened", False, f"{text}: may answer values it could not before")
        else:
            emit("constraint-tightened", False, f"{text}: answers a narrower set of values")

    def _compare_properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: str,
        emit: Emit,
        seen: set[tuple[int, int]],
    ) -> None:
        hidden = "readOnly" if direction == "input" else "writeOnly"
        old_properties = {
            name: schema
            for name, schema in (old.get("properties") or {}).items()
            if not deref(self.base, schema).get(hidden)
        }
        new_properties = {
            name: schema
            for name, schema in (new.get("properties") or {}).items()
            if not deref(self.current, schema).get(hidden)
        }
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        prefix = f"{path}." if path else ""
        for name in old_properties:
            field = f"{prefix}{name}"
            if name not in new_properties:
                rule = "request-field-removed" if direction == "input" else "response-field-removed"
                emit(rule, True, f"{field}: removed")
                continue
            if direction == "input" and name in new_required and name not in old_required:
                emit("new-required-input", True, f"{field}: now required")
            if direction == "output" and name in old_required and name not in new_required:
                emit("response-field-optional", True, f"{field}: no longer required (may be missing)")
            self._compare(old_properties[name], new_properties[name], direction, field, emit, seen)
        for name in new_properties:
            if name in old_properties:
                continue
            field = f"{prefix}{name}"
            if direction == "input" and name in new_required:
                emit("new-required-input", True, f"{field}: new required field")
            else:
                emit("field-added", False, f"{field}: new {'optional ' if direction == 'input' else ''}field")

    def _compare_union_change(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: str,
        emit: Emit,
        seen: set[tuple[int, int]],
    ) -> None:
        """A union introduced where there was one schema (or the reverse): the branch of the same JSON
        type is compared with the single schema; the other branches are values added (or lost)."""
        introduced = bool(_branch_count(new))
        single, union, resolver = (old, new, self.current) if introduced else (new, old, self.base)
        keyword = "anyOf" if union.get("anyOf") else "oneOf"
        branches = [resolver.resolve(branch)[0] for branch in union[keyword]]
        kinds = _types(single)
        match = next((b for b in branches if isinstance(b, dict) and _types(b) & kinds), None)
        others = frozenset().union(*(_types(b) for b in branches if b is not match and isinstance(b, dict)))
        if match is not None:
            pair = (old, match) if introduced else (match, new)
            self._compare(pair[0], pair[1], direction, path, emit, seen)
        shown = _show(others) if others else "other values"
        if introduced:
            text = f"{path}: {keyword} of {len(branches)} branches, now also {shown}"
            emit("type-widened", direction == "output" and bool(others - kinds), text)
        else:
            text = f"{path}: {keyword} of {len(branches)} branches gone, no longer {shown}"
            emit("type-narrowed", direction == "input", text)

    def _compare_branches(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        keyword: str,
        direction: Direction,
        path: str,
        emit: Emit,
        seen: set[tuple[int, int]],
    ) -> None:
        before, after = old.get(keyword) or [], new.get(keyword) or []
        if len(before) > len(after):
            emit(
                "type-narrowed",
                direction == "input",
                f"{path}: {keyword} {len(before)} -> {len(after)} branches",
            )
        elif len(after) > len(before):
            emit(
                "type-widened",
                direction == "output",
                f"{path}: {keyword} {len(before)} -> {len(after)} branches",
            )
        for index, (one, other) in enumerate(zip(before, after, strict=False)):
            self._compare(one, other, direction, f"{path}<{keyword}[{index}]>", emit, seen)


def _branch_count(schema: dict[str, Any]) -> int:
    branches = schema.get("anyOf") or schema.get("oneOf")
    return len(branches) if isinstance(branches, list) else 0


def _kinds(found: list[Leaf]) -> frozenset[str]:
    kinds = {leaf.kind for leaf in found}
    return frozenset(kinds | ({"integer"} if "number" in kinds else set()))


def _implied(schema: dict[str, Any], keyword: str) -> Any:
    """A keyword's value, with what a format implies: `format: uuid` admits no empty string."""
    value = schema.get(keyword)
    if keyword == "minLength" and value is None and schema.get("format") in NON_EMPTY_FORMATS:
        return 1
    return value
