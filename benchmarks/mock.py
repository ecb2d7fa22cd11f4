"""``make bench-mock``: the mock's speed and scale, measured side by side in one run. Prints figures and
ratios; it is not a test (a slow machine must not make the suite flaky).

1. Throughput: the same request (``GET /members/list`` with ``brand_id``, ``page=1``, ``per_page=10``
   and a bearer token) over 32 keep-alive connections, ``--rounds`` rounds of ``--seconds`` each, the
   three servers measured in turn in every round (medians compared), against
   - the mock (``python -m walletapp_mock``),
   - Prism 5 mocking the same spec (``npx --no-install prism mock``),
   - a bare Starlette/uvicorn endpoint returning the mock's bytes (``benchmarks.bare_app``).
   Targets: mock >= 5x Prism, mock >= 40% of bare.
2. Scale, with ``--members`` (default 100,000) members in one brand: start-up time, the whole
   unpaginated list (< 2 s), the median of a paginated page and of a points update (< 5 ms), RSS (< 500 MB).
3. Batches: 20 concurrent storecard batches of 2,000 members each; every member processed exactly once,
   every webhook delivered exactly once.

The load generator is a small asyncio HTTP/1.1 client (no wrk needed) that runs in this process, so the
server under test has a core of its own on a two-core machine. Run it from the repository (Prism comes
from node_modules/); ``--spec`` is the document Prism mocks (``make bench-mock`` passes it); the mock
serves the contract it ships with.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import httpx
import psutil  # type: ignore[import-untyped]
from walletapp_tools.contract import free_port

CONNECTIONS = 32


@dataclass
class Load:
    requests: int = 0
    failures: int = 0


class _Conn(asyncio.Protocol):
    """One keep-alive connection sending the same request again as soon as the answer is complete."""

    def __init__(
        self, request: bytes, load: Load, measure_from: float, stop_at: float, done: asyncio.Future[None]
    ):
        self.request, self.load = request, load
        self.measure_from, self.stop_at, self.done = measure_from, stop_at, done
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not subclasses
        self.transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).lower()
            at = head.find(b"content-length:")
            if at >= 0:
                line_end = head.find(b"\r\n", at)
                length = int(head[at + 15 : line_end if line_end > 0 else None])
                total = end + 4 + length
            else:
                tail = self.buf.find(b"\r\n0\r\n\r\n", end)
                if tail < 0:
                    return
                total = tail + 7
            if len(self.buf) < total:
                return
            ok = head[9:12] == b"200"
            del self.buf[:total]
            now = time.monotonic()
            if now >= self.measure_from:
                self.load.requests += 1
                self.load.failures += 0 if ok else 1
            assert self.transport is not None
            if now < self.stop_at:
                self.transport.write(self.request)
            else:
                self.transport.close()
                return

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(None)


async def _hammer(port: int, request: bytes, warmup: float, seconds: float) -> Load:
    loop = asyncio.get_running_loop()
    load = Load()
    start = time.monotonic()
    measure_from, stop_at = start + warmup, start + warmup + seconds
    waits = []
    for _ in range(CONNECTIONS):
        done: asyncio.Future[None] = loop.create_future()

        def connection(done: asyncio.Future[None] = done) -> _Conn:
            return _Conn(request, load, measure_from, stop_at, done)

        await loop.create_connection(connection, "127.0.0.1", port)
        waits.append(done)
    await asyncio.wait_for(asyncio.gather(*waits), timeout=warmup + seconds + 30)
    return load


def requests_per_second(
    port: int, target: str, token: str, warmup: float, seconds: float
) -> tuple[float, Load]:
    request = (
        f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    try:
        import uvloop

        load = uvloop.run(_hammer(port, request, warmup, seconds))
    except ImportError:
        load = asyncio.run(_hammer(port, request, warmup, seconds))
    return load.requests / seconds, load


@contextlib.contextmanager
def serve(
    command: list[str], port: int, probe: str, headers: dict[str, str] | None = None
) -> Iterator[tuple[psutil.Process, float]]:
    """Starts a server, waits until `probe` answers, yields (process, start-up seconds), then stops it."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace").strip().splitlines() if proc.stderr else []
                raise SystemExit(f"error: {command[0]} exited: {err[-1] if err else 'no output'}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}{probe}", headers=headers, timeout=2).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"error: {command[0]} did not answer on port {port}")
            time.sleep(0.02)
        yield psutil.Process(proc.pid), time.perf_counter() - start
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()


