"""Running openapi-python-client, started before its input exists and fed through a named pipe.

The generator spends about half its run importing itself before it reads its input. Started first, it
imports while this process computes (or reads) the overlaid spec, then reads it from a named pipe: the
pipeline costs little more than the bare generator (``make bench-generate``). It runs exactly as
``openapi-python-client generate`` would on the command line, from the project environment so that its
ruff post-hooks use the locked ruff; any warning it reports fails the run.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ._errors import GenerateError
from ._paths import CONFIG, TEMPLATES

META = "uv"
"""pyproject.toml in the uv format, so the client is a uv workspace member of this project."""


def generator_command(spec: Path, out_dir: Path) -> list[str]:
    """The openapi-python-client command line that turns ``spec`` into the client at ``out_dir``."""
    return [
        sys.executable, "-m", "walletapp_tools.generate._sdk", "generate",  # the generator, plus the SDK
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", META,
        "--output-path", str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip


def generator_env() -> dict[str, str]:
    """The environment with this interpreter's scripts first on PATH, where the post-hooks find ruff."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _feed(pipe: Path, text: str, reader: subprocess.Popen[str]) -> None:
    """Write ``text`` into the named pipe once ``reader`` opens it; give up if it exits first."""
    while True:
        try:
            descriptor = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as error:
            if error.errno != errno.ENXIO or reader.poll() is not None:
                return
            time.sleep(0.002)
    os.set_blocking(descriptor, True)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
    except BrokenPipeError:
        pass


def _report(output: str, out_dir: Path) -> str:
    """The generator's output minus its progress line and boilerplate, joined into one line."""
    noise = (f"Generating {out_dir}", "For further information visit", "If you believe this was a mistake")
    lines = [line.strip() for line in output.splitlines()]
    return " | ".join(line for line in lines if line and not line.startswith(noise))


def run_generator(out_dir: Path, scratch: Path, spec_name: str, spec_text: Callable[[], str]) -> None:
    """Generate the client into ``out_dir`` from the JSON that ``spec_text()`` returns.

    The generator starts first, reading from a named pipe in ``scratch``; ``spec_text`` is called while
    it imports itself. In errors the spec is called ``spec_name``. Raises :class:`GenerateError` on any
    error or warning of the generator; whatever ``spec_text`` raises stops the generator and propagates.
    """
    pipe = scratch / Path(spec_name).name
    os.mkfifo(pipe)
    with subprocess.Popen(
        generator_command(pipe, out_dir),
        env=generator_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        try:
            _feed(pipe, spec_text(), process)
            output, _ = process.communicate()
        except BaseException:
            process.kill()
            raise
    report = _report(output.replace(str(pipe), spec_name), out_dir)
    if process.returncode != 0 or report:
        status = process.returncode
        raise GenerateError(
            f"openapi-python-client failed on {spec_name} (exit {status}): {report or 'no output'}"
        )
