"""The mock OAuth server follows RFC 6749 (client credentials) and RFC 6750 (Bearer tokens)."""

from __future__ import annotations

import base64
import http.client
import json
import subprocess
import sys
import time

import pytest

from generator.mock_server import MockServer, ServerConfig

BASIC = "Basic " + base64.b64encode(b"YourClientId:YourClientSecret").decode()
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def server():
    server = MockServer(ServerConfig(allowed_origins=("http://localhost:9999",))).start()
    yield server
    server.close()


def call(server: MockServer, method: str, target: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request(method, target, body, headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, json.loads(data) if data else None


def token_request(server: MockServer, authorization: str | None = BASIC, body: bytes = b"grant_type=client_credentials"):
    headers = {"Content-Type": FORM}
    if authorization:
        headers["Authorization"] = authorization
    return call(server, "POST", "/oauth/v3/token", body, headers)


def test_token_issued_for_valid_client(server):
    response, payload = token_request(server)
    assert response.status == 200
    assert payload["token_type"] == "Bearer"
    assert payload["expires_in"] == 3600
    assert payload["access_token"]
    assert response.getheader("Cache-Control") == "no-store"


def test_token_wrong_secret_is_invalid_client(server):
    wrong = "Basic " + base64.b64encode(b"YourClientId:wrong").decode()
    response, payload = token_request(server, wrong)
    assert response.status == 401
    assert payload["error"] == "invalid_client"
    assert response.getheader("WWW-Authenticate") == 'Basic realm="Authorization Required"'


def test_token_without_credentials_is_invalid_client(server):
    response, payload = token_request(server, authorization=None)
    assert response.status == 401
    assert payload["error"] == "invalid_client"
    assert response.getheader("WWW-Authenticate").startswith("Basic ")


def test_token_missing_grant_type_is_invalid_request(server):
    response, payload = token_request(server, body=b"scope=x")
    assert response.status == 400
    assert payload["error"] == "invalid_request"


def test_token_other_grant_is_unsupported(server):
    response, payload = token_request(server, body=b"grant_type=password")
    assert response.status == 400
    assert payload["error"] == "unsupported_grant_type"


def test_token_repeated_parameter_is_invalid_request(server):
    response, payload = token_request(server, body=b"grant_type=client_credentials&grant_type=client_credentials")
    assert response.status == 400
    assert payload["error"] == "invalid_request"


def test_shops_with_valid_token(server):
    _, token = token_request(server)
    response, payload = call(
        server, "GET", "/poi/v1/shops?postalCode=35000", headers={"Authorization": f"Bearer {token['access_token']}"}
    )
    assert response.status == 200
    assert [shop["postalCode"] for shop in payload["shops"]] == ["35000", "35000"]


def test_shops_without_token_has_no_error_code(server):
    response, _ = call(server, "GET", "/poi/v1/shops?postalCode=35000")
    assert response.status == 401
    assert "error=" not in response.getheader("WWW-Authenticate")
    assert response.getheader("WWW-Authenticate").startswith("Bearer")


@pytest.mark.parametrize("token_kind", ["unknown", "expired"])
def test_shops_bad_token_is_invalid_token(server, token_kind: str):
    token = "unknown-token" if token_kind == "unknown" else server.issue_token(lifetime=-1)
    response, payload = call(server, "GET", "/poi/v1/shops?postalCode=35000", headers={"Authorization": f"Bearer {token}"})
    assert response.status == 401
    assert payload["error"] == "invalid_token"
    assert 'error="invalid_token"' in response.getheader("WWW-Authenticate")


def test_records_request_as_received(server):
    call(server, "PUT", "/any/p%20q?a=1&a=2", b"x\x00y", {"X-One": "1", "x-one": "", "Content-Type": "text/plain"})
    record = server.records[-1]
    assert record.method == "PUT"
    assert record.target == "/any/p%20q?a=1&a=2"
    assert record.query_pairs == [("a", "1"), ("a", "2")]
    assert record.header_values("X-One") == ["1", ""]
    assert record.body == b"x\x00y"


def test_reads_chunked_body(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("POST", "/echo", body=iter([b"hello ", b"world"]), encode_chunked=True)
    conn.getresponse().read()
    conn.close()
    assert server.records[-1].body == b"hello world"


def test_cors_preflight_for_allowed_origin(server):
    response, _ = call(
        server,
        "OPTIONS",
        "/poi/v1/shops",
        headers={
            "Origin": "http://localhost:9999",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert response.status == 204
    assert response.getheader("Access-Control-Allow-Origin") == "http://localhost:9999"
    assert response.getheader("Access-Control-Allow-Headers") == "authorization"


def test_cors_refuses_other_origin(server):
    response, _ = call(server, "GET", "/echo", headers={"Origin": "http://evil.example"})
    assert response.getheader("Access-Control-Allow-Origin") is None


def test_cli_logs_requests_without_secrets():
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock-server", "--port", "0", "--client-secret", "s3cr3t-value"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = process.stdout.readline()
        assert "listening on http://127.0.0.1:" in banner
        port = int(banner.rsplit(":", 1)[1])
        basic = base64.b64encode(b"YourClientId:s3cr3t-value").decode()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/oauth/v3/token?secret=s3cr3t-value", b"grant_type=client_credentials",
                     {"Authorization": f"Basic {basic}", "Content-Type": FORM})
        response = conn.getresponse()
        response.read()
        conn.close()
        assert response.status == 200
        time.sleep(0.2)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "POST /oauth/v3/token 200" in stderr
    assert "s3cr3t" not in stderr
    assert basic not in stderr
