"""The public surface of walletapp_tools.contract is exactly what ``__all__`` declares."""

from __future__ import annotations

import walletapp_tools.contract as contract


def test_all_lists_every_public_member_and_only_existing_ones() -> None:
    public = {name for name in vars(contract) if not name.startswith("_")}
    assert set(contract.__all__) == public
    assert all(hasattr(contract, name) for name in contract.__all__)
