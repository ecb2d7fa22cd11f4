"""The contract suite and what it stands on: `walletapp-contract` (the command that prepares a run and
runs the pytest suite in `suite/`), the operations of the spec, the safety rules for live servers, the
preflight, the mock as a real server, a webhook receiver and a recording, fault-injecting proxy.

See docs/contract-testing.md.
"""

from ._calls import CallError, SpecCaller
from ._cli import main
from ._context import Known, RunContext
from ._knobs import KnobError, Knobs, redact_url
from ._masking import Masker, mask, mask_report
from ._mockserver import MockServer, MockServerError, free_port
from ._operations import DEFAULT_SPEC, Operation, all_abilities, load_document, load_operations
from ._paginator import find_page, violations
from ._preflight import PreflightError, pick_probe, preflight
from ._receiver import Delivery, WebhookReceiver
from ._safety import EFFECTS, Selection, SelectionError, dangerous_operations, kind, parse_names, select

__all__ = [
    "DEFAULT_SPEC",
    "EFFECTS",
    "CallError",
    "Delivery",
    "KnobError",
    "Knobs",
    "Known",
    "Masker",
    "MockServer",
    "MockServerError",
    "Operation",
    "PreflightError",
    "RunContext",
    "Selection",
    "SelectionError",
    "SpecCaller",
    "WebhookReceiver",
    "all_abilities",
    "dangerous_operations",
    "find_page",
    "free_port",
    "kind",
    "load_document",
    "load_operations",
    "main",
    "mask",
    "mask_report",
    "parse_names",
    "pick_probe",
    "preflight",
    "redact_url",
    "select",
    "violations",
]
