"""Library limitations are reported as warnings with stable ids."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.limitations import LIMITATIONS
from generator.targets import TARGETS

PATCH_SPEC = """\
request:
  method: PATCH
  url: https://api.example.com/items/1
  body: {kind: json, value: {name: x}}
"""


def test_limitations_name_real_targets():
    pairs = [(limitation.id, limitation.target) for limitation in LIMITATIONS]
    assert len(pairs) == len(set(pairs))
    for limitation in LIMITATIONS:
        assert limitation.target in TARGETS
        assert limitation.id.replace("-", "").isalnum()


def test_render_warns_about_limitation(tmp_path: Path):
    spec = tmp_path / "patch-item.yaml"
    spec.write_text(PATCH_SPEC)
    result = CliRunner().invoke(main, ["render", str(spec), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "java_httpurlconnection: HttpURLConnection rejects the PATCH method" in result.output
    assert "[httpurlconnection-no-patch]" in result.output
    assert (tmp_path / "out" / "patch-item" / "java_httpurlconnection.java").is_file()


def test_quiet_render_hides_warnings(tmp_path: Path):
    spec = tmp_path / "patch-item.yaml"
    spec.write_text(PATCH_SPEC)
    result = CliRunner().invoke(main, ["render", "-q", str(spec), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "warning" not in result.output