def mock_command(port: int, members: int) -> list[str]:
    return [sys.executable, "-m", "walletapp_mock", "--port", str(port), "--members", str(members)]


def _fixtures(port: int) -> dict[str, Any]:
    data: dict[str, Any] = httpx.get(f"http://127.0.0.1:{port}/__mock/fixtures", timeout=10).json()
    return data


def throughput(args: argparse.Namespace) -> None:
    """All three servers run at once (idle unless measured); they are measured in turn, `--rounds`
    times, and the median of each is compared, so that a change of machine load hits all three."""
    with contextlib.ExitStack() as stack:
        port = free_port()
        _, startup = stack.enter_context(serve(mock_command(port, 25), port, "/__mock/fixtures"))
        fx = _fixtures(port)
        token = fx["tokens"]["demo"]["token"]
        target = f"/members/list?brand_id={fx['brand_id']}&page=1&per_page=10"
        body = httpx.get(
            f"http://127.0.0.1:{port}{target}", headers={"Authorization": f"Bearer {token}"}
        ).content
        ports = {"mock": port}
        held = stack.enter_context(tempfile.NamedTemporaryFile(suffix=".json"))
        Path(held.name).write_bytes(body)
        ports["bare"] = free_port()
        bare = [
            sys.executable,
            "-m",
            "benchmarks.bare_app",
            "--port",
            str(ports["bare"]),
            "--body",
            held.name,
        ]
        stack.enter_context(serve(bare, ports["bare"], target))
        npx = shutil.which("npx")
        if npx and Path("node_modules/.bin/prism").exists():
            ports["prism"] = free_port()
            prism = [
                npx,
                "--no-install",
                "prism",
                "mock",
                "-h",
                "127.0.0.1",
                "-p",
                str(ports["prism"]),
                str(args.spec),
            ]
            stack.enter_context(serve(prism, ports["prism"], target, {"Authorization": f"Bearer {token}"}))
        else:
            print("prism: not installed (make install), skipped")
        print(f"start-up (25 members, until the first answer): {startup:.2f} s  (target < 3 s)")
        rates: dict[str, list[float]] = {name: [] for name in ports}
        failures: Counter[str] = Counter()
        for _ in range(args.rounds):
            for name, server_port in ports.items():
                rps, load = requests_per_second(server_port, target, token, args.warmup, args.seconds)
                rates[name].append(rps)
                failures[name] += load.failures
    print(
        f"\nthroughput: GET /members/list brand_id, page=1, per_page=10, bearer token;"
        f" {CONNECTIONS} connections; {args.rounds} rounds of {args.seconds:g} s"
        f" (after {args.warmup:g} s warm-up) per server, in turn"
    )
    median = {name: statistics.median(values) for name, values in rates.items()}
    for name, values in rates.items():
        spread = ", ".join(f"{v:.0f}" for v in values)
        print(f"  {name:<6} median {median[name]:7.0f} req/s   (rounds: {spread}; {failures[name]} not 200)")
    if "prism" in median:
        print(f"  mock / prism = {median['mock'] / median['prism']:5.1f}x   (target >= 5x)")
    print(f"  mock / bare  = {median['mock'] / median['bare']:5.0%}    (target >= 40%)")


