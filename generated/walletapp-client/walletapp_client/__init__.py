"""A client library for accessing WalletApp API"""

from ._base_client import __version__
from ._client import AsyncWalletApp, WalletApp
from .client import AuthenticatedClient, Client

__all__ = (
    "AsyncWalletApp",
    "AuthenticatedClient",
    "Client",
    "WalletApp",
    "__version__",
)
