"""Locate the templates and the spec schema, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DATA = _PACKAGE_DIR / "_data"
_SOURCE_ROOT = _PACKAGE_DIR.parent


def templates_dir() -> Path:
    """Return the folder of target templates."""
    installed = _INSTALLED_DATA / "templates"
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / "templates"


def schema_path() -> Path:
    """Return the JSON Schema file that specs are validated against."""
    installed = _INSTALLED_DATA / "spec.schema.json"
    if installed.is_file():
        return installed
    return _SOURCE_ROOT / "specs" / "spec.schema.json"
