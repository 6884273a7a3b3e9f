"""Compare what the mock server received with what a spec describes.

Each difference is one sentence such as `header Accept: expected application/json,
got */*`, so a failing test or the report matrix names the first thing that went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from generator.mock_server import RecordedRequest
from generator.model import Request

# Headers that clients add on their own; the spec does not describe them, so any value passes.
# A header the spec sets, Accept included, is still checked exactly.
RUNTIME_HEADERS = frozenset(
    {
        "accept",
        "host",
        "user-agent",
        "accept-encoding",
        "connection",
        "content-length",
        "transfer-encoding",
        "expect",
        "keep-alive",
        "http2-settings",
        "upgrade",
    }
)
# Browsers add these to cross-origin requests. Chromium also adds `Cache-Control: max-age=0`
# to a request that carries If-Match or If-None-Match, and a script cannot turn it off.
BROWSER_HEADERS = frozenset(
    {
        "cache-control",
        "origin",
        "referer",
        "accept-language",
        "sec-fetch-site",
        "sec-fetch-mode",
        "sec-fetch-dest",
        "sec-ch-ua",
        "sec-ch-ua-mobile",
        "sec-ch-ua-platform",
    }
)


@dataclass(frozen=True)
class HeaderException:
    """A change that a runtime cannot help making to a header, checked exactly as listed."""

    target: str
    header: str
    expected: str
    received: str
    reason: str


def compare(
    request: Request,
    record: RecordedRequest,
    extra_allowed: frozenset[str] = frozenset(),
    combined_headers: bool = False,
    header_exceptions: tuple[HeaderException, ...] = (),
) -> list[str]:
    """Return every difference between `request` and what the server recorded; empty when equal.

    `combined_headers` accepts repeated headers merged into one, values joined with
    ", " (RFC 9110 allows it), for clients whose header map holds one value per name.
    """
    differences: list[str] = []
    if record.method != request.method:
        differences.append(f"method: expected {request.method}, got {record.method}")
    if record.path != request.path:
        differences.append(f"path: expected {request.path}, got {record.path}")
    received_query = record.query_pairs
    if received_query != list(request.query):
        differences.append(f"query: expected {list(request.query)}, got {received_query}")

    differences.extend(_compare_headers(request, record, extra_allowed, combined_headers, header_exceptions))
    differences.extend(_compare_body(request, record))
    return differences


def _compare_headers(
    request: Request,
    record: RecordedRequest,
    extra_allowed: frozenset[str],
    combined: bool,
    header_exceptions: tuple[HeaderException, ...],
) -> list[str]:
    differences = []
    expected: dict[str, list[str]] = {}
    spelling: dict[str, str] = {}
    for name, value in request.effective_headers:
        expected.setdefault(name.lower(), []).append(value)
        spelling.setdefault(name.lower(), name)

    for lowered, values in expected.items():
        received = record.header_values(lowered)
        name = spelling[lowered]
        exception = next((e for e in header_exceptions if e.header.lower() == lowered), None)
        if exception and values == [exception.expected] and received == [exception.received]:
            continue
        if received == values:
            continue
        if combined and len(values) > 1 and received == [", ".join(values)]:
            continue
        if not received:
            differences.append(f"header {name}: expected {_show(values)}, got none")
        else:
            differences.append(f"header {name}: expected {_show(values)}, got {_show(received)}")

    allowed = RUNTIME_HEADERS | extra_allowed
    for name, value in record.headers:
        lowered = name.lower()
        if lowered in expected or lowered in allowed:
            continue
        differences.append(f"unexpected header {name}: {value}")
    return differences


def _compare_body(request: Request, record: RecordedRequest) -> list[str]:
    body = request.body
    if body is None:
        if record.body:
            return [f"body: expected none, got {record.body[:80]!r}"]
        return []
    if body.is_form:
        try:
            received = parse_qsl(record.body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(record.body))
        except (UnicodeDecodeError, ValueError) as exc:
            return [f"form body: cannot parse {record.body[:80]!r}: {exc}"]
        if received != list(body.fields):
            return [f"form body: expected {list(body.fields)}, got {received}"]
        return []
    expected = body.text.encode("utf-8")
    if record.body != expected:
        return [f"body: expected {expected[:120]!r}, got {record.body[:120]!r}"]
    return []


def _show(values: list[str]) -> str:
    return values[0] if len(values) == 1 else repr(values)
