"""Hostile documents (alias bombs, deep nesting, endless or huge files) are one line naming the file, fast,
whichever tool reads them: each runs through `walletapp-overlay` in a child process bounded in time and
memory, so that a regression fails the test instead of crashing or exhausting the test run."""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from walletapp_tools.spec import MAX_DEPTH, MAX_INPUT_BYTES, SpecError, parse_document
from walletapp_tools.spec import _yaml as spec_yaml

Write = Callable[[str, str], Path]
OVERLAY_HEAD = "overlay: 1.0.0\ninfo: {title: x, version: '1'}\nactions:\n- target: $.info\n  update:\n"
SPEC_HEAD = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n"
OK_OVERLAY = OVERLAY_HEAD + "    x-ok: true\n"
CHILD_MEMORY = 1024 * 1024 * 1024
CHILD_SECONDS = 60


def laughs(levels: int, indent: str) -> str:
    """The "billion laughs": each level an array of nine aliases of the one before (9**levels values)."""
    lines = [f"{indent}x-0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        lines.append(f"{indent}x-{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 9)}]")
    return "\n".join(lines) + "\n"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def apply_overlay(spec: Path, overlay: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """`walletapp-overlay apply` in a child process with 1 GiB of address space and 60 s."""
    command = [sys.executable, "-m", "walletapp_tools.overlay", "apply", spec, overlay, "-o", out]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=CHILD_SECONDS, preexec_fn=_limit_memory, check=False
    )


BOMB, DEEP = "once its aliases are expanded", f"nested deeper than {MAX_DEPTH} levels"
BLOCKS = "".join(f"{'  ' * level}x:\n" for level in range(200)) + "  " * 200 + "x: 1\n"
HOSTILE = {
    "billion-laughs-overlay": ("overlay.yaml", OVERLAY_HEAD + laughs(9, "    "), BOMB),
    "billion-laughs-spec": (
        "spec.yaml",
        SPEC_HEAD + laughs(9, ""),
        f"holds more than 1,000,000 nodes {BOMB} (line 10, column 11)",  # the first alias of x-6
    ),
    "alias-inside-itself": ("spec.yaml", SPEC_HEAD + "x: &loop [a, *loop]\n", "is inside the node it names"),
    "100k-deep-flow-yaml": ("spec.yaml", "[" * 100_000 + "]" * 100_000 + "\n", DEEP),
    "5000-deep-flow-yaml": ("spec.yaml", "[" * 5000 + "]" * 5000 + "\n", DEEP),
    "200-deep-block-yaml": ("spec.yaml", BLOCKS, DEEP),
    "2000-deep-json": ("spec.json", "[" * 2000 + "]" * 2000, DEEP),
    "500-deep-json": ("spec.json", '{"a":' * 500 + "1" + "}" * 500, DEEP),
    "over-16-mib": ("spec.yaml", SPEC_HEAD + "x-big: " + "x" * MAX_INPUT_BYTES + "\n", "larger than 16 MiB"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_document_is_one_line_naming_the_file(case: str, write: Write, tmp_path: Path) -> None:
    name, text, problem = HOSTILE[case]
    hostile = write(name, text)
    if name == "overlay.yaml":
        spec, overlay = write("spec.yaml", SPEC_HEAD), hostile
    else:
        spec, overlay = hostile, write("ok.yaml", OK_OVERLAY)
    done = apply_overlay(spec, overlay, tmp_path / "out.yaml")
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.startswith(f"error: {hostile}: ") and done.stderr.count("\n") == 1, done.stderr[-2000:]
    assert problem in done.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_nodes_are_counted_with_each_alias_standing_for_the_nodes_it_repeats(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spec_yaml, "MAX_NODES", 16)
    # The root; the keys a, b, c; the array (1 + 3 nodes) and its two aliases (4 each): 16 nodes.
    exactly = "a: &a [1, 2, 3]\nb: *a\nc: *a\n"
    assert parse_document(exactly, "s.yaml") == {"a": [1, 2, 3], "b": [1, 2, 3], "c": [1, 2, 3]}
    with pytest.raises(SpecError) as caught:
        parse_document(exactly + "d: *a\n", "s.yaml")
    assert str(caught.value) == f"s.yaml: holds more than 16 nodes {BOMB} (line 4, column 1)"
    with pytest.raises(SpecError, match=r"^s\.yaml: holds more than 16 nodes \(line 1, column 47\)$"):
        parse_document("[" + ", ".join(["1"] * 16) + "]", "s.yaml")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_not(fmt: str) -> None:
    def nested(levels: int) -> str:
        return "[" * levels + "]" * levels

    assert parse_document(nested(MAX_DEPTH), "deep", fmt) is not None
    with pytest.raises(SpecError, match=rf"^deep: .*nested deeper than {MAX_DEPTH} levels"):
        parse_document(nested(MAX_DEPTH + 1), "deep", fmt)


def test_an_endless_file_is_refused_after_16_mib(write: Write, tmp_path: Path) -> None:
    """`/dev/zero` as the spec grew the tool to 7 GB in 20 s."""
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    done = apply_overlay(zero, write("ok.yaml", OK_OVERLAY), tmp_path / "out.yaml")
    assert (done.returncode, done.stderr) == (
        1,
        "error: /dev/zero: larger than 16 MiB, the most the tools read\n",
    )


def test_the_libyaml_and_pure_python_loaders_apply_the_same_limits() -> None:
    for text in ("[" * 101 + "]" * 101, SPEC_HEAD + laughs(8, ""), "a: &a [*a]"):
        for loader in (spec_yaml.CoreLoader, spec_yaml.PurePythonCoreLoader):
            with pytest.raises(spec_yaml.LimitExceeded):
                spec_yaml.load_yaml(text, loader)
