"""YAML reading with the YAML 1.2 core schema, and one stable YAML writing style.

Every tool reads the spec through :func:`load_yaml`, so they all see the same values. PyYAML implements
YAML 1.1, where ``yes``/``on``/``no`` are booleans, ``2024-01-01`` is a date, ``017`` is octal 15 and
``1_000`` is 1000; under YAML 1.2's core schema these are the strings ``"yes"``, ``"on"``,
``"2024-01-01"``, the integer 17 and the string ``"1_000"``. We follow YAML 1.2 because OpenAPI 3.1
recommends it and because the other readers of our files do: Spectral (``@stoplight/yaml``) and
Redocly (``js-yaml`` 4) both read ``a: 017, b: 1_000, c: on`` as ``17, "1_000", "on"``, so a value
means the same to every linter, to the published JSON and to the mock. It is also the strictest of
the loaders the tools had: no implicit dates, octals, sexagesimals or underscores.

:class:`CoreLoader` refuses duplicate keys (PyYAML silently keeps the last one), naming the line, and
reads every mapping key as the string written in the file (``200:`` is the key ``"200"``), since JSON
keys are strings. Its composer keeps a document within :mod:`._limits` while building it: nesting depth,
and the number of nodes once aliases are expanded (a "billion laughs" is refused at the alias that
crosses the limit, before anything is expanded); an alias inside the node it names is refused too. The
parser's events come from libyaml when PyYAML has it, but the nodes are built here, in Python: libyaml's
own composer recurses in C and crashes the interpreter on a deep enough document.

:func:`dump_yaml` quotes every string that either YAML 1.1 or the 1.2 core schema would read as something
else (``"yes"``, ``"1.0"``, ``"1e3"``, ``"200"``), so the output reads back identically under both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.error import MarkedYAMLError
from yaml.events import AliasEvent, CollectionStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from ._limits import MAX_DEPTH, MAX_NODES


class _CoreResolver(BaseResolver):
    """Plain-scalar resolution of the YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1023-core-schema)."""

    yaml_implicit_resolvers = {}  # noqa: RUF012 - PyYAML keeps resolvers in this class dict


_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


class _CoreConstructor(SafeConstructor):
    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(
                    "while reading a mapping", node.start_mark, "found a non-string key", key_node.start_mark
                )
            key = key_node.value
            if key in mapping:
                problem = f"found duplicate key {key!r}"
                raise ConstructorError(
                    "while reading a mapping", node.start_mark, problem, key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_core_int(self, node: ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)

    def construct_core_float(self, node: ScalarNode) -> float:
        text = str(self.construct_scalar(node)).lower()
        if text.endswith(".inf"):
            return float("-inf") if text.startswith("-") else float("inf")
        if text == ".nan":
            return float("nan")
        return float(text)


_CoreConstructor.yaml_constructors = {
    **SafeConstructor.yaml_constructors,
    "tag:yaml.org,2002:int": _CoreConstructor.construct_core_int,
    "tag:yaml.org,2002:float": _CoreConstructor.construct_core_float,
}


class LimitExceeded(MarkedYAMLError):
    """A document beyond :mod:`._limits`; ``problem`` says which bound, ``problem_mark`` where."""


class _BoundedComposer(Composer):
    """PyYAML's composer, counting nesting depth and nodes (each alias as the nodes it repeats)."""

    peek_event: Callable[[], Any]
    """The parser's (pure Python or libyaml), next in line."""

    def __init__(self) -> None:
        Composer.__init__(self)
        self._depth = 0
        self._nodes = 0
        self._aliased = False
        self._sizes: dict[str, int] = {}
        """Nodes under each anchor that is complete; an anchor still being composed is absent."""

    def _count(self, nodes: int, mark: Any) -> None:
        self._nodes += nodes
        if self._nodes > MAX_NODES:
            expanded = " once its aliases are expanded" if self._aliased else ""
            raise LimitExceeded(problem=f"holds more than {MAX_NODES:,} nodes{expanded}", problem_mark=mark)

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        anchor: str | None = event.anchor
        mark = event.start_mark
        if isinstance(event, AliasEvent):
            if anchor in self.anchors and anchor not in self._sizes:
                raise LimitExceeded(
                    problem=f"the alias *{anchor} is inside the node it names", problem_mark=mark
                )
            self._aliased = True
            self._count(self._sizes.get(anchor or "", 0), mark)
            return super().compose_node(parent, index)
        collection = isinstance(event, CollectionStartEvent)
        if collection:
            if self._depth >= MAX_DEPTH:
                raise LimitExceeded(problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=mark)
            self._depth += 1
        before = self._nodes
        self._count(1, mark)
        node = super().compose_node(parent, index)
        if collection:
            self._depth -= 1
        if anchor is not None:
            self._sizes[anchor] = self._nodes - before
        return node


class PurePythonCoreLoader(Reader, Scanner, Parser, _BoundedComposer, _CoreConstructor, _CoreResolver):
    """A safe loader with YAML 1.2 core-schema scalars, string keys, no duplicate keys and bounded
    documents."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _BoundedComposer.__init__(self)
        _CoreConstructor.__init__(self)
        _CoreResolver.__init__(self)


CoreLoader: type[Any] = PurePythonCoreLoader
"""The fastest available core-schema loader: libyaml's parser when PyYAML was built with it."""

if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _LibyamlCoreLoader(_BoundedComposer, CParser, _CoreConstructor, _CoreResolver):
        """libyaml's events, composed by `_BoundedComposer` (first in line, so its methods replace
        CParser's C composer)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _BoundedComposer.__init__(self)
            _CoreConstructor.__init__(self)
            _CoreResolver.__init__(self)

    CoreLoader = _LibyamlCoreLoader


def load_yaml(text: str, loader_class: type[Any] | None = None) -> Any:
    """Parse one YAML document; raises ``yaml.YAMLError`` on bad input."""
    loader = (loader_class or CoreLoader)(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


class _BlockDumper(yaml.SafeDumper):
    """Block style, sequences indented under their key, no aliases, multi-line strings as literals."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


_resolve_core: Callable[[type[Node], str, tuple[bool, bool]], str] = _CoreResolver().resolve


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if "\n" in value:
        style = "|"
    elif _resolve_core(ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_str)


def dump_yaml(value: Any) -> str:
    """Serialise ``value`` in the project's YAML style, keeping mapping order; same input, same text."""
    text: str = yaml.dump(
        value,
        Dumper=_BlockDumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100_000,
        indent=2,
    )
    return text
