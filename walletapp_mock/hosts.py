"""Which peers and which `Host` names are this machine's, for the rules that keep the mock a local tool.

A web page can make a browser send requests to `127.0.0.1:4010`, and with DNS rebinding make its own
name point there, so that the browser treats the mock as the page's own origin. The `Host` header is
what gives rebinding away: the browser still sends the page's name. So the mock answers only Host names
that cannot be rebound (IP addresses, `localhost` and `*.localhost`, which browsers resolve themselves)
and names the user allowed (`--allow-host`), as Vite's and webpack's dev servers do.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

MISDIRECTED = (
    "This mock answers requests for localhost, *.localhost, IP addresses and --allow-host names "
    "(a guard against DNS rebinding)."
)


def host_name(value: str) -> str:
    """The name or address of a `Host` header or URL authority, without port and brackets, lowercase."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


def ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address `value` spells in standard form, IPv4-mapped IPv6 as IPv4; None for a name."""
    try:
        address = ipaddress.ip_address(value.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_loopback_address(value: str | None) -> bool:
    """Whether `value` (a peer address as the server reports it) is a loopback address."""
    address = ip(value) if value else None
    return address is not None and address.is_loopback


def is_local_name(name: str) -> bool:
    """`localhost`, a `*.localhost` name or a loopback address: a name only this machine answers to."""
    return name == "localhost" or name.endswith(".localhost") or is_loopback_address(name)


class HostRule:
    """Whether a request's `Host` header names this server rather than a rebound domain."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        self._allowed = frozenset(host_name(name) for name in allowed)
        self._seen: dict[bytes, bool] = {}

    def allows(self, header: bytes | None) -> bool:
        if not header:
            return True  # HTTP/1.0 without Host: no browser sends that
        known = self._seen.get(header)
        if known is not None:
            return known
        name = host_name(header.decode("latin-1"))
        verdict = is_local_name(name) or ip(name) is not None or name in self._allowed
        if len(self._seen) < 1024:
            self._seen[header] = verdict
        return verdict
