"""The one exception type of the overlay applier."""

from __future__ import annotations


class OverlayError(Exception):
    """Bad input met while loading or applying overlays.

    ``str(error)`` is a single line that locates the problem (file, action index, JSONPath target or JSON
    pointer) so that the CLI can print it as is, without a traceback.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)
