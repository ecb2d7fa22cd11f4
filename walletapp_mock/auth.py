"""Bearer tokens with abilities, as Laravel Sanctum checks them.

A token maps to a set of abilities; `*` grants every ability (Sanctum's convention). The demo token is
derived from the seed, so it is the same on every start; a tokens file adds others. Token values are
never logged nor put in error messages.

Tokens file (YAML or JSON), a mapping of token to its abilities::

    "2|readonly-members": [members.get]
    "3|batches": [coupons.store, coupons.get]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path

from walletapp_tools.spec import SpecError, format_for, parse_document, read_text

ALL_ABILITIES = "*"


class TokensFileError(Exception):
    """The tokens file cannot be used; the message names the file and the entry (never its token)."""


def demo_token(seed: int) -> str:
    """A Sanctum-shaped token (`<id>|<40 chars>`) that depends only on the seed."""
    return "1|" + hashlib.sha256(f"walletapp-mock demo token {seed}".encode()).hexdigest()[:40]


def readonly_token(seed: int) -> str:
    """A second seeded token with only read abilities, so a 403 is easy to try."""
    return "2|" + hashlib.sha256(f"walletapp-mock read-only token {seed}".encode()).hexdigest()[:40]


READONLY_ABILITIES = frozenset(
    {"members.get", "passes.get", "templates.get", "coupons.get", "storecards.get"}
)


def load_tokens_file(path: Path) -> dict[str, frozenset[str]]:
    try:
        text = read_text(path)
    except SpecError as exc:
        raise TokensFileError(f"tokens file {exc}") from None
    try:
        raw = parse_document(text, str(path), format_for(path))
    except SpecError as exc:
        # The parser quotes what it stumbled on, which here may be a token: say only where.
        where = re.search(r"line \d+, column \d+", str(exc))
        at = f" (at {where.group(0)})" if where else ""
        raise TokensFileError(f"{path}: the tokens file is not valid YAML or JSON{at}") from None
    if not isinstance(raw, dict):
        raise TokensFileError(f"{path}: expected a mapping of token to a list of abilities")
    tokens: dict[str, frozenset[str]] = {}
    for index, (token, abilities) in enumerate(raw.items(), start=1):
        if not isinstance(token, str) or not token.strip():
            raise TokensFileError(f"{path}: entry {index}: the token must be a non-empty string")
        if not isinstance(abilities, list) or not all(isinstance(a, str) for a in abilities):
            raise TokensFileError(f"{path}: entry {index}: abilities must be a list of strings")
        tokens[token] = frozenset(abilities)
    return tokens


class TokenStore:
    """Answers 'who is this?' (401) in O(1); whether they may is the operation's to say (403,
    `spec.Operation.allows`, every security requirement of the spec considered)."""

    def __init__(self, tokens: Mapping[str, frozenset[str]]) -> None:
        self._tokens = dict(tokens)

    def secrets(self) -> list[str]:
        """Every token, for what must mask them (the access log)."""
        return list(self._tokens)

    def abilities(self, authorization: str | None) -> frozenset[str] | None:
        """The abilities of the bearer token in an Authorization header, None when unauthenticated."""
        if not authorization or authorization[:7].lower() != "bearer ":
            return None
        return self._tokens.get(authorization[7:].strip())
