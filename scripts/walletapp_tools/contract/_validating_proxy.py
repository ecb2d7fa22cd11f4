"""What a validating proxy in front of the server says of one exchange: Prism's `prism proxy`.

Prism checks every request and answer it forwards against the spec and, started with `--errors=false`,
forwards them anyway and lists what it found in the answer's `sl-violations` header. Behind it, the suite
treats that list as one more check: an answer that breaks the spec is a failure whatever was asked; a
request breaks it only when the suite meant it to be valid (a generated positive case), since negative
cases and the hand-written refusal tests are invalid on purpose. Without the header (no proxy) there is
nothing to say.
"""

from __future__ import annotations

import json

HEADER = "sl-violations"
CUT_SHORT = "Too many violations! "
"""Prism's prefix when the list is longer than a header may be: then the JSON is cut at that length."""


def _entries(header: str) -> object:
    if not header.startswith(CUT_SHORT):
        return json.loads(header)
    text, decoder = header[len(CUT_SHORT) :], json.JSONDecoder()
    entries: list[object] = []
    at = 1 if text.startswith("[") else 0
    while True:  # every entry complete before the cut
        try:
            entry, at = decoder.raw_decode(text, at)
        except ValueError:
            return entries
        entries.append(entry)
        while text[at : at + 1] in (",", " "):
            at += 1


def proxy_violations(header: str | None, *, meant_valid: bool) -> list[str]:
    """The violations in an `sl-violations` header that are failures, one line each. A list Prism cut
    short is read as far as it is complete."""
    if header is None:
        return []
    try:
        found = _entries(header)
    except ValueError:
        return [f"unreadable {HEADER} header: {header[:100]}"]
    problems = []
    for violation in found if isinstance(found, list) else [found]:
        if not isinstance(violation, dict):
            problems.append(f"unreadable {HEADER} entry: {str(violation)[:100]}")
            continue
        location = violation.get("location") or []
        side = location[0] if location else "?"
        if side == "response" or (side == "request" and meant_valid):
            where = ".".join(str(part) for part in location)
            problems.append(f"{where}: {violation.get('message', violation)}")
    return problems
