"""`snippetgen render --check`, incremental runs, removal of owned files only, and console output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import black
import pytest
from click.testing import CliRunner, Result

import generator.build
import generator.pages
from generator.cli import main
from generator.incremental import cache_path, template_digest
from generator.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
# Two targets keep these tests fast; curl has no formatter, python_requests goes through black.
TARGET_ARGS = ("--target", "curl", "--target", "python_requests")


class Project:
    """A copy of specs/ and an output folder in a temporary directory."""

    def __init__(self, folder: Path):
        self.specs = folder / "specs"
        self.out = folder / "output"
        shutil.copytree(ROOT / "specs", self.specs)

    def render(self, *args: str, targets: tuple[str, ...] = TARGET_ARGS) -> Result:
        return CliRunner().invoke(main, ["render", str(self.specs), "-o", str(self.out), *targets, *args])

    def check(self, *args: str, targets: tuple[str, ...] = TARGET_ARGS) -> Result:
        return self.render("--check", *args, targets=targets)

    def shown(self, relative: str) -> str:
        return (self.out / relative).as_posix()

    def snapshot(self) -> dict[str, tuple[bytes, int, int]]:
        """Return every file of the output folder and the cache with its bytes, mtime and inode."""
        paths = [path for path in self.out.rglob("*") if path.is_file()]
        if cache_path(self.out).is_file():
            paths.append(cache_path(self.out))
        return {str(path): (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_ino) for path in paths}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def rendered_project(project: Project, *args: str) -> Project:
    result = project.render(*args)
    assert result.exit_code == 0, result.stderr
    return project


# --check --------------------------------------------------------------------------------------


def test_check_passes_on_current_output(project: Project):
    rendered_project(project, "--format", "all")
    result = project.check("--format", "all")

    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "is up to date" in result.stderr


def test_check_reports_stale_file(project: Project):
    rendered_project(project)
    with open(project.out / "oauth-token" / "curl.sh", "a", encoding="utf-8") as handle:
        handle.write("# edited\n")
    result = project.check()

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"stale: {project.shown('oauth-token/curl.sh')}"]
    assert "1 file in" in result.stderr


def test_check_reports_missing_file(project: Project):
    rendered_project(project)
    (project.out / "shops" / "python_requests.py").unlink()
    result = project.check()

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"missing: {project.shown('shops/python_requests.py')}"]


def test_check_reports_files_of_removed_spec(project: Project):
    rendered_project(project, "--format", "markdown")
    (project.specs / "shops.yaml").unlink()
    result = project.check("--format", "markdown")

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"stale: {project.shown('index.json')}",
        f"extra: {project.shown('markdown/shops.md')}",
        f"extra: {project.shown('shops/curl.sh')}",
        f"extra: {project.shown('shops/python_requests.py')}",
    ]


def test_check_reports_files_of_removed_target(project: Project):
    rendered_project(project)
    result = project.check(targets=("--target", "curl"))

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"stale: {project.shown('index.json')}",
        f"extra: {project.shown('oauth-token/python_requests.py')}",
        f"extra: {project.shown('shops/python_requests.py')}",
    ]


def test_check_reports_pages_of_new_format(project: Project):
    rendered_project(project)
    result = project.check("--format", "html")

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"missing: {project.shown('html/index.html')}",
        f"missing: {project.shown('html/oauth-token.html')}",
        f"missing: {project.shown('html/shops.html')}",
        f"stale: {project.shown('index.json')}",
    ]


def test_check_reports_everything_missing_before_first_run(project: Project):
    result = project.check()

    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5
    assert all(line.startswith("missing: ") for line in result.stdout.splitlines())
    assert not project.out.exists()


def test_check_writes_nothing(project: Project):
    rendered_project(project, "--format", "all")
    (project.specs / "shops.yaml").write_text(
        (project.specs / "shops.yaml").read_text(encoding="utf-8").replace("35000", "75001"), encoding="utf-8"
    )
    (project.out / "oauth-token" / "curl.sh").write_text("edited\n", encoding="utf-8")
    before = project.snapshot()
    result = project.check("--format", "all")

    assert result.exit_code == 1
    assert project.snapshot() == before


def test_check_ignores_files_it_did_not_write(project: Project):
    rendered_project(project)
    (project.out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (project.out / "shops" / "extra.sh").write_text("mine\n", encoding="utf-8")

    assert project.check().exit_code == 0


def test_check_and_stdout_cannot_be_combined(project: Project):
    result = project.render("--check", "--stdout")

    assert result.exit_code == 2
    assert "--check and --stdout cannot be combined" in result.stderr


# Incremental runs -------------------------------------------------------------------------------


def test_rerun_rewrites_nothing(project: Project):
    rendered_project(project, "--format", "all")
    before = project.snapshot()
    result = project.render("--format", "all")

    assert result.exit_code == 0, result.stderr
    assert "0 rendered" in result.stderr
    assert "0 files written" in result.stderr
    assert project.snapshot() == before


def test_changed_file_keeps_others_mtime(project: Project):
    rendered_project(project)
    before = project.snapshot()
    (project.specs / "shops.yaml").write_text(
        (project.specs / "shops.yaml").read_text(encoding="utf-8").replace("35000", "75001"), encoding="utf-8"
    )
    rendered_project(project)
    after = project.snapshot()
    unchanged = str(project.out / "oauth-token" / "curl.sh")
    changed = str(project.out / "shops" / "curl.sh")

    assert after[unchanged] == before[unchanged]
    assert after[changed][0] != before[changed][0]


def test_only_changed_spec_is_rendered(project: Project, monkeypatch: pytest.MonkeyPatch):
    rendered_project(project, "--format", "html")
    rendered: list[tuple[str, str]] = []
    pages_built: list[str] = []
    black_calls: list[str] = []
    real_render, real_page, real_black = generator.build.render_snippet, generator.pages.html_page, black.format_str

    def counting_render(spec, target, *args, **kwargs):
        rendered.append((spec.id, target.key))
        return real_render(spec, target, *args, **kwargs)

    def counting_page(spec, *args, **kwargs):
        pages_built.append(spec.id)
        return real_page(spec, *args, **kwargs)

    def counting_black(text, *args, **kwargs):
        black_calls.append(text)
        return real_black(text, *args, **kwargs)

    monkeypatch.setattr(generator.build, "render_snippet", counting_render)
    monkeypatch.setattr(generator.pages, "html_page", counting_page)
    monkeypatch.setattr(black, "format_str", counting_black)
    (project.specs / "shops.yaml").write_text(
        (project.specs / "shops.yaml").read_text(encoding="utf-8").replace("35000", "75001"), encoding="utf-8"
    )
    rendered_project(project, "--format", "html")

    assert rendered == [("shops", "curl"), ("shops", "python_requests")]
    assert len(black_calls) == 1
    assert pages_built == ["shops"]


def test_variable_change_renders_again(project: Project):
    rendered_project(project)
    result = project.render("--var", "access_token=abc")

    assert result.exit_code == 0, result.stderr
    assert "4 rendered" in result.stderr
    assert "Bearer abc" in (project.out / "shops" / "curl.sh").read_text(encoding="utf-8")


def test_no_cache_renders_everything(project: Project):
    rendered_project(project)
    result = project.render("--no-cache")

    assert result.exit_code == 0, result.stderr
    assert "4 rendered, 0 reused" in result.stderr
    assert "0 files written" in result.stderr


def test_hand_edited_file_is_rendered_again(project: Project):
    rendered_project(project)
    original = (project.out / "shops" / "curl.sh").read_bytes()
    (project.out / "shops" / "curl.sh").write_text("edited\n", encoding="utf-8")
    result = project.render()

    assert result.exit_code == 0, result.stderr
    assert "1 rendered" in result.stderr
    assert (project.out / "shops" / "curl.sh").read_bytes() == original


def test_damaged_cache_costs_only_a_render(project: Project):
    rendered_project(project)
    cache_path(project.out).write_text("{not json", encoding="utf-8")
    result = project.render()

    assert result.exit_code == 0, result.stderr
    assert "4 rendered" in result.stderr
    assert "0 files written" in result.stderr


def test_template_digest_follows_template_and_macros(tmp_path: Path):
    curl, python = TARGETS["curl"], TARGETS["python_requests"]
    (tmp_path / curl.template_name).write_text("curl v1\n", encoding="utf-8")
    (tmp_path / python.template_name).write_text("python v1\n", encoding="utf-8")
    (tmp_path / "_macros.jinja").write_text("macro v1\n", encoding="utf-8")
    first = template_digest(curl, tmp_path)

    (tmp_path / python.template_name).write_text("python v2\n", encoding="utf-8")
    assert template_digest(curl, tmp_path) == first
    (tmp_path / curl.template_name).write_text("curl v2\n", encoding="utf-8")
    second = template_digest(curl, tmp_path)
    assert second != first
    (tmp_path / "_macros.jinja").write_text("macro v2\n", encoding="utf-8")
    assert template_digest(curl, tmp_path) != second


# Removal ----------------------------------------------------------------------------------------


def test_removed_spec_files_are_deleted(project: Project):
    rendered_project(project, "--format", "all")
    (project.specs / "shops.yaml").unlink()
    result = project.render("--format", "all")
    manifest = json.loads((project.out / "index.json").read_text(encoding="utf-8"))

    assert result.exit_code == 0, result.stderr
    assert not (project.out / "shops").exists()
    assert not (project.out / "markdown" / "shops.md").exists()
    assert not (project.out / "html" / "shops.html").exists()
    assert [spec["id"] for spec in manifest["specs"]] == ["oauth-token"]


def test_removed_target_files_are_deleted(project: Project):
    rendered_project(project)
    result = project.render("-v", targets=("--target", "curl"))

    assert result.exit_code == 0, result.stderr
    assert not (project.out / "oauth-token" / "python_requests.py").exists()
    assert (project.out / "oauth-token" / "curl.sh").is_file()
    assert f"removed {project.shown('shops/python_requests.py')}" in result.stderr.splitlines()


def test_files_it_did_not_write_are_kept(project: Project):
    rendered_project(project)
    (project.out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (project.out / "shops" / "extra.sh").write_text("mine\n", encoding="utf-8")
    (project.specs / "shops.yaml").unlink()
    rendered_project(project)

    assert (project.out / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (project.out / "shops" / "extra.sh").read_text(encoding="utf-8") == "mine\n"
    assert not (project.out / "shops" / "curl.sh").exists()


def test_foreign_index_json_is_kept(project: Project):
    project.out.mkdir()
    (project.out / "index.json").write_text('{"site": "mine"}\n', encoding="utf-8")
    result = project.render()

    assert result.exit_code == 1
    assert "was not written by snippetgen" in result.stderr
    assert (project.out / "index.json").read_text(encoding="utf-8") == '{"site": "mine"}\n'
    assert sorted(path.name for path in project.out.iterdir()) == ["index.json"]


def test_manifest_paths_outside_folder_are_never_removed(project: Project):
    rendered_project(project)
    outside = project.out.parent / "outside.txt"
    outside.write_text("keep\n", encoding="utf-8")
    manifest = json.loads((project.out / "index.json").read_text(encoding="utf-8"))
    manifest["pages"].append({"format": "html", "path": "../outside.txt", "sha256": "0" * 64})
    (project.out / "index.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = project.render()

    assert result.exit_code == 0, result.stderr
    assert outside.read_text(encoding="utf-8") == "keep\n"


def test_reserved_spec_id_is_rejected(project: Project):
    (project.specs / "html.yaml").write_text((project.specs / "shops.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = project.render()

    assert result.exit_code == 1
    assert f"error: {project.specs / 'html.yaml'}: id: id 'html' is reserved" in result.stderr
    assert "nothing was written" in result.stderr
    assert not project.out.exists()


# Console output ---------------------------------------------------------------------------------


def test_verbose_lists_each_file_written(project: Project):
    result = project.render("-v")
    lines = [line for line in result.stderr.splitlines() if line.startswith("wrote ")]

    assert result.exit_code == 0, result.stderr
    assert lines == [f"wrote {project.shown(path)}" for path in sorted(
        ["index.json", "oauth-token/curl.sh", "oauth-token/python_requests.py", "shops/curl.sh", "shops/python_requests.py"]
    )]


def test_quiet_prints_nothing_on_success(project: Project):
    result = project.render("-q")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""


def test_quiet_and_verbose_cannot_be_combined(project: Project):
    assert project.render("-q", "-v").exit_code == 2


def test_no_progress_bar_on_pipe(project: Project):
    result = project.render()

    assert "Rendering" not in result.stderr


def test_progress_bar_on_terminal(project: Project, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("generator.cli._is_terminal", lambda stream: True)
    result = project.render()

    assert result.exit_code == 0, result.stderr
    assert "Rendering" in result.stderr


def test_format_list_forms_agree(tmp_path: Path):
    results = {}
    for name, format_args in {
        "repeated": ("--format", "markdown", "--format", "mkdocs", "--format", "html"),
        "comma": ("--format", "html,markdown,mkdocs"),
        "all": ("--format", "all"),
    }.items():
        project = Project(tmp_path / name)
        rendered_project(project, *format_args)
        results[name] = (project.out / "index.json").read_bytes()

    assert results["repeated"] == results["comma"] == results["all"]


def test_unknown_format_is_rejected(project: Project):
    result = project.render("--format", "pdf")

    assert result.exit_code == 2
    assert "unknown format 'pdf'" in result.stderr
