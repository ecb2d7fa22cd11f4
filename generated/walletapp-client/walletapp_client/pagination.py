"""Pages of the operations the spec marks with ``x-walletapp-pagination``.

A paginated method returns the page it was asked for (``page=``, default the first). Iterating it
yields every item from that page to the last, fetching each next page only when the previous one is
used up and letting go of the pages behind, so memory stays at about one page::

    for member in wa.members.list_members(brand_id=brand, per_page=500):
        ...

``items`` is this page's list, ``response`` the whole parsed answer (``response.data.total`` and so on);
``has_next_page()``, ``next_page()`` and ``iter_pages()`` walk the pages by hand. The next page is the
same request with the page number plus one; it exists while the answer's next-page field is not null.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from .types import Unset

R = TypeVar("R")
T = TypeVar("T")


class _Page(Generic[R, T]):
    def __init__(self, *, response: R, items: list[T], has_next: bool, page: int | Unset) -> None:
        self.response = response
        self.items = items
        self.page_number = 1 if isinstance(page, Unset) else page
        self._has_next = has_next

    def has_next_page(self) -> bool:
        """Whether the API has a page after this one."""
        return self._has_next

    def _next_number(self) -> int:
        if not self._has_next:
            raise RuntimeError(f"page {self.page_number} is the last page: check has_next_page() first")
        return self.page_number + 1

    def __repr__(self) -> str:
        more = ", more pages follow" if self._has_next else ""
        return f"<{type(self).__name__} {self.page_number}: {len(self.items)} items{more}>"


class SyncPage(_Page[R, T]):
    """A page of a paginated operation; iterate it for every item across all pages."""

    def __init__(
        self,
        *,
        response: R,
        items: list[T],
        has_next: bool,
        page: int | Unset,
        fetch: Callable[[int], SyncPage[R, T]],
    ) -> None:
        super().__init__(response=response, items=items, has_next=has_next, page=page)
        self._fetch = fetch

    def next_page(self) -> SyncPage[R, T]:
        """Fetch the page after this one (RuntimeError on the last page)."""
        return self._fetch(self._next_number())

    def iter_pages(self) -> Iterator[SyncPage[R, T]]:
        """This page, then each next page, fetched as the iteration reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        page: SyncPage[R, T] | None = self
        del self  # the first page is not kept alive by this iteration
        while page is not None:
            items, fetch = page.items, page._fetch
            number = page._next_number() if page.has_next_page() else None
            page = None  # from here on only this page's items are referenced, not the page
            yield from items
            del items  # let go of them before the next page is fetched and parsed
            if number is not None:
                page = fetch(number)


class AsyncPage(_Page[R, T]):
    """A page of a paginated operation; ``async for`` it for every item across all pages."""

    def __init__(
        self,
        *,
        response: R,
        items: list[T],
        has_next: bool,
        page: int | Unset,
        fetch: Callable[[int], Awaitable[AsyncPage[R, T]]],
    ) -> None:
        super().__init__(response=response, items=items, has_next=has_next, page=page)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[R, T]:
        """Fetch the page after this one (RuntimeError on the last page)."""
        return await self._fetch(self._next_number())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[R, T]]:
        """This page, then each next page, fetched as the iteration reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        page: AsyncPage[R, T] | None = self
        del self  # as in SyncPage.__iter__: at most one page is kept
        while page is not None:
            items, fetch = page.items, page._fetch
            number = page._next_number() if page.has_next_page() else None
            page = None
            for item in items:
                yield item
            del items
            if number is not None:
                page = await fetch(number)
