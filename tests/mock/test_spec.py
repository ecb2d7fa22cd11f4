from __future__ import annotations

from pathlib import Path

import pytest

from walletapp_mock.spec import SpecError, load_spec

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"


def _spec(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _op(schema: str) -> str:
    return (
        "paths:\n  /things:\n    post:\n      operationId: createThing\n"
        "      requestBody:\n        content:\n          application/json:\n            schema:\n"
        f"              {schema}\n      responses:\n        '200': {{description: ok}}\n"
    )


def test_an_unknown_schema_keyword_is_refused_naming_its_pointer(tmp_path: Path) -> None:
    path = _spec(tmp_path, _op("{type: object, nullable: true}"))
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    message = str(caught.value)
    assert "nullable" in message and "/paths/~1things/post/requestBody" in message and "\n" not in message


def test_a_remote_ref_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="only local"):
        load_spec(_spec(tmp_path, _op("{$ref: 'other.yaml#/Thing'}")))


def test_a_ref_to_nothing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="points at nothing"):
        load_spec(_spec(tmp_path, _op("{$ref: '#/components/schemas/Missing'}")))


def test_an_undeclared_path_parameter_is_refused(tmp_path: Path) -> None:
    body = "paths:\n  /things/{id}:\n    get:\n      operationId: getThing\n      responses: {}\n"
    with pytest.raises(SpecError, match=r"\{id\} is not declared"):
        load_spec(_spec(tmp_path, body))


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"nope\.yaml: no such file"):
        load_spec(tmp_path / "nope.yaml")


def test_refs_are_resolved_and_dates_stay_strings(tmp_path: Path) -> None:
    body = _op("{$ref: '#/components/schemas/Thing'}") + (
        "components:\n  schemas:\n    Thing:\n      type: object\n"
        "      properties: {day: {type: string, format: date, example: 2026-01-05}}\n"
    )
    op = load_spec(_spec(tmp_path, body)).operations[0]
    assert op.body_schema == {"type": "object", "properties": {"day": {"type": "string", "format": "date"}}}


def test_the_project_spec_loads_with_abilities_for_every_operation(spec: object) -> None:
    from walletapp_mock.spec import Spec

    assert isinstance(spec, Spec)
    assert all(op.requires_auth and len(op.abilities) == 1 for op in spec.operations)
