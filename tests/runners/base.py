"""The interface between the executed-snippet tests and each runtime.

A runner executes generated snippets of one or more targets exactly as generated: it
may wrap a snippet (a class, a main function, a page) but never edits its bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
INSTALL_HINT = "run `make runtimes` (scripts/install-runtimes.sh)"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
RUNTIMES_DIR = PROJECT_ROOT / "tests" / "runtimes"
# Every snippet run is bounded, so a hung client fails its test instead of the suite.
RUN_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class SnippetFile:
    """A snippet rendered for execution against the mock server."""

    spec_id: str
    target: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def name(self) -> str:
        """Return an identifier usable as a class, binary or file name: `oauth_token__curl`."""
        return f"{self.spec_id.replace('-', '_')}__{self.target}"


@dataclass(frozen=True)
class RunResult:
    """What a snippet run printed and how it exited."""

    returncode: int
    stdout: str
    stderr: str


class Runner:
    """Base class of runtimes. Subclasses set `targets` and override the methods."""

    targets: tuple[str, ...] = ()

    def missing(self) -> str | None:
        """Return why this runtime cannot run here (naming what to install), or None when it can."""
        return None

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        """Build every snippet of this runner at once (one compiler call per runtime where possible)."""

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        """Execute one prepared snippet and return its result."""
        raise NotImplementedError


def missing_commands(*commands: str) -> str | None:
    """Return a reason naming the first command not on PATH, or None when all are there."""
    for command in commands:
        if shutil.which(command) is None:
            return f"{command} is not installed; {INSTALL_HINT}"
    return None


def run_process(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = RUN_TIMEOUT_SECONDS) -> RunResult:
    """Run a command without a shell and capture its output as text."""
    completed = subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return RunResult(completed.returncode, completed.stdout, completed.stderr)
