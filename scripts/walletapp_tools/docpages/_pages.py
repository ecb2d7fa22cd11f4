"""The five documentation pages (openapi/sources/*.txt) read into sections, fields and JSON examples.

The pages are plain text copied from a web page: a section opens with a header such as
`POST/bulk/coupons`, lists its ability and parameters as `• Name / Type / Description` blocks, and
shows a `Request` (a curl line with `-d '{...}'`) and a `Response` (a JSON-like block). Page-level
blocks show the batch webhooks (`Succes webhook`, `Failed webhook`) and the imports page's "import
model". The pages are never edited (openapi/sources/SOURCE.md), so this reader follows their layout
exactly and says where a block does not fit it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADER = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)(/\S*)$")
_FIELD_LISTS = re.compile(
    r"^(Required headers|Abilities|(?:QUERY|Query|Body|body|Query / body) parameters|Route parameters?"
    r"|Request body|Properties)$"
)
_BULLET = "\u2022 Name"


@dataclass(frozen=True)
class Field:
    """One `• Name` block: `type` is the docs' type word (`string`, `array`, `date`, ...), `required`
    True/False where the Type line says `|Required`/`|Optional`, None where it says neither."""

    name: str
    type: str
    required: bool | None
    description: str


@dataclass(frozen=True)
class Example:
    """A JSON-like block as printed on the page. `role` is `request`, `response`, `webhook` or `model`."""

    page: str
    section: str
    role: str
    text: str
    line: int

    @property
    def label(self) -> str:
        return f"{self.page}.txt:{self.line} {self.section} ({self.role})"


@dataclass
class Section:
    """A documented operation: the header's method and path (`:id` kept as printed)."""

    page: str
    method: str
    path: str
    line: int
    title: str = ""
    abilities: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass
class Pages:
    sections: list[Section]
    examples: list[Example]
    """Every example: the sections' and the page-level ones (webhooks, the import model)."""


def load_pages(folder: Path) -> Pages:
    sections: list[Section] = []
    examples: list[Example] = []
    for path in sorted(folder.glob("*.txt")):
        page_sections, page_examples = _read_page(path.stem, path.read_text(encoding="utf-8"))
        sections.extend(page_sections)
        examples.extend(page_examples)
    return Pages(sections, examples)


def _read_page(page: str, text: str) -> tuple[list[Section], list[Example]]:
    lines = text.splitlines()
    sections: list[Section] = []
    examples: list[Example] = []
    current: Section | None = None
    block: str | None = None  # the field list being read
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            current = Section(page, header.group(1), header.group(2), index + 1)
            sections.append(current)
            block = None
            index += 1
            continue
        if current is not None and not current.title and stripped and block is None:
            current.title = stripped
        if _FIELD_LISTS.match(stripped):
            block = stripped
        elif stripped == _BULLET:
            parsed, index = _read_field(lines, index)
            if current is not None and block == "Abilities":
                current.abilities.append(parsed.name)
            elif current is not None and block not in (None, "Required headers"):
                current.fields.append(parsed)
            continue
        elif stripped in ("Succes webhook", "Failed webhook"):
            example, index = _read_json(lines, index + 1, page, stripped, "webhook")
            examples.append(example)
            continue
        elif stripped == "Response" and current is not None:
            example, index = _read_json(lines, index + 1, page, current.label, "response")
            current.examples.append(example)
            examples.append(example)
            continue
        elif current is not None and re.match(r"^-\s?d\s+['\"]", stripped):
            example, index = _read_json(lines, index, page, current.label, "request")
            current.examples.append(example)
            examples.append(example)
            continue
        elif stripped.startswith("{") and block == "Properties":
            example, index = _read_json(lines, index, page, "the import model", "model")
            examples.append(example)
            continue
        index += 1
    return sections, examples


def _read_field(lines: list[str], index: int) -> tuple[Field, int]:
    """`• Name / <name> / Type / <type>[|Required] / Description / (blank) / <text>`."""
    name = lines[index + 1].strip()
    kind = lines[index + 3].strip() if lines[index + 2].strip() == "Type" else ""
    type_word, _, flag = kind.partition("|")
    required = {"Required": True, "Optional": False}.get(flag.strip())
    index += 4
    if index < len(lines) and lines[index].strip() == "Description":
        index += 1
    description: list[str] = []
    while index < len(lines) and not description:
        text = lines[index].strip()
        if text.startswith("{"):  # the import model's `user`: its description is a JSON-like block
            break
        if text:
            description.append(text)
        index += 1
    return Field(name, type_word.strip(), required, " ".join(description)), index


def _read_json(lines: list[str], index: int, page: str, section: str, role: str) -> tuple[Example, int]:
    """From the first `{` at or after `index` to its matching `}` (braces inside quotes ignored)."""
    while index < len(lines) and "{" not in lines[index]:
        index += 1
    start = index
    depth = 0
    quote: str | None = None
    chunks: list[str] = []
    while index < len(lines):
        line = lines[index]
        begin = line.index("{") if index == start else 0
        for offset, char in enumerate(line[begin:], begin):
            if quote:
                quote = None if char == quote else quote
            elif char in "'\"" and depth > 0 and not _inside_word(line, offset):
                quote = char
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    chunks.append(line[begin : offset + 1])
                    return Example(page, section, role, "\n".join(chunks), start + 1), index + 1
        chunks.append(line[begin:])
        index += 1
    return Example(page, section, role, "\n".join(chunks), start + 1), index


def _inside_word(line: str, offset: int) -> bool:
    """An apostrophe between letters (`user's`) opens no string."""
    return 0 < offset < len(line) - 1 and line[offset - 1].isalnum() and line[offset + 1].isalnum()
