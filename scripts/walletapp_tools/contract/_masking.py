"""One masking step for everything a contract run prints or reports: a server that echoes the token
(raw, URL-encoded, base64, JSON-escaped) must not get it into a terminal, a JUnit file or a summary, and
nor must a report that shortens it (pytest's ``'1|81067a9357...309fa026cb47e'``).

    masker = Masker([token])
    masker("Authorization: Bearer 1|abc...")     # -> "Authorization: Bearer ***"
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "***"
MIN_FORM = 6
"""Shorter fragments (a tiny token's base64 tail) would mask ordinary text; tokens are far longer."""
LONG_RUN = 16
"""A run of letters and digits this long inside a token is masked on its own, however the characters
around it (Sanctum's `|`) were escaped: in `1\\u007c<secret>`, `<secret>` is still hidden; and so is
every piece of it FRAGMENT long or longer, because a shortened repr shows the run's head and tail."""
FRAGMENT = 8
"""Eight random letters and digits do not occur in ordinary output by chance."""
_ALNUM = re.compile(rf"[A-Za-z0-9]{{{FRAGMENT},}}")


def _long_runs(secret: str) -> list[str]:
    return re.findall(rf"[A-Za-z0-9]{{{LONG_RUN},}}", secret)


def _base64_fragments(data: bytes) -> set[str]:
    """The part of the base64 text of any byte string containing `data` that depends on `data` alone,
    for each of the three alignments `data` can have inside it."""
    fragments = set()
    for offset in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(b"\0" * offset + data).decode()
            start = -(-offset * 4 // 3)
            end = (offset + len(data)) * 4 // 3
            fragments.add(text[start:end])
    return fragments


def forms(secret: str) -> list[str]:
    """The ways `secret` can appear in output, longest first so a longer form is masked whole."""
    found = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=True).replace("|", "\\u007c")[1:-1],
        json.dumps(secret, ensure_ascii=True).replace("|", "\\u007C")[1:-1],
        *_base64_fragments(secret.encode()),
    }
    return sorted((form for form in found if len(form) >= MIN_FORM), key=len, reverse=True)


class Masker:
    """Replaces every form of every secret with `***`, then every piece of a secret's long runs."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        known = [s for s in secrets if s]
        self.forms = sorted({form for s in known for form in forms(s)}, key=len, reverse=True)
        self._grams = {
            run[i : i + FRAGMENT]
            for s in known
            for run in _long_runs(s)
            for i in range(len(run) - FRAGMENT + 1)
        }

    def __call__(self, text: str) -> str:
        for form in self.forms:
            if form in text:
                text = text.replace(form, MASK)
        return _ALNUM.sub(self._mask_pieces, text) if self._grams else text

    def _mask_pieces(self, match: re.Match[str]) -> str:
        """A run of letters and digits with each stretch it shares with a secret (FRAGMENT or more
        characters in a row) replaced by one `***`."""
        run = match.group()
        hidden = [False] * len(run)
        for i in range(len(run) - FRAGMENT + 1):
            if run[i : i + FRAGMENT] in self._grams:
                hidden[i : i + FRAGMENT] = [True] * FRAGMENT
        stretches = groupby(zip(run, hidden, strict=True), key=itemgetter(1))
        return "".join(MASK if secret else "".join(c for c, _ in chars) for secret, chars in stretches)

    def report(self, report: Any) -> None:
        """Mask a pytest TestReport's failure text and captured output in place."""
        if report.longrepr is not None:
            text = str(report.longrepr)
            masked = self(text)
            if masked != text:
                report.longrepr = masked
        report.sections = [(title, self(content)) for title, content in report.sections]


def mask(text: str, secret: str | None) -> str:
    """`text` with every form of `secret` replaced."""
    return Masker([secret])(text)


def mask_report(report: Any, secrets: Iterable[str | None]) -> None:
    """Mask `secrets` in a pytest TestReport before any reporter (terminal, JUnit XML) sees it."""
    Masker(secrets).report(report)
