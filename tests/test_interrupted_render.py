"""A render killed with SIGKILL at any step leaves the output folder old or new, never mixed.

The child process runs the real CLI with one file-system call wrapped so that the process
kills itself just before the N-th call of that kind. Killed between the writer's two
renames, the output folder is missing and the old tree waits in the backup folder. The
next ordinary run must then finish the job and leave no staging or backup folder behind.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_COUNT = 40

# Runs `snippetgen render ARGS...` after wrapping CALL so the process dies before its COUNT-th use.
KILLING_CLI = """
import os, pathlib, shutil, signal, sys

call, count = sys.argv[1], int(sys.argv[2])
calls = 0

def die_before(original):
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        if calls == count:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)
    return wrapper

if call == "write_bytes":
    pathlib.Path.write_bytes = die_before(pathlib.Path.write_bytes)
elif call == "rename":
    os.rename = die_before(os.rename)
elif call == "rmtree":
    shutil.rmtree = die_before(shutil.rmtree)
else:
    raise SystemExit(f"unknown call {call}")

from generator.cli import main
main(["render", *sys.argv[3:]], prog_name="snippetgen")
"""


PLAIN_CLI = "from generator.cli import main; main(prog_name='snippetgen')"


def _write_corpus(folder: Path, version: str) -> Path:
    """Write SPEC_COUNT specs whose every snippet differs between versions; a few ids differ too."""
    folder.mkdir(parents=True)
    for index in range(SPEC_COUNT):
        spec_id = f"item-{index:03d}" if index % 10 else f"{version}-item-{index:03d}"
        (folder / f"{spec_id}.yaml").write_text(
            f"request:\n  method: GET\n  url: https://api.example.com/{version}/items/{index}\n",
            encoding="utf-8",
        )
    return folder


def _render(specs: Path, out_dir: Path, *prefix: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *prefix, str(specs), "-o", str(out_dir), "--target", "curl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _render_cli(specs: Path, out_dir: Path) -> None:
    result = _render(specs, out_dir, "-c", PLAIN_CLI, "render")
    assert result.returncode == 0, result.stderr


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _leftovers(out_dir: Path) -> list[str]:
    """Return what a write leaves beside the output folder while it runs: staging and backup folders."""
    return sorted(path.name for path in out_dir.parent.iterdir() if path.name.startswith(f".{out_dir.name}.") and path.is_dir())


@pytest.fixture(scope="module")
def trees(tmp_path_factory) -> dict[str, object]:
    """Render the old and the new corpus once each into reference folders."""
    base = tmp_path_factory.mktemp("trees")
    old_specs = _write_corpus(base / "old-specs", "old")
    new_specs = _write_corpus(base / "new-specs", "new")
    _render_cli(old_specs, base / "old" / "output")
    _render_cli(new_specs, base / "new" / "output")
    old = _contents(base / "old" / "output")
    new = _contents(base / "new" / "output")
    assert set(old) != set(new), "the corpora must add and remove files"
    assert all(old[name] != new[name] for name in set(old) & set(new) if name.endswith(".sh"))
    return {"old_specs": old_specs, "new_specs": new_specs, "old": old, "new": new}


@pytest.mark.parametrize(
    ("call", "count", "state"),
    [
        ("write_bytes", 1, "old"),
        ("write_bytes", SPEC_COUNT // 2, "old"),
        ("write_bytes", SPEC_COUNT + 1, "old"),
        ("rename", 1, "old"),
        ("rename", 2, "moved aside"),
        ("rmtree", 1, "new"),
    ],
    ids=["first-file", "middle-file", "last-file", "before-backup-rename", "before-swap-rename", "before-backup-removal"],
)
def test_killed_render_leaves_old_or_new_tree(trees, tmp_path: Path, call: str, count: int, state: str):
    out_dir = tmp_path / "work" / "output"
    _render_cli(trees["old_specs"], out_dir)
    assert _contents(out_dir) == trees["old"]

    killed = _render(trees["new_specs"], out_dir, "-c", KILLING_CLI, call, str(count))

    assert killed.returncode == -signal.SIGKILL, f"the render was not killed:\n{killed.stderr}"
    if state == "moved aside":
        # NOTE: between its two renames the writer has moved the old tree aside and not yet
        # moved the new one in, so for that instant the output folder does not exist.
        assert not out_dir.exists()
        assert _contents(out_dir.parent / f".{out_dir.name}.previous") == trees["old"]
    else:
        assert _contents(out_dir) == trees[state], "the output folder mixes old and new files"

    _render_cli(trees["new_specs"], out_dir)

    assert _contents(out_dir) == trees["new"]
    assert _leftovers(out_dir) == []


def test_killed_render_before_swap_restores_old_tree(trees, tmp_path: Path):
    out_dir = tmp_path / "work" / "output"
    _render_cli(trees["old_specs"], out_dir)
    _render(trees["new_specs"], out_dir, "-c", KILLING_CLI, "rename", "2")

    # A run that changes nothing (the old specs again) must first put the old tree back.
    _render_cli(trees["old_specs"], out_dir)

    assert _contents(out_dir) == trees["old"]
    assert _leftovers(out_dir) == []
