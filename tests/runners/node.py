"""Run the Node.js snippets (node-fetch and the http/https modules) with `node`.

The snippets are ES modules, and ES module imports ignore NODE_PATH: a bare specifier such
as 'node-fetch' is looked up in node_modules folders next to the importing file and above
it. So each snippet is copied, unchanged, into the work folder, which gets a `node_modules`
symlink to tests/runtimes/node/node_modules.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .base import INSTALL_HINT, RUNTIMES_DIR, RunResult, Runner, SnippetFile, missing_commands, run_process

NODE_MODULES = RUNTIMES_DIR / "node" / "node_modules"
NODE_FETCH = NODE_MODULES / "node-fetch" / "package.json"


class NodeRunner(Runner):
    """Runs node_fetch and node_https snippets, one `node` process each."""

    targets = ("node_fetch", "node_https")

    def missing(self) -> str | None:
        reason = missing_commands("node")
        if reason:
            return reason
        if not NODE_FETCH.is_file():
            return f"{NODE_FETCH} is not installed; {INSTALL_HINT}"
        return None

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        link_node_modules(work_dir)
        for snippet in snippets:
            shutil.copyfile(snippet.path, module_path(snippet, work_dir))

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        path = module_path(snippet, work_dir)
        if not path.is_file():
            link_node_modules(work_dir)
            shutil.copyfile(snippet.path, path)
        return run_process(["node", path.name], cwd=work_dir)


def module_path(snippet: SnippetFile, work_dir: Path) -> Path:
    return work_dir / f"{snippet.name}.mjs"


def link_node_modules(work_dir: Path) -> None:
    """Make `work_dir/node_modules` point at the installed Node packages."""
    link = work_dir / "node_modules"
    if link.is_symlink() or link.exists():
        return
    link.symlink_to(NODE_MODULES, target_is_directory=True)


RUNNERS = [NodeRunner()]
