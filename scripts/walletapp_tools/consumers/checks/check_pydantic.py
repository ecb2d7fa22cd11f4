"""Validate every example with the pydantic model datamodel-code-generator generated for its schema.

Usage: python check_pydantic.py <models.py> <examples.json>. Each example goes through
``TypeAdapter(Model).validate_json`` (the JSON a server sends, not a Python dict) in strict mode: lax
mode would take ``0`` for a boolean or ``"5"`` for an integer, and hide a model typed other than the
example. Prints ``{"checked": n}``, or the rejected examples and exits 1.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from pydantic import TypeAdapter, ValidationError


def main(models_path: str, examples_path: str) -> int:
    spec = importlib.util.spec_from_file_location("walletapp_models", models_path)
    assert spec is not None and spec.loader is not None
    models = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = models
    spec.loader.exec_module(models)
    examples = json.loads(Path(examples_path).read_text(encoding="utf-8"))
    failures = []
    for example in examples:
        model = getattr(models, example["schema"], None)
        if model is None:
            failures.append(f"{example['pointer']}: no model named {example['schema']}")
            continue
        try:
            TypeAdapter(model).validate_json(json.dumps(example["value"]), strict=True)
        except ValidationError as error:
            first = error.errors()[0]
            where = "/".join(str(part) for part in first["loc"])
            failures.append(
                f"{example['pointer']}: {example['schema']} rejects it at /{where}: {first['msg']}"
            )
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print(f"{len(failures)} of {len(examples)} examples rejected", file=sys.stderr)
        return 1
    print(json.dumps({"checked": len(examples)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
