"""A mock OAuth 2.0 server: client-credentials tokens (RFC 6749 4.4) and a Bearer-protected API.

It records every request exactly as received, so tests can compare what a snippet
sent with what its spec describes. Paths other than the two endpoints echo the request.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

logger = logging.getLogger("snippetgen.mock_server")

TOKEN_PATH = "/oauth/v3/token"
SHOPS_PATH = "/poi/v1/shops"
REALM = "Authorization Required"
# Bodies above this size are rejected so a broken client cannot exhaust memory.
MAX_BODY_BYTES = 8 * 1024 * 1024

SHOPS = [
    {"id": "shop-35000-1", "name": "Boutique Rennes Centre", "postalCode": "35000", "city": "Rennes"},
    {"id": "shop-35000-2", "name": "Boutique Rennes Colombier", "postalCode": "35000", "city": "Rennes"},
]


@dataclass(frozen=True)
class ServerConfig:
    """Credentials and policies of a mock server instance."""

    client_id: str = "YourClientId"
    client_secret: str = "YourClientSecret"
    token_lifetime: int = 3600
    allowed_origins: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived: method, raw request target, headers in order, body bytes."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    status: int = 0
    response: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """Return the decoded query pairs in order, repeats and blank values kept."""
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def header_values(self, name: str) -> list[str]:
        lowered = name.lower()
        return [value for key, value in self.headers if key.lower() == lowered]


@dataclass
class _State:
    config: ServerConfig
    tokens: dict[str, float] = field(default_factory=dict)
    records: list[RecordedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class MockServer:
    """The mock server bound to a host and port; `port=0` picks a free port."""

    def __init__(self, config: ServerConfig | None = None, host: str = "127.0.0.1", port: int = 0):
        self.state = _State(config or ServerConfig())
        handler = type("BoundHandler", (_Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def base_url(self) -> str:
        host = self.httpd.server_address[0]
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        print(f"snippetgen mock server listening on {self.base_url}", flush=True)
        self.httpd.serve_forever()

    def start(self) -> "MockServer":
        """Serve in a background thread and return self."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="mock-server", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=5)
        self.httpd.server_close()

    # Test helpers ---------------------------------------------------------------

    def issue_token(self, lifetime: float | None = None) -> str:
        """Create a token directly, as the token endpoint would; a negative lifetime makes it expired."""
        token = secrets.token_urlsafe(24)
        expires = time.monotonic() + (self.state.config.token_lifetime if lifetime is None else lifetime)
        with self.state.lock:
            self.state.tokens[token] = expires
        return token

    @property
    def records(self) -> list[RecordedRequest]:
        with self.state.lock:
            return list(self.state.records)

    def clear(self) -> None:
        with self.state.lock:
            self.state.records.clear()


