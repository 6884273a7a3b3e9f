"""Bad input: each case runs the real CLI and must fail with its snapshot error output, writing nothing.

Every `tests/invalid/<case>.yaml` file and every `tests/invalid/<case>/` folder is one
case. The test builds a few more cases itself: a non-UTF-8 file, an oversized file and bad
command-line values. The expected stderr of each case is `tests/invalid/<case>.stderr`.
SNIPPETGEN_UPDATE_EXPECTED=1 rewrites those files; review the diff before committing.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.loader import MAX_SPEC_BYTES

ROOT = Path(__file__).resolve().parent.parent
INVALID_DIR = ROOT / "tests" / "invalid"
UPDATE = os.environ.get("SNIPPETGEN_UPDATE_EXPECTED") == "1"
# Stands for the test's temporary folder in snapshots, so they do not depend on where it is.
TMP_MARK = "<tmp>"


@dataclass(frozen=True)
class Case:
    """One bad input: the `render` arguments, and a function that writes generated input files."""

    name: str
    args: tuple[str, ...]
    make_input: Callable[[Path], None] | None = None
    # Spec errors exit with 1; click's usage errors (a bad option value) exit with 2.
    exit_code: int = 1
    spec_error: bool = True
    options: tuple[str, ...] = ()


def _committed_cases() -> list[Case]:
    cases = []
    for path in sorted(INVALID_DIR.iterdir()):
        relative = path.relative_to(ROOT).as_posix()
        if path.suffix == ".yaml" and path.is_file():
            cases.append(Case(path.stem, (relative,)))
        elif path.is_dir():
            cases.append(Case(path.name, (relative,)))
    return cases


def _write_non_utf8(folder: Path) -> None:
    # "café" in Latin-1: the é is the single byte 0xe9, which is not valid UTF-8.
    (folder / "non-utf8.yaml").write_bytes(b"request:\n  method: GET\n  url: https://api.example.com/caf\xe9\n")


def _write_oversized(folder: Path) -> None:
    header = b"request:\n  method: POST\n  url: https://api.example.com/items\n"
    body = b"  body:\n    kind: text\n    content_type: text/plain\n    text: " + b"x" * MAX_SPEC_BYTES + b"\n"
    (folder / "oversized.yaml").write_bytes(header + body)


GENERATED_CASES = [
    Case("non-utf8", (f"{TMP_MARK}/non-utf8.yaml",), _write_non_utf8),
    Case("oversized", (f"{TMP_MARK}/oversized.yaml",), _write_oversized),
    Case("missing-file", (f"{TMP_MARK}/no-such-spec.yaml",)),
    Case("unknown-target", ("specs",), exit_code=2, spec_error=False, options=("--target", "nope")),
    Case(
        "unknown-var-option",
        ("specs",),
        exit_code=2,
        spec_error=False,
        options=("--var", "acces_token=abc"),
    ),
]
CASES = _committed_cases() + GENERATED_CASES


def _tree_state(folder: Path) -> dict[str, tuple[str, bytes, int]]:
    """Return every file and folder under `folder` with its kind, bytes and mtime in nanoseconds."""
    state = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_dir():
            state[relative] = ("dir", b"", path.stat().st_mtime_ns)
        else:
            state[relative] = ("file", path.read_bytes(), path.stat().st_mtime_ns)
    return state


@pytest.fixture
def existing_output(tmp_path: Path) -> Path:
    """Return an output folder that already contains a rendered snippet tree, in its own parent folder."""
    out_dir = tmp_path / "work" / "output"
    result = CliRunner().invoke(main, ["render", str(ROOT / "specs"), "-o", str(out_dir), "--target", "curl"])
    assert result.exit_code == 0, result.output
    return out_dir


def _snapshot_path(case: Case) -> Path:
    return INVALID_DIR / f"{case.name}.stderr"


def _assert_matches_snapshot(case: Case, stderr: str) -> None:
    path = _snapshot_path(case)
    if UPDATE:
        if not path.is_file() or path.read_text(encoding="utf-8") != stderr:
            path.write_text(stderr, encoding="utf-8")
        return
    if not path.is_file():
        pytest.fail(f"snapshot {path} is missing; create it with SNIPPETGEN_UPDATE_EXPECTED=1 and review it")
    expected = path.read_text(encoding="utf-8")
    if stderr != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), stderr.splitlines(keepends=True), fromfile=str(path), tofile="stderr"
        )
        pytest.fail(f"error output differs from {path}:\n{''.join(diff)}")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_invalid_input_is_rejected(case: Case, existing_output: Path, tmp_path: Path, monkeypatch):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    if case.make_input:
        case.make_input(inputs)
    args = [arg.replace(TMP_MARK, str(inputs)) for arg in case.args]
    work = existing_output.parent
    before = _tree_state(work)
    # Relative spec paths keep the snapshots free of this checkout's location.
    monkeypatch.chdir(ROOT)

    result = CliRunner().invoke(
        main, ["render", *args, "-o", str(existing_output), *case.options], prog_name="snippetgen"
    )

    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"the CLI raised {result.exception!r} instead of reporting an error"
    )
    assert result.exit_code == case.exit_code, result.output
    assert result.stdout == ""
    assert _tree_state(work) == before, "the output folder or its parent changed"
    stderr = result.stderr.replace(str(inputs), TMP_MARK)
    _assert_matches_snapshot(case, stderr)


@pytest.mark.parametrize("case", [c for c in CASES if c.spec_error], ids=[c.name for c in CASES if c.spec_error])
def test_spec_error_lines_name_location_and_fix(case: Case):
    """Check the form of each snapshot line: `error: FILE[:LINE]: [KEY: ]MESSAGE. FIX.`, one line each."""
    path = _snapshot_path(case)
    if not path.is_file():
        pytest.skip(f"snapshot {path} is missing")
    lines = path.read_text(encoding="utf-8").splitlines()
    errors = [line for line in lines if line.startswith("error: ")]

    assert errors, "no error line"
    assert lines[-1].endswith("found; nothing was written."), lines[-1]
    assert len(lines) == len(errors) + 1, "every line but the summary is an `error:` line"
    for line in errors:
        assert re.match(r"error: \S+\.yaml(:\d+)?: ", line), f"no file location: {line}"
        assert line.endswith("."), f"not a sentence: {line}"
        # The message and the fix are two sentences, so at least one ". " separates them.
        assert ". " in line, f"no fix: {line}"


def test_whole_file_errors_have_no_line():
    # Only errors about the file as a whole may leave out the line number.
    for case in CASES:
        path = _snapshot_path(case)
        if not case.spec_error or not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("error: ") and not re.match(r"error: \S+\.yaml:\d+: ", line):
                assert case.name in ("oversized", "missing-file"), f"{case.name}: no line number in {line}"


def test_several_specs_are_all_reported():
    snapshot = (INVALID_DIR / "several-specs.stderr").read_text(encoding="utf-8")

    assert "b-unknown-method.yaml:2:" in snapshot
    assert "c-two-problems.yaml:4:" in snapshot
    assert "c-two-problems.yaml:6:" in snapshot
    assert "d-malformed.yaml:2:" in snapshot
    assert "a-valid.yaml" not in snapshot
    assert snapshot.splitlines()[-1] == "4 problems found; nothing was written."


def test_every_case_file_has_a_snapshot():
    names = {case.name for case in CASES}
    snapshots = {path.stem for path in INVALID_DIR.glob("*.stderr")}

    assert snapshots <= names, f"snapshots without a case: {sorted(snapshots - names)}"
