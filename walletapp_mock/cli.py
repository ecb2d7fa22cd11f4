"""`walletapp-mock`: serve the mock on 127.0.0.1:4010 and print what a newcomer needs to use it.

The mock has no real authentication (the demo tokens derive from the seed), so it listens on loopback
unless told otherwise: another address needs `--allow-remote`, and even then a warning is printed.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from pathlib import Path

import uvicorn

from .app import create_app
from .auth import TokensFileError, load_tokens_file
from .hosts import is_loopback_address
from .server import server_config
from .settings import DEFAULT_SPEC, MockSettings
from .spec import SpecError

REMOTE_WARNING = (
    "walletapp-mock: warning: listening on {where}, which other machines may reach: anyone who can "
    "connect can use the demo tokens (they derive from the seed). /__mock/* still answers this machine "
    "only, and webhooks of batches requested from elsewhere only go to --allow-webhook-host hosts."
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One line and exit 2, instead of argparse's usage block."""
        sys.stderr.write(f"walletapp-mock: {message} (see --help)\n")
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="walletapp-mock", description="A stateful mock of the WalletApp API, driven by its spec."
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host that is not a loopback address (other machines can then reach the mock)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests whose Host header is NAME (repeatable; by default localhost and IP "
        "addresses only, against DNS rebinding)",
    )
    p.add_argument("--port", type=int, default=4010, help="port to bind (default 4010)")
    p.add_argument("--seed", type=int, default=1, help="seed of the demo data and the demo token (default 1)")
    p.add_argument("--members", type=int, default=25, help="members in the demo brand (default 25)")
    p.add_argument(
        "--tokens", type=Path, metavar="FILE", help="YAML/JSON mapping of token to list of abilities"
    )
    p.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help="OpenAPI document (default: the WalletApp contract shipped with the mock)",
    )
    p.add_argument(
        "--allow-webhook-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver webhooks to HOST (repeatable; by default only loopback addresses)",
    )
    p.add_argument(
        "--batch-start-delay", type=float, default=0.5, help="seconds a batch stays queued (default 0.5)"
    )
    p.add_argument(
        "--webhook-attempts", type=int, default=5, help="delivery attempts per webhook (default 5)"
    )
    p.add_argument(
        "--webhook-backoff", type=float, default=0.5, help="first retry delay in seconds, doubled each time"
    )
    p.add_argument("--access-log", action="store_true", help="log every request (never with its token)")
    return p


def _is_loopback(host: str) -> bool:
    """Whether every address `host` names is a loopback one (an unknown name is not)."""
    try:
        found = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return False
    return all(is_loopback_address(str(info[4][0])) for info in found)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.members < 0 or not 0 < args.port < 65536:
        sys.stderr.write("walletapp-mock: --members must be >= 0 and --port between 1 and 65535\n")
        return 2
    remote = not _is_loopback(args.host)
    if remote and not args.allow_remote:
        sys.stderr.write(
            f"walletapp-mock: --host {args.host} is not a loopback address: other machines could reach the "
            "mock, which has no real authentication; add --allow-remote to listen there anyway\n"
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="walletapp-mock: %(message)s")
    # httpx logs every request it sends at INFO, URL and query string included; the webhook module logs
    # its own lines, without what a URL may hide.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        tokens = load_tokens_file(args.tokens) if args.tokens else {}
        settings = MockSettings(
            spec_path=args.spec,
            seed=args.seed,
            members=args.members,
            tokens=tokens,
            allowed_webhook_hosts=frozenset(args.allow_webhook_host),
            allowed_hosts=frozenset(args.allow_host),
            access_log=args.access_log,
            batch_start_delay=args.batch_start_delay,
            webhook_attempts=args.webhook_attempts,
            webhook_backoff=args.webhook_backoff,
        )
        app = create_app(settings)
    except (SpecError, TokensFileError) as exc:
        sys.stderr.write(f"walletapp-mock: {exc}\n")
        return 1
    try:
        sock = socket.create_server((args.host, args.port), reuse_port=False)
    except OSError as exc:
        sys.stderr.write(f"walletapp-mock: cannot listen on {args.host}:{args.port} ({exc.strerror})\n")
        return 1
    runtime = app.state.runtime
    fixtures = runtime.fixtures()
    host = f"[{args.host}]" if ":" in args.host else args.host
    lines = [
        f"WalletApp mock on http://{host}:{args.port}  (spec {settings.spec_path})",
        f"  demo token (all abilities):  {runtime.demo_token}",
        f"  read-only token:             {runtime.readonly_token}",
        f"  extra tokens from file:      {len(tokens)}",
        f"  organization_id  {fixtures['organization_id']}",
        f"  brand_id         {fixtures['brand_id']}  ({fixtures['member_count']} members)",
        f"  coupon_id        {fixtures['coupons'][0]['id']}",
        f"  storecard_id     {fixtures['storecards'][0]['id']}",
        f"  template_id      {fixtures['templates'][0]['id']}",
        f"  location_id      {fixtures['locations'][0]['id']}",
    ]
    if fixtures["members"]:
        first = fixtures["members"][0]
        lines.append(
            f"  member           {first['identifier']}  {first['email']}  pass {first['passes'][0]['code']}"
        )
    lines.append(f"  all fixtures:    curl http://{host}:{args.port}/__mock/fixtures")
    print("\n".join(lines), flush=True)
    if remote:
        sys.stderr.write(REMOTE_WARNING.format(where=f"{host}:{args.port}") + "\n")
    uvicorn.Server(server_config(app, settings)).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
