"""Plan an output folder from specs, then write it, check it against the disk, or return it as one document.

A plan contains every file a run produces (snippets, pages and the manifest `index.json`) and
the files an earlier run wrote that this run no longer produces. Snippets and HTML pages
whose inputs did not change since the last run are taken from the disk instead of rendered.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .errors import Problem, SpecError
from .incremental import RenderCache, digest, generator_fingerprint, template_digest
from .manifest import MANIFEST_NAME, PageFile, build_manifest, dump_manifest, owned_paths, read_manifest
from .pages import FORMAT_FOLDERS, PAGE_FORMATS, build_pages
from .render import Snippet, render_all, render_snippet
from .spec import Spec, load_specs
from .targets import TARGETS, Target
from .writer import WriteReport, plan_changes, recover, write_tree

# Spec ids that would share a name with a page folder or the HTML index page.
RESERVED_IDS = tuple(sorted({*FORMAT_FOLDERS.values(), "index"}))

# Called as progress(done, total) after each snippet rendered and each HTML page built.
ProgressCallback = Callable[[int, int], None]


@dataclass
class Plan:
    """Every file one run produces, keyed by POSIX path relative to the output folder."""

    specs: list[Spec]
    snippets: list[Snippet]
    pages: list[PageFile]
    manifest: dict[str, Any]
    files: dict[str, bytes]
    # Files the previous manifest lists that this run does not produce.
    remove: set[str]
    # (spec id, target key) of each snippet rendered in this run rather than taken from the cache.
    rendered: list[tuple[str, str]]
    cache: RenderCache


@dataclass
class CheckReport:
    """The differences between an output folder and what a run would write, as paths relative to it."""

    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def current(self) -> bool:
        return not (self.missing or self.stale or self.extra)

    def lines(self, out_dir: Path) -> list[str]:
        """Return one `state: path` line per differing file, sorted by path."""
        states = [(path, "missing") for path in self.missing]
        states += [(path, "stale") for path in self.stale]
        states += [(path, "extra") for path in self.extra]
        return [f"{state}: {(out_dir / path).as_posix()}" for path, state in sorted(states)]


def resolve_targets(targets: Iterable[str | Target] | None) -> list[Target]:
    """Return the chosen targets in the order given, or every registered target for None.

    Raises ValueError naming the valid keys for an unknown key.
    """
    if targets is None:
        return list(TARGETS)
    if isinstance(targets, (str, Target)):
        targets = [targets]
    chosen: dict[str, Target] = {}
    for item in targets:
        key = item.key if isinstance(item, Target) else item
        if key not in TARGETS:
            raise ValueError(f"unknown target {key!r}. Valid targets: {', '.join(TARGETS.keys())}")
        chosen.setdefault(key, TARGETS[key])
    return list(chosen.values())


def resolve_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Return the page formats in their fixed order, so the manifest does not depend on option order."""
    wanted = {formats} if isinstance(formats, str) else set(formats)
    unknown = sorted(wanted - set(PAGE_FORMATS))
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}. Valid formats: {', '.join(PAGE_FORMATS)}")
    return tuple(fmt for fmt in PAGE_FORMATS if fmt in wanted)


def check_reserved_ids(specs: list[Spec]) -> None:
    problems = [
        Problem(
            spec.source,
            f"id {spec.id!r} is reserved: the output folder uses it for pages",
            key="id",
            fix=f"Set another `id:` or rename the file; reserved ids: {', '.join(RESERVED_IDS)}",
        )
        for spec in specs
        if spec.id in RESERVED_IDS
    ]
    if problems:
        raise SpecError(problems)


