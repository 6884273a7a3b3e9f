"""Builds the Rust reqwest snippets with one `cargo build` and runs each binary.

Every snippet becomes `src/bin/<name>.rs` of a copy of the harness crate in
tests/runtimes/rust, made in the work folder so the committed tree stays clean.
CARGO_TARGET_DIR points at the harness crate's own target folder, where
scripts/install-runtimes.sh has compiled reqwest and its dependencies already.
The copy has the same Cargo.toml and Cargo.lock, so cargo reuses those artifacts
and compiles only the snippets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from .base import (
    INSTALL_HINT,
    PROJECT_ROOT,
    RUNTIMES_DIR,
    RunResult,
    Runner,
    SnippetFile,
    missing_commands,
    run_process,
)

HARNESS_DIR = RUNTIMES_DIR / "rust"
TARGET_DIR = HARNESS_DIR / "target"
# scripts/install-runtimes.sh downloads the crates into this CARGO_HOME.
CARGO_HOME = PROJECT_ROOT / ".cache" / "cargo"
# With the dependencies compiled, 30 snippets build in about 6 s on 2 cores. A build that had to
# compile the dependencies too took 2 to 3 minutes while other builds loaded those cores.
BUILD_TIMEOUT_SECONDS = 900
# Returned by run() for a snippet that did not compile.
BUILD_FAILED = 101


class RustRunner(Runner):
    """Copies the harness crate into work_dir, adds one binary per snippet and builds them all at once."""

    targets = ("rust_reqwest",)

    def __init__(self) -> None:
        self._executables: dict[str, Path] = {}
        self._errors: dict[str, str] = {}

    def missing(self) -> str | None:
        reason = missing_commands("cargo")
        if reason is None and not (CARGO_HOME / "registry").is_dir():
            reason = f"the crates of {HARNESS_DIR} are not downloaded into {CARGO_HOME}; {INSTALL_HINT}"
        return reason

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        crate_dir = work_dir / "crate"
        bin_dir = crate_dir / "src" / "bin"
        if crate_dir.exists():
            shutil.rmtree(crate_dir)
        bin_dir.mkdir(parents=True)
        for manifest in ("Cargo.toml", "Cargo.lock"):
            shutil.copyfile(HARNESS_DIR / manifest, crate_dir / manifest)
        for snippet in snippets:
            shutil.copyfile(snippet.path, bin_dir / f"{snippet.name}.rs")

        self._executables.clear()
        self._errors.clear()
        build = self._build(crate_dir)
        rendered: dict[str, list[str]] = {}
        for line in build.stdout.splitlines():
            self._read_message(line, rendered)
        for snippet in snippets:
            if snippet.name in self._executables:
                self._executables[snippet.name] = _private_copy(self._executables[snippet.name], work_dir / "bin")
                continue
            messages = "".join(rendered.get(snippet.name, []))
            # Without a message naming the binary, cargo itself failed, so the error shows all of its output.
            self._errors[snippet.name] = f"cargo build failed:\n{messages or build.stderr}"

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        error = self._errors.get(snippet.name)
        if error is not None:
            return RunResult(BUILD_FAILED, "", error)
        executable = self._executables.get(snippet.name)
        if executable is None:
            return RunResult(BUILD_FAILED, "", f"{snippet.name} was not built; prepare() did not get this snippet")
        return run_process([str(executable)], cwd=work_dir)

    def _build(self, crate_dir: Path) -> RunResult:
        # --keep-going builds every snippet that compiles even when another one fails.
        args = ["cargo", "build", "--locked", "--offline", "--keep-going", "--bins", "--message-format=json"]
        env = {
            "CARGO_HOME": str(CARGO_HOME),
            "CARGO_TARGET_DIR": str(TARGET_DIR),
            # Each snippet is built once, so incremental data would only fill target/. 30 snippets
            # built in 5.7 s without it and in 7.3 s with it.
            "CARGO_INCREMENTAL": "0",
        }
        try:
            return run_process(args, cwd=crate_dir, env=env, timeout=BUILD_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as exc:
            return RunResult(1, "", f"cargo build timed out after {exc.timeout} s")

    def _read_message(self, line: str, rendered: dict[str, list[str]]) -> None:
        """Record one line of cargo's JSON output: a built binary or a compiler message about one."""
        if not line.startswith("{"):
            return
        message = json.loads(line)
        target = message.get("target") or {}
        if "bin" not in target.get("kind", ()):
            return
        name = target.get("name", "")
        if message.get("reason") == "compiler-artifact" and message.get("executable"):
            self._executables[name] = Path(message["executable"])
        elif message.get("reason") == "compiler-message":
            rendered.setdefault(name, []).append(message["message"].get("rendered") or "")


def _private_copy(executable: Path, folder: Path) -> Path:
    """Link or copy a built binary into `folder`, so another test session's build cannot replace it."""
    folder.mkdir(exist_ok=True)
    copy = folder / executable.name
    copy.unlink(missing_ok=True)
    try:
        os.link(executable, copy)
    except OSError:  # a hard link cannot cross file systems
        shutil.copy2(executable, copy)
    return copy


RUNNERS = [RustRunner()]
