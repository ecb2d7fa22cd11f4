"""Command line: ``walletapp-breaking --base RELEASED --spec SPEC [--changelog OUT]`` (``make
check-breaking`` passes ``openapi/released`` and ``openapi/walletapp.yaml``).

Prints the CHANGELOG section, writes it to ``--changelog`` when given, then one verdict line.
Exit status: 0 when nothing breaks or the major version was bumped, 1 on a breaking change without a
major bump or on bad input (one ``error: ...`` line), 2 on a wrong command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ._check import check
from ._model import BreakingCheckError

PROG = "walletapp-breaking"


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Compare the contract with the last released one, list every change as a CHANGELOG "
        "section and fail on a breaking change unless info.version has a new major version.",
    )
    parser.add_argument(
        "--base", required=True, help="a released contract, or a folder of walletapp-<version>.yaml"
    )
    parser.add_argument("--spec", required=True, help="the current contract")
    parser.add_argument("--changelog", help="also write the CHANGELOG section to this file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    try:
        report = check(args.base, args.spec)
        section = report.changelog()
        if args.changelog:
            target = Path(args.changelog)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(section, encoding="utf-8")
    except BreakingCheckError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {args.changelog}: cannot write: {error.strerror}", file=sys.stderr)
        return 1
    sys.stdout.write(section)
    count = len(report.breaking)
    if report.ok:
        allowed = (
            f" (allowed: major version {report.base_version} -> {report.current_version})" if count else ""
        )
        print(f"\nok: {count} breaking change(s){allowed}, {len(report.changes) - count} other change(s)")
        return 0
    print(
        f"error: {count} breaking change(s) from {report.base_version} without a major version bump "
        f"(info.version is {report.current_version}); bump the major version or make the change compatible",
        file=sys.stderr,
    )
    return 1