def plan_tree(
    sources: Iterable[Path],
    out_dir: Path,
    *,
    targets: Iterable[str | Target] | None = None,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
    formats: Iterable[str] = (),
    use_cache: bool = True,
    progress: ProgressCallback | None = None,
) -> Plan:
    """Load, render and lay out everything one run produces into `out_dir`, writing nothing.

    A run that writes must call `recover_output(out_dir)` first: a write killed between its
    two renames leaves the old tree, and so the manifest of owned files, in a backup folder.

    Raises `SpecError` listing every invalid spec and failed rendering, and
    `manifest.OutputError` if `out_dir/index.json` was not written by snippetgen.
    """
    chosen = resolve_targets(targets)
    page_formats = resolve_formats(formats)
    variables = dict(variables or {})
    specs = load_specs(list(sources), variables, base_url)
    check_reserved_ids(specs)
    previous = read_manifest(out_dir)
    cache = RenderCache(out_dir, enabled=use_cache)

    snippets, misses = _snippets_from_cache(specs, chosen, variables, base_url, cache)
    total = len(misses) + (len(specs) if "html" in page_formats else 0)
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    problems: list[Problem] = []
    for index, spec, target, key in misses:
        try:
            snippet = render_snippet(spec, target)
        except SpecError as exc:
            problems.extend(exc.problems)
        else:
            snippets[index] = snippet
            cache.store(snippet.relative_path.as_posix(), key, snippet.text.encode("utf-8"))
        advance()
    if problems:
        raise SpecError(problems)
    rendered = [(spec.id, target.key) for _, spec, target, _ in misses]
    final: list[Snippet] = [snippet for snippet in snippets if snippet is not None]

    pages = build_pages(specs, final, page_formats, cache, advance)
    manifest = build_manifest(specs, final, pages, page_formats)
    files = {snippet.relative_path.as_posix(): snippet.text.encode("utf-8") for snippet in final}
    files.update((page.path, page.content) for page in pages)
    files[MANIFEST_NAME] = dump_manifest(manifest)
    remove = owned_paths(previous) - set(files) if previous else set()
    return Plan(specs, final, pages, manifest, files, remove, rendered, cache)


def _snippets_from_cache(
    specs: list[Spec],
    chosen: list[Target],
    variables: dict[str, str],
    base_url: str | None,
    cache: RenderCache,
) -> tuple[list[Snippet | None], list[tuple[int, Spec, Target, str]]]:
    """Return the snippets whose inputs are unchanged, with a None hole for each one to render."""
    fingerprint = generator_fingerprint()
    templates = {target.key: template_digest(target) for target in chosen}
    snippets: list[Snippet | None] = []
    misses: list[tuple[int, Spec, Target, str]] = []
    for spec in specs:
        spec_bytes = spec.source.read_bytes()
        for target in chosen:
            key = digest(
                fingerprint,
                "snippet",
                spec.source.name,
                spec_bytes,
                variables,
                base_url,
                dataclasses.asdict(target),
                templates[target.key],
            )
            relative = (Path(spec.id) / target.file_name).as_posix()
            content = cache.lookup(relative, key)
            if content is None:
                misses.append((len(snippets), spec, target, key))
                snippets.append(None)
            else:
                snippets.append(Snippet(spec=spec, target=target, text=content.decode("utf-8")))
    return snippets, misses


def recover_output(out_dir: Path) -> None:
    """Put back the tree an interrupted write left in its backup folder, before planning against it."""
    recover(out_dir)


def write_plan(plan: Plan, out_dir: Path) -> WriteReport:
    """Make `out_dir` hold the plan's files, remove the files it no longer owns, then save the cache."""
    report = write_tree(out_dir, plan.files, plan.remove)
    plan.cache.save()
    return report


def check_plan(plan: Plan, out_dir: Path) -> CheckReport:
    """Compare the plan with `out_dir` without writing anything."""
    changes = plan_changes(out_dir, plan.files, plan.remove)
    report = CheckReport(extra=list(changes.removed))
    for relative in changes.written:
        if (out_dir / relative).is_file():
            report.stale.append(relative)
        else:
            report.missing.append(relative)
    return report


def build_document(specs: list[Spec], targets: Iterable[str | Target] | None = None) -> dict[str, Any]:
    """Return the manifest of a fresh render of `specs` with each snippet's `text`, touching no folder."""
    snippets = render_all(specs, resolve_targets(targets))
    return build_manifest(specs, snippets, include_text=True)
