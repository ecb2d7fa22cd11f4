"""Import the package openapi-generator's ``python`` generator wrote and deserialize every example.

Usage: python check_openapi_generator_python.py <output folder> <package> <examples.json>. Importing the
package imports every API and model module. A response example goes through the generated
``ApiClient.deserialize`` (what the client does with a response body); a request or webhook body
through ``Model.from_json``. An example of a schema that generates no model class (a plain string
type) is counted apart. Prints ``{"checked": n, "no_model": [...]}``, or the failures and exits 1.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any


def _model(models: Any, name: str) -> Any:
    # The generator prefixes names that are Python reserved words (Pass -> ModelPass).
    return getattr(models, name, None) or getattr(models, f"Model{name}", None)


def main(output: str, package_name: str, examples_path: str) -> int:
    sys.path.insert(0, output)
    package = importlib.import_module(package_name)
    client = package.ApiClient()
    examples = json.loads(Path(examples_path).read_text(encoding="utf-8"))
    failures, no_model, checked = [], [], 0
    for example in examples:
        model = _model(package.models, example["schema"])
        if model is None:
            if example["kind"] == "object":
                failures.append(f"{example['pointer']}: no model class for {example['schema']}")
            else:
                no_model.append(example["schema"])
            continue
        text = json.dumps(example["value"])
        try:
            if example["response"]:
                parsed = client.deserialize(text, model.__name__, "application/json")
            else:
                parsed = model.from_json(text)
        except Exception as error:
            first = str(error).splitlines()[0]
            failures.append(f"{example['pointer']}: {model.__name__}: {type(error).__name__}: {first}")
            continue
        if parsed is None:
            failures.append(f"{example['pointer']}: {model.__name__} deserialized it to None")
            continue
        checked += 1
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print(f"{len(failures)} of {len(examples)} examples failed", file=sys.stderr)
        return 1
    print(json.dumps({"checked": checked, "no_model": sorted(set(no_model))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
