"""The manifest `index.json`: what an output folder holds, for pipelines and for snippetgen itself.

A pipeline reads it to find each spec's snippets and pages. snippetgen reads the previous
one to learn which files it owns, because it only ever removes files listed there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Sequence

from . import __version__
from .incremental import sha256_hex
from .render import Snippet
from .spec import Spec

MANIFEST_NAME = "index.json"
MANIFEST_VERSION = 1
GENERATOR_NAME = "snippetgen"
SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "manifest.schema.json"


class OutputError(Exception):
    """Raised when the output folder contains a file that snippetgen must not overwrite."""


@dataclass(frozen=True)
class PageFile:
    """One documentation page: its format, the spec it shows (None for an index page) and its bytes."""

    format: str
    path: str
    content: bytes
    spec_id: str | None = None


def target_entry(snippet: Snippet, content: bytes, text: bool = False) -> dict[str, Any]:
    target = snippet.target
    entry: dict[str, Any] = {
        "key": target.key,
        "label": target.label,
        "language": target.language,
        "library": target.library,
        "lexer": target.lexer,
        "path": snippet.relative_path.as_posix(),
        "sha256": sha256_hex(content),
    }
    if text:
        entry["text"] = snippet.text
    return entry


def page_entry(page: PageFile) -> dict[str, Any]:
    return {"format": page.format, "path": page.path, "sha256": sha256_hex(page.content)}


def build_manifest(
    specs: list[Spec],
    snippets: list[Snippet],
    pages: Sequence[PageFile] = (),
    formats: Sequence[str] = (),
    include_text: bool = False,
) -> dict[str, Any]:
    """Describe the output in spec order, then registry order; with `include_text`, add each snippet's text."""
    by_spec: dict[str, list[Snippet]] = {}
    for snippet in snippets:
        by_spec.setdefault(snippet.spec.id, []).append(snippet)
    spec_pages: dict[str, list[PageFile]] = {}
    for page in pages:
        if page.spec_id is not None:
            spec_pages.setdefault(page.spec_id, []).append(page)

    entries = []
    for spec in specs:
        entries.append(
            {
                "id": spec.id,
                "title": spec.title,
                "description": spec.description,
                "method": spec.request.method,
                "url": spec.request.url,
                "targets": [
                    target_entry(snippet, snippet.text.encode("utf-8"), include_text) for snippet in by_spec.get(spec.id, [])
                ],
                "pages": [page_entry(page) for page in spec_pages.get(spec.id, [])],
            }
        )
    return {
        "manifest_version": MANIFEST_VERSION,
        "generator": {"name": GENERATOR_NAME, "version": __version__},
        "formats": list(formats),
        "specs": entries,
        "pages": [page_entry(page) for page in pages if page.spec_id is None],
    }


def dump_manifest(manifest: dict[str, Any]) -> bytes:
    """Serialise with a fixed key order, two-space indent and a final newline, so equal input gives equal bytes."""
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def owned_paths(manifest: dict[str, Any]) -> set[str]:
    """Return every file path the manifest lists, skipping any that would leave the output folder."""
    paths: set[str] = set()
    for spec in manifest.get("specs", []):
        if not isinstance(spec, dict):
            continue
        for entry in list(spec.get("targets", [])) + list(spec.get("pages", [])):
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                paths.add(entry["path"])
    for entry in manifest.get("pages", []):
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            paths.add(entry["path"])
    return {path for path in paths if _is_inside(path)}


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """Return the manifest in `out_dir`, or None if there is none yet.

    Raises `OutputError` if `index.json` exists but snippetgen did not write it, because
    the next write would replace a file that belongs to someone else.
    """
    path = out_dir / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(
            f"{path} is not a snippetgen manifest ({exc}). Remove it if snippetgen wrote it, or choose another --output"
        ) from None
    generator = manifest.get("generator") if isinstance(manifest, dict) else None
    if not isinstance(generator, dict) or generator.get("name") != GENERATOR_NAME:
        raise OutputError(
            f"{path} was not written by snippetgen. Remove it if snippetgen wrote it, or choose another --output"
        )
    return manifest


def _is_inside(relative: str) -> bool:
    path = PurePosixPath(relative)
    return bool(path.parts) and not path.is_absolute() and ".." not in path.parts and relative != MANIFEST_NAME