class _Handler(BaseHTTPRequestHandler):
    state: _State
    protocol_version = "HTTP/1.1"
    server_version = "snippetgen-mock"
    sys_version = ""

    # Dispatch ---------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_GET

    def do_OPTIONS(self) -> None:
        if self.headers.get("Access-Control-Request-Method") and self.headers.get("Origin"):
            body = self._read_body()
            self._record(body, 204, b"")
            self.send_response(204)
            self._send_cors_headers(preflight=True)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._handle()

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except ValueError as exc:
            payload = {"error": "invalid_request", "error_description": str(exc)}
            self._record(b"", 400, _json_bytes(payload))
            self._send_json(400, payload)
            return
        path = urlsplit(self.path).path
        if path == TOKEN_PATH:
            status, payload, extra = self._token(body)
        elif path == SHOPS_PATH:
            status, payload, extra = self._shops()
        else:
            status, payload, extra = 200, self._echo(body), {}
        self._record(body, status, _json_bytes(payload))
        self._send_json(status, payload, extra)

    # Endpoints --------------------------------------------------------------------

    def _token(self, body: bytes) -> tuple[int, dict, dict[str, str]]:
        config = self.state.config
        unauthorized = {"WWW-Authenticate": f'Basic realm="{REALM}"'}
        if self.command != "POST":
            return 405, {"error": "invalid_request", "error_description": "Use POST."}, {"Allow": "POST"}
        credentials = _basic_credentials(self.headers.get("Authorization"))
        if credentials is None:
            return (
                401,
                {"error": "invalid_client", "error_description": "Client authentication with HTTP Basic is required."},
                unauthorized,
            )
        client_id, client_secret = credentials
        valid_id = hmac.compare_digest(client_id.encode(), config.client_id.encode())
        valid_secret = hmac.compare_digest(client_secret.encode(), config.client_secret.encode())
        if not (valid_id and valid_secret):
            return (
                401,
                {
                    "error": "invalid_client",
                    "error_description": "The requested service needs credentials, but the ones provided were invalid.",
                },
                unauthorized,
            )
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return 400, {"error": "invalid_request", "error_description": "Send the form as application/x-www-form-urlencoded."}, {}
        try:
            form = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
        except (UnicodeDecodeError, ValueError):
            return 400, {"error": "invalid_request", "error_description": "The form body is malformed."}, {}
        names = [name for name, _ in form]
        if len(names) != len(set(names)):
            return 400, {"error": "invalid_request", "error_description": "A parameter is repeated."}, {}
        grant_type = dict(form).get("grant_type")
        if grant_type is None:
            return 400, {"error": "invalid_request", "error_description": "The grant_type parameter is missing."}, {}
        if grant_type != "client_credentials":
            return 400, {"error": "unsupported_grant_type", "error_description": f"Grant type {grant_type!r} is not supported."}, {}
        lifetime = config.token_lifetime
        token = secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.tokens[token] = time.monotonic() + lifetime
        return (
            200,
            {"token_type": "Bearer", "access_token": token, "expires_in": lifetime},
            {"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def _shops(self) -> tuple[int, dict | list, dict[str, str]]:
        authorization = self.headers.get("Authorization")
        if not authorization or not authorization.lower().startswith("bearer "):
            return 401, {"error": "unauthorized", "error_description": "A Bearer token is required."}, {
                "WWW-Authenticate": 'Bearer realm="api"'
            }
        token = authorization[len("bearer ") :].strip()
        with self.state.lock:
            expires = self.state.tokens.get(token)
        if expires is None or expires <= time.monotonic():
            reason = "The access token expired." if expires is not None else "The access token is unknown."
            return 401, {"error": "invalid_token", "error_description": reason}, {
                "WWW-Authenticate": f'Bearer realm="api", error="invalid_token", error_description="{reason}"'
            }
        postal_code = dict(parse_qsl(urlsplit(self.path).query)).get("postalCode")
        if not postal_code:
            return 400, {"error": "invalid_request", "error_description": "The postalCode parameter is missing."}, {}
        return 200, {"shops": [shop for shop in SHOPS if shop["postalCode"] == postal_code]}, {}

    def _echo(self, body: bytes) -> dict:
        return {
            "method": self.command,
            "target": self.path,
            "headers": [[name, value] for name, value in self.headers.items()],
            "body": body.decode("utf-8", errors="replace"),
        }

    # Plumbing -----------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if not length_header:
            return b""
        length = int(length_header)
        if length < 0 or length > MAX_BODY_BYTES:
            raise ValueError(f"Content-Length {length} is out of range")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        chunks = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024).split(b";")[0].strip()
            size = int(size_line, 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise ValueError("chunked body is too large")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _record(self, body: bytes, status: int, response: bytes) -> None:
        # The raw header list keeps order, case and repeats as they came on the wire.
        headers = tuple((name, value) for name, value in self.headers.raw_items())
        record = RecordedRequest(self.command, self.path, headers, body, status, response)
        with self.state.lock:
            self.state.records.append(record)

    def _send_cors_headers(self, preflight: bool = False) -> None:
        origin = self.headers.get("Origin")
        allowed = self.state.config.allowed_origins
        if not origin or not allowed:
            return
        if "*" in allowed:
            self.send_header("Access-Control-Allow-Origin", "*")
        elif origin in allowed:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        else:
            return
        if preflight:
            self.send_header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
            requested = self.headers.get("Access-Control-Request-Headers")
            if requested:
                self.send_header("Access-Control-Allow-Headers", requested)
            self.send_header("Access-Control-Max-Age", "600")
        else:
            self.send_header("Access-Control-Expose-Headers", "WWW-Authenticate")

    def _send_json(self, status: int, payload: object, extra: dict[str, str] | None = None) -> None:
        data = _json_bytes(payload)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self._send_cors_headers()
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # One line per request. Headers, query string and body are left out: they carry secrets.
        logger.info("%s %s %s %s", self.client_address[0], self.command, urlsplit(self.path).path, code)

    def log_message(self, format: str, *args: object) -> None:
        logger.warning("%s %s", self.client_address[0], format % args)


def _json_bytes(payload: object) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header[:6].lower() == "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, client_secret = decoded.partition(":")
    if not sep:
        return None
    return client_id, client_secret
