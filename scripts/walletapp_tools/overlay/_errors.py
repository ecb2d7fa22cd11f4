"""The one exception type of the overlay applier."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..spec import SpecError


class OverlayError(SpecError):
    """Bad input met while loading or applying overlays.

    ``str(error)`` is a single line that locates the problem (file, action index, JSONPath target or JSON
    pointer) so that the CLI can print it as is, without a traceback. It is a :class:`SpecError`, so a
    tool that reads documents with and without overlays catches one type.
    """

    @property
    def message(self) -> str:
        return str(self)


@contextmanager
def as_overlay_error() -> Iterator[None]:
    """Reading a document or copying a value (:mod:`walletapp_tools.spec`) fails with an OverlayError."""
    try:
        yield
    except OverlayError:
        raise
    except SpecError as error:
        raise OverlayError(str(error)) from None
