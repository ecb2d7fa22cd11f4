"""The settings of a contract run, from the command line or the environment (`make contract` sets the
environment from its make variables). A flag wins over its variable.

| flag | variable | meaning |
|---|---|---|
| `--base-url` | `CONTRACT_BASE_URL` | the server to test; without it the suite starts the mock |
| `--token` | `WALLETAPP_TOKEN` | its bearer token (prefer the variable: flags show in process lists) |
| `--allow-writes` | `ALLOW_WRITES=1` | also call operations that write (a live run is read-only without it) |
| `--include-dangerous` | `CONTRACT_INCLUDE_DANGEROUS` | dangerous operationIds to call too, or `all` |
| `--brand-id` | `CONTRACT_BRAND_ID` | a brand of the live server: the suite discovers its data |
| `--webhook-url` | `CONTRACT_WEBHOOK_URL` | public URL that reaches the suite's webhook receiver (live) |
| `--webhook-listen` | `CONTRACT_WEBHOOK_LISTEN` | where that receiver listens (default 127.0.0.1:8765) |
| `--max-examples` | `CONTRACT_MAX_EXAMPLES` | fuzzing examples per operation (default 10) |
| `--seed` | `CONTRACT_SEED` | seed of the data generation (default 1; `random`) |
| `--request-seconds` | `CONTRACT_REQUEST_SECONDS` | total time one request may take (60) |
| `--max-response-mb` | `CONTRACT_MAX_RESPONSE_MB` | the largest answer read (32) |
| `--deadline-minutes` | `CONTRACT_DEADLINE_MINUTES` | total time of the run's tests (60) |
| `--junit` | `CONTRACT_JUNIT` | JUnit XML report |
| `--report-dir` | `CONTRACT_REPORT_DIR` | where the summary goes (default `reports`) |
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_MAX_EXAMPLES = 10
DEFAULT_SEED = 1
DEFAULT_WEBHOOK_LISTEN = "127.0.0.1:8765"
_TRUE = ("1", "true", "yes")


class KnobError(ValueError):
    """A setting the run cannot use; the message names the flag or variable, never a token."""


@dataclass(frozen=True, slots=True)
class Knobs:
    base_url: str | None = None
    token: str | None = None
    allow_writes: bool = False
    dangerous: str = ""
    brand_id: str | None = None
    webhook_url: str | None = None
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int = DEFAULT_SEED
    junit: str | None = None
    report_dir: str = "reports"
    request_seconds: float = 60.0
    max_response_mb: int = 32
    deadline_minutes: float = 60.0

    @property
    def live(self) -> bool:
        return self.base_url is not None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **flags: object) -> Knobs:
        """Read the variables of `env` (default `os.environ`); a flag given (not None) wins."""
        env = os.environ if env is None else env

        def pick(flag: str, variable: str) -> str:
            value = flags.get(flag)
            if value is None or value is False:
                return env.get(variable, "").strip()
            return "1" if value is True else str(value).strip()

        raw_max = pick("max_examples", "CONTRACT_MAX_EXAMPLES") or str(DEFAULT_MAX_EXAMPLES)
        if not raw_max.isdigit() or int(raw_max) < 1:
            raise KnobError(f"CONTRACT_MAX_EXAMPLES must be a positive integer, not {raw_max!r}")
        raw_seed = pick("seed", "CONTRACT_SEED") or str(DEFAULT_SEED)
        if raw_seed == "random":
            seed = random.SystemRandom().randrange(2**32)
        elif raw_seed.isdigit():
            seed = int(raw_seed)
        else:
            raise KnobError(f"CONTRACT_SEED must be a non-negative integer or `random`, not {raw_seed!r}")
        base_url = pick("base_url", "CONTRACT_BASE_URL") or None
        token = pick("token", "WALLETAPP_TOKEN") or None
        if base_url is not None:
            _check_url("BASE_URL", base_url)
            if token is None:
                raise KnobError("WALLETAPP_TOKEN is required with BASE_URL")
        webhook_url = pick("webhook_url", "CONTRACT_WEBHOOK_URL") or None
        if webhook_url is not None:
            _check_url("CONTRACT_WEBHOOK_URL", webhook_url)
        listen = pick("webhook_listen", "CONTRACT_WEBHOOK_LISTEN") or DEFAULT_WEBHOOK_LISTEN
        host, _, port = listen.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise KnobError(f"CONTRACT_WEBHOOK_LISTEN must be HOST:PORT, not {listen!r}")
        bounds = {
            name: _positive_number(variable, pick(name, variable) or str(default))
            for name, variable, default in (
                ("request_seconds", "CONTRACT_REQUEST_SECONDS", 60),
                ("max_response_mb", "CONTRACT_MAX_RESPONSE_MB", 32),
                ("deadline_minutes", "CONTRACT_DEADLINE_MINUTES", 60),
            )
        }
        return cls(
            request_seconds=bounds["request_seconds"],
            max_response_mb=int(bounds["max_response_mb"]),
            deadline_minutes=bounds["deadline_minutes"],
            base_url=base_url.rstrip("/") if base_url else None,
            token=token,
            allow_writes=pick("allow_writes", "ALLOW_WRITES").lower() in _TRUE,
            dangerous=pick("dangerous", "CONTRACT_INCLUDE_DANGEROUS"),
            brand_id=pick("brand_id", "CONTRACT_BRAND_ID") or None,
            webhook_url=webhook_url,
            webhook_listen=listen,
            max_examples=int(raw_max),
            seed=seed,
            junit=pick("junit", "CONTRACT_JUNIT") or None,
            report_dir=pick("report_dir", "CONTRACT_REPORT_DIR") or "reports",
        )


def _positive_number(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < 1e6:
        raise KnobError(f"{name} must be a positive number, not {raw!r}")
    return value


def _check_url(name: str, url: str) -> None:
    """An http(s) URL; a URL with credentials is refused without repeating them."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = url if "@" not in url else "<a URL with credentials>"
        raise KnobError(f"{name} must be an http:// or https:// URL, not {shown!r}")
    if parts.username is not None or parts.password is not None:
        raise KnobError(f"{name} must not carry credentials (user:password@); pass the token instead")


def redact_url(url: str) -> str:
    """`url` safe to print: credentials and query string removed."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"
