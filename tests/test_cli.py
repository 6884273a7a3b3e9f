"""The command line, run in-process with click's CliRunner on real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import __version__
from generator.cli import main
from generator.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
SEED_KEYS = ["curl", "python_requests", "python_http_client"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def render(runner: CliRunner, *args: str):
    return runner.invoke(main, ["render", *args], catch_exceptions=False)


def target_args(keys=SEED_KEYS) -> list[str]:
    return [arg for key in keys for arg in ("--target", key)]


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_targets_lists_every_key(runner):
    result = runner.invoke(main, ["targets"])
    assert result.exit_code == 0
    for target in TARGETS:
        assert target.key in result.output


def test_render_writes_spec_target_paths(runner, tmp_path):
    result = render(runner, str(ROOT / "specs"), "-o", str(tmp_path), *target_args())
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert "oauth-token/curl.sh" in written
    assert "shops/python_requests.py" in written
    assert "oauth-token/python_http_client.py" in written


def test_render_is_deterministic(runner, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    render(runner, str(ROOT / "specs"), "-o", str(first), *target_args())
    render(runner, str(ROOT / "specs"), "-o", str(second), *target_args())
    for path in first.rglob("*"):
        if path.is_file():
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes()


def test_render_var_and_base_url(runner, tmp_path):
    result = render(
        runner,
        str(ROOT / "specs" / "shops.yaml"),
        "-o",
        str(tmp_path),
        "--target",
        "curl",
        "--var",
        "access_token=abc123",
        "--base-url",
        "http://127.0.0.1:8080",
    )
    assert result.exit_code == 0, result.output
    text = (tmp_path / "shops" / "curl.sh").read_text()
    assert "'Authorization: Bearer abc123'" in text
    assert "'http://127.0.0.1:8080/poi/v1/shops?postalCode=35000'" in text


def test_render_unknown_target_lists_valid_ones(runner, tmp_path):
    result = runner.invoke(main, ["render", "-o", str(tmp_path), "--target", "cobol"])
    assert result.exit_code == 2
    assert "unknown target 'cobol'" in result.output
    assert "python_requests" in result.output


def test_render_undeclared_var_is_rejected(runner, tmp_path):
    result = runner.invoke(main, ["render", str(ROOT / "specs"), "-o", str(tmp_path), "--var", "acess_token=x"])
    assert result.exit_code == 2
    assert "no spec declares the variable 'acess_token'" in result.output


def test_render_base_url_with_path_is_rejected(runner, tmp_path):
    result = runner.invoke(main, ["render", "-o", str(tmp_path), "--base-url", "http://localhost:1/api"])
    assert result.exit_code == 2
    assert "replaces only scheme, host and port" in result.output


def test_bad_spec_leaves_output_unchanged(runner, tmp_path):
    out = tmp_path / "out"
    render(runner, str(ROOT / "specs"), "-o", str(out), *target_args())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}

    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    (specs / "broken.yaml").write_text("request:\n  method: POST\n  url: https://x.example/a\n  heders: {}\n")
    result = runner.invoke(main, ["render", str(specs), "-o", str(out), *target_args()])

    assert result.exit_code == 1
    assert "broken.yaml:4: request.heders: unknown field 'heders'. Did you mean 'headers'?" in result.output
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_validate_reports_every_spec(runner, tmp_path):
    (tmp_path / "one.yaml").write_text("request:\n  method: FETCH\n  url: https://x.example/\n")
    (tmp_path / "two.yaml").write_text("request:\n  method: GET\n")
    result = runner.invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "one.yaml:2: request.method: unknown HTTP method 'FETCH'" in result.output
    assert "two.yaml:1: request: missing required field 'url'" in result.output


def test_validate_accepts_seed_specs(runner):
    result = runner.invoke(main, ["validate", str(ROOT / "specs")])
    assert result.exit_code == 0, result.output


def test_render_empty_folder_removes_nothing(runner, tmp_path):
    out = tmp_path / "out"
    render(runner, str(ROOT / "specs"), "-o", str(out), *target_args())
    before = sorted(p for p in out.rglob("*") if p.is_file())
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["render", str(tmp_path / "empty"), "-o", str(out)])
    assert result.exit_code == 1
    assert "no spec files (*.yaml, *.yml) in this folder" in result.output
    assert sorted(p for p in out.rglob("*") if p.is_file()) == before


def test_render_through_symlinked_output(runner, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    for _ in range(2):
        result = render(runner, str(ROOT / "specs"), "-o", str(link), *target_args())
        assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert (real / "oauth-token" / "curl.sh").is_file()


def test_same_spec_twice_is_read_once(runner):
    result = runner.invoke(main, ["validate", str(ROOT / "specs"), str(ROOT / "specs" / "shops.yaml")])
    assert result.exit_code == 0, result.output


def test_framing_header_is_rejected(runner, tmp_path):
    spec = tmp_path / "framing.yaml"
    spec.write_text("request:\n  method: GET\n  url: https://x.example/\n  headers:\n    Content-Length: '5'\n")
    result = runner.invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1
    assert "framing.yaml:5: request.headers.Content-Length: header 'Content-Length' is set by the client" in result.output


def test_mock_server_port_in_use_is_one_line(runner):
    from generator.mock_server import MockServer

    server = MockServer()
    try:
        result = runner.invoke(main, ["mock-server", "--port", str(server.port)])
    finally:
        server.close()
    assert result.exit_code == 1
    assert f"error: cannot listen on 127.0.0.1:{server.port}" in result.output
    assert "Traceback" not in result.output


def test_validate_rejects_reserved_id(runner, tmp_path):
    (tmp_path / "html.yaml").write_text("request:\n  method: GET\n  url: https://x.example/\n")
    result = runner.invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "id 'html' is reserved" in result.output
