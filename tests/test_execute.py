"""Run every target's snippet for every spec against the mock server and check what arrived."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.limitations import limitations_for
from generator.render import render_snippet
from generator.spec import Spec, load_specs
from generator.targets import TARGETS
from tests.conftest import corpus_spec_dirs
from tests.oracle import BROWSER_HEADERS, HeaderException, compare
from tests.runners.base import IN_CI, Runner, SnippetFile

BROWSER_TARGETS = ("js_fetch", "js_jquery", "js_xhr")


@dataclass(frozen=True)
class Allowance:
    """What one target may do differently from the spec, and why."""

    reason: str
    combined_headers: bool = False


# Each entry is a limit of the client library itself, not of our snippet.
ALLOWANCES: dict[str, Allowance] = {
    "python_requests": Allowance("requests keeps one value per header name", combined_headers=True),
    "python_http_client": Allowance("the snippet passes headers as a dict, one value per name", combined_headers=True),
    "js_fetch": Allowance("the Fetch Headers object joins a repeated name into one header", combined_headers=True),
    "js_xhr": Allowance("setRequestHeader joins a repeated name into one header", combined_headers=True),
    "js_jquery": Allowance("jQuery sets headers through XHR, which joins a repeated name", combined_headers=True),
    "csharp_httpclient": Allowance(
        "HttpClient on Mono sends a repeated header as one line, values joined by \", \"", combined_headers=True
    ),
}
# Changes to a header value that a runtime makes whatever the snippet requests.
HEADER_EXCEPTIONS: tuple[HeaderException, ...] = ()

MATRIX: dict[tuple[str, str], str] = {}


def _expect_limitation(limitations, result, records, differences, spec_id: str, target_key: str) -> None:
    """Check that a declared library limitation still makes the snippet fail, then mark it expected."""
    ids = ", ".join(limitation.id for limitation in limitations)
    MATRIX[(spec_id, target_key)] = f"limitation {ids}"
    sent_as_specified = len(records) == 1 and records[0].status == 200 and not differences
    if result.returncode == 0 and sent_as_specified:
        pytest.fail(f"limitation {ids} no longer applies: the snippet ran; remove it from generator/limitations.py")
    pytest.xfail(f"declared limitation {ids}")


def _cases() -> list[tuple[str, str]]:
    specs = load_specs(corpus_spec_dirs())
    return [(spec.id, target.key) for spec in specs for target in TARGETS]


class Execution:
    """Renders the corpus for the mock server once and prepares each runner on first use."""

    def __init__(self, server, runners: dict[str, Runner], work_dir: Path):
        self.server = server
        self.runners = runners
        self.work_dir = work_dir
        token = server.issue_token()
        self.specs = {
            spec.id: spec
            for spec in load_specs(corpus_spec_dirs(), variables={"access_token": token}, base_url=server.base_url)
        }
        self.snippets: dict[tuple[str, str], SnippetFile] = {}
        self.render_errors: dict[tuple[str, str], str] = {}
        self._prepared: set[int] = set()

    def _render_for(self, runner: Runner) -> list[SnippetFile]:
        rendered = []
        for spec in self.specs.values():
            for target_key in runner.targets:
                try:
                    snippet = self.write(spec, target_key)
                except Exception as exc:  # a broken template fails its own cases, not the batch
                    self.render_errors[(spec.id, target_key)] = f"{type(exc).__name__}: {exc}"
                    continue
                self.snippets[(spec.id, target_key)] = snippet
                rendered.append(snippet)
        return rendered

    def write(self, spec: Spec, target_key: str, folder: Path | None = None) -> SnippetFile:
        """Render one snippet into `folder` (default: the shared snippets folder) as <spec-id>/<target>.<ext>."""
        snippet = render_snippet(spec, TARGETS[target_key])
        path = (folder or self.work_dir / "snippets") / snippet.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(snippet.text, encoding="utf-8")
        return SnippetFile(spec.id, target_key, path)

    def runner_for(self, target_key: str) -> Runner:
        runner = self.runners.get(target_key)
        if runner is None:
            pytest.fail(f"no runner executes target {target_key}; add one under tests/runners/")
        reason = runner.missing()
        if reason:
            if IN_CI:
                pytest.fail(f"{target_key}: {reason}")
            pytest.skip(f"{target_key}: {reason}")
        if id(runner) not in self._prepared:
            mine = self._render_for(runner)
            folder = self.work_dir / type(runner).__name__
            folder.mkdir(exist_ok=True)
            runner.prepare(mine, folder)
            self._prepared.add(id(runner))
        return runner

    def run(self, spec_id: str, target_key: str):
        runner = self.runner_for(target_key)
        if (spec_id, target_key) in self.render_errors:
            pytest.fail(f"rendering failed: {self.render_errors[(spec_id, target_key)]}")
        snippet = self.snippets[(spec_id, target_key)]
        self.server.clear()
        result = runner.run(snippet, self.work_dir / type(runner).__name__)
        records = [r for r in self.server.records if not _is_preflight(r)]
        return result, records

    def close(self) -> None:
        for runner in {id(r): r for r in self.runners.values()}.values():
            close = getattr(runner, "close", None)
            if close:
                close()


def _is_preflight(record) -> bool:
    return record.method == "OPTIONS" and bool(record.header_values("Access-Control-Request-Method"))


@pytest.fixture(scope="module")
def execution(mock_server, runners, tmp_path_factory):
    execution = Execution(mock_server, runners, tmp_path_factory.mktemp("execute"))
    yield execution
    execution.close()


@pytest.mark.parametrize(("spec_id", "target_key"), _cases(), ids=[f"{t}-{s}" for s, t in _cases()])
def test_snippet_sends_spec_request(execution: Execution, spec_id: str, target_key: str):
    spec = execution.specs[spec_id]
    MATRIX[(spec_id, target_key)] = "did not run"
    result, records = execution.run(spec_id, target_key)
    differences = _differences(spec, target_key, records[0]) if len(records) == 1 else []
    limitations = limitations_for(spec.request, target_key)
    if limitations:
        _expect_limitation(limitations, result, records, differences, spec_id, target_key)
        return

    if result.returncode != 0:
        last_line = (result.stderr.strip().splitlines() or ["no output"])[-1]
        MATRIX[(spec_id, target_key)] = f"exit code {result.returncode}: {last_line[:150]}"
    elif len(records) != 1:
        MATRIX[(spec_id, target_key)] = f"server received {len(records)} requests"
    assert result.returncode == 0, f"snippet failed with exit code {result.returncode}:\n{result.stderr[-3000:]}"
    assert len(records) == 1, f"expected one request, the server received {len(records)}"

    record = records[0]
    MATRIX[(spec_id, target_key)] = differences[0] if differences else "pass"
    assert not differences, "\n".join(differences)

    assert record.status == 200, f"server answered {record.status}: {record.response!r}"
    response_text = record.response.decode("utf-8")
    if spec.request.method != "HEAD":
        assert response_text in result.stdout, f"snippet did not print the response body; stdout: {result.stdout[:500]!r}"


def _differences(spec: Spec, target_key: str, record) -> list[str]:
    """Compare one recorded request with the spec, with the target's declared allowances."""
    allowance = ALLOWANCES.get(target_key, Allowance(""))
    extra = BROWSER_HEADERS if target_key in BROWSER_TARGETS else frozenset()
    exceptions = tuple(e for e in HEADER_EXCEPTIONS if e.target == target_key)
    return compare(spec.request, record, extra, allowance.combined_headers, exceptions)


