"""A small Chrome DevTools Protocol client for headless Chromium, over a pipe.

Chromium started with `--remote-debugging-pipe` reads protocol messages from file
descriptor 3 and writes its replies and events to descriptor 4, each message a JSON text
ended by a NUL byte. This needs no websocket library and no downloaded browser.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
)
TIMEOUT_SECONDS = 30
# Key name, DOM code and Windows virtual key code of the keys the tests press.
KEYS = {
    "ArrowLeft": ("ArrowLeft", 37),
    "ArrowRight": ("ArrowRight", 39),
    "Home": ("Home", 36),
    "End": ("End", 35),
    "Tab": ("Tab", 9),
}


class DevToolsError(RuntimeError):
    """Raised when Chromium returns an error, exits, or does not reply in time."""


class Chromium:
    """One headless Chromium process with a fresh profile in `profile_dir`."""

    def __init__(self, profile_dir: Path, executable: Path = CHROMIUM, log_path: Path | None = None):
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()

        def connect_pipes() -> None:
            # os.pipe() descriptors are close-on-exec; dup2 onto 3 and 4 makes inheritable copies.
            read_copy, write_copy = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(read_copy, 3)
            os.dup2(write_copy, 4)

        self._log = open(log_path or os.devnull, "wb")
        self.process = subprocess.Popen(
            [str(executable), *LAUNCH_ARGS, f"--user-data-dir={profile_dir}", "about:blank"],
            preexec_fn=connect_pipes,
            # close_fds would close 3 and 4 after connect_pipes ran. Descriptors that Python opens
            # are non-inheritable (PEP 446), so they do not leak into Chromium.
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._writer = os.fdopen(to_browser_write, "wb", buffering=0)
        self._reader = os.fdopen(from_browser_read, "rb", buffering=0)
        self._lock = threading.Condition()
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._closed = False
        self._thread = threading.Thread(target=self._read_messages, name="chromium-pipe", daemon=True)
        self._thread.start()

    def _read_messages(self) -> None:
        buffer = b""
        while True:
            chunk = self._reader.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send one command and return its result; raise DevToolsError on an error reply or timeout."""
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._writer.write(json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + TIMEOUT_SECONDS
        with self._lock:
            while message_id not in self._replies:
                if self._closed:
                    raise DevToolsError(f"Chromium exited while waiting for {method}")
                if not self._lock.wait(deadline - time.monotonic()):
                    raise DevToolsError(f"{method} timed out after {TIMEOUT_SECONDS} s")
            reply = self._replies.pop(message_id)
        if "error" in reply:
            raise DevToolsError(f"{method} failed: {reply['error']}")
        return reply["result"]

    def wait_event(self, method: str, session: str | None, start: int) -> dict[str, Any]:
        """Return the first `method` event of `session` at index `start` or later in `events`."""
        deadline = time.monotonic() + TIMEOUT_SECONDS
        with self._lock:
            while True:
                for event in self.events[start:]:
                    if event["method"] == method and event.get("sessionId") == session:
                        return event
                if self._closed:
                    raise DevToolsError(f"Chromium exited while waiting for {method}")
                if not self._lock.wait(deadline - time.monotonic()):
                    raise DevToolsError(f"no {method} event within {TIMEOUT_SECONDS} s")

    def new_page(self, width: int = 1280, height: int = 900) -> Page:
        target_id = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target_id, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Runtime", "Network"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except DevToolsError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        # The reader thread ends at end of file, once Chromium and its children closed descriptor 4.
        self._thread.join(timeout=10)
        self._writer.close()
        if not self._thread.is_alive():
            self._reader.close()
        self._log.close()


class Page:
    """One tab, driven with real input events: clicks and key presses go through Chromium's input pipeline."""

    def __init__(self, browser: Chromium, session: str):
        self.browser = browser
        self.session = session

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.call(method, params, self.session)

    def navigate(self, url: str) -> None:
        """Open `url` and return once its load event fired."""
        start = len(self.browser.events)
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise DevToolsError(f"navigation to {url} failed: {result['errorText']}")
        self.browser.wait_event("Page.loadEventFired", self.session, start)

    def evaluate(self, expression: str, await_promise: bool = False) -> Any:
        """Return the JSON value of a JavaScript expression; raise DevToolsError if it throws."""
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": await_promise, "returnByValue": True, "userGesture": True},
        )
        if "exceptionDetails" in result:
            raise DevToolsError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """Press and release the left mouse button at the centre of the first element matching `selector`."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()"
        )
        if box is None:
            raise DevToolsError(f"no element matches {selector!r}")
        for event_type in ("mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent",
                {"type": event_type, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1},
            )

    def press(self, key: str) -> None:
        code, key_code = KEYS[key]
        for event_type in ("rawKeyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                {"type": event_type, "key": key, "code": code, "windowsVirtualKeyCode": key_code},
            )

    def wait_for(self, expression: str, timeout: float = 5.0) -> Any:
        """Poll a JavaScript expression until it is truthy and return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise DevToolsError(f"{expression!r} stayed false for {timeout} s")
            time.sleep(0.05)

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def requested_urls(self) -> list[str]:
        """Return the URL of every request this page sent, as Network.requestWillBeSent reported it."""
        return [
            event["params"]["request"]["url"]
            for event in list(self.browser.events)
            if event["method"] == "Network.requestWillBeSent" and event.get("sessionId") == self.session
        ]
