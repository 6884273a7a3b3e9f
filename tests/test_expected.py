"""Every spec rendered for every target matches its expected file byte for byte.

`make expected` (SNIPPETGEN_UPDATE_EXPECTED=1) rewrites the files; review the diff.
Expected files are never the only check: tests/test_execute.py runs every snippet.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.render import render_snippet
from generator.spec import load_specs
from generator.targets import TARGETS
from tests.conftest import corpus_spec_dirs

EXPECTED_DIR = Path(__file__).resolve().parent / "expected"
UPDATE = os.environ.get("SNIPPETGEN_UPDATE_EXPECTED") == "1"
SPECS = {spec.id: spec for spec in load_specs(corpus_spec_dirs())}
CASES = [(spec_id, target.key) for spec_id in SPECS for target in TARGETS]


@pytest.mark.parametrize(("spec_id", "target_key"), CASES, ids=[f"{t}-{s}" for s, t in CASES])
def test_snippet_matches_expected(spec_id: str, target_key: str):
    snippet = render_snippet(SPECS[spec_id], TARGETS[target_key])
    expected_path = EXPECTED_DIR / snippet.relative_path
    actual = snippet.text.encode("utf-8")
    if UPDATE:
        expected_path.parent.mkdir(parents=True, exist_ok=True)
        if not expected_path.is_file() or expected_path.read_bytes() != actual:
            expected_path.write_bytes(actual)
        return
    if not expected_path.is_file():
        pytest.fail(f"expected file {expected_path} is missing; create it with `make expected` and review it")
    # Bytes, not read_text: universal newlines would turn a CR inside a literal into LF.
    assert actual.decode("utf-8") == expected_path.read_bytes().decode("utf-8")


def test_no_stale_expected_files():
    wanted = {Path(spec_id) / TARGETS[key].file_name for spec_id, key in CASES}
    present = {path.relative_to(EXPECTED_DIR) for path in EXPECTED_DIR.rglob("*") if path.is_file()}
    stale = sorted(str(path) for path in present - wanted)
    if UPDATE:
        for relative in stale:
            (EXPECTED_DIR / relative).unlink()
        return
    assert not stale, f"expected files without a spec or target: {stale}; remove them with `make expected`"
