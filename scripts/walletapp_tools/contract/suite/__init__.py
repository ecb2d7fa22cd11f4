"""The contract suite: pytest tests that any WalletApp server (or the bundled mock) must pass.

Run it with `walletapp-contract`, which prepares the run (see `walletapp_tools.contract._context`); the
modules here are collected by pytest from this folder, inside the installed package.
"""
