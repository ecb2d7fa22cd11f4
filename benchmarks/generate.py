"""``make bench-generate``: what `make generate` costs on top of openapi-python-client, measured side by side.

Runs, interleaved so that all see the same machine load (and in alternating order, so that none always
runs right after another), ``RUNS`` times each:

- ``make generate`` warm: the environment is synced and the spec already linted (the lint stamp is
  fresh), exactly what a developer re-running the target pays;
- the bare generator: ``openapi-python-client generate`` on the same overlaid input
  (build/walletapp.python-client.json) and config, into a temporary folder;
- for context, the pipeline alone: ``uv run python -m walletapp_tools.generate`` without make.

It prints the median wall time (and range) of each, with the median CPU time of all the processes a
run started, which a busy machine disturbs much less than wall time, and the ratio of the medians of
``make generate`` and the bare generator, which must stay under ``LIMIT`` (make lints, applies the
overlay and swaps the tree in on top of the generator's own work); the exit status is 1 when it does
not. Timing lives here and not in a test, so a slow machine never makes the test suite flaky.

``make bench-generate`` passes the flags of ``make generate`` (``--spec``, ``--overlay``, ``--config``,
``--templates``, ``--output``, ``--client-spec``), so both measure the same inputs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from walletapp_tools.generate import generator_command, generator_env
from walletapp_tools.generate._cli import parser as generate_parser

RUNS = 7
LIMIT = 2.0


def _clean_env() -> dict[str, str]:
    """The environment of a developer's shell: no variables of the make or uv run that started us."""
    env = dict(os.environ)
    for name in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES"):
        env.pop(name, None)
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (of every process it started) of one run of ``command``."""
    cpu, start = _cpu(), time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        raise SystemExit(f"error: {' '.join(command)} failed: {output[-1] if output else 'no output'}")
    return elapsed, cpu


def _uv() -> str:
    return shutil.which("uv") or str(Path(".tools/uv/bin/uv").resolve())


def _summary(label: str, runs: list[tuple[float, float]]) -> str:
    wall = [elapsed for elapsed, _ in runs]
    cpu = statistics.median(cpu for _, cpu in runs)
    return (
        f"  {label:<42} median {statistics.median(wall):5.2f} s"
        f" (min {min(wall):.2f}, max {max(wall):.2f})   cpu {cpu:5.2f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the figures and return 1 if ``make generate`` takes ``LIMIT`` times the generator."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each command (default {RUNS})")
    args, generate_argv = parser.parse_known_args(argv)
    paths = generate_parser().parse_args(generate_argv)
    if paths.client_spec is None:
        parser.error("--client-spec is needed: the bare generator reads the same input")
    env = _clean_env()
    make = ["make", "--no-print-directory", "generate"]
    pipeline = [_uv(), "run", "--locked", "python", "-m", "walletapp_tools.generate", *generate_argv]
    _timed(make, env)  # warm-up: lint stamp, synced environment, the input of the bare generator
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        out = Path(scratch) / "walletapp-client"
        bare = generator_command(paths.client_spec, out, paths.config, paths.templates)
        bare[:3] = [str(Path(sys.executable).parent / "openapi-python-client")]
        bare_env = {**env, "PATH": generator_env()["PATH"]}
        commands = {"make": (make, env), "bare": (bare, bare_env), "pipeline": (pipeline, env)}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for run in range(args.runs):
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(_timed(*commands[name]))
    make_median = statistics.median(elapsed for elapsed, _ in times["make"])
    bare_median = statistics.median(elapsed for elapsed, _ in times["bare"])
    ratio = make_median / bare_median
    print(f"make generate vs openapi-python-client, {args.runs} interleaved runs each (wall time):")
    print(_summary("make generate (warm)", times["make"]))
    print(_summary("openapi-python-client generate (bare)", times["bare"]))
    print(_summary("uv run python -m walletapp_tools.generate", times["pipeline"]))
    verdict = "within" if ratio < LIMIT else "OVER"
    print(f"  make generate / bare generator = {ratio:.2f}x ({verdict} the {LIMIT:g}x limit)")
    return 0 if ratio < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
