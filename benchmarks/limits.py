"""``make bench-limits``: the resource ceilings that docs/mock.md and SECURITY.md promise, measured under
the hostile inputs they are promised against. Prints one line per probe and the peaks; it is not a test
(the probes take seconds and the figures depend on the machine), but it exits 1 when a ceiling is crossed
or a probe gets an answer other than the documented one.

1. The mock, with its default 25 members and with 100,000, its resident memory sampled every 20 ms
   while it is sent, in turn: a 100 MiB header; a body declared 150 MiB; 8 bodies of just under 4 MiB
   at once; 8 pages of ``per_page=1000000`` at once; 4 whole unpaginated member lists at once; 200
   connections that send nothing; 16 batches whose webhook receiver trickles one byte a second and one
   whose receiver answers 2 GiB. Ceilings (docs/mock.md, "Limits"): 150 MB with 25 members, 400 MB
   with 100,000.
2. The spec loader at its node limit: ``walletapp-overlay apply`` on a YAML document of just under
   ``MAX_NODES`` nodes (SECURITY.md: about 20 s and 500 MB).
"""

from __future__ import annotations

import json
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]
from walletapp_tools._argparse import OneLineParser
from walletapp_tools.contract import free_port
from walletapp_tools.spec import MAX_NODES
from walletapp_tools.spec._json import extent

from benchmarks.mock import mock_command, serve
from tests.support.servers import RawServer, read_request_head
from walletapp_mock.settings import MIB, MockSettings

MB = 2**20
CEILINGS_MB = {25: 150, 100_000: 400}
"""docs/mock.md, "Limits": the mock's resident memory with the default members and with 100,000."""
OVERLAY_CEILING = (45.0, 640)
"""SECURITY.md: a document at the node limit costs the overlay tool about 20 s and 500 MB; the bound leaves
room for a busy machine, not for a regression that doubles either."""
LIMITS = MockSettings()


class Watched:
    """A running mock, its demo credentials, and the peak of its resident memory since the start."""

    def __init__(self, process: psutil.Process, port: int, members: int) -> None:
        self.process, self.port, self.members = process, port, members
        self.base_url = f"http://127.0.0.1:{port}"
        self.fixtures: dict[str, Any] = httpx.get(f"{self.base_url}/__mock/fixtures", timeout=30).json()
        self.headers = {"Authorization": f"Bearer {self.fixtures['tokens']['demo']['token']}"}
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.Error:
                return

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


@contextmanager
def watched_mock(members: int) -> Iterator[Watched]:
    port = free_port()
    with serve(mock_command(port, members), port, "/__mock/fixtures") as (process, _):
        mock = Watched(process, port, members)
        try:
            yield mock
        finally:
            mock.close()


