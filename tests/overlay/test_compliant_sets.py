"""The specification's conformance sets: each overlay applied to openapi.yaml gives output.yaml.

"Gives" means an equal document: equal mappings, equal lists in equal order, equal scalars. That is
equality under the YAML data model, in which mapping keys have no order. Key order is checked too, as
a property of our own output (new keys follow existing ones), on every set whose expected file follows a
consistent order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from walletapp_tools.overlay import apply_overlay_files
from walletapp_tools.spec import dump_document, load_document

SETS_DIR = Path(__file__).parent / "compliant-sets"
SETS = sorted(path.name for path in SETS_DIR.iterdir() if (path / "overlay.yaml").is_file())

# output.yaml of this set places the new `description` between `operationId` and `responses`, where no
# order-keeping merge puts a new key (every other set has new keys after the existing ones, as we do).
# The documents are equal; only this one key's position in the file differs.
HAND_ORDERED_SETS = {"description-and-summary"}


def test_every_conformance_set_is_present() -> None:
    assert len(SETS) == 8, SETS


@pytest.mark.parametrize("name", SETS)
def test_conformance_set_output_is_reproduced_exactly(name: str) -> None:
    folder = SETS_DIR / name
    result = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"])
    assert result == load_document(folder / "output.yaml")


@pytest.mark.parametrize("name", sorted(set(SETS) - HAND_ORDERED_SETS))
def test_conformance_set_output_keeps_key_order(name: str) -> None:
    folder = SETS_DIR / name
    result = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"])
    assert dump_document(result) == dump_document(load_document(folder / "output.yaml"))


@pytest.mark.parametrize("name", SETS)
def test_conformance_set_is_applied_the_same_way_in_lenient_mode(name: str) -> None:
    folder = SETS_DIR / name
    strict = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"])
    lenient = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"], strict=False)
    assert dump_document(lenient) == dump_document(strict)


def test_description_and_summary_differs_from_output_yaml_only_by_where_the_new_key_sits() -> None:
    folder = SETS_DIR / "description-and-summary"
    result = apply_overlay_files(folder / "openapi.yaml", [folder / "overlay.yaml"])
    expected = load_document(folder / "output.yaml")
    ours = list(result["paths"]["/buildings"]["get"])
    theirs = list(expected["paths"]["/buildings"]["get"])
    assert ours == ["summary", "operationId", "responses", "description"]
    assert theirs == ["summary", "operationId", "description", "responses"]
    result["paths"]["/buildings"]["get"] = {key: result["paths"]["/buildings"]["get"][key] for key in theirs}
    assert dump_document(result) == dump_document(expected)
