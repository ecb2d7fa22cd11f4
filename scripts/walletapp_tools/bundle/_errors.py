"""The one exception type of the bundle builder."""

from __future__ import annotations


class BundleError(Exception):
    """Bad input or a failed step while building dist/.

    ``str(error)`` is one line naming the file, JSON pointer or step, so the CLI prints it as is.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
