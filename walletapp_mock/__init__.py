"""A stateful mock of the WalletApp API, driven by openapi/walletapp.yaml."""
