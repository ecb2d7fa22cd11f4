"""Operations with their callbacks, parameters and every security requirement."""

from __future__ import annotations

from typing import Any

from walletapp_tools.spec import Spec

ROOT_SECURITY = [{"bearer": ["members.get"]}]


def document(**paths: Any) -> Spec:
    return Spec(
        {
            "openapi": "3.1.0",
            "security": ROOT_SECURITY,
            "paths": paths,
            "webhooks": {"batchFinished": {"$ref": "#/components/pathItems/Notice"}},
            "components": {
                "parameters": {"Brand": {"name": "brand_id", "in": "query", "required": True}},
                "callbacks": {
                    "Done": {"{$request.body#/webhook_url}": {"$ref": "#/components/pathItems/Notice"}}
                },
                "pathItems": {"Notice": {"post": {"operationId": "notifyDone", "security": []}}},
            },
        },
        "api.yaml",
    )


def test_every_requirement_counts_not_only_the_first() -> None:
    either = [{"bearer": ["passes.update"]}, {"bearer": ["passes.admin", "audit.write"]}]
    [operation] = document(
        **{"/passes": {"patch": {"operationId": "updatePass", "security": either}}}
    ).operations()

    assert operation.abilities == ("passes.update", "passes.admin", "audit.write")
    assert operation.allows({"passes.update"})
    assert operation.allows({"passes.admin", "audit.write"})
    assert not operation.allows({"passes.admin"}), "a requirement is met whole or not at all"
    assert not operation.allows(set())
    assert operation.allows({"*"})


def test_the_document_security_applies_unless_the_operation_has_its_own() -> None:
    spec = document(
        **{
            "/members": {"get": {"operationId": "listMembers"}},
            "/health": {"get": {"operationId": "getHealth", "security": []}},
            "/open": {"get": {"operationId": "getOpen", "security": [{}, {"bearer": ["x.get"]}]}},
        }
    )
    members, health, open_ = spec.operations()
    assert members.abilities == ("members.get",) and members.requires_token
    assert not health.requires_token and health.allows(set())
    assert not open_.requires_token, "an empty requirement makes the token optional"


def test_operations_come_in_document_order_with_pointers_labels_and_callbacks() -> None:
    spec = document(
        **{
            "/members/{uuid}": {
                "delete": {"operationId": "deleteMember"},
                "get": {
                    "operationId": "getMember",
                    "callbacks": {"done": {"$ref": "#/components/callbacks/Done"}},
                },
            }
        }
    )
    get, delete = spec.operations()
    assert (get.label, get.pointer) == ("GET /members/{uuid} (getMember)", "/paths/~1members~1{uuid}/get")
    assert delete.label == "DELETE /members/{uuid} (deleteMember)"
    [callback] = get.callbacks
    assert (callback.kind, callback.callback, callback.path) == (
        "callback",
        "done",
        "{$request.body#/webhook_url}",
    )
    assert callback.pointer == "/components/pathItems/Notice/post" and not callback.requires_token


def test_webhooks_are_listed_apart_from_paths() -> None:
    [webhook] = document().webhooks()
    assert (webhook.kind, webhook.label) == ("webhook", "POST batchFinished (notifyDone)")


def test_parameters_merge_the_path_items_and_the_operations_own() -> None:
    spec = document(
        **{
            "/members/{uuid}": {
                "parameters": [
                    {"name": "uuid", "in": "path", "required": True, "description": "shared"},
                    {"$ref": "#/components/parameters/Brand"},
                ],
                "get": {
                    "operationId": "getMember",
                    "parameters": [{"name": "uuid", "in": "path", "required": True, "description": "own"}],
                },
            }
        }
    )
    [operation] = spec.operations()
    assert [(p["name"], p.get("description")) for p in spec.parameters(operation)] == [
        ("uuid", "own"),
        ("brand_id", None),
    ]
