"""Command line: ``python -m walletapp_tools.generate --spec S --overlay O... --config C --templates T
--output DIR [--client-spec JSON]``, what ``make generate`` runs (it passes every path).

Exit status: 0 generated; 1 bad input (one ``error: ...`` line on stderr); 2 wrong command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ._pipeline import GenerateError, generate

PROG = "python -m walletapp_tools.generate"


def parser() -> argparse.ArgumentParser:
    """The flags of the command line (``make bench-generate`` reads the same ones)."""
    arguments = OneLineParser(prog=PROG, description="Generate the WalletApp Python client (make generate).")
    arguments.add_argument("--spec", type=Path, required=True, help="the OpenAPI document")
    arguments.add_argument(
        "--overlay", type=Path, action="append", default=[], help="an overlay to apply (repeatable, in order)"
    )
    arguments.add_argument("--config", type=Path, required=True, help="openapi-python-client's configuration")
    arguments.add_argument("--templates", type=Path, required=True, help="our replacements of its templates")
    arguments.add_argument("--output", type=Path, required=True, metavar="DIR", help="the client's folder")
    arguments.add_argument(
        "--client-spec", type=Path, metavar="JSON", help="also keep the generator's input here"
    )
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = parser().parse_args(argv)
    try:
        generate(
            args.spec, args.overlay, args.config, args.templates, args.output, client_spec=args.client_spec
        )
    except GenerateError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"generated {args.output}")
    return 0
