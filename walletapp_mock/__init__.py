"""A stateful mock of the WalletApp API, driven by openapi/walletapp.yaml (see README, "## The mock")."""

from .app import create_app
from .settings import MockSettings

__all__ = ["MockSettings", "create_app"]
