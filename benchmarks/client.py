"""``make bench-client``: what the SDK (walletapp_client.WalletApp) costs, measured side by side in one run.

Against one mock (``walletapp-mock``, 100,000 members in one brand, on a free loopback port):

1. **Per call.** The same request, ``GET /members/list?brand_id=..&page=..&per_page=..``, made by
   ``wa.members.list_members(...)`` and by a bare ``httpx.Client`` (token header, ``raise_for_status``,
   ``.json()``), interleaved call by call (alternating which goes first) so both see the same machine
   load, for ``--calls`` calls each after a warm-up, at two page sizes. The bare client also runs with
   the generated models' ``from_dict`` on the same JSON, to show how much of the SDK's cost is building
   typed models and how much is its own (retry loop, headers, error mapping, logging). Target: the
   SDK's median at most 20 % over the bare client's at ``per_page=10``.
2. **Memory.** In a fresh child process each: (a) one page of ``per_page=1000`` fetched and kept, with
   the bytes its parsed models hold (tracemalloc) and the peak RSS growth it causes; (b) iterating all
   100,000 members with ``per_page=1000``, peak RSS growth. Target: (b) under 2x one page's parsed size.

Figures, not a pass/fail test: the machine is shared and noisy; medians and ratios are what to compare.
"""

from __future__ import annotations

import itertools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx
from walletapp_tools._argparse import OneLineParser
from walletapp_tools.contract import MockServer

PROG = "python -m benchmarks.client"
MEMBERS = 100_000
CALLS = 1000
PAGE_SIZES = (10, 100)
ITERATE_PER_PAGE = 1000
MEMORY_BUDGET = 2.0

_MEMORY_PROBE = """
import json, sys, tracemalloc
from pathlib import Path
from walletapp_client import WalletApp

def status(field: str) -> int:
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(field + ":"))
    return int(line.split()[1]) * 1024

base_url, token, brand, mode, per_page = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
heap = mode.endswith("heap")
with WalletApp(token=token, base_url=base_url) as wa:
    wa.members.list_members(brand_id=brand, page=1, per_page=1)  # warm: imports, connection
    if heap:
        tracemalloc.start()
    base = status("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # the peak RSS (VmHWM) starts again from here
    if mode.startswith("page"):
        page = wa.members.list_members(brand_id=brand, page=1, per_page=per_page)
        count = len(page.items)
    else:
        count = sum(1 for _ in wa.members.list_members(brand_id=brand, page=1, per_page=per_page))
    held, peak = tracemalloc.get_traced_memory() if heap else (0, 0)
    print(json.dumps({"count": count, "rss_peak": status("VmHWM") - base, "held": held, "heap_peak": peak}))
"""


def _interleaved(
    first: Callable[[], object], second: Callable[[], object], calls: int
) -> tuple[list[float], list[float]]:
    """Times of ``calls`` calls of each, alternating which one goes first in each pair."""
    times: tuple[list[float], list[float]] = ([], [])
    pair = (first, second)
    for n in range(calls):
        order = (0, 1) if n % 2 == 0 else (1, 0)
        for index in order:
            start = time.perf_counter()
            pair[index]()
            times[index].append(time.perf_counter() - start)
    return times


def _per_call(mock: MockServer, brand: str, calls: int) -> list[str]:
    from walletapp_client import WalletApp
    from walletapp_client.models import MemberListResponse

    lines = []
    headers = {"Authorization": f"Bearer {mock.demo_token}", "Accept": "application/json"}
    wa = WalletApp(token=mock.demo_token, base_url=mock.base_url)
    bare = httpx.Client(base_url=mock.base_url, headers=headers)
    with wa, bare:
        for per_page in PAGE_SIZES:
            pages = itertools.cycle(range(1, MEMBERS // per_page + 1))

            def sdk() -> object:
                return wa.members.list_members(brand_id=brand, page=next(pages), per_page=per_page)  # noqa: B023

            def raw() -> Any:
                params: dict[str, str | int] = {"brand_id": brand, "page": next(pages), "per_page": per_page}  # noqa: B023
                response = bare.get("/members/list", params=params)
                response.raise_for_status()
                return response.json()

            def raw_models() -> object:
                return MemberListResponse.from_dict(raw())

            _interleaved(sdk, raw, max(50, calls // 10))  # warm-up
            sdk_times, raw_times = _interleaved(sdk, raw, calls)
            _, model_times = _interleaved(sdk, raw_models, calls)
            sdk_ms, raw_ms = statistics.median(sdk_times) * 1e3, statistics.median(raw_times) * 1e3
            model_ms = statistics.median(model_times) * 1e3
            target = "  (target <= +20%)" if per_page == PAGE_SIZES[0] else ""
            lines += [
                f"per_page={per_page:<4} SDK {sdk_ms:6.3f} ms | bare httpx {raw_ms:6.3f} ms"
                f" | bare httpx + from_dict {model_ms:6.3f} ms (medians of {calls} calls each)",
                f"             SDK vs bare httpx {sdk_ms / raw_ms - 1:+.0%}{target}"
                f" | SDK vs bare httpx + from_dict {sdk_ms / model_ms - 1:+.0%}",
            ]
    return lines


def _probe(mock: MockServer, brand: str, mode: str) -> dict[str, int]:
    args = [mock.base_url, mock.demo_token, brand, mode, str(ITERATE_PER_PAGE)]
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"error: memory probe ({mode}) failed: {result.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, int] = json.loads(result.stdout)
    return figures


def _memory(mock: MockServer, brand: str) -> list[str]:
    page, walk = _probe(mock, brand, "page-rss"), _probe(mock, brand, "iterate-rss")
    page_heap, walk_heap = _probe(mock, brand, "page-heap"), _probe(mock, brand, "iterate-heap")
    parsed = page_heap["held"]
    mib = 1024 * 1024
    return [
        f"one page of {page['count']} members, kept: its parsed models hold {parsed / mib:.2f} MiB"
        f" (tracemalloc); fetching it: heap peak {page_heap['heap_peak'] / mib:.2f} MiB,"
        f" peak RSS growth {page['rss_peak'] / mib:.2f} MiB",
        f"iterating all {walk['count']:,} members, per_page={ITERATE_PER_PAGE}: heap peak"
        f" {walk_heap['heap_peak'] / mib:.2f} MiB, peak RSS growth {walk['rss_peak'] / mib:.2f} MiB",
        f"  peak RSS growth while iterating = {walk['rss_peak'] / parsed:.2f}x one page's parsed size"
        f" (target < {MEMORY_BUDGET:g}x); heap peak = {walk_heap['heap_peak'] / parsed:.2f}x;"
        f" {walk['rss_peak'] / max(page['rss_peak'], 1):.2f}x the RSS growth of fetching one page",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = OneLineParser(
        prog=PROG, description="Measure the SDK's cost against the mock (make bench-client)."
    )
    parser.add_argument(
        "--calls", type=int, default=CALLS, help=f"timed calls of each client (default {CALLS})"
    )
    args = parser.parse_args(argv)
    print(f"starting the mock with {MEMBERS:,} members...", flush=True)
    with MockServer(members=MEMBERS, startup_timeout=120) as mock:
        brand: str = mock.fixtures["brand_id"]
        print("per call, GET /members/list (interleaved, same mock, same connection reuse):")
        for line in _per_call(mock, brand, args.calls):
            print("  " + line, flush=True)
        print("memory (a fresh process each):")
        for line in _memory(mock, brand):
            print("  " + line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
