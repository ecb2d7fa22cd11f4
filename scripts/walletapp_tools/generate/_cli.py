"""Command line: ``python -m walletapp_tools.generate [--output DIR]``.

Exit status: 0 generated; 1 bad input (one ``error: ...`` line on stderr); 2 wrong command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ._errors import GenerateError
from ._paths import OUTPUT, ROOT
from ._pipeline import generate

PROG = "python -m walletapp_tools.generate"


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog=PROG, description="Generate the WalletApp Python client (make generate).")
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, metavar="DIR", help=f"default: {OUTPUT.relative_to(ROOT)}"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_args(argv)
    try:
        generate(args.output)
    except GenerateError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"generated {args.output}")
    return 0
