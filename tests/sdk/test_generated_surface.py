"""The SDK is generated from the spec, not written: every operation is a documented method of its tag's
namespace (summary, ability, errors), a new operation in the spec becomes a method after regenerating,
and an x-walletapp-* extension the SDK cannot follow fails `make generate` in one line."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client import strings
from walletapp_client import AsyncWalletApp, WalletApp
from walletapp_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from walletapp_tools.generate import GenerateError, generate
from walletapp_tools.spec import write_document

from tests.generated.client_spec import CONFIG, OVERLAYS, SPEC, TEMPLATES, client_spec

BY_STATUS = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
ALWAYS = (InternalServerError, APIConnectionError, APIResponseValidationError)

DOCUMENT = client_spec()
OPERATIONS = [
    op
    for item in DOCUMENT["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
]


def snake(name: str) -> str:
    return strings.snake_case(name)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op["operationId"] for op in OPERATIONS])
def test_each_operation_is_a_method_that_documents_its_ability_and_errors(operation: dict[str, Any]) -> None:
    wa, awa = WalletApp(token="t"), AsyncWalletApp(token="t")
    namespace, name = snake(operation["tags"][0]), snake(operation["operationId"])
    method = getattr(getattr(wa, namespace), name)
    assert inspect.iscoroutinefunction(getattr(getattr(awa, namespace), name))
    doc = inspect.getdoc(method) or ""
    (ability,) = operation["security"][0]["bearerAuth"]
    assert doc.startswith(operation["summary"])
    assert f"The token needs the ``{ability}`` ability." in doc
    raises = doc.split("Raises:")[1]
    documented = [int(s) for s in operation["responses"] if s.isdigit() and int(s) >= 400]
    for cls in [*(BY_STATUS[status] for status in documented), *ALWAYS]:
        assert f"\n    {cls.__name__}: " in raises, f"{name} does not document {cls.__name__}"
    if 422 not in documented:
        assert "UnprocessableEntityError" not in raises
    parameters = {p["name"] for p in operation.get("parameters", []) if "name" in p}
    refs = {p["$ref"].rsplit("/", 1)[1] for p in operation.get("parameters", []) if "$ref" in p}
    parameters |= {DOCUMENT["components"]["parameters"][ref]["name"] for ref in refs}
    assert parameters <= set(inspect.signature(method).parameters)


NEW_OPERATION = """
overlay: 1.1.0
info: {title: One more operation, version: 1.0.0}
actions:
  - target: $.paths
    description: A new operation, as an editor of the spec would add it.
    update:
      /members/{uuid}/tags:
        get:
          operationId: listMemberTags
          tags: [Members]
          summary: List the tags of a member
          description: Returns the tags a member has in the brand.
          security:
            - bearerAuth: [tags.get]
          parameters:
            - $ref: '#/components/parameters/MemberUuidPath'
            - $ref: '#/components/parameters/BrandIdQuery'
          responses:
            '200':
              description: The tags.
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/ConfirmationResponse'
            '401':
              $ref: '#/components/responses/Unauthenticated'
            '403':
              $ref: '#/components/responses/MissingAbility'
            '404':
              $ref: '#/components/responses/NotFound'
"""

INSPECT = """
import inspect, json, walletapp_client
from walletapp_client import WalletApp, AsyncWalletApp
method = WalletApp(token="t").members.list_member_tags
print(json.dumps({
    "package": walletapp_client.__file__,
    "doc": inspect.getdoc(method),
    "parameters": list(inspect.signature(method).parameters),
    "returns": str(inspect.signature(method).return_annotation),
    "async": inspect.iscoroutinefunction(AsyncWalletApp(token="t").members.list_member_tags),
}))
"""


def test_an_operation_added_to_the_spec_becomes_a_documented_method(tmp_path: Path) -> None:
    overlay = tmp_path / "new-operation.yaml"
    overlay.write_text(NEW_OPERATION, encoding="utf-8")
    out = tmp_path / "walletapp-client"

    generate(SPEC, [*OVERLAYS, overlay], CONFIG, TEMPLATES, out, client_spec=tmp_path / "client.json")

    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run(
        [sys.executable, "-c", INSPECT], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["package"] == str(out / "walletapp_client" / "__init__.py")
    assert found["parameters"] == ["uuid", "brand_id", "extra_headers", "timeout", "max_retries"]
    assert found["returns"] == "ConfirmationResponse"
    assert found["async"] is True
    doc = found["doc"]
    assert doc.startswith("List the tags of a member.\n\nReturns the tags a member has in the brand.")
    assert "The token needs the ``tags.get`` ability." in doc
    assert "PermissionDeniedError: 403, the token lacks the ``tags.get`` ability." in doc
    assert "NotFoundError: 404," in doc and "UnprocessableEntityError" not in doc


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            {
                "target": "$.paths['/members/list'].get['x-walletapp-pagination']",
                "update": {"items": "/data/nothing"},
            },
            "listMembers: x-walletapp-pagination: /data/nothing names no required property 'nothing'",
        ),
        (
            {
                "target": "$.paths['/webhooks/points/{batch_id}'].get['x-walletapp-batch-status']",
                "update": {"stage": "x"},
            },
            "x-walletapp-batch-status: expected an object with kind, state, ended_at, finished and failed",
        ),
        (
            {
                "target": "$.paths['/webhooks/points/{batch_id}'].get['x-walletapp-batch-status']",
                "update": {"ended_at": "/data/requested_at"},
            },
            "x-walletapp-batch-status: ended_at /data/requested_at must be null while the batch runs",
        ),
    ],
    ids=["pagination-pointer", "batch-status-keys", "batch-status-end-never-null"],
)
def test_an_extension_the_sdk_cannot_follow_fails_in_one_line(
    tmp_path: Path, action: dict[str, Any], message: str
) -> None:
    overlay = tmp_path / "broken.yaml"
    document = {"overlay": "1.1.0", "info": {"title": "Broken", "version": "1.0.0"}, "actions": [action]}
    write_document(document, overlay)

    with pytest.raises(GenerateError) as failure:
        generate(
            SPEC,
            [*OVERLAYS, overlay],
            CONFIG,
            TEMPLATES,
            tmp_path / "walletapp-client",
            client_spec=tmp_path / "client.json",
        )

    assert "\n" not in str(failure.value)
    assert message in str(failure.value)
