"""``make bench-generate``: what `make generate` costs on top of openapi-python-client, measured side by side.

Runs, interleaved so that all see the same machine load (and in alternating order, so that none always
runs right after another), ``RUNS`` times each:

- ``make generate`` warm: the environment is synced and the spec already linted (the lint stamp is
  fresh), exactly what a developer re-running the target pays;
- the bare generator: ``openapi-python-client generate`` on the same overlaid input
  (build/walletapp.python-client.json) and config, into a temporary folder;
- for context, the pipeline alone: ``uv run python -m walletapp_tools.generate`` without make.

It prints the median wall time (and range) of each, with the median CPU time of all the processes a
run started, which a busy machine disturbs much less than wall time, and the overhead of
``make generate`` over the bare generator in wall time, which must stay under ``BUDGET``; the exit
status is 1 when it does not. Timing lives here
and not in a test, so a slow machine never makes the test suite flaky.
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

from walletapp_tools.generate import BUILD_SPEC, ROOT, generator_command, generator_env

RUNS = 7
BUDGET = 0.25


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
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        raise SystemExit(f"error: {' '.join(command)} failed: {output[-1] if output else 'no output'}")
    return elapsed, cpu


def _uv() -> str:
    local = ROOT / ".tools" / "uv" / "bin" / "uv"
    return shutil.which("uv") or str(local)


def _summary(label: str, runs: list[tuple[float, float]]) -> str:
    wall = [elapsed for elapsed, _ in runs]
    cpu = statistics.median(cpu for _, cpu in runs)
    return (
        f"  {label:<42} median {statistics.median(wall):5.2f} s"
        f" (min {min(wall):.2f}, max {max(wall):.2f})   cpu {cpu:5.2f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the figures and return 1 if the pipeline's overhead is over budget."""
    parser = argparse.ArgumentParser(prog="python -m walletapp_tools.bench_generate", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each command (default {RUNS})")
    args = parser.parse_args(argv)
    env = _clean_env()
    make = ["make", "--no-print-directory", "generate"]
    pipeline = [_uv(), "run", "--locked", "python", "-m", "walletapp_tools.generate"]
    _timed(make, env)  # warm-up: lint stamp, synced environment, build/ input for the bare generator
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        bare = generator_command(BUILD_SPEC, Path(scratch) / "walletapp-client")
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
    overhead = make_median / bare_median - 1
    print(f"make generate vs openapi-python-client, {args.runs} interleaved runs each (wall time):")
    print(_summary("make generate (warm)", times["make"]))
    print(_summary("openapi-python-client generate (bare)", times["bare"]))
    print(_summary("uv run python -m walletapp_tools.generate", times["pipeline"]))
    verdict = "within" if overhead < BUDGET else "OVER"
    print(f"  overhead of make generate: {overhead:+.1%} ({verdict} the {BUDGET:.0%} budget)")
    return 0 if overhead < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
