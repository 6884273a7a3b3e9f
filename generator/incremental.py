"""Skip rendering what has not changed since the last run.

Each output file is keyed by a sha256 of everything that produces it. The cache stores the
key and the sha256 of the bytes written for each path. When both still match, the file on
disk is reused as it is. The cache lives beside the output folder, never inside it, because
its keys depend on the local black, Jinja and Pygments versions and output/ may be committed.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import black
import jinja2
import pygments

from . import __version__
from .resources import templates_dir
from .targets import Target

CACHE_VERSION = 1
_PACKAGE_DIR = Path(__file__).resolve().parent


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def digest(*parts: Any) -> str:
    """Return the sha256 of `parts`: bytes are hashed as they are, anything else as canonical JSON."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, ensure_ascii=False).encode("utf-8")
        # The length prefix keeps ("ab", "c") and ("a", "bc") apart.
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """Return a digest of the code and tools that turn specs into files.

    It covers the package's own source and page templates as well as its version, so an
    edit in a source checkout invalidates the cache without a version bump.
    """
    parts: list[Any] = [__version__, black.__version__, jinja2.__version__, pygments.__version__]
    for path in sorted(_PACKAGE_DIR.glob("*.py")) + sorted((_PACKAGE_DIR / "page_templates").glob("*")):
        parts.append(path.name)
        parts.append(path.read_bytes())
    return digest(*parts)


def template_digest(target: Target, folder: Path | None = None) -> str:
    """Return a digest of the target's template and of every `_*.jinja` macro file beside it."""
    folder = folder or templates_dir()
    parts: list[Any] = []
    for path in [folder / target.template_name] + sorted(folder.glob("_*.jinja")):
        parts.append(path.name)
        # A missing template gets a marker; rendering then fails with Jinja's own error.
        parts.append(path.read_bytes() if path.is_file() else "missing")
    return digest(*parts)


def cache_path(out_dir: Path) -> Path:
    """Return where the cache of `out_dir` lives: `.<name>.cache.json` in its parent folder."""
    resolved = out_dir.resolve()
    return resolved.parent / f".{resolved.name}.cache.json"


class RenderCache:
    """The keys and sha256 of the files the last run wrote into one output folder."""

    def __init__(self, out_dir: Path, enabled: bool = True):
        self.out_dir = out_dir
        self.path = cache_path(out_dir)
        self.enabled = enabled
        self._old: dict[str, dict[str, str]] = self._load() if enabled else {}
        self._new: dict[str, dict[str, str]] = {}

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # A missing or damaged cache only costs a full render.
            return {}
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def lookup(self, relative: str, key: str) -> bytes | None:
        """Return the file's current bytes if it was made from `key` and is unchanged since."""
        entry = self._old.get(relative)
        if not self.enabled or not isinstance(entry, dict) or entry.get("key") != key:
            return None
        try:
            content = (self.out_dir / relative).read_bytes()
        except OSError:
            return None
        if sha256_hex(content) != entry.get("sha256"):
            return None
        self._new[relative] = entry
        return content

    def store(self, relative: str, key: str, content: bytes) -> None:
        self._new[relative] = {"key": key, "sha256": sha256_hex(content)}

    def save(self) -> None:
        """Write the entries of this run, replacing the file atomically, and only if they changed."""
        if not self.enabled:
            return
        text = json.dumps({"version": CACHE_VERSION, "entries": self._new}, indent=1, sort_keys=True) + "\n"
        try:
            if self.path.read_text(encoding="utf-8") == text:
                return
        except (OSError, ValueError):
            pass
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.path)
