"""Compare generated pages and manifests with their expected files under tests/expected_pages/.

They live apart from tests/expected/, whose test removes every file that is not a snippet.
SNIPPETGEN_UPDATE_EXPECTED=1 rewrites them; review the diff before committing.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

EXPECTED_PAGES_DIR = Path(__file__).resolve().parent / "expected_pages"
UPDATE = os.environ.get("SNIPPETGEN_UPDATE_EXPECTED") == "1"


def assert_matches_expected(relative: str, actual: bytes) -> None:
    """Assert `actual` equals tests/expected_pages/`relative`, or rewrite that file in update mode."""
    path = EXPECTED_PAGES_DIR / relative
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != actual:
            path.write_bytes(actual)
        return
    if not path.is_file():
        pytest.fail(f"expected file {path} is missing; create it with SNIPPETGEN_UPDATE_EXPECTED=1 and review it")
    expected = path.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.decode("utf-8").splitlines(keepends=True),
            actual.decode("utf-8").splitlines(keepends=True),
            fromfile=str(path),
            tofile="generated",
        )
        pytest.fail(f"{path} differs from the generated file:\n{''.join(diff)[:6000]}")
