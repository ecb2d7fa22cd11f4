"""Command line: ``walletapp-overlay apply SPEC OVERLAY... -o OUT [--lenient]``.

Exit status: 0 on success, 1 on bad input (one ``error: ...`` line on stderr), 2 on a wrong command
line (one line naming the problem).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .._argparse import OneLineParser
from ..spec import SpecError, write_document
from ._apply import apply_overlay_files

PROG = "walletapp-overlay"


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Apply OpenAPI Overlay documents (Overlay Specification 1.0.x and 1.1.x) "
        "to an OpenAPI document.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    apply = commands.add_parser(
        "apply",
        help="apply overlays to a document, in the order given",
        description="Apply OVERLAY files in the order given to SPEC and write the result to OUT "
        "(JSON if OUT ends in .json, YAML otherwise; - writes YAML to standard output).",
    )
    apply.add_argument("spec", metavar="SPEC", help="the OpenAPI document (YAML or JSON)")
    apply.add_argument("overlays", metavar="OVERLAY", nargs="+", help="overlay files, applied in this order")
    apply.add_argument("-o", "--output", metavar="OUT", required=True, help="where to write the result")
    apply.add_argument(
        "--lenient",
        action="store_true",
        help="let an action whose target matches no node do nothing, as the specification says "
        "(default: such an action is an error)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    try:
        result = apply_overlay_files(args.spec, args.overlays, strict=not args.lenient)
        write_document(result, args.output)
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