ERROR_TARGETS = ("curl", "python_requests", "python_http_client")


def _run_seed_variant(execution: Execution, target_key: str, spec_name: str, variables: dict[str, str]):
    runner = execution.runner_for(target_key)
    spec = load_specs(
        [Path(__file__).resolve().parent.parent / "specs" / spec_name],
        variables=variables,
        base_url=execution.server.base_url,
    )[0]
    folder = execution.work_dir / "variants" / target_key
    snippet = execution.write(spec, target_key, folder)
    execution.server.clear()
    result = runner.run(snippet, folder)
    return result, execution.server.records


@pytest.mark.parametrize("target_key", ERROR_TARGETS)
def test_wrong_client_secret_gets_invalid_client(execution: Execution, target_key: str):
    result, records = _run_seed_variant(execution, target_key, "oauth-token.yaml", {"client_secret": "wrong-secret"})
    assert [record.status for record in records] == [401]
    assert b'"invalid_client"' in records[0].response
    assert "invalid_client" in result.stdout


@pytest.mark.parametrize("target_key", ERROR_TARGETS)
def test_expired_token_gets_invalid_token(execution: Execution, target_key: str):
    expired = execution.server.issue_token(lifetime=-1)
    result, records = _run_seed_variant(execution, target_key, "shops.yaml", {"access_token": expired})
    assert [record.status for record in records] == [401]
    assert b'"invalid_token"' in records[0].response
    assert "invalid_token" in result.stdout
