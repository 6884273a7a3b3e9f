"""The manifest index.json, its JSON Schema, the --stdout document and the Python API."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import generator
from generator.cli import main
from generator.manifest import SCHEMA_PATH
from generator.spec import load_spec
from generator.targets import TARGETS
from tests.expected_files import assert_matches_expected

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "generator"


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def schema_errors(document: dict) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator().iter_errors(document)]


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("manifest") / "output"
    generator.render_tree([ROOT / "specs"], out, formats=["markdown", "mkdocs", "html"], use_cache=False)
    return out


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_schema_ships_inside_package():
    # The wheel packages everything under generator/, so this places the schema in it.
    assert SCHEMA_PATH.is_relative_to(PACKAGE_DIR)
    assert SCHEMA_PATH.is_file()


def test_manifest_matches_schema(seed_output: Path):
    manifest = json.loads((seed_output / "index.json").read_text(encoding="utf-8"))

    assert schema_errors(manifest) == []


def test_schema_rejects_path_outside_folder(seed_output: Path):
    manifest = json.loads((seed_output / "index.json").read_text(encoding="utf-8"))
    manifest["specs"][0]["targets"][0]["path"] = "../escape.sh"

    assert schema_errors(manifest)


def test_manifest_matches_expected(tmp_path: Path):
    # Markdown pages only: HTML bytes change with the Pygments version, which would churn this file.
    out = tmp_path / "output"
    generator.render_tree([ROOT / "specs"], out, formats=["markdown", "mkdocs"], use_cache=False)

    assert_matches_expected("index.json", (out / "index.json").read_bytes())


def test_manifest_lists_every_file_with_its_hash(seed_output: Path):
    manifest = json.loads((seed_output / "index.json").read_text(encoding="utf-8"))
    entries = [target for spec in manifest["specs"] for target in spec["targets"]]
    entries += [page for spec in manifest["specs"] for page in spec["pages"]]
    entries += manifest["pages"]
    on_disk = {path.relative_to(seed_output).as_posix() for path in seed_output.rglob("*") if path.is_file()}

    assert sorted(entry["path"] for entry in entries) == sorted(on_disk - {"index.json"})
    for entry in entries:
        assert hashlib.sha256((seed_output / entry["path"]).read_bytes()).hexdigest() == entry["sha256"], entry["path"]


def test_manifest_describes_each_target(seed_output: Path):
    manifest = json.loads((seed_output / "index.json").read_text(encoding="utf-8"))

    assert manifest["generator"] == {"name": "snippetgen", "version": generator.__version__}
    assert manifest["formats"] == ["markdown", "mkdocs", "html"]
    assert [spec["id"] for spec in manifest["specs"]] == ["oauth-token", "shops"]
    for spec in manifest["specs"]:
        assert [target["key"] for target in spec["targets"]] == TARGETS.keys()
        for target in spec["targets"]:
            record = TARGETS[target["key"]]
            assert (target["label"], target["language"], target["lexer"]) == (record.label, record.language, record.lexer)
            assert target["path"] == f"{spec['id']}/{record.file_name}"


def test_output_is_deterministic(tmp_path: Path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        generator.render_tree([ROOT / "specs"], out, formats=["markdown", "mkdocs", "html"], use_cache=False)
    files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
    manifest_text = (first / "index.json").read_text(encoding="utf-8")

    assert files == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", manifest_text), "the manifest must not hold a timestamp"


def test_stdout_document_matches_schema_and_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "--stdout", "--format", "json", "--target", "curl", "--target", "python_requests"])
    left = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*"))

    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert schema_errors(document) == []
    assert document["formats"] == []
    assert document["pages"] == []
    for spec in document["specs"]:
        expected = generator.render_spec(ROOT / "specs" / f"{spec['id']}.yaml", targets=["curl", "python_requests"])
        assert [target["text"] for target in spec["targets"]] == [snippet.text for snippet in expected]
        for target in spec["targets"]:
            assert hashlib.sha256(target["text"].encode("utf-8")).hexdigest() == target["sha256"]
    assert all(name.startswith("specs") for name in left), f"--stdout wrote files: {left}"


def test_stdout_rejects_page_formats():
    result = CliRunner().invoke(main, ["render", str(ROOT / "specs"), "--stdout", "--format", "html"])

    assert result.exit_code == 2
    assert "--stdout prints only the json format" in result.stderr


def test_json_format_needs_stdout(tmp_path: Path):
    result = CliRunner().invoke(main, ["render", str(ROOT / "specs"), "-o", str(tmp_path / "out"), "--format", "json"])

    assert result.exit_code == 2
    assert "add --stdout" in result.stderr
    assert not (tmp_path / "out").exists()


# Python API -----------------------------------------------------------------------------------


def test_render_spec_from_path():
    snippets = generator.render_spec(ROOT / "specs" / "shops.yaml", targets=["curl"], variables={"access_token": "abc"})

    assert [snippet.target.key for snippet in snippets] == ["curl"]
    assert "Bearer abc" in snippets[0].text


def test_render_spec_from_loaded_spec():
    spec = load_spec(ROOT / "specs" / "oauth-token.yaml")
    snippets = generator.render_spec(spec)

    assert [snippet.target.key for snippet in snippets] == TARGETS.keys()


def test_render_spec_rejects_variables_for_loaded_spec():
    spec = load_spec(ROOT / "specs" / "shops.yaml")

    with pytest.raises(ValueError, match="only when loading a spec file"):
        generator.render_spec(spec, variables={"access_token": "abc"})


def test_render_spec_rejects_unknown_target():
    with pytest.raises(ValueError, match="unknown target 'cobol'"):
        generator.render_spec(ROOT / "specs" / "shops.yaml", targets=["cobol"])


def test_render_spec_raises_spec_error(tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("request:\n  method: FETCH\n  url: https://example.invalid/\n", encoding="utf-8")

    with pytest.raises(generator.SpecError) as caught:
        generator.render_spec(broken)
    assert "FETCH" in caught.value.problems[0].format()


def test_render_tree_and_check_tree(tmp_path: Path):
    out = tmp_path / "output"
    report = generator.render_tree([ROOT / "specs"], out, targets=["curl"], formats=["markdown"])
    check = generator.check_tree([ROOT / "specs"], out, targets=["curl"], formats=["markdown"])

    assert sorted(report.written) == [
        "index.json",
        "markdown/oauth-token.md",
        "markdown/shops.md",
        "oauth-token/curl.sh",
        "shops/curl.sh",
    ]
    assert report.rendered == [("oauth-token", "curl"), ("shops", "curl")]
    assert check.current


def test_render_document_holds_texts():
    document = generator.render_document([ROOT / "specs"], targets=["curl"])

    assert [spec["targets"][0]["text"] for spec in document["specs"]] == [
        generator.render_spec(ROOT / "specs" / f"{spec['id']}.yaml", targets=["curl"])[0].text for spec in document["specs"]
    ]
