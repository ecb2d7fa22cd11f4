"""What the contract tests (tests/contract/, tests/client/) need beyond schemathesis: the operations of
the spec, the safety rules for live servers, a preflight check, and the mock as a real server.

See README.md, "## Contract tests".
"""

from ._mockserver import MockServer, MockServerError, free_port
from ._operations import DEFAULT_SPEC, Operation, all_abilities, load_document, load_operations
from ._preflight import PreflightError, mask, mask_report, pick_probe, preflight
from ._safety import EFFECTS, Selection, SelectionError, dangerous_operations, kind, parse_names, select

__all__ = [
    "DEFAULT_SPEC",
    "EFFECTS",
    "MockServer",
    "MockServerError",
    "Operation",
    "PreflightError",
    "Selection",
    "SelectionError",
    "all_abilities",
    "dangerous_operations",
    "free_port",
    "kind",
    "load_document",
    "load_operations",
    "mask",
    "mask_report",
    "parse_names",
    "pick_probe",
    "preflight",
    "select",
]
