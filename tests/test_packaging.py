"""`pip install .` into a fresh virtual environment gives a working `snippetgen`, data files included."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        cwd=out,
    )
    (path,) = out.glob("snippetgen-*.whl")
    return path


def test_wheel_contains_templates_and_schema(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "generator/_data/spec.schema.json" in names
    assert "generator/_data/templates/curl.sh.jinja" in names
    assert "generator/_data/templates/_python.jinja" in names


def test_fresh_venv_install_renders_seed_specs(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], check=True)

    work = tmp_path / "work"
    shutil.copytree(ROOT / "specs", work / "specs")
    completed = subprocess.run(
        [str(venv / "bin" / "snippetgen"), "render", "--target", "curl", "--target", "python_requests"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    produced = (work / "output" / "oauth-token" / "curl.sh").read_text()
    assert produced == (ROOT / "output" / "oauth-token" / "curl.sh").read_text()
