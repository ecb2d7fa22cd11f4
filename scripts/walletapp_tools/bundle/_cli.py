"""Command line: ``walletapp-bundle --spec SPEC [--overlay O]... [--attach F]... --redoc JS --out DIR``.

Exit status: 0 on success, 1 on bad input (one ``error: ...`` line on stderr), 2 on a wrong command
line (one line naming the problem).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ._build import build
from ._errors import BundleError

PROG = "walletapp-bundle"


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Build the published artifacts (OpenAPI 3.1 YAML/JSON with the public overlay, "
        "a 3.0.3 down-conversion, an offline HTML reference, SHA256SUMS) into one folder.",
    )
    parser.add_argument("--spec", required=True, help="the source OpenAPI 3.1 document")
    parser.add_argument(
        "--overlay", action="append", default=[], help="an overlay to apply (repeat for several, in order)"
    )
    parser.add_argument(
        "--attach",
        action="append",
        default=[],
        help="a file to copy into the output folder as is (repeatable)",
    )
    parser.add_argument("--out", required=True, help="the output folder (created if missing)")
    parser.add_argument(
        "--redoc",
        required=True,
        metavar="JS",
        help="Redoc's bundles/redoc.standalone.js (npm redoc; make bundle passes the one in node_modules)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    try:
        written = build(args.spec, args.overlay, args.out, Path(args.redoc), args.attach)
    except BundleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0
