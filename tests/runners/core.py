"""Runners for the targets that need only the machine's shell, curl and Python."""

from __future__ import annotations

import sys
from pathlib import Path

from .base import RunResult, Runner, SnippetFile, missing_commands, run_process


class CurlRunner(Runner):
    targets = ("curl",)

    def missing(self) -> str | None:
        return missing_commands("sh", "curl")

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        # --silent and friends would change the snippet; curl prints only the body by default.
        return run_process(["sh", str(snippet.path)], cwd=work_dir)


class PythonRunner(Runner):
    targets = ("python_requests", "python_http_client")

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        return run_process([sys.executable, str(snippet.path)], cwd=work_dir)


RUNNERS = [CurlRunner(), PythonRunner()]
