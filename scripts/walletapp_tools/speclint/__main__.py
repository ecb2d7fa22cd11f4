"""`python -m walletapp_tools.speclint SPEC`: one line per finding, exit 1 when there are any."""

from __future__ import annotations

import sys
from pathlib import Path

from .._argparse import OneLineParser
from ..spec import SpecError, load_spec
from ._extensions import documented_extensions
from ._lint import lint_spec


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(prog="speclint", description=__doc__)
    parser.add_argument("spec", type=Path, help="the OpenAPI 3.1 YAML or JSON file")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecError as error:
        print(error, file=sys.stderr)
        return 1
    findings = lint_spec(spec.document, extensions=documented_extensions(args.spec))
    for finding in findings:
        print(f"{args.spec}: {finding.line()}")
    if findings:
        print(f"speclint: {len(findings)} finding(s) in {args.spec}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
