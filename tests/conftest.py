"""Shared fixtures: the spec corpus, the mock server and the runners of every target."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from generator.mock_server import MockServer, ServerConfig
from generator.targets import TARGETS
from tests import runners as runners_package
from tests.runners.base import Runner

ROOT = Path(__file__).resolve().parent.parent
SEED_SPECS = ROOT / "specs"
CORPUS_SPECS = ROOT / "tests" / "specs"


def corpus_spec_dirs() -> list[Path]:
    """Return the folders of valid specs: the project's own and the test corpus."""
    return [folder for folder in (SEED_SPECS, CORPUS_SPECS) if folder.is_dir()]


def load_runners() -> dict[str, Runner]:
    """Import every module under tests/runners and map each target key to its runner."""
    by_target: dict[str, Runner] = {}
    for module_info in pkgutil.iter_modules(runners_package.__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"tests.runners.{module_info.name}")
        for runner in getattr(module, "RUNNERS", []):
            for target in runner.targets:
                assert target in TARGETS, f"runner {type(runner).__name__} names unknown target {target!r}"
                assert target not in by_target, f"target {target!r} has two runners"
                by_target[target] = runner
    return by_target


@pytest.fixture(scope="session")
def runners() -> dict[str, Runner]:
    return load_runners()


@pytest.fixture(scope="session")
def mock_server(runners: dict[str, Runner]):
    origins = tuple(sorted({runner.page_origin for runner in runners.values() if getattr(runner, "page_origin", None)}))
    server = MockServer(ServerConfig(allowed_origins=origins)).start()
    yield server
    server.close()


def pytest_addoption(parser):
    parser.addoption(
        "--matrix",
        action="store_true",
        help="After the run, print a spec x target table of executed snippets with the first difference of each failure.",
    )


def pytest_terminal_summary(terminalreporter, config):
    if not config.getoption("--matrix"):
        return
    from tests.test_execute import MATRIX

    if not MATRIX:
        terminalreporter.write_line("No snippet was executed.")
        return
    terminalreporter.section("executed snippets: spec x target")
    spec_width = max(len(spec_id) for spec_id, _ in MATRIX)
    target_width = max(len(target) for _, target in MATRIX)
    for (spec_id, target), outcome in sorted(MATRIX.items()):
        mark = "pass" if outcome == "pass" else "xfail" if outcome.startswith("limitation") else "FAIL"
        detail = "" if outcome == "pass" else f"  {outcome}"
        terminalreporter.write_line(f"{spec_id:<{spec_width}}  {target:<{target_width}}  {mark}{detail}")
    limited = sum(1 for outcome in MATRIX.values() if outcome.startswith("limitation"))
    failed = sum(1 for outcome in MATRIX.values() if outcome != "pass") - limited
    terminalreporter.write_line(
        f"{len(MATRIX) - failed - limited} passed, {failed} failed, {limited} declared limitations "
        f"of {len(MATRIX)} executed snippets"
    )