class _Receiver:
    """Counts webhook deliveries per batch."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        lock = threading.Lock()
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                with lock:
                    hits[body["batch_id"]] += 1
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def _median_ms(client: httpx.Client, times: int, call: Any) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        answer = call()
        samples.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, answer.text
    return statistics.median(samples)


def scale(args: argparse.Namespace) -> None:
    port = free_port()
    peak = 0.0
    with (
        serve(mock_command(port, args.members), port, "/__mock/fixtures") as (proc, startup),
        httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client,
    ):
        fx = _fixtures(port)
        headers = {"Authorization": f"Bearer {fx['tokens']['demo']['token']}"}
        brand = fx["brand_id"]
        full_times, everyone = [], []
        for _ in range(3):
            start = time.perf_counter()
            answer = client.get("/members/list", params={"brand_id": brand}, headers=headers)
            full_times.append(time.perf_counter() - start)
            everyone = answer.json()["data"]["members"]
            peak = max(peak, proc.memory_info().rss)
        middle = max(len(everyone) // 20, 1)
        page = _median_ms(
            client,
            300,
            lambda: client.get(
                "/members/list", params={"brand_id": brand, "page": middle, "per_page": 10}, headers=headers
            ),
        )
        code = fx["members"][0]["passes"][0]["code"]
        points = _median_ms(
            client,
            300,
            lambda: client.post(
                "/passes/scan/storecard",
                json={"brand_id": brand, "pass_code": code, "points": 1},
                headers=headers,
            ),
        )
        peak = max(peak, proc.memory_info().rss)
        print(f"\nscale: {len(everyone)} members in one brand (start-up {startup:.1f} s)")
        print(
            f"  whole list, no pagination: median {statistics.median(full_times):.2f} s of 3   (target < 2 s)"
        )
        print(f"  page {middle} (per_page=10):     median {page:.2f} ms of 300 (target < 5 ms)")
        print(f"  points update:              median {points:.2f} ms of 300 (target < 5 ms)")
        batches(client, headers, fx, [m["identifier"] for m in everyone], args)
        peak = max(peak, proc.memory_info().rss)
        print(f"  peak RSS of the mock:       {peak / 2**20:.0f} MB (target < 500 MB)")


def batches(
    client: httpx.Client,
    headers: dict[str, str],
    fx: dict[str, Any],
    ids: list[str],
    args: argparse.Namespace,
) -> None:
    count, size = args.batches, args.batch_size
    if len(ids) < count * size:
        print(f"  batches: skipped, needs {count * size} members")
        return
    receiver = _Receiver()
    card = fx["storecards"][1]["id"]
    start = time.perf_counter()

    def submit(n: int) -> str:
        users = [{"identifier": i} for i in ids[n * size : (n + 1) * size]]
        body = {"brand_id": fx["brand_id"], "storecard_id": card, "webhook_url": receiver.url, "users": users}
        answer = client.post("/bulk/storecards", json=body, headers=headers)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["data"]["batch_id"])

    with ThreadPoolExecutor(count) as pool:
        batch_ids = list(pool.map(submit, range(count)))
    processed: list[str] = []
    for batch in batch_ids:
        while True:
            data = client.get(f"/webhooks/storecards/{batch}", headers=headers).json()["data"]
            if data["status"] in ("finished", "failed"):
                processed += [p["identifier"] for p in data["passes"]]
                break
            time.sleep(0.05)
    deadline = time.monotonic() + 60
    while sum(receiver.hits.values()) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    receiver.httpd.shutdown()
    expected = ids[: count * size]
    once = sorted(processed) == sorted(expected) and len(set(processed)) == len(processed)
    hooks_once = sorted(receiver.hits) == sorted(batch_ids) and set(receiver.hits.values()) == {1}
    print(
        f"  {count} concurrent batches x {size}: {len(processed)} members processed in {elapsed:.1f} s; "
        f"each exactly once: {'yes' if once else 'NO'}; webhooks {sum(receiver.hits.values())}/{count}, "
        f"each exactly once: {'yes' if hooks_once else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the WalletApp mock (prints figures and ratios).")
    parser.add_argument("--spec", type=Path, required=True, help="the OpenAPI document Prism mocks")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per server and round (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="measurement rounds per server (default 3)")
    parser.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds before each (default 2)")
    parser.add_argument(
        "--members", type=int, default=100_000, help="members for the scale run (default 100000)"
    )
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    if not args.skip_throughput:
        throughput(args)
    if not args.skip_scale:
        scale(args)


if __name__ == "__main__":
    main()
