"""Render a spec through a target's template, then format the result."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import black
import jinja2

from .errors import Problem, SpecError
from .filters import FILTERS, LiteralError
from .resources import templates_dir
from .spec import Spec
from .targets import TARGETS, Target


@dataclass(frozen=True)
class Snippet:
    """One rendered snippet: its spec, its target and its final text."""

    spec: Spec
    target: Target
    text: str

    @property
    def relative_path(self) -> Path:
        return Path(self.spec.id) / self.target.file_name


def make_environment(folder: Path | None = None) -> jinja2.Environment:
    """Create the one Jinja environment: strict, no autoescape, whitespace-trimmed, literal filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder or templates_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


@lru_cache(maxsize=1)
def default_environment() -> jinja2.Environment:
    return make_environment()


def render_snippet(spec: Spec, target: Target, env: jinja2.Environment | None = None) -> Snippet:
    """Render and format one snippet; raises `SpecError` naming the spec and target on failure."""
    env = env or default_environment()
    template = env.get_template(target.template_name)
    try:
        text = template.render(req=spec.request, spec=spec, target=target)
    except LiteralError as exc:
        raise SpecError(
            [Problem(spec.source, f"cannot render target {target.key}: {exc}", fix="Change the value or skip the target")]
        ) from None
    text = format_code(text, target, spec)
    return Snippet(spec=spec, target=target, text=text)


def render_all(specs: list[Spec], targets: list[Target] | None = None) -> list[Snippet]:
    """Render every spec for every target, in spec then registry order."""
    chosen = targets if targets is not None else list(TARGETS)
    snippets: list[Snippet] = []
    problems: list[Problem] = []
    for spec in specs:
        for target in chosen:
            try:
                snippets.append(render_snippet(spec, target))
            except SpecError as exc:
                problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return snippets


def format_code(text: str, target: Target, spec: Spec) -> str:
    """End the text with exactly one newline, then run the target's formatter.

    Nothing else is touched: a literal may hold trailing spaces or CR that must survive.
    """
    text = text.strip("\n") + "\n"
    if target.formatter == "black":
        try:
            # Single quotes are kept: they match the portal's snippets and read well in docs.
            text = black.format_str(text, mode=black.Mode(string_normalization=False))
        except black.InvalidInput as exc:
            raise SpecError(
                [
                    Problem(
                        spec.source,
                        f"template {target.template_name} produced invalid Python: {exc}",
                        fix="Fix the template; the spec is not at fault",
                    )
                ]
            ) from None
    return text
