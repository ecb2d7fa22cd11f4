"""Command line: ``python -m walletapp_tools.consumers [--dist DIR] [--work DIR] [--only TEXT]...``.

Runs every row of :data:`._rows.ROWS` on both published files, prints the Markdown table (also
written to ``<work>/consumers.md``) and the details of each failure. Exit status: 0 when every row is
ok or not applicable, 1 when one failed or the published files are missing, 2 on a wrong command line.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .._argparse import OneLineParser
from ..spec import SpecError, load_document
from ._examples import collect, completed
from ._matrix import Published, Result, run_row, table
from ._rows import ROWS

PROG = "walletapp-consumers"
FILES = (("3.1", "walletapp.openapi.yaml"), ("3.0", "walletapp.openapi-3.0.yaml"))
ROOT = Path(__file__).resolve().parents[3]


def _parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Generate code from dist/ with each pinned generator and prove the result works.",
    )
    parser.add_argument("--dist", default="dist", help="the folder `make bundle` wrote (default: dist)")
    parser.add_argument("--work", default="build/consumers", help="where each row generates (emptied)")
    parser.add_argument(
        "--only", action="append", default=[], help="run the rows whose tool contains TEXT (repeatable)"
    )
    return parser


def _published(dist: Path, work: Path) -> list[Published]:
    """Both files, each with every example of the contract (the 3.0 file's completed from the 3.1 one)."""
    found: list[Published] = []
    for label, name in FILES:
        path = (dist / name).resolve()
        try:
            document = load_document(path)
        except SpecError as error:
            raise SystemExit(f"error: cannot read {error}; run `make bundle` first") from None
        inventory = collect(document)
        if found:
            inventory = completed(inventory, found[0].inventory, found[0].path.name)
        examples_json = inventory.dump(work / f"examples-{label}.json")
        found.append(Published(label, path, document, inventory, examples_json))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_or_status(argv)
    if isinstance(args, int):
        return args
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        files = _published(Path(args.dist), work)
    except SystemExit as error:
        print(error, file=sys.stderr)
        return 1
    source = files[0].path.name
    for published in files:
        borrowed = sum(example.pointer.startswith(f"{source}#") for example in published.inventory.examples)
        also = f", {borrowed} of them from {source} (3.0 has one example per schema)" if borrowed else ""
        print(f"{published.path.name}: {len(published.inventory.examples)} examples{also}")
    rows = [row for row in ROWS if not args.only or any(text in row.tool for text in args.only)]
    started = time.monotonic()
    results: list[Result] = []
    for row in rows:
        for published in files:
            result = run_row(row, ROOT, published, work)
            print(
                f"{result.status:>6}  {result.tool} {result.version} on {result.file}"
                f" ({result.seconds:.1f} s)",
                flush=True,
            )
            results.append(result)
    report = table(results)
    (work / "consumers.md").write_text(report + "\n", encoding="utf-8")
    print()
    print(report)
    failed = [result for result in results if result.status == "FAILED"]
    for result in failed:
        print(f"\n{result.tool} on {result.file}:\n{result.note}", file=sys.stderr)
    skipped = sum(result.status == "n/a" for result in results)
    print(f"\n{len(results)} rows in {time.monotonic() - started:.0f} s")
    print(
        f"consumers: {len(results) - len(failed) - skipped} passed, {len(failed)} failed, {skipped} skipped"
    )
    return 1 if failed else 0
