"""The Python rows: datamodel-code-generator's pydantic v2 models and openapi-generator's ``python`` client.

Each checker runs in a child process (``checks/``), so a broken generated package fails its row only.
"""

from __future__ import annotations

import json
import os

from ._matrix import Context, Outcome
from ._tools import CHECKS, java, openapi_generator_jar, python, run

OPENAPI_GENERATOR_PACKAGE = "walletapp_oag"

# openapi-generator 7.26's python generator writes the docs/tests of a 3.1 webhook with a body as
# invalid Python (a generator bug, reproducible on a minimal spec): generate the package only.
PYTHON_31_FLAGS = ("--global-property", "apis,models,supportingFiles")


def _checked(output: str) -> dict[str, object]:
    result: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return result


def datamodel_code_generator(context: Context) -> Outcome:
    work, published = context.work, context.published
    command: list[str | os.PathLike[str]] = [
        python(), "-m", "datamodel_code_generator",
        "--input", published.path, "--input-file-type", "openapi",
        "--output", "models.py", "--output-model-type", "pydantic_v2.BaseModel",
        "--target-python-version", "3.11", "--formatters", "builtin",
    ]  # fmt: skip
    notes = ["pydantic v2; every example through TypeAdapter(model).validate_json, strict"]
    if published.label == "3.0":
        # OpenAPI 3.0 marks null with `nullable`; without this flag a required nullable field is typed
        # as never null, and the examples that show it null are rejected.
        command.append("--strict-nullable")
        notes.insert(0, "--strict-nullable")
    run(command, work, "datamodel-code-generator")
    output = run(
        [python(), CHECKS / "check_pydantic.py", work / "models.py", published.examples_json],
        work,
        "pydantic validation",
    )
    return Outcome(int(str(_checked(output)["checked"])), notes)


def openapi_generator_python(context: Context) -> Outcome:
    work, published = context.work, context.published
    command: list[str | os.PathLike[str]] = [
        java(), "-jar", openapi_generator_jar(), "generate",
        "-i", published.path.resolve(), "-g", "python", "-o", "out",
        "--package-name", OPENAPI_GENERATOR_PACKAGE,
    ]  # fmt: skip
    notes = []
    if published.label == "3.1":
        command.extend(PYTHON_31_FLAGS)
        notes.append(" ".join(PYTHON_31_FLAGS) + " (generator bug with 3.1 webhooks)")
    run(command, work, "openapi-generator generate -g python")
    output = run(
        [
            python(),
            CHECKS / "check_openapi_generator_python.py",
            work / "out",
            OPENAPI_GENERATOR_PACKAGE,
            published.examples_json,
        ],
        work,
        "import and deserialize",
    )
    result = _checked(output)
    notes.append("package imports; response examples through ApiClient.deserialize, bodies through from_json")
    no_model = result.get("no_model") or []
    if isinstance(no_model, list) and no_model:
        notes.append(f"no model class for {', '.join(map(str, no_model))} (a plain type)")
    return Outcome(int(str(result["checked"])), notes)
