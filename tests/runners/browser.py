"""Run the browser JavaScript snippets (fetch, jQuery, XMLHttpRequest) in headless Chromium.

One Node.js process, `browser_run.mjs`, keeps one Chromium open for every snippet. Each
snippet runs inside an HTML page served from `page_origin` (http://localhost:PORT), another
origin than the mock server (http://127.0.0.1:PORT), so the browser applies CORS for real:
the mock server must allow `page_origin`. Call `close()` when done to stop the browser.
"""

from __future__ import annotations

import json
import queue
import socket
import subprocess
import threading
from collections import deque
from pathlib import Path

from .base import INSTALL_HINT, RUN_TIMEOUT_SECONDS, RUNTIMES_DIR, RunResult, Runner, SnippetFile, missing_commands

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = RUNTIMES_DIR / "node" / "node_modules"
JQUERY = NODE_MODULES / "jquery" / "dist" / "jquery.min.js"
PLAYWRIGHT = NODE_MODULES / "playwright-core"
HELPER = Path(__file__).resolve().with_name("browser_run.mjs")
# A normal start takes about a second, so this limit only stops a start that hangs.
START_TIMEOUT_SECONDS = 60

PAGE_PREFIX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>{title}</title>
{scripts}</head>
<body>
<script>
"""
PAGE_SUFFIX = """</script>
</body>
</html>
"""
JQUERY_SCRIPT = '<script src="/jquery.min.js"></script>\n'


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 now. Another process could take it before the helper binds it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_html(snippet: SnippetFile) -> bytes:
    """Wrap the snippet's bytes, unchanged, in an inline script of an HTML page."""
    scripts = JQUERY_SCRIPT if snippet.target == "js_jquery" else ""
    prefix = PAGE_PREFIX.format(title=snippet.name, scripts=scripts)
    return prefix.encode("utf-8") + snippet.path.read_bytes() + PAGE_SUFFIX.encode("utf-8")


def unsafe_inline_script(text: str) -> str | None:
    """Return why `text` cannot sit inside an inline <script> element, or None when it can."""
    lowered = text.lower()
    for marker in ("</script", "<!--"):
        if marker in lowered:
            return f"the snippet contains {marker!r}, which would end or change the inline <script> element"
    return None


class BrowserRunner(Runner):
    """Runs js_fetch, js_jquery and js_xhr snippets in one Chromium process, one page each."""

    targets = ("js_fetch", "js_jquery", "js_xhr")

    def __init__(self) -> None:
        # Chosen now, so the mock server can allow this origin before any page exists.
        self.page_port = free_port()
        self.page_origin = f"http://localhost:{self.page_port}"
        self._process: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[str | None] = queue.Queue()
        self._helper_errors: deque[str] = deque(maxlen=50)
        self._readers: list[threading.Thread] = []
        self._start_error: str | None = None
        self._lock = threading.Lock()

    def missing(self) -> str | None:
        reason = missing_commands("node")
        if reason:
            return reason
        if not CHROMIUM.is_file():
            return f"{CHROMIUM} is not installed; {INSTALL_HINT}"
        for path in (PLAYWRIGHT / "package.json", JQUERY):
            if not path.is_file():
                return f"{path} is not installed; {INSTALL_HINT}"
        return None

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        for snippet in snippets:
            self._write_page(snippet, work_dir)
        with self._lock:
            self._ensure_started()

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        problem = unsafe_inline_script(snippet.text)
        if problem:
            return RunResult(1, "", problem + "\n")
        page = self._write_page(snippet, work_dir)
        with self._lock:
            if not self._ensure_started():
                return RunResult(1, "", f"the browser did not start: {self._start_error}\n")
            return self._request(page)

    def close(self) -> None:
        """Stop the helper and its browser. A later run starts them again."""
        with self._lock:
            process, self._process = self._process, None
            if process is None:
                return
            try:
                # The helper closes the browser and exits when its stdin closes.
                process.stdin.close()
                process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
            self._close_pipes(process)

    # Helper process ---------------------------------------------------------------

    def _write_page(self, snippet: SnippetFile, work_dir: Path) -> Path:
        page = work_dir / f"{snippet.name}.html"
        page.write_bytes(page_html(snippet))
        return page

    def _ensure_started(self) -> bool:
        if self._process is not None and self._process.poll() is None:
            return True
        self._start_error = None
        self._replies = queue.Queue()
        self._process = subprocess.Popen(
            [
                "node",
                str(HELPER),
                "--port",
                str(self.page_port),
                "--chromium",
                str(CHROMIUM),
                "--jquery",
                str(JQUERY),
                "--playwright",
                str(PLAYWRIGHT),
            ],
            cwd=HELPER.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        self._readers = [
            threading.Thread(target=self._read_replies, args=(self._process, self._replies), daemon=True),
            threading.Thread(target=self._read_errors, args=(self._process,), daemon=True),
        ]
        for thread in self._readers:
            thread.start()
        reply = self._next_reply(START_TIMEOUT_SECONDS)
        if reply is not None and reply.get("ready"):
            return True
        self._start_error = (
            "no ready message from browser_run.mjs" if reply is None else f"unexpected message {reply!r}"
        ) + self._helper_error_text()
        self._stop_after_failure()
        return False

    def _request(self, page: Path) -> RunResult:
        assert self._process is not None and self._process.stdin is not None
        try:
            self._process.stdin.write(json.dumps({"page": str(page)}) + "\n")
            self._process.stdin.flush()
        except OSError as exc:
            self._stop_after_failure()
            return RunResult(1, "", f"cannot send the page to browser_run.mjs: {exc}{self._helper_error_text()}\n")
        reply = self._next_reply(RUN_TIMEOUT_SECONDS)
        if reply is None:
            message = f"browser_run.mjs returned no result within {RUN_TIMEOUT_SECONDS} s, or it exited"
            self._stop_after_failure()
            return RunResult(1, "", message + self._helper_error_text() + "\n")
        return RunResult(int(reply["returncode"]), reply["stdout"], reply["stderr"])

    def _next_reply(self, timeout: float) -> dict | None:
        try:
            line = self._replies.get(timeout=timeout)
        except queue.Empty:
            return None
        if line is None:
            return None
        try:
            return json.loads(line)
        except ValueError:
            self._helper_errors.append(f"unreadable reply: {line[:200]!r}")
            return None

    def _stop_after_failure(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._close_pipes(self._process)
            self._process = None

    def _close_pipes(self, process: subprocess.Popen[str]) -> None:
        # The reader threads end at end of file once the process has exited.
        for thread in self._readers:
            thread.join(timeout=5)
        self._readers = []
        for pipe in (process.stdin, process.stdout, process.stderr):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass

    def _helper_error_text(self) -> str:
        if not self._helper_errors:
            return ""
        return "\nbrowser_run.mjs stderr:\n" + "\n".join(self._helper_errors)

    @staticmethod
    def _read_replies(process: subprocess.Popen[str], replies: queue.Queue[str | None]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            replies.put(line)
        replies.put(None)

    def _read_errors(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self._helper_errors.append(line.rstrip("\n"))


RUNNERS = [BrowserRunner()]
