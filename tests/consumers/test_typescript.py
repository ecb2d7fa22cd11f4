"""The TypeScript type test: every example as a literal that must satisfy its generated type."""

from __future__ import annotations

from walletapp_tools.consumers import collect
from walletapp_tools.consumers._typescript import examples_module


def test_each_example_must_satisfy_the_type_named_after_its_schema() -> None:
    document = {"components": {"schemas": {"When": {"type": "string", "examples": ["2026-01-01", None]}}}}
    module = examples_module(collect(document), 'import type * as T from "./types";', lambda n: f"T.{n}")
    assert module.splitlines()[1:] == [
        'import type * as T from "./types";',
        "",
        "// /components/schemas/When/examples/0",
        'export const example0 = "2026-01-01" satisfies T.When;',
        "// /components/schemas/When/examples/1",
        "export const example1 = null satisfies T.When;",
    ]


def test_a_webhook_referring_to_a_path_item_is_type_tested_too() -> None:
    from pathlib import Path

    from walletapp_tools.consumers._matrix import Context, Published
    from walletapp_tools.consumers._typescript import _webhook_type_tests

    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}}
    document = {
        "webhooks": {"done": {"$ref": "#/components/pathItems/Done"}},
        "components": {"pathItems": {"Done": {"post": {"requestBody": body}}}},
    }
    published = Published("3.1", Path("x.yaml"), document, collect(document), Path("x.json"))
    module, shown = _webhook_type_tests(Context(Path("."), published, Path(".")))
    assert shown == ["webhook done body is Event"]
    assert (
        'export const done_post: Exactly<Body<webhooks["done"]["post"]>, components["schemas"]["Event"]> '
        '& NotNever<Body<webhooks["done"]["post"]>> = true;' in module
    )
