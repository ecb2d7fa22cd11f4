"""Every generated model reads and writes back the spec's own examples unchanged.

The examples are collected from every media type of the client spec (request bodies, responses,
webhooks) and from component ``examples``; an example of ``MemberListResponse`` also yields examples of
``MemberPage``, ``Member`` and ``PageLink`` for the parts of it that follow those schemas.
"""

from __future__ import annotations

from typing import Any

import pytest

from .client_spec import class_name, client_spec, comparable, component_examples, model_class

SCHEMAS: dict[str, Any] = client_spec()["components"]["schemas"]
MODELS = sorted(name for name in SCHEMAS if model_class(name) is not None)
CASES = [
    pytest.param(name, where, value, id=f"{name}:{where.rsplit('/examples/', 1)[-1]}:{index}")
    for name in MODELS
    for index, (where, value) in enumerate(component_examples().get(name, []))
]


def test_every_object_schema_has_a_generated_model() -> None:
    missing = [
        f"{name} (class {class_name(name)})"
        for name, schema in SCHEMAS.items()
        if schema.get("type") == "object" and model_class(name) is None
    ]
    assert not missing, f"no model class generated for: {', '.join(missing)}"


def test_every_model_has_an_example_in_the_spec() -> None:
    without = [name for name in MODELS if not component_examples().get(name)]
    assert not without, f"schemas with no example anywhere in the spec: {', '.join(without)}"


@pytest.mark.parametrize(("name", "where", "example"), CASES)
def test_model_round_trips_the_spec_example(name: str, where: str, example: Any) -> None:
    model = model_class(name)
    assert model is not None
    written = model.from_dict(example).to_dict()
    schema = {"$ref": f"#/components/schemas/{name}"}
    assert comparable(schema, written) == comparable(schema, example), f"{class_name(name)} changed {where}"
