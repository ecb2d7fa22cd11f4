"""The WalletApp documentation pages (openapi/sources/) as data: sections, fields and JSON examples,
and the check that the spec accepts every example with its placeholders filled by kind."""

from ._check import Checked, Report, Unusable, check_examples, fill
from ._pages import Example, Field, Pages, Section, load_pages

__all__ = [
    "Checked",
    "Example",
    "Field",
    "Pages",
    "Report",
    "Section",
    "Unusable",
    "check_examples",
    "fill",
    "load_pages",
]
