"""`python -m walletapp_tools.docpages [SPEC] [--docs DIR]`: validate every JSON example of the
documentation pages, placeholders filled by kind, against the spec; print what was checked, what the spec
rejects and which examples could not be used, with the reason. Exit 1 when the spec rejects one."""

from __future__ import annotations

import sys
from pathlib import Path

from .._argparse import OneLineParser
from ..spec import SpecError, load_document
from ._check import check_examples
from ._pages import load_pages


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(prog="walletapp_tools.docpages", description=__doc__)
    parser.add_argument("spec", type=Path, nargs="?", default=Path("openapi/walletapp.yaml"))
    parser.add_argument("--docs", type=Path, default=Path("openapi/sources"), help="the documentation pages")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"docpages: --docs {args.docs}: no such folder", file=sys.stderr)
        return 1
    try:
        spec = load_document(args.spec)
    except SpecError as error:
        print(error, file=sys.stderr)
        return 1
    report = check_examples(spec, load_pages(args.docs))
    print("\n".join(report.lines()))
    return 1 if report.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
