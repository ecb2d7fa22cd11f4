"""The argument parser every command line of walletapp_tools uses."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are one line, like every other error of our tools, and exit with status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def parse_or_status(self, argv: Sequence[str] | None = None) -> argparse.Namespace | int:
        """The parsed arguments, or the status argparse would have exited with (after printing the help
        or a usage error): for a ``main()`` that returns its exit status instead of raising."""
        try:
            return self.parse_args(argv)
        except SystemExit as exit_:
            return exit_.code if isinstance(exit_.code, int) else 2
