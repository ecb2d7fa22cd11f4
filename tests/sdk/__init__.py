"""The SDK (WalletApp, AsyncWalletApp) against the mock and scripted servers."""

from tests.support.coverage import OperationCoverage

COVERAGE = OperationCoverage("SDK")
