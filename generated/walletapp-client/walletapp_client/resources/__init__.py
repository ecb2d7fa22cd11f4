"""The namespaces of ``WalletApp`` and ``AsyncWalletApp``, one module per tag of the spec."""
