"""What can go wrong in the mock's domain, said without HTTP: the store and the handlers raise these, and
only the HTTP layer (:mod:`.dispatch`) turns them into the API's statuses and bodies (:mod:`.laravel`).
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the data does not allow."""


class NotFound(DomainError):
    """Something the request names does not exist.

    ``field`` is the request field that named it, when there is one: where the spec documents no 404
    for the operation, the API answers as Laravel's ``exists`` rule does, with a 422 on that field.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidValue(DomainError):
    """Values the data cannot take, each field with its messages (Laravel's wording, so the API's)."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors

    @classmethod
    def of(cls, field: str, message: str) -> InvalidValue:
        return cls({field: [message]})
