"""Timestamps as the API writes them: RFC 3339 with microseconds and a Z (Laravel's JSON dates)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """`0040-11-30T21:56:04.000000Z`: isoformat pads the year to four digits, strftime does not (glibc)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_request_time(value: str) -> datetime | None:
    """A request `Timestamp` (spec D18): RFC 3339, `YYYY-MM-DD HH:MM:SS` (also with `T` and fractions of
    a second) or a date. None when it names no moment a datetime can hold (year 0000)."""
    text = value.strip().upper()  # RFC 3339 allows a lowercase `t` and `z`
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            pass
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
