"""Routes compiled from the spec's paths: a segment trie where static segments win over parameters.

Like stripe-mock's `compilePath`/`initializeRouter`, `/members/list` is preferred over
`/members/{uuid}`; the trie backtracks to a parameter segment only when no static branch matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote

T = TypeVar("T")


@dataclass
class _Node(Generic[T]):
    static: dict[str, _Node[T]] = field(default_factory=dict)
    param: _Node[T] | None = None
    param_name: str = ""
    targets: dict[str, T] = field(default_factory=dict)


@dataclass(frozen=True)
class Match(Generic[T]):
    target: T | None
    params: dict[str, str]
    allowed: tuple[str, ...]


class Router(Generic[T]):
    """Maps (method, path) to a target; `match` also reports the methods a path does allow (405)."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self._static: dict[str, dict[str, T]] = {}

    def add(self, method: str, template: str, target: T) -> None:
        node = self._root
        is_static = True
        for seg in _segments(template):
            if seg.startswith("{") and seg.endswith("}"):
                is_static = False
                name = seg[1:-1]
                if node.param is None:
                    node.param = _Node()
                    node.param_name = name
                elif node.param_name != name:
                    raise ValueError(f"{template}: parameter {{{name}}} clashes with {{{node.param_name}}}")
                node = node.param
            else:
                node = node.static.setdefault(seg, _Node())
        if method in node.targets:
            raise ValueError(f"{method} {template} is defined twice")
        node.targets[method] = target
        if is_static:
            self._static.setdefault(_normalise(template), {})[method] = target

    def match(self, method: str, path: str) -> Match[T] | None:
        """The route for a request, or None when no path matches at all (404)."""
        static = self._static.get(_normalise(path))
        if static is not None:
            # A static path is never read as a parameterised one: `DELETE /members/list` is a 405 of
            # `/members/list`, not `DELETE /members/{uuid}` with uuid "list".
            return Match(static.get(method), {}, tuple(static))
        params: dict[str, str] = {}
        node = self._walk(self._root, _segments(path), 0, params, method)
        if node is None:
            node = self._walk(self._root, _segments(path), 0, params, None)
            if node is None:
                return None
            return Match(None, {}, tuple(node.targets))
        return Match(node.targets[method], params, tuple(node.targets))

    def _walk(
        self, node: _Node[T], segs: list[str], i: int, params: dict[str, str], method: str | None
    ) -> _Node[T] | None:
        if i == len(segs):
            if node.targets and (method is None or method in node.targets):
                return node
            return None
        child = node.static.get(segs[i])
        if child is not None:
            found = self._walk(child, segs, i + 1, params, method)
            if found is not None:
                return found
        if node.param is not None and segs[i]:
            params[node.param_name] = unquote(segs[i])
            found = self._walk(node.param, segs, i + 1, params, method)
            if found is not None:
                return found
            params.pop(node.param_name, None)
        return None


def _segments(path: str) -> list[str]:
    return _normalise(path).split("/")[1:]


def _normalise(path: str) -> str:
    return path.rstrip("/") or "/"
