"""What a handler receives (`Call`) and may return: a JSON-able value (200), a `Reply` (another
status) or a `Stream` (a huge 200 body sent in pieces). Handlers are plain functions keyed by
operationId, so adding an operation is: write `def handler(call: Call) -> Any`, register it in the
page's `HANDLERS`. A handler raises the domain errors of `errors`; the HTTP layer answers them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.requests import Request

from .spec import Operation

if TYPE_CHECKING:
    from .runtime import Runtime
    from .state import Store


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: Any


@dataclass(frozen=True, slots=True)
class Stream:
    """JSON bytes in pieces; the handler builds them all before the first is sent (one consistent view)."""

    chunks: Iterable[bytes]


@dataclass(slots=True)
class Call:
    op: Operation
    runtime: Runtime
    request: Request
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    input: dict[str, Any] = field(init=False)
    """Laravel's `$request->input()`: the JSON body merged over the query string (merged once, as
    handlers read it many times)."""

    def __post_init__(self) -> None:
        self.input = {**self.query, **self.body} if isinstance(self.body, dict) else self.query

    @property
    def store(self) -> Store:
        return self.runtime.store

    @property
    def base_url(self) -> str:
        """Scheme and host the client used, so links in answers point back at this mock."""
        return str(self.request.base_url).rstrip("/")

    def url_for(self, operation_id: str, **params: str) -> str:
        """Absolute URL of another operation of the spec (webhook `link`s, paginator URLs)."""
        template = self.runtime.spec_index[operation_id].path
        for name, value in params.items():
            template = template.replace("{" + name + "}", quote(str(value), safe=""))
        return self.base_url + template
