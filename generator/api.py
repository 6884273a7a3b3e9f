"""The Python API for pipelines: render one spec, render or check a whole output folder.

    import generator

    for snippet in generator.render_spec("specs/oauth-token.yaml", targets=["curl"]):
        print(snippet.target.label, snippet.text)

    report = generator.render_tree(["specs"], "output", formats=["html", "markdown"])
    print(report.written)

Every function raises `generator.SpecError` for invalid specs, with one `Problem` per issue.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Union

from .build import (
    CheckReport,
    ProgressCallback,
    build_document,
    check_plan,
    plan_tree,
    recover_output,
    resolve_targets,
    write_plan,
)
from .errors import Problem, SpecError
from .render import Snippet, render_snippet
from .spec import Spec, load_spec, load_specs
from .targets import Target

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class TreeReport:
    """The changes `render_tree` made to the output folder, as POSIX paths relative to it."""

    written: list[str]
    unchanged: list[str]
    removed: list[str]
    snippets: list[Snippet]
    # (spec id, target key) of the snippets rendered, as opposed to reused from the last run.
    rendered: list[tuple[str, str]]
    manifest: dict[str, Any]


def render_spec(
    spec: Spec | PathLike,
    targets: Iterable[str | Target] | None = None,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
) -> list[Snippet]:
    """Render one spec, given as a loaded `Spec` or a YAML file path, for each target (default: all).

    `variables` and `base_url` apply while loading a file; with a `Spec`, which is
    already loaded, they raise ValueError. Returns snippets in target order; raises
    `SpecError` listing every target that failed.
    """
    if isinstance(spec, Spec):
        if variables or base_url:
            raise ValueError("variables and base_url apply only when loading a spec file; pass its path instead")
        loaded = spec
    else:
        loaded = load_spec(Path(spec), variables, base_url)
    snippets: list[Snippet] = []
    problems: list[Problem] = []
    for target in resolve_targets(targets):
        try:
            snippets.append(render_snippet(loaded, target))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return snippets


def render_tree(
    sources: Iterable[PathLike],
    out_dir: PathLike = "output",
    *,
    targets: Iterable[str | Target] | None = None,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
    formats: Iterable[str] = (),
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
) -> TreeReport:
    """Render spec files and folders into `out_dir`, as `snippetgen render` does.

    `formats` adds pages: any of "markdown", "mkdocs" and "html". Unchanged files keep
    their mtime; files an earlier run wrote that this run no longer produces are removed.
    The folder changes all at once, or not at all if anything fails.
    """
    out = Path(out_dir)
    recover_output(out)
    plan = plan_tree(
        [Path(source) for source in sources],
        out,
        targets=targets,
        variables=variables,
        base_url=base_url,
        formats=formats,
        use_cache=use_cache,
        progress=progress,
    )
    report = write_plan(plan, out)
    return TreeReport(report.written, report.unchanged, report.removed, plan.snippets, plan.rendered, plan.manifest)


def check_tree(
    sources: Iterable[PathLike],
    out_dir: PathLike = "output",
    *,
    targets: Iterable[str | Target] | None = None,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
    formats: Iterable[str] = (),
    use_cache: bool = True,
) -> CheckReport:
    """Report the files of `out_dir` that `render_tree` with the same arguments would change; writes nothing."""
    out = Path(out_dir)
    plan = plan_tree(
        [Path(source) for source in sources],
        out,
        targets=targets,
        variables=variables,
        base_url=base_url,
        formats=formats,
        use_cache=use_cache,
    )
    return check_plan(plan, out)


def render_document(
    sources: Iterable[PathLike],
    *,
    targets: Iterable[str | Target] | None = None,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
) -> dict[str, Any]:
    """Return what `snippetgen render --stdout --format json` prints: the manifest with each snippet's text."""
    specs = load_specs([Path(source) for source in sources], variables, base_url)
    return build_document(specs, targets)
