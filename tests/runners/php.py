"""Runs the PHP snippets with the PHP CLI: ext-curl for php_curl, Debian's Guzzle 7 for php_guzzle."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from .base import INSTALL_HINT, RUNTIMES_DIR, RunResult, Runner, SnippetFile, missing_commands, run_process

# Stands in for Composer's autoloader, so `require 'vendor/autoload.php'` in a snippet loads Guzzle.
VENDOR_DIR = RUNTIMES_DIR / "php" / "vendor"
# The PHP CLI prints errors on stdout by default. Sending them to stderr keeps stdout to what
# the snippet echoed, and error_reporting=-1 (E_ALL) reports deprecations too.
PHP_OPTIONS = ["-d", "display_errors=stderr", "-d", "error_reporting=-1"]


@functools.cache
def _missing_php() -> str | None:
    reason = missing_commands("php")
    if reason is not None:
        return reason
    result = run_process(["php", "-r", "echo extension_loaded('curl') ? 'yes' : 'no';"], cwd=Path.cwd())
    if result.stdout.strip() != "yes":
        return f"PHP's curl extension is not loaded; {INSTALL_HINT}"
    return None


class PhpRunner(Runner):
    """Copies each snippet into work_dir and runs it there with `php`."""

    needs_guzzle = False

    def missing(self) -> str | None:
        reason = _missing_php()
        if reason is None and self.needs_guzzle and not (VENDOR_DIR / "autoload.php").is_file():
            reason = f"{VENDOR_DIR / 'autoload.php'} not found; {INSTALL_HINT}"
        return reason

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        # PHP resolves `require 'vendor/autoload.php'` against include_path, where `.` is the
        # working directory, so every snippet runs from work_dir beside this link.
        vendor_link = work_dir / "vendor"
        if self.needs_guzzle and not vendor_link.exists():
            vendor_link.symlink_to(VENDOR_DIR, target_is_directory=True)
        for snippet in snippets:
            shutil.copyfile(snippet.path, self._script(snippet, work_dir))

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        return run_process(["php", *PHP_OPTIONS, self._script(snippet, work_dir).name], cwd=work_dir)

    @staticmethod
    def _script(snippet: SnippetFile, work_dir: Path) -> Path:
        return work_dir / f"{snippet.name}.php"


class PhpCurlRunner(PhpRunner):
    targets = ("php_curl",)


class PhpGuzzleRunner(PhpRunner):
    """Runs the Guzzle snippets beside a `vendor` link to tests/runtimes/php/vendor."""

    targets = ("php_guzzle",)
    needs_guzzle = True


RUNNERS = [PhpCurlRunner(), PhpGuzzleRunner()]
