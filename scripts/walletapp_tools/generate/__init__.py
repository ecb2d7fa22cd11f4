"""Generate the Python client in generated/walletapp-client from the spec: the pipeline of ``make generate``.

Steps: apply overlays/python-client.yaml to openapi/walletapp.yaml (see overlays/README.md) and keep the
result in build/ as JSON (:mod:`._client_spec`), run the pinned openapi-python-client on it with
generator-config.yml and the templates in templates/python-client/ (:mod:`._generator`), then put the
new tree in place of the old one, or leave the old one untouched if nothing changed (:mod:`._tree`).

:func:`generate` is what the stale check (tests/generated/test_up_to_date.py) calls too, so the
committed tree and the check can only differ if an input changed. ``python -m walletapp_tools.generate``
is the command line (:mod:`._cli`).

This package imports nothing heavy: the overlay applier is imported only when the overlaid spec in
build/ is stale, which keeps a warm ``make generate`` close to the bare generator's time.
"""

from ._cli import main
from ._client_spec import client_spec_inputs, client_spec_text
from ._errors import GenerateError
from ._generator import generator_command, generator_env, run_generator
from ._paths import BUILD_SPEC, CONFIG, OUTPUT, OVERLAYS, ROOT, SPEC, TEMPLATES
from ._pipeline import generate
from ._tree import recorded_files, same_tree, swap_in

__all__ = [
    "BUILD_SPEC",
    "CONFIG",
    "OUTPUT",
    "OVERLAYS",
    "ROOT",
    "SPEC",
    "TEMPLATES",
    "GenerateError",
    "client_spec_inputs",
    "client_spec_text",
    "generate",
    "generator_command",
    "generator_env",
    "main",
    "recorded_files",
    "run_generator",
    "same_tree",
    "swap_in",
]