def _raw(port: int, head: bytes, filler: bytes = b"", filler_times: int = 0) -> bytes:
    """Send `head`, then `filler` up to `filler_times` times until the server stops reading; the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        try:
            conn.sendall(head)
            for _ in range(filler_times):
                conn.sendall(filler)
        except OSError:
            pass  # the server answered and closed before it all arrived: what the limit is for
        try:
            return conn.recv(200)
        except OSError:
            return b""


def _status(answer: bytes) -> str:
    return answer.split(b"\r\n", 1)[0].decode(errors="replace") or "closed without an answer"


def huge_header(mock: Watched) -> tuple[bool, str]:
    answer = _raw(
        mock.port,
        b"GET /members/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ",
        b"a" * MIB,
        100,
    )
    return answer.startswith(b"HTTP/1.1 431"), _status(answer)


def huge_body(mock: Watched) -> tuple[bool, str]:
    head = (
        "POST /members/signups HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: {mock.headers['Authorization']}\r\nContent-Length: {150 * MIB}\r\n\r\n"
    ).encode()
    answer = _raw(mock.port, head, b" " * MIB, 150)
    return answer.startswith(b"HTTP/1.1 413"), _status(answer)


def _at_the_limit(brand_id: str) -> bytes:
    """A signup of `max_array_items` users just under the body limit, every address invalid (a 422)."""
    count = LIMITS.max_array_items
    pad = "x" * ((LIMITS.max_body_bytes - 200) // count - 60)
    users = [{"email": f"not-an-address-{i}", "first_name": pad} for i in range(count)]
    body = json.dumps({"brand_id": brand_id, "users": users}, separators=(",", ":")).encode()
    assert len(body) <= LIMITS.max_body_bytes, len(body)
    return body


def _parallel(times: int, call: Callable[[], httpx.Response]) -> list[int]:
    with ThreadPoolExecutor(times) as pool:
        return sorted(pool.map(lambda _: call().status_code, range(times)))


def bodies_at_the_limit(mock: Watched) -> tuple[bool, str]:
    body = _at_the_limit(mock.fixtures["brand_id"])
    headers = {**mock.headers, "Content-Type": "application/json"}
    statuses = _parallel(
        8, lambda: httpx.post(f"{mock.base_url}/members/signups", content=body, headers=headers, timeout=120)
    )
    return set(statuses) == {422}, f"8 x {len(body) / MIB:.1f} MiB: {statuses}"


def huge_pages(mock: Watched) -> tuple[bool, str]:
    params = {"brand_id": mock.fixtures["brand_id"], "page": 1, "per_page": 1_000_000}
    statuses = _parallel(
        8,
        lambda: httpx.get(f"{mock.base_url}/members/list", params=params, headers=mock.headers, timeout=120),
    )
    # docs/mock.md: a per_page over the page limit is a 422, unless the list is shorter than the limit
    expected = 422 if mock.members > LIMITS.max_page_items else 200
    return set(statuses) == {expected}, f"{statuses}"


def whole_lists(mock: Watched) -> tuple[bool, str]:
    params = {"brand_id": mock.fixtures["brand_id"]}
    statuses = _parallel(
        4,
        lambda: httpx.get(f"{mock.base_url}/members/list", params=params, headers=mock.headers, timeout=120),
    )
    return set(statuses) == {200}, f"{statuses}"


def _trickle(conn: socket.socket, stop: threading.Event) -> None:
    read_request_head(conn)
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789":
        if stop.wait(1.0):
            return
        conn.sendall(bytes([byte]))


def _flood(conn: socket.socket, stop: threading.Event) -> None:
    read_request_head(conn)
    conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {2 << 30}\r\n\r\n".encode())
    chunk = b"x" * MIB
    for _ in range(2 << 10):
        if stop.is_set():
            return
        conn.sendall(chunk)


def _batch(mock: Watched, webhook_url: str) -> str:
    fx = mock.fixtures
    body = {
        "brand_id": fx["brand_id"],
        "coupon_id": fx["coupons"][0]["id"],
        "webhook_url": webhook_url,
        "users": [{"identifier": fx["members"][0]["identifier"]}],
    }
    answer = httpx.post(f"{mock.base_url}/bulk/coupons", json=body, headers=mock.headers, timeout=30)
    answer.raise_for_status()
    batch_id: str = answer.json()["data"]["batch_id"]
    return batch_id


def _closed_by_the_server(conn: socket.socket) -> bool:
    """Whether the server has closed `conn` (after its 408, if any); still open after 1 s is False."""
    with conn:
        conn.settimeout(1)
        try:
            while conn.recv(4096):
                pass
        except TimeoutError:
            return False
        except OSError:  # reset: closed too
            pass
        return True


def idle_connections_and_hostile_receivers(mock: Watched) -> tuple[bool, str]:
    """Both wait for the mock's deadlines (10 s for headers, 5 s a webhook attempt), so they share them.
    The trickling receiver gets two attempts at a time (the per-target limit), each cut at 5 s; the
    flooding one gets its status recorded and its 2 GiB never read."""
    idle = [socket.create_connection(("127.0.0.1", mock.port), timeout=30) for _ in range(200)]
    with RawServer(_trickle) as slow, RawServer(_flood) as flood:
        trickled = [_batch(mock, slow.url(f"/slow/{i}")) for i in range(16)]
        flooded = _batch(mock, flood.url("/2gib"))
        time.sleep(LIMITS.header_seconds + 1)
        records = httpx.get(f"{mock.base_url}/__mock/webhooks", timeout=30).json()["data"]
    closed = sum(_closed_by_the_server(conn) for conn in idle)
    cut = [r for r in records if r["batch_id"] in trickled and "no answer within" in (r["error"] or "")]
    read = [r for r in records if r["batch_id"] == flooded and r["status_code"] == 200]
    ok = closed == len(idle) and len(cut) >= LIMITS.webhook_per_target and len(read) == 1
    return ok, (
        f"idle connections closed {closed}/{len(idle)}; trickling receiver: {len(cut)} attempts cut at"
        f" {LIMITS.webhook_timeout:g} s; 2 GiB answer: {len(read)} recorded 200"
    )


PROBES: list[tuple[str, Callable[[Watched], tuple[bool, str]]]] = [
    ("a 100 MiB header", huge_header),
    ("a body declared 150 MiB", huge_body),
    ("8 bodies just under the limit at once", bodies_at_the_limit),
    ("8 pages of per_page=1000000 at once", huge_pages),
    ("4 whole member lists at once", whole_lists),
    ("200 idle connections + 17 hostile receivers", idle_connections_and_hostile_receivers),
]


def mock_under_probes(members: int) -> bool:
    ceiling = CEILINGS_MB[members]
    print(f"\nthe mock with {members:,} members (ceiling {ceiling} MB resident):")
    ok = True
    with watched_mock(members) as mock:
        print(f"  at start                                     peak RSS {mock.peak / MB:5.0f} MB")
        for name, probe in PROBES:
            answered, what = probe(mock)
            ok &= answered
            mark = "" if answered else "  <- NOT the documented answer"
            print(f"  {name:<44} peak RSS {mock.peak / MB:5.0f} MB  {what}{mark}")
    peak = mock.peak / MB
    verdict = "within" if peak < ceiling else "OVER"
    print(f"  peak {peak:.0f} MB = {peak / ceiling:.0%} of the ceiling ({verdict})")
    return ok and peak < ceiling


def _node_limit_document(path: Path) -> int:
    """A YAML OpenAPI document just under MAX_NODES nodes (YAML: the slower of the two formats read)."""
    head = {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}, "x-rows": []}
    # a row {a: <int>, b: x} is 5 nodes: its object, two keys, two values; 10 left for the overlay's update
    rows = (MAX_NODES - extent(head)[0] - 10) // 5
    lines = ["openapi: 3.1.0", "info: {title: x, version: '1'}", "paths: {}", "x-rows:"]
    lines += [f"- {{a: {i}, b: x}}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n")
    return extent(head)[0] + rows * 5


def overlay_at_the_node_limit() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        spec, overlay, out = Path(tmp, "spec.yaml"), Path(tmp, "overlay.yaml"), Path(tmp, "out.yaml")
        nodes = _node_limit_document(spec)
        overlay.write_text(
            "overlay: 1.0.0\ninfo: {title: x, version: '1'}\n"
            "actions:\n- target: $.info\n  update: {x-ok: true}\n"
        )
        command = [sys.executable, "-m", "walletapp_tools.overlay", "apply", str(spec), str(overlay)]
        command += ["-o", str(out)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        took = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\nwalletapp-overlay apply on a document of {nodes:,} nodes (limit {MAX_NODES:,}):")
    if done.returncode:
        print(f"  failed: {done.stderr.strip().splitlines()[-1:]}")
        return False
    seconds, megabytes = OVERLAY_CEILING
    within = took < seconds and peak_mb < megabytes
    verdict = "within" if within else "OVER"
    print(f"  {took:.1f} s, peak RSS {peak_mb:.0f} MB  ({verdict} {seconds:g} s and {megabytes} MB)")
    return within


def main() -> int:
    parser = OneLineParser(prog="bench-limits", description=__doc__.split("\n\n")[0])
    parser.parse_args()
    print(f"machine: {psutil.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    # the overlay tool first: its peak is read from RUSAGE_CHILDREN, which the mocks would raise
    results = [overlay_at_the_node_limit()] + [mock_under_probes(members) for members in CEILINGS_MB]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
