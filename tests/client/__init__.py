"""The generated low-level client end to end against the mock."""

from tests.support.coverage import OperationCoverage

COVERAGE = OperationCoverage("generated client")
