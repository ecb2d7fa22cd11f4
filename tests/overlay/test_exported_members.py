"""The public surface of walletapp_tools.overlay is exactly what ``__all__`` declares."""

from __future__ import annotations

import walletapp_tools.overlay as overlay


def test_all_lists_every_public_member_and_only_existing_ones() -> None:
    public = {name for name in vars(overlay) if not name.startswith("_")}
    assert set(overlay.__all__) == public
    assert all(hasattr(overlay, name) for name in overlay.__all__)
