"""Known limits of client libraries, reported as warnings with stable ids.

A limitation is a request shape that a library cannot send as the spec describes. The
snippet is still generated (where it throws, a NOTE comment gives the reason), and
`snippetgen render` prints the warning, so a writer sees it before publishing. The executed-snippet tests expect
each listed case to fail and fail loudly when it starts to pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .model import Request


@dataclass(frozen=True)
class Limitation:
    """One thing a target's library cannot do, with the advice a writer needs."""

    id: str
    target: str
    message: str
    applies: Callable[[Request], bool]


# Browsers do not let page script set these headers (Chromium ignores User-Agent too).
BROWSER_FORBIDDEN_HEADERS = frozenset(
    {
        "accept-charset",
        "accept-encoding",
        "connection",
        "content-length",
        "cookie",
        "date",
        "dnt",
        "expect",
        "host",
        "keep-alive",
        "origin",
        "referer",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "via",
    }
)


def _sets_browser_forbidden_header(request: Request) -> bool:
    return any(name.lower() in BROWSER_FORBIDDEN_HEADERS for name, _ in request.headers)


LIMITATIONS: tuple[Limitation, ...] = (
    Limitation(
        id="httpurlconnection-no-patch",
        target="java_httpurlconnection",
        message="HttpURLConnection rejects the PATCH method; use java_httpclient or java_okhttp for this request",
        applies=lambda request: request.method == "PATCH",
    ),
    Limitation(
        id="jsoup-no-options-body",
        target="java_jsoup",
        message="jsoup cannot send a body with OPTIONS",
        applies=lambda request: request.method == "OPTIONS" and request.body is not None,
    ),
    Limitation(
        id="jsoup-bodiless-content-type",
        target="java_jsoup",
        message="jsoup adds Content-Type: application/x-www-form-urlencoded; charset=UTF-8 to this bodiless request",
        applies=lambda request: request.method in ("POST", "PUT", "PATCH", "DELETE")
        and request.body is None
        and not request.has_header("Content-Type"),
    ),
    *(
        Limitation(
            id="browser-forbidden-header",
            target=target,
            message="browsers do not send User-Agent, Cookie, Host and other forbidden headers set by page script",
            applies=_sets_browser_forbidden_header,
        )
        for target in ("js_fetch", "js_jquery", "js_xhr")
    ),
)


def limitations_for(request: Request, target_key: str) -> list[Limitation]:
    """Return the limitations of `target_key` that apply to `request`."""
    return [item for item in LIMITATIONS if item.target == target_key and item.applies(request)]
