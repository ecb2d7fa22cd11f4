"""The settings of a contract run (walletapp_tools.contract._knobs) and what a bad one says."""

from __future__ import annotations

import pytest
from walletapp_tools.contract import KnobError, Knobs, redact_url
from walletapp_tools.contract._knobs import DEFAULT_MAX_EXAMPLES, DEFAULT_SEED


def test_no_setting_means_the_mock_with_the_defaults() -> None:
    knobs = Knobs.from_env({})
    assert (knobs.base_url, knobs.live, knobs.allow_writes) == (None, False, False)
    assert (knobs.max_examples, knobs.seed) == (DEFAULT_MAX_EXAMPLES, DEFAULT_SEED)


def test_a_live_run_takes_url_token_and_safety_settings() -> None:
    knobs = Knobs.from_env(
        {
            "CONTRACT_BASE_URL": "https://staging.example.test/",
            "WALLETAPP_TOKEN": "5|t",
            "ALLOW_WRITES": "1",
            "CONTRACT_INCLUDE_DANGEROUS": "deleteMember",
            "CONTRACT_MAX_EXAMPLES": "200",
            "CONTRACT_SEED": "42",
            "CONTRACT_BRAND_ID": "9ac0d510-39cb-4520-a843-082befafa314",
            "CONTRACT_WEBHOOK_URL": "https://hooks.example.test/walletapp",
        }
    )
    assert (knobs.base_url, knobs.live) == ("https://staging.example.test", True)
    assert (knobs.token, knobs.allow_writes, knobs.dangerous) == ("5|t", True, "deleteMember")
    assert (knobs.max_examples, knobs.seed) == (200, 42)
    assert knobs.webhook_url == "https://hooks.example.test/walletapp"


def test_a_flag_wins_over_its_variable() -> None:
    env = {"CONTRACT_BASE_URL": "https://a.example.test", "WALLETAPP_TOKEN": "5|t", "CONTRACT_SEED": "3"}
    knobs = Knobs.from_env(env, base_url="https://b.example.test", seed="7", allow_writes=True)
    assert (knobs.base_url, knobs.seed, knobs.allow_writes) == ("https://b.example.test", 7, True)


def test_a_random_seed_is_drawn_when_asked() -> None:
    assert isinstance(Knobs.from_env({"CONTRACT_SEED": "random"}).seed, int)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CONTRACT_BASE_URL": "https://staging.example.test"}, "WALLETAPP_TOKEN is required"),
        ({"CONTRACT_BASE_URL": "staging.example.test", "WALLETAPP_TOKEN": "t"}, "must be an http"),
        ({"CONTRACT_MAX_EXAMPLES": "lots"}, "CONTRACT_MAX_EXAMPLES must be a positive integer"),
        ({"CONTRACT_MAX_EXAMPLES": "0"}, "CONTRACT_MAX_EXAMPLES must be a positive integer"),
        ({"CONTRACT_SEED": "-1"}, "CONTRACT_SEED must be"),
        ({"CONTRACT_WEBHOOK_URL": "ftp://hooks.example.test"}, "CONTRACT_WEBHOOK_URL must be an http"),
        ({"CONTRACT_WEBHOOK_LISTEN": "8765"}, "CONTRACT_WEBHOOK_LISTEN must be HOST:PORT"),
    ],
)
def test_a_bad_setting_is_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(KnobError, match=message):
        Knobs.from_env(env)


def test_credentials_in_the_base_url_are_refused_without_being_repeated() -> None:
    with pytest.raises(KnobError, match="must not carry credentials") as caught:
        Knobs.from_env(
            {"CONTRACT_BASE_URL": "https://ops:hunter2@staging.example.test", "WALLETAPP_TOKEN": "t"}
        )
    assert "hunter2" not in str(caught.value)


def test_a_printed_url_has_no_credentials_and_no_query() -> None:
    assert (
        redact_url("https://ops:hunter2@api.example.test:8443/v1?token=x")
        == "https://api.example.test:8443/v1"
    )
