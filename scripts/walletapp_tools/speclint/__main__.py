"""`python -m walletapp_tools.speclint SPEC`: one line per finding, exit 1 when there are any."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from ._extensions import documented_extensions
from ._lint import lint_spec
from ._load import SpecLoadError, load_spec


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="speclint", description=__doc__)
    parser.add_argument("spec", type=Path, help="the OpenAPI 3.1 YAML or JSON file")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecLoadError as error:
        print(error, file=sys.stderr)
        return 1
    findings = lint_spec(spec, extensions=documented_extensions(args.spec))
    for finding in findings:
        print(f"{args.spec}: {finding.line()}")
    if findings:
        print(f"speclint: {len(findings)} finding(s) in {args.spec}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
