"""The TypeScript rows: generated code compiles under ``tsc --strict`` together with a type test.

The type test is a module with every example of the file written as a TypeScript literal that must
``satisfies`` the type the tool generated for its schema: an example the type rejects (a missing
required field, a value outside an enum, a field the type does not know) fails the compilation.
openapi-zod-client's schemas are also run: every example is parsed by the zod schema of its schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._openapi import HTTP_METHODS
from .._pointer import unescape
from ._examples import SCHEMAS, Inventory
from ._matrix import Context, Outcome, RowFailed
from ._tools import CHECKS, npm_bin, run

_TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "skipLibCheck": False,
        "target": "ES2022",
        "module": "ESNext",
        "moduleResolution": "Bundler",
        "lib": ["ES2022", "DOM", "DOM.Iterable"],
        "types": [],
    },
}


def _write_tsconfig(work: Path, files: list[str], **options: object) -> Path:
    config = json.loads(json.dumps(_TSCONFIG))
    config["compilerOptions"].update(options)
    config["files"] = files
    path = work / "tsconfig.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


def examples_module(inventory: Inventory, imports: str, type_of: Callable[[str], str]) -> str:
    """A TypeScript module in which every example must satisfy its generated type."""
    lines = [
        "// Written by walletapp_tools.consumers: each example must satisfy the generated type.",
        imports,
        "",
    ]
    for index, example in enumerate(inventory.examples):
        lines.append(f"// {example.pointer}")
        lines.append(
            f"export const example{index} = {json.dumps(example.value)} satisfies {type_of(example.schema)};"
        )
    return "\n".join(lines) + "\n"


def _tsc(context: Context, files: list[str], **options: object) -> None:
    # Generated code imports packages (zod); resolve them from the project wherever the row's folder is.
    link = context.work / "node_modules"
    if not link.exists():
        link.symlink_to(context.root / "node_modules", target_is_directory=True)
    config = _write_tsconfig(context.work, files, **options)
    run([npm_bin(context.root, "tsc"), "-p", config], context.work, "tsc --strict")


def _resolved(document: dict[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` (``#/...``) points to."""
    reference = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(reference, str) or not reference.startswith("#/"):
        return node
    found: Any = document
    for token in reference[2:].split("/"):
        found = found.get(unescape(token)) if isinstance(found, dict) else None
    return found


def _webhook_type_tests(context: Context) -> tuple[str, list[str]]:
    """openapi-typescript: each webhook's body type must be exactly its event schema's, and not never."""
    document = context.published.document
    lines = [
        'import type { components, webhooks } from "./types";',
        "type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
        "type NotNever<T> = [T] extends [never] ? false : true;",
        'type Body<Op> = Op extends { requestBody: { content: { "application/json": infer B } } }',
        "  ? B",
        "  : never;",
    ]
    shown = []
    for name, path_item in (document.get("webhooks") or {}).items():
        operations = _resolved(document, path_item) or {}
        for method in HTTP_METHODS:
            operation = operations.get(method)
            if not isinstance(operation, dict):
                continue
            body = _resolved(document, operation.get("requestBody")) or {}
            reference = body.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
            if not reference.startswith(SCHEMAS):
                raise RowFailed(f"webhook {name} {method}: no JSON body schema named in components to test")
            target = reference[len(SCHEMAS) :]
            typed = f'Body<webhooks["{name}"]["{method}"]>'
            lines.append(
                f'export const {name}_{method}: Exactly<{typed}, components["schemas"]["{target}"]> '
                f"& NotNever<{typed}> = true;"
            )
            shown.append(f"webhook {name} body is {target}")
    return "\n".join(lines) + "\n", shown


def openapi_typescript(context: Context) -> Outcome:
    work, published = context.work, context.published
    (work / "redocly.yaml").write_text("extends: [minimal]\ntelemetry: 'off'\n", encoding="utf-8")
    run(
        [
            npm_bin(context.root, "openapi-typescript"),
            published.path,
            "--redocly",
            "redocly.yaml",
            "-o",
            "types.d.ts",
        ],
        work,
        "openapi-typescript",
    )
    (work / "examples.ts").write_text(
        examples_module(
            published.inventory,
            'import type { components } from "./types";',
            lambda name: f'components["schemas"]["{name}"]',
        ),
        encoding="utf-8",
    )
    files = ["types.d.ts", "examples.ts"]
    webhooks, notes = _webhook_type_tests(context)
    if notes:
        (work / "webhooks.ts").write_text(webhooks, encoding="utf-8")
        files.append("webhooks.ts")
    else:
        notes = ["no webhook in this file (OpenAPI 3.0 has none); openapi-typescript skips callbacks"]
    _tsc(context, files)
    return Outcome(len(published.inventory.examples), notes)


_SUFFIXED = re.compile(r"^export type (\w+?)(\d+) = ", re.MULTILINE)
_EXPORTED = re.compile(r"^export (?:type|interface|const|enum) (\w+)", re.MULTILINE)


def hey_api(context: Context) -> Outcome:
    work, published = context.work, context.published
    # An absolute input: a relative "dist/x.yaml" is taken for a Hey API registry "organization/project".
    run(
        [npm_bin(context.root, "openapi-ts"), "-i", published.path.resolve(), "-o", "out"],
        work,
        "@hey-api/openapi-ts",
    )
    types = (work / "out" / "types.gen.ts").read_text(encoding="utf-8")
    exported = set(_EXPORTED.findall(types))
    renamed = sorted(f"{base}{digits}" for base, digits in _SUFFIXED.findall(types) if base in exported)
    if renamed:
        raise RowFailed(
            "names made unique with a number (a schema name clashes with a derived one): "
            + ", ".join(renamed)
        )
    (work / "examples.ts").write_text(
        examples_module(
            published.inventory, 'import type * as T from "./out/types.gen";', lambda name: f"T.{name}"
        ),
        encoding="utf-8",
    )
    _tsc(context, ["out/index.ts", "examples.ts"])
    return Outcome(len(published.inventory.examples), ["client (fetch), sdk and types"])


def orval(context: Context) -> Outcome:
    work, published = context.work, context.published
    run(
        [
            npm_bin(context.root, "orval"),
            "-i",
            published.path.resolve(),
            "-o",
            "out/api.ts",
            "--client",
            "fetch",
            "--mode",
            "split",
        ],
        work,
        "orval",
    )
    (work / "examples.ts").write_text(
        examples_module(
            published.inventory, 'import type * as T from "./out/api.schemas";', lambda name: f"T.{name}"
        ),
        encoding="utf-8",
    )
    _tsc(context, ["out/api.ts", "out/api.schemas.ts", "examples.ts"])
    return Outcome(len(published.inventory.examples), ["fetch client, split mode"])


def openapi_zod_client(context: Context) -> Outcome:
    work, published = context.work, context.published
    template = context.root / "node_modules" / "openapi-zod-client" / "src" / "templates" / "schemas-only.hbs"
    run(
        [
            npm_bin(context.root, "openapi-zod-client"),
            published.path.resolve(),
            "-o",
            "zod.ts",
            "--export-schemas",
            "-t",
            template,
        ],
        work,
        "openapi-zod-client",
    )
    (work / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    _tsc(context, ["zod.ts"], noEmit=False, noEmitOnError=True, outDir="js")
    output = run(
        ["node", CHECKS / "check_zod.mjs", work / "js" / "zod.js", published.examples_json], work, "zod parse"
    )
    checked = json.loads(output.strip().splitlines()[-1])["checked"]
    return Outcome(int(checked), ["schemas-only template; every example parsed by its zod schema"])
