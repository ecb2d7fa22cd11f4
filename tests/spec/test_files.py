"""Documents in files: YAML 1.2 or JSON in, one stable order-keeping format out, atomic writes."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from walletapp_tools.spec import SpecError, dump_document, load_document, load_yaml, write_document
from walletapp_tools.spec._yaml import PurePythonCoreLoader

Write = Callable[[str, str], Path]
SETS_DIR = Path(__file__).parents[1] / "overlay" / "compliant-sets"


def test_the_values_yaml_1_1_and_1_2_disagree_on_are_read_the_1_2_way(write: Write) -> None:
    """What Spectral (@stoplight/yaml) and Redocly (js-yaml 4) read too; PyYAML's safe_load gives
    {"a": 15, "b": 1000, "c": True}."""
    assert load_document(write("s.yaml", "a: 017\nb: 1_000\nc: on\n")) == {"a": 17, "b": "1_000", "c": "on"}


def test_yaml_scalars_follow_the_yaml_1_2_core_schema(write: Write) -> None:
    path = write(
        "s.yaml", "a: yes\nb: off\nc: 2024-01-01\nd: 017\ne: 0x1F\nf: 1e3\ng: 1_000\nh: ~\n200: ok\n"
    )
    assert load_document(path) == {
        "a": "yes",
        "b": "off",
        "c": "2024-01-01",
        "d": 17,
        "e": 31,
        "f": 1000.0,
        "g": "1_000",
        "h": None,
        "200": "ok",
    }


@pytest.mark.parametrize(
    "text",
    ["yes", "no", "on", "1.0", "1e3", "0o7", "200", "true", "null", "", "~", "2024-01-01", "- x", "a: b"],
)
def test_strings_that_look_like_other_scalars_survive_a_round_trip(text: str) -> None:
    document = {"value": text, text or "empty": 1}
    dumped = dump_document(document)
    assert load_yaml(dumped) == document
    assert load_yaml(dumped, PurePythonCoreLoader) == document


@pytest.mark.parametrize("name", ["openapi.yaml", "output.yaml"])
def test_libyaml_and_pure_python_loaders_read_the_same_values(name: str) -> None:
    for folder in sorted(SETS_DIR.iterdir()):
        if (folder / name).is_file():
            text = (folder / name).read_text(encoding="utf-8")
            assert load_yaml(text) == load_yaml(text, PurePythonCoreLoader)


def test_yaml_dump_keeps_key_order_indents_lists_and_writes_multiline_strings_as_blocks() -> None:
    document = {"z": 1, "a": {"list": [{"k": "v"}, "x"], "text": "line one\nline two\n"}, "m": []}
    assert dump_document(document) == (
        "z: 1\na:\n  list:\n    - k: v\n    - x\n  text: |\n    line one\n    line two\nm: []\n"
    )


def test_dump_is_byte_identical_across_runs_and_through_a_reload(write: Write) -> None:
    source = SETS_DIR / "replace-servers-for-sandbox" / "openapi.yaml"
    first = dump_document(load_document(source))
    assert dump_document(load_document(source)) == first
    assert dump_document(load_document(write("again.yaml", first))) == first


def test_write_document_uses_json_for_a_json_file_name(tmp_path: Path) -> None:
    document = {"b": 1, "a": ["é"]}
    write_document(document, tmp_path / "out.json")
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert text == '{\n  "b": 1,\n  "a": [\n    "é"\n  ]\n}\n'
    assert json.loads(text) == document


def test_write_document_uses_yaml_otherwise_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_document({"b": 1}, tmp_path / "out.yaml")
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8") == "b: 1\n"
    assert [path.name for path in tmp_path.iterdir()] == ["out.yaml"]


def test_json_input_is_read_as_json(write: Write) -> None:
    assert load_document(write("in.json", '{"b": "yes", "a": 1.0}')) == {"b": "yes", "a": 1.0}


def test_a_duplicate_key_is_an_error_naming_the_file_and_line(write: Write) -> None:
    path = write("dup.yaml", "openapi: 3.1.0\ninfo:\n  title: a\n  title: b\n")
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert str(caught.value) == (
        f"{path}: not valid YAML: found duplicate key 'title' (while reading a mapping) at line 4, column 3"
    )


def test_a_duplicate_json_key_is_an_error_naming_the_file(write: Write) -> None:
    path = write("dup.json", '{"a": 1, "a": 2}')
    with pytest.raises(SpecError, match=r"dup\.json: not valid JSON: duplicate key 'a'"):
        load_document(path)


def test_a_value_json_cannot_hold_is_an_error_naming_its_pointer(write: Write) -> None:
    path = write("nan.yaml", "a:\n  b: [1, .nan]\n")
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert str(caught.value) == f"{path}: /a/b/1: nan is not a JSON number"


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_document(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}: no such file"


def test_yaml_anchors_become_independent_copies(write: Write) -> None:
    document = load_document(write("a.yaml", "a: &x {k: [1]}\nb: *x\n"))
    document["a"]["k"].append(2)
    assert document["b"] == {"k": [1]}


def test_a_replaced_file_keeps_its_mode_and_a_new_one_is_644(tmp_path: Path) -> None:
    private = tmp_path / "private.yaml"
    private.write_text("old\n", encoding="utf-8")
    private.chmod(0o600)
    write_document({"a": 1}, private)
    write_document({"a": 1}, tmp_path / "new.yaml")
    assert private.read_text(encoding="utf-8") == "a: 1\n"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644


def test_an_output_that_is_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(
    tmp_path: Path,
) -> None:
    target = tmp_path / "elsewhere.yaml"
    target.write_text("precious\n", encoding="utf-8")
    link = tmp_path / "out.yaml"
    link.symlink_to(target)
    with pytest.raises(SpecError) as caught:
        write_document({"a": 1}, link)
    assert str(caught.value).startswith(f"{link}: cannot write: is a symbolic link; it is not followed")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["elsewhere.yaml", "out.yaml"]


def test_an_output_that_is_a_named_pipe_is_refused_at_once_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.yaml"
    os.mkfifo(fifo)
    with pytest.raises(SpecError, match=r"cannot write: is a named pipe, not a regular file"):
        write_document({"a": 1}, fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_an_output_that_is_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(SpecError, match=r"out: cannot write: is a directory$"):
        write_document({"a": 1}, tmp_path / "out")
