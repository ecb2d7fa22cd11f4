"""Generate the Python client in generated/walletapp-client from the spec: the pipeline of ``make generate``.

Overlay the spec, run the pinned openapi-python-client on it with generator-config.yml and the
templates in templates/python-client/, put the new tree in place of the old one (:mod:`._pipeline`).
Every path comes from the command line (:mod:`._cli`); the Makefile passes them. :func:`generate` is
what the stale check (tests/generated/test_up_to_date.py) calls too, so the committed tree and the
check can only differ if an input changed.
"""

from ._cli import main
from ._pipeline import GenerateError, generate, generator_command, generator_env, recorded_files, swap_in

__all__ = [
    "GenerateError",
    "generate",
    "generator_command",
    "generator_env",
    "main",
    "recorded_files",
    "swap_in",
]
