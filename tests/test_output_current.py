"""The committed output/ folder is what `snippetgen render` produces now."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.api import check_tree
from generator.render import render_snippet
from generator.spec import load_specs
from generator.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
SPECS = load_specs([ROOT / "specs"])


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.id)
def test_committed_snippets_are_current(spec):
    for target in TARGETS:
        snippet = render_snippet(spec, target)
        committed = ROOT / "output" / snippet.relative_path
        assert committed.is_file(), f"{committed} is missing; run `make generate` and commit output/"
        assert committed.read_bytes().decode("utf-8") == snippet.text, (
            f"{committed} is stale; run `make generate` and commit output/"
        )


def test_committed_output_passes_check_mode():
    # The same check a pipeline runs: snippets, pages and index.json, no cache.
    report = check_tree(
        [ROOT / "specs"], ROOT / "output", formats=["markdown", "mkdocs", "html"], use_cache=False
    )
    assert report.current, "\n".join(report.lines(ROOT / "output")) + "\nrun `make generate` and commit output/"
