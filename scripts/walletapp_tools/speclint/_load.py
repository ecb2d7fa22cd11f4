"""Reads a spec file the way the other linters do: YAML 1.2 core scalars, duplicate keys rejected.

PyYAML implements YAML 1.1, where `2024-01-31` becomes a date and `yes`/`on` become booleans, and a
duplicate key silently wins; Spectral and Redocly read YAML 1.2, where those are strings. Examples are
checked as the published JSON will carry them, so the loader follows YAML 1.2.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class SpecLoadError(Exception):
    """The file cannot be read as a spec; the message is one line naming the file."""


class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):  # JSON keys are strings: a status code 200 becomes "200"
            key = str(key).lower() if isinstance(key, bool) else str(key)
        if key in result:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", mark)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_spec(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecLoadError(f"{path}: cannot read: {getattr(error, 'strerror', None) or error}") from None
    try:
        spec = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SpecLoadError(f"{path}:{where}: invalid YAML: {problem}") from None
    if not isinstance(spec, dict):
        raise SpecLoadError(f"{path}: not an OpenAPI document (the top level is not a mapping)")
    return spec
