"""The consumer matrix (``make consumers``): mainstream generators build working code from dist/.

Other-language teams generate clients from the published files; this proves, in CI, that each pinned
generator (package.json, uv.lock) reads both files and that what it writes works: it compiles, it
imports, and every example of the file is accepted by the generated types, schemas or models. One
module per concern: :mod:`._examples` (the examples and their schemas), :mod:`._matrix` (rows and the
table), :mod:`._rows` (the matrix itself) and one module per language (:mod:`._typescript`,
:mod:`._python`, :mod:`._java`); ``checks/`` holds the programs run against generated code.
"""

from ._cli import main
from ._examples import Example, Inventory, collect
from ._matrix import NotServed, Outcome, Result, Row, RowFailed, run_row, table
from ._rows import ROWS

__all__ = [
    "ROWS",
    "Example",
    "Inventory",
    "NotServed",
    "Outcome",
    "Result",
    "Row",
    "RowFailed",
    "collect",
    "main",
    "run_row",
    "table",
]
