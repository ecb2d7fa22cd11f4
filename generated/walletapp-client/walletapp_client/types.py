"""Contains some shared types for properties, and the converters that let models take identifiers
as strings and timestamps as datetime or date objects or as strings (checked)."""

import datetime
from collections.abc import Mapping, MutableMapping, Sequence
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def as_uuid(value: UUID | str) -> UUID:
    """An identifier given as a UUID or as its string form."""
    return value if isinstance(value, UUID) else UUID(value)


def as_uuid_or_unset(value: UUID | str | Unset) -> UUID | Unset:
    return value if isinstance(value, Unset) else as_uuid(value)


def as_uuid_list(values: Sequence[UUID | str]) -> list[UUID]:
    """Identifiers given as UUIDs or as their string forms."""
    return [as_uuid(value) for value in values]


def as_uuid_list_or_unset(values: Sequence[UUID | str] | Unset) -> list[UUID] | Unset:
    return values if isinstance(values, Unset) else as_uuid_list(values)


def as_timestamp(value: datetime.datetime | datetime.date | str) -> datetime.datetime | str:
    """A point in time the client sends: a datetime (written ``isoformat()``: RFC 3339 when it has a time
    zone), a date (written ``YYYY-MM-DD``) or a string, kept as given once it reads as ISO 8601."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"expected a datetime, a date or an ISO 8601 string, got {type(value).__name__}")
    try:
        datetime.datetime.fromisoformat(value.upper())  # RFC 3339 allows a lower-case t and z; Python not
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or date-time: {value!r}") from None
    return value


def as_timestamp_or_unset(value: datetime.datetime | datetime.date | str | Unset) -> datetime.datetime | str | Unset:
    return value if isinstance(value, Unset) else as_timestamp(value)


def as_nullable_timestamp(value: datetime.datetime | datetime.date | str | None) -> datetime.datetime | str | None:
    return None if value is None else as_timestamp(value)


def as_nullable_timestamp_or_unset(
    value: datetime.datetime | datetime.date | str | None | Unset,
) -> datetime.datetime | str | None | Unset:
    return value if isinstance(value, Unset) else as_nullable_timestamp(value)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
