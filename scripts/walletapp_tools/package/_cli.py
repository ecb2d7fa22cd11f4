"""Command line: ``python -m walletapp_tools.package --dist DIR --client DIR [--uv PATH]``.

Exit status: 0 on success, 1 on a failed build (one ``error: ...`` line), 2 on a wrong command line.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ._build import build_packages
from ._run import PackageError

PROG = "walletapp-package"


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Build the npm package and the Python client's wheel and sdist into dist/.",
    )
    parser.add_argument("--dist", default="dist", help="the folder `make bundle` and `make proof` wrote")
    parser.add_argument("--client", default="generated/walletapp-client", help="the generated client")
    parser.add_argument(
        "--uv", default=os.environ.get("UV") or shutil.which("uv") or "uv", help="the uv to build with"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    try:
        uv = str(Path(args.uv).resolve()) if os.sep in args.uv else args.uv  # builds run in other folders
        built = build_packages(Path(args.dist), Path(args.client), uv)
    except PackageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in built:
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0
