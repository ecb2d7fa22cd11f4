"""The generated functions document every argument with the description the spec gives its parameter.

openapi-python-client only reads a parameter's schema description; overlays/python-client.yaml copies
each parameter's description into its schema. A parameter added without such a copy action fails here.
"""

from __future__ import annotations

import pytest

from .client_spec import Operation, operations

OPERATIONS = operations()


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_argument_is_documented_with_its_parameter_description(operation: Operation) -> None:
    docstring = words(operation.module.sync_detailed.__doc__ or "")
    missing = [
        parameter["name"]
        for parameter in operation.parameters
        if "description" in parameter and words(parameter["description"]) not in docstring
    ]
    assert not missing, (
        f"{operation.operation_id}: the docstring lacks the description of {', '.join(missing)}: "
        "copy it into the parameter's schema in overlays/python-client.yaml"
    )
