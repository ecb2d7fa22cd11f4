from __future__ import annotations

import walletapp_mock


def test_the_public_surface_is_declared() -> None:
    public = {name for name in dir(walletapp_mock) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(walletapp_mock, name)).__name__ == "module"}
    assert set(walletapp_mock.__all__) == public - modules == {"MockSettings", "create_app"}
