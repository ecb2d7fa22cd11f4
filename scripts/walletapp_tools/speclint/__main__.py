"""`python -m walletapp_tools.speclint SPEC`: one line per finding, exit 1 when there are any."""

from __future__ import annotations

import sys
from pathlib import Path

from .._argparse import OneLineParser
from ..docpages import load_pages
from ..spec import SpecError, load_spec
from ._extensions import documented_extensions
from ._lint import lint_spec
from ._register import register_entries


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(prog="speclint", description=__doc__)
    parser.add_argument("spec", type=Path, help="the OpenAPI 3.1 YAML or JSON file")
    parser.add_argument(
        "--docs",
        type=Path,
        help="the documentation pages (openapi/sources): compared with the spec when it has a register",
    )
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecError as error:
        print(error, file=sys.stderr)
        return 1
    if args.docs is not None and not args.docs.is_dir():
        print(f"speclint: --docs {args.docs}: no such folder", file=sys.stderr)
        return 1
    pages = load_pages(args.docs) if args.docs is not None else None
    findings = lint_spec(
        spec.document,
        extensions=documented_extensions(args.spec),
        register=register_entries(args.spec),
        pages=pages,
    )
    for finding in findings:
        print(f"{args.spec}: {finding.line()}")
    if findings:
        print(f"speclint: {len(findings)} finding(s) in {args.spec}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
