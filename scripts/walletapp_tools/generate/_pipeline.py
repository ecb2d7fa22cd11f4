"""The pipeline: overlaid spec, generator, swap."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from ._client_spec import client_spec_text
from ._errors import GenerateError
from ._generator import run_generator
from ._paths import BUILD_SPEC, OUTPUT, OVERLAYS
from ._tree import swap_in


def generate(
    out_dir: Path = OUTPUT, *, overlays: Sequence[Path] = OVERLAYS, client_spec: Path = BUILD_SPEC
) -> None:
    """Generate the client into ``out_dir``, replacing its previous content only once generation succeeded.

    ``overlays`` are applied to openapi/walletapp.yaml in order; ``client_spec`` is where the result,
    the generator's input, is kept (build/, not committed). Raises ``GenerateError``, whose message is
    one line.
    """
    out_dir = out_dir.resolve()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=f".{out_dir.name}.") as staging:
            new = Path(staging) / out_dir.name
            run_generator(
                new, Path(staging), str(client_spec), lambda: client_spec_text(client_spec, overlays)
            )
            swap_in(new, out_dir)
    except OSError as error:
        where = error.filename or out_dir
        raise GenerateError(f"{where}: {error.strerror or error}") from None
