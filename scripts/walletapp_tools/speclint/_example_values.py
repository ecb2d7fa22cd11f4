"""Examples must look like real data: no `<placeholder>` strings and no lazy values like "string".

Generated docs, the mock and the client's tests show these values to people; a realistic example
(`ada@walletapp.test`, not `string`) is what makes them useful. HTML tags such as `<p>` in a mail
template example are real data and allowed, and so is the address in `Shop <info@shop.example>`;
`<uuid>` or `<YOUR_TOKEN>` are placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..spec import extend
from ._finding import Finding
from ._sites import ExampleSite

# `<...>` without `=`, quotes or `/`: tags with attributes and closing tags are not placeholders.
_PLACEHOLDER = re.compile(r"<([^<>=\"'/\s][^<>=\"'/]*)>")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HTML_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "body",
        "br",
        "center",
        "code",
        "div",
        "em",
        "font",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "img",
        "li",
        "link",
        "main",
        "meta",
        "ol",
        "p",
        "pre",
        "section",
        "small",
        "span",
        "strong",
        "style",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "u",
        "ul",
    }
)
# Only values that are never real data: "text", "email" or "date" can be legitimate enum values.
LAZY_VALUES = frozenset(
    {"string", "str", "foo", "bar", "baz", "foobar", "placeholder", "todo", "tbd", "xxx", "lorem ipsum"}
)


def check_example_values(sites: Iterable[ExampleSite]) -> Iterator[Finding]:
    for site in sites:
        for path, text in _strings(site.value, []):
            problem = _problem(text)
            if problem is not None:
                yield Finding(site.where, extend(site.pointer, path), problem)


def _strings(value: Any, path: list[object]) -> Iterator[tuple[list[object], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, [*path, index])


def _problem(text: str) -> str | None:
    if text.strip().lower() in LAZY_VALUES:
        return f"lazy example value {text!r}; use a realistic one"
    for match in _PLACEHOLDER.finditer(text):
        content = match.group(1).strip()
        if content.lower() not in _HTML_TAGS and not _EMAIL.match(content):
            return f"placeholder {match.group(0)!r} in an example; use a realistic value"
    return None
