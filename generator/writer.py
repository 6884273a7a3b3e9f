"""Write an output tree so that a reader never sees it half-updated.

The new tree is built beside the old one (unchanged files are hard links, so they keep
their mtime), then swapped in with two renames. A run killed between the renames leaves
a backup that the next run puts back before it does anything else.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


@dataclass
class WriteReport:
    """Paths a write changed, kept unchanged or removed, relative to the output folder."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def _backup_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.previous"


def _staging_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"


def real_output_dir(out_dir: Path) -> Path:
    """Return the folder a symbolic link points at, so the swap replaces the folder and keeps the link."""
    return out_dir.resolve() if out_dir.is_symlink() else out_dir


def recover(out_dir: Path) -> None:
    """Undo what an interrupted write left behind: restore the backup, drop staging folders."""
    out_dir = real_output_dir(out_dir)
    backup = _backup_dir(out_dir)
    if backup.exists():
        if out_dir.exists():
            shutil.rmtree(backup)
        else:
            os.rename(backup, out_dir)
    if out_dir.parent.is_dir():
        for leftover in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
            shutil.rmtree(leftover, ignore_errors=True)


def plan_changes(out_dir: Path, files: dict[str, bytes], remove: set[str]) -> WriteReport:
    """Compare wanted files with the folder and report what a write would change."""
    report = WriteReport()
    for relative, content in sorted(files.items()):
        target = out_dir / relative
        if target.is_file() and target.read_bytes() == content:
            report.unchanged.append(relative)
        else:
            report.written.append(relative)
    for relative in sorted(remove - set(files)):
        if (out_dir / relative).is_file():
            report.removed.append(relative)
    return report


def write_tree(out_dir: Path, files: dict[str, bytes], remove: set[str] = frozenset()) -> WriteReport:
    """Make `out_dir` hold `files` (relative POSIX paths) and not `remove`, all at once.

    Files in `out_dir` that are in neither set are carried over untouched.
    """
    for relative in list(files) + list(remove):
        _check_relative(relative)
    out_dir = real_output_dir(out_dir)
    recover(out_dir)
    report = plan_changes(out_dir, files, set(remove))
    if not report.changed:
        return report

    staging = _staging_dir(out_dir)
    try:
        if out_dir.is_dir():
            _link_tree(out_dir, staging)
        else:
            staging.mkdir(parents=True)
        for relative in report.written:
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            # The staged file may be a hard link to the live one: unlink, never write through it.
            if target.exists():
                target.unlink()
            target.write_bytes(files[relative])
        for relative in report.removed:
            (staging / relative).unlink()
            _remove_empty_parents(staging / relative, staging)
        _swap(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report


def _check_relative(relative: str) -> None:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"output path {relative!r} is outside the output folder")


def _link_tree(source: Path, destination: Path) -> None:
    for folder, _, names in os.walk(source):
        relative = Path(folder).relative_to(source)
        (destination / relative).mkdir(parents=True, exist_ok=True)
        for name in names:
            src = Path(folder) / name
            dst = destination / relative / name
            try:
                os.link(src, dst, follow_symlinks=False)
            except OSError:
                shutil.copy2(src, dst, follow_symlinks=False)


def _remove_empty_parents(path: Path, stop: Path) -> None:
    parent = path.parent
    while parent != stop and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        os.rename(staging, out_dir)
        return
    backup = _backup_dir(out_dir)
    os.rename(out_dir, backup)
    os.rename(staging, out_dir)
    shutil.rmtree(backup)
