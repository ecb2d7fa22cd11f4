"""The bounds of a document the tools read: a hostile or broken file becomes one line, not a hang.

A few hundred bytes of YAML aliases can stand for billions of values (the "billion laughs"), a deeply
nested one can crash the parser or the recursive code after it, and a file can be endless (`/dev/zero`,
a pipe). The limits sit far above any OpenAPI document or overlay (the WalletApp spec: 160 KB, about
9,000 nodes, 14 levels deep) and far below what would exhaust a machine.
"""

from __future__ import annotations

MAX_INPUT_BYTES = 16 * 1024 * 1024
"""The largest file read, in bytes (16 MiB)."""

MAX_DEPTH = 100
"""The deepest nesting of objects and arrays."""

MAX_NODES = 1_000_000
"""The most nodes (objects, arrays, keys, scalar values) a document may hold once its YAML aliases are
expanded: each alias counts the nodes it repeats."""
