"""Tools that check, transform and publish the WalletApp contract."""
