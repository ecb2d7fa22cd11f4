"""`make mutation`: does the contract suite catch real server bugs?

The mock is started once; for every planted bug (`faults.MUTANTS`) it is reset to its seed, the proxy
is put in front of it with that one bug, and the whole suite runs against the proxy as it would against a
live server (`walletapp-contract --base-url ... --allow-writes --include-dangerous all`, its own webhook
receiver, the brand discovered). A bug is *killed* when the run fails. A clean run through the same proxy
comes first: it must pass, or the kills would mean nothing.

    python -m tests.support.mutation [--quick] [--only NAME,...] [--max-examples N]

`--quick` runs, per bug, only the part of the suite named in its `quick` expression (what CI runs).
Exit status: 0 when at least `--threshold` (90%) of the bugs are killed and the clean run passed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from walletapp_tools._argparse import OneLineParser
from walletapp_tools.contract import MockServer, free_port, load_operations

from .faults import MUTANTS, Mutant
from .proxy import Fault, Proxy

MOCK_ARGS = ("--batch-start-delay", "0.05", "--webhook-backoff", "0.1", "--webhook-attempts", "3")


@dataclass(frozen=True)
class Outcome:
    name: str
    description: str
    verdict: str
    """`killed`, `survived` or `error` (the run could not start)."""
    caught_by: str
    seconds: float


WRITES_AND_DANGEROUS = ("--allow-writes", "--include-dangerous", "all")


class Front(Protocol):
    """What the suite is pointed at, in front of the mock: the fault-injecting proxy, or Prism's."""

    @property
    def base_url(self) -> str: ...


def run_against(
    mock: MockServer,
    proxy: Front,
    *,
    safety: Sequence[str] = WRITES_AND_DANGEROUS,
    max_examples: int,
    pytest_args: Sequence[str] = (),
    timeout: float = 600,
) -> tuple[int, str]:
    """One `walletapp-contract` run against `proxy` (in front of `mock`), as against a live server whose
    brand it discovers, with its own webhook receiver: (exit status, output)."""
    hook_port = free_port()
    listen = f"127.0.0.1:{hook_port}"
    with tempfile.TemporaryDirectory() as reports:
        command = [
            sys.executable, "-m", "walletapp_tools.contract", "--base-url", proxy.base_url, *safety,
            "--brand-id", mock.fixtures["brand_id"], "--webhook-url", f"http://{listen}/hooks",
            "--webhook-listen", listen, "--max-examples", str(max_examples), "--report-dir", reports,
        ]  # fmt: skip
        if pytest_args:
            command += ["--", *pytest_args]
        env = {**os.environ, "WALLETAPP_TOKEN": mock.demo_token}
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        return done.returncode, done.stdout + done.stderr


def run_with_fault(mock: MockServer, fault: Fault | None, **kwargs: object) -> tuple[int, str]:
    """`run_against` a fresh seed, through a proxy that plants `fault` (None: a clean run)."""
    mock.reset()
    with Proxy(mock.base_url, load_operations(), fault) as proxy:
        status, output = run_against(mock, proxy, **kwargs)  # type: ignore[arg-type]
    if proxy.errors:
        return 2, f"the proxy itself failed {len(proxy.errors)} time(s), first: {proxy.errors[0]}\n{output}"
    return status, output


def caught_by(output: str) -> str:
    """The checks and tests that failed, shortened for one table cell."""
    checks = re.search(r"^failures by check: (.*)$", output, re.MULTILINE)
    failed = re.findall(r"^FAILED \S+::(\S+)", output, re.MULTILINE)
    parts = [checks.group(1)] if checks and checks.group(1) != "none" else []
    parts += [name for name in failed if "test_operation_honours_the_contract" not in name][:2]
    text = "; ".join(parts) or (output.strip().splitlines() or ["?"])[-1]
    return text if len(text) <= 110 else text[:107] + "..."


def mutate(mutants: Sequence[Mutant], *, quick: bool, max_examples: int) -> tuple[int, str, list[Outcome]]:
    outcomes = []
    with MockServer(extra_args=MOCK_ARGS) as mock:
        status, output = run_with_fault(mock, None, max_examples=max_examples)
        for mutant in mutants:
            start = time.monotonic()
            code, text = run_with_fault(
                mock,
                mutant.fault,
                max_examples=max_examples,
                pytest_args=("-k", mutant.quick) if quick else (),
            )
            verdict = {0: "survived", 1: "killed"}.get(code, "error")
            outcomes.append(
                Outcome(
                    mutant.fault.name,
                    mutant.fault.description,
                    verdict,
                    caught_by(text) if verdict != "error" else text.splitlines()[0][:110],
                    time.monotonic() - start,
                )
            )
            print(f"  {verdict:<8} {mutant.fault.name:<38} {outcomes[-1].caught_by}", flush=True)
    return status, output, outcomes


def main(argv: Sequence[str] | None = None) -> int:
    parser = OneLineParser(prog="walletapp-mutation", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="per bug, only the part of the suite meant to catch it"
    )
    parser.add_argument("--only", help="comma-separated bug names (default: all)")
    parser.add_argument("--max-examples", type=int, default=5, help="fuzzing examples per operation (5)")
    parser.add_argument(
        "--threshold", type=float, default=0.9, help="share of bugs that must be killed (0.9)"
    )
    args = parser.parse_or_status(argv)
    if isinstance(args, int):
        return args
    names = [n.strip() for n in args.only.split(",")] if args.only else list(MUTANTS)
    unknown = [n for n in names if n not in MUTANTS]
    if unknown:
        print(
            f"walletapp-mutation: unknown bug(s): {', '.join(unknown)} (known: {', '.join(MUTANTS)})",
            file=sys.stderr,
        )
        return 2
    print(f"mutation: {len(names)} planted bug(s), {'quick' if args.quick else 'whole'} suite, "
          f"max-examples {args.max_examples}", flush=True)  # fmt: skip
    status, output, outcomes = mutate(
        [MUTANTS[n] for n in names], quick=args.quick, max_examples=args.max_examples
    )
    if status != 0:
        print("mutation: the suite fails against the proxy without any planted bug:", file=sys.stderr)
        print(output[-3000:], file=sys.stderr)
        return 1
    counts = Counter(o.verdict for o in outcomes)
    share = counts["killed"] / len(outcomes) if outcomes else 1.0
    total = sum(o.seconds for o in outcomes)
    print(
        f"mutation: clean run passed; killed {counts['killed']}/{len(outcomes)} ({share:.0%}), "
        f"survived {counts['survived']}, errors {counts['error']}; {total:.0f} s"
    )
    return 0 if share >= args.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
