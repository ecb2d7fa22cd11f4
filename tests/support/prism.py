"""`make contract-prism`: the contract suite through Prism's validating proxy, a second reading of the spec.

Prism 5 (`prism proxy --errors=false`, pinned in package.json) sits between the suite and the mock,
validates every request and answer against the spec with its own validator, and lists what it finds in
each answer's `sl-violations` header; the suite's check `validating_proxy_found_no_violation` reads it
(`walletapp_tools/contract/_validating_proxy.py`): any answer Prism finds wrong, and any request the
suite meant to be valid, fails it. The run is as against a live server, writes and dangerous operations
allowed, as in `make mutation`. Afterwards every violation Prism logged is counted by side and message.

Prism is not a transparent proxy: it answers a body that is not JSON itself (400 `invalid_json`), and it
drops a JSON body that is `null`, `0` or `false` while forwarding its `Content-Length`, so the server waits
for a body that never comes (the mock answers 408 after 30 s; the suite has given up before). The suite
rightly reports those as failures, but they are Prism's, so the verdict is Prism's validator on what the
suite received: exit status 0 when the proxy check never failed, 1 when it did, 2 when Prism could not
start. Prism's log is counted for the record, including the answers to the exchanges the suite gave up.

    python -m tests.support.prism [--max-examples N] [--report-dir reports]

The suite's whole output goes to `<report-dir>/contract-prism.txt`, Prism's log to `<report-dir>/prism.log`.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
from walletapp_tools._argparse import OneLineParser
from walletapp_tools.contract import MockServer, free_port

from .mutation import MOCK_ARGS, run_against

ROOT = Path(__file__).parents[2]
SPEC = ROOT / "openapi" / "walletapp.yaml"
VIOLATION = re.compile(r"Violation: (request|response)(\S*) (.*)$")
INDEX = re.compile(r"\.\d+(?=\.|\s|$)")
"""An array index in a violation's location (`users.1931`), counted as one (`users.N`)."""
CHECK = "validating_proxy_found_no_violation"


class PrismProxy:
    """`prism proxy --errors=false` on a free 127.0.0.1 port in front of `upstream`; its log in `log`."""

    def __init__(self, upstream: str, log: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._command = [
            "npx", "--no-install", "prism", "proxy", "--errors=false", "-h", "127.0.0.1",
            "-p", str(self.port), str(SPEC), upstream,
        ]  # fmt: skip

    @contextmanager
    def running(self) -> Iterator[PrismProxy]:
        with self.log.open("w") as out:
            process = subprocess.Popen(
                self._command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            self._wait(process)
            yield self
        finally:  # the whole group: npx starts prism as a child that outlives a signal to npx alone
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def _wait(self, process: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                last = (self.log.read_text(errors="replace").strip().splitlines() or ["no output"])[-1]
                raise SystemExit(f"walletapp-prism: prism exited: {last}")
            try:
                httpx.get(f"{self.base_url}/templates", timeout=2)
                return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise SystemExit(f"walletapp-prism: prism did not answer on port {self.port} within 60 s")


def logged_violations(log: str) -> Counter[tuple[str, str]]:
    """Every violation Prism's validator logged, counted by (side, "location: message")."""
    found: Counter[tuple[str, str]] = Counter()
    for line in log.splitlines():
        match = VIOLATION.search(line)
        if match:
            side, location, message = (INDEX.sub(".N", part) for part in match.groups())
            found[side, f"{side}{location}: {message}"] += 1
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = OneLineParser(prog="walletapp-prism", description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=5, help="fuzzing examples per operation (5)")
    parser.add_argument(
        "--report-dir", type=Path, default=Path("reports"), help="where the logs go (reports)"
    )
    args = parser.parse_or_status(argv)
    if isinstance(args, int):
        return args
    args.report_dir.mkdir(parents=True, exist_ok=True)
    with MockServer(extra_args=MOCK_ARGS) as mock:
        try:
            with PrismProxy(mock.base_url, args.report_dir / "prism.log").running() as prism:
                status, output = run_against(mock, prism, max_examples=args.max_examples, timeout=1800)
        except SystemExit as exc:
            print(exc, file=sys.stderr)
            return 2
        except subprocess.TimeoutExpired as exc:
            print(f"walletapp-prism: the contract run took more than {exc.timeout:g} s", file=sys.stderr)
            return 2
    (args.report_dir / "contract-prism.txt").write_text(output, encoding="utf-8")
    violations = logged_violations(prism.log.read_text(errors="replace"))
    checks = re.search(r"^failures by check: (.*)$", output, re.MULTILINE)
    check_failed = bool(checks and CHECK in checks.group(1))
    requests = sum(n for (side, _), n in violations.items() if side == "request")
    responses = sum(n for (side, _), n in violations.items() if side == "response")
    print(f"contract run through Prism's validating proxy: exit {status}")
    print(f"  failures by check: {checks.group(1) if checks else 'none'}")
    print(f"  {CHECK}: {'FAILED' if check_failed else 'passed'} on every answer the suite received")
    print(f"  Prism's log: {responses} violations in answers, {requests} in requests (negative cases and")
    print("    refusal tests are invalid on purpose; the check fails on any in a request meant valid)")
    for (_, text), count in violations.most_common():
        print(f"    {count:5} x {text}")
    verdict = not check_failed
    print(f"  the run's output: {args.report_dir / 'contract-prism.txt'}; Prism's log: {prism.log}")
    print(f"prism: {'no violation where the suite meant none' if verdict else 'VIOLATIONS, see above'}")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
