"""The knobs of the contract run (tests/contract/_config.py) and what a bad one says."""

from __future__ import annotations

import pytest

from . import _config


def test_no_knob_means_the_mock_with_the_defaults() -> None:
    knobs = _config.Knobs.from_env({})
    assert knobs.base_url is None
    assert (knobs.max_examples, knobs.seed) == (_config.DEFAULT_MAX_EXAMPLES, _config.DEFAULT_SEED)
    assert knobs.allow_writes is False


def test_a_live_run_takes_url_token_and_safety_knobs() -> None:
    knobs = _config.Knobs.from_env(
        {
            "CONTRACT_BASE_URL": "https://staging.example.test/",
            "WALLETAPP_TOKEN": "5|t",
            "ALLOW_WRITES": "1",
            "CONTRACT_INCLUDE_DANGEROUS": "deleteMember",
            "CONTRACT_MAX_EXAMPLES": "200",
            "CONTRACT_SEED": "42",
        }
    )
    assert knobs.base_url == "https://staging.example.test"
    assert (knobs.token, knobs.allow_writes, knobs.dangerous) == ("5|t", True, "deleteMember")
    assert (knobs.max_examples, knobs.seed) == (200, 42)


def test_a_random_seed_is_drawn_when_asked() -> None:
    assert isinstance(_config.Knobs.from_env({"CONTRACT_SEED": "random"}).seed, int)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CONTRACT_BASE_URL": "https://staging.example.test"}, "WALLETAPP_TOKEN is required"),
        ({"CONTRACT_BASE_URL": "staging.example.test", "WALLETAPP_TOKEN": "t"}, "must be an http"),
        ({"CONTRACT_MAX_EXAMPLES": "lots"}, "CONTRACT_MAX_EXAMPLES must be a positive integer"),
        ({"CONTRACT_MAX_EXAMPLES": "0"}, "CONTRACT_MAX_EXAMPLES must be a positive integer"),
        ({"CONTRACT_SEED": "-1"}, "CONTRACT_SEED must be"),
    ],
)
def test_a_bad_knob_is_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(_config.KnobError, match=message):
        _config.Knobs.from_env(env)


def test_the_run_sets_url_depth_and_seed() -> None:
    config = _config.build(base_url="http://127.0.0.1:9", max_examples=3, seed=11)
    project = config.projects.get_default()
    assert project.base_url == "http://127.0.0.1:9"
    assert project.generation.max_examples == 3
    assert config.seed == 11


def test_a_live_run_sends_only_harmless_undeclared_methods() -> None:
    config = _config.build(base_url="https://staging.example.test", max_examples=3, seed=1, live=True)
    methods = config.projects.get_default().phases.coverage.unexpected_methods
    assert set(methods) <= {"options", "trace", "query", "head"}
