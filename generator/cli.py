"""The `snippetgen` command line: render, validate, targets and mock-server."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from . import __version__
from .build import (
    CheckReport,
    Plan,
    build_document,
    check_plan,
    check_reserved_ids,
    plan_tree,
    recover_output,
    write_plan,
)
from .errors import SpecError
from .limitations import limitations_for
from .manifest import OutputError
from .pages import PAGE_FORMATS
from .render import render_all
from .spec import load_specs
from .targets import TARGETS

DEFAULT_SPECS = Path("specs")
DEFAULT_OUTPUT = Path("output")
FORMAT_CHOICES = (*PAGE_FORMATS, "json", "all")


def _parse_vars(values: tuple[str, ...]) -> dict[str, str]:
    variables: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--var")
        variables[name] = value
    return variables


def _check_base_url(value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{value!r} is not scheme://host[:port]", param_hint="--base-url")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise click.BadParameter(
            f"{value!r} has a path, query or fragment; it replaces only scheme, host and port",
            param_hint="--base-url",
        )
    try:
        parts.port
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: {exc}", param_hint="--base-url") from None
    return value


def _report_spec_error(exc: SpecError) -> None:
    for problem in exc.problems:
        click.echo(f"error: {problem.format()}", err=True)
    count = len(exc.problems)
    click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="snippetgen")
def main() -> None:
    """Generate HTTP code snippets for many client libraries from YAML request specs."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUTPUT,
    show_default=True,
    help="Folder to write snippets into, as <spec-id>/<target>.<ext>, with the manifest index.json.",
)
@click.option(
    "-t",
    "--target",
    "target_keys",
    multiple=True,
    metavar="KEY",
    help="Render only this target (repeatable). See `snippetgen targets`.",
)
@click.option("--var", "var_items", multiple=True, metavar="NAME=VALUE", help="Set a spec variable (repeatable).")
@click.option(
    "--base-url",
    metavar="URL",
    help="Replace scheme, host and port of every spec URL, e.g. http://127.0.0.1:8080.",
)
@click.option(
    "-f",
    "--format",
    "format_items",
    multiple=True,
    metavar="FORMAT",
    help="Also write pages: markdown, mkdocs, html, or all (repeatable or comma-separated). "
    "json is the --stdout format.",
)
@click.option(
    "--stdout",
    "to_stdout",
    is_flag=True,
    help="Print the manifest with every snippet's text as one JSON document and write nothing.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; list each stale, missing or extra file and exit with status 1 if there is one.",
)
@click.option("--no-cache", is_flag=True, help="Render every snippet and page, ignoring what the last run left unchanged.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per file written or removed.")
def render(
    sources: tuple[Path, ...],
    out_dir: Path,
    target_keys: tuple[str, ...],
    var_items: tuple[str, ...],
    base_url: str | None,
    format_items: tuple[str, ...],
    to_stdout: bool,
    check: bool,
    no_cache: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Render SOURCES (spec files or folders; default: specs/) into snippets.

    The output folder then contains exactly what this run renders: files that an earlier
    run wrote (as its index.json lists) and this run does not produce are removed.
    Files snippetgen did not write are never removed.
    """
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be combined.")
    if check and to_stdout:
        raise click.UsageError("--check and --stdout cannot be combined: --stdout writes nothing to check.")
    formats = _parse_formats(format_items, to_stdout)
    variables = _parse_vars(var_items)
    base_url = _check_base_url(base_url)
    targets = _choose_targets(target_keys)
    spec_sources = list(sources) or [DEFAULT_SPECS]

    if to_stdout:
        _print_document(spec_sources, targets, variables, base_url)
        return
    if not check:
        recover_output(out_dir)
    progress = _ProgressBar(enabled=not quiet and _is_terminal(sys.stderr))
    try:
        plan = plan_tree(
            spec_sources,
            out_dir,
            targets=targets,
            variables=variables,
            base_url=base_url,
            formats=formats,
            use_cache=not no_cache,
            progress=progress,
        )
    except SpecError as exc:
        _report_spec_error(exc)
        sys.exit(1)
    except OutputError as exc:
        click.echo(f"error: {exc}.", err=True)
        sys.exit(1)
    finally:
        progress.close()
    _check_vars_used(variables, plan.specs)
    if not quiet:
        _report_limitations(plan.specs, targets)

    if check:
        _report_check(check_plan(plan, out_dir), out_dir, quiet)
    else:
        _write(plan, out_dir, quiet, verbose)


def _report_limitations(specs, targets) -> None:
    for spec in specs:
        for target in targets if targets is not None else TARGETS:
            for limitation in limitations_for(spec.request, target.key):
                click.echo(f"warning: {spec.source}: {target.key}: {limitation.message} [{limitation.id}]", err=True)


def _print_document(sources: list[Path], targets, variables: dict[str, str], base_url: str | None) -> None:
    try:
        specs = load_specs(sources, variables, base_url)
        _check_vars_used(variables, specs)
        document = build_document(specs, targets)
    except SpecError as exc:
        _report_spec_error(exc)
        sys.exit(1)
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))


def _write(plan: Plan, out_dir: Path, quiet: bool, verbose: bool) -> None:
    try:
        report = write_plan(plan, out_dir)
    except OSError as exc:
        click.echo(f"error: cannot write {out_dir}: {exc.strerror or exc}. Check that the folder and its parent are writable folders.", err=True)
        sys.exit(1)
    if verbose:
        for relative in report.written:
            click.echo(f"wrote {(out_dir / relative).as_posix()}", err=True)
        for relative in report.removed:
            click.echo(f"removed {(out_dir / relative).as_posix()}", err=True)
    if not quiet:
        click.echo(
            f"{len(plan.snippets)} snippets from {len(plan.specs)} specs in {out_dir} "
            f"({len(plan.rendered)} rendered, {len(plan.snippets) - len(plan.rendered)} reused): "
            f"{len(report.written)} files written, {len(report.unchanged)} unchanged, {len(report.removed)} removed.",
            err=True,
        )


def _parse_formats(values: tuple[str, ...], to_stdout: bool) -> tuple[str, ...]:
    names: list[str] = []
    for value in values:
        for name in (part.strip().lower() for part in value.split(",")):
            if not name:
                continue
            if name not in FORMAT_CHOICES:
                raise click.BadParameter(
                    f"unknown format {name!r}. Valid formats: {', '.join(FORMAT_CHOICES)}", param_hint="--format"
                )
            names.extend(PAGE_FORMATS if name == "all" else [name])
    pages = [name for name in names if name != "json"]
    if to_stdout and pages:
        raise click.BadParameter(
            f"--stdout prints only the json format, not {pages[0]!r}; write pages without --stdout",
            param_hint="--format",
        )
    if "json" in names and not to_stdout:
        raise click.BadParameter("the json format goes to standard output: add --stdout", param_hint="--format")
    return tuple(dict.fromkeys(pages))


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _ProgressBar:
    """A click progress bar on stderr, shown from the first step of work, and only on a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Rendering", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _report_check(report: CheckReport, out_dir: Path, quiet: bool) -> None:
    for line in report.lines(out_dir):
        click.echo(line)
    if report.current:
        if not quiet:
            click.echo(f"{out_dir} is up to date.", err=True)
        return
    count = len(report.missing) + len(report.stale) + len(report.extra)
    if not quiet:
        click.echo(
            f"{count} file{'s' if count != 1 else ''} in {out_dir} {'are' if count != 1 else 'is'} out of date; "
            "run the same command without --check to update them.",
            err=True,
        )
    sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--var", "var_items", multiple=True, metavar="NAME=VALUE", help="Set a spec variable (repeatable).")
def validate(sources: tuple[Path, ...], var_items: tuple[str, ...]) -> None:
    """Check SOURCES (spec files or folders; default: specs/) without writing anything."""
    variables = _parse_vars(var_items)
    try:
        specs = load_specs(list(sources) or [DEFAULT_SPECS], variables)
        _check_vars_used(variables, specs)
        check_reserved_ids(specs)
        render_all(specs)
    except SpecError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem.format()}", err=True)
        sys.exit(1)
    _report_limitations(specs, None)
    click.echo(f"{len(specs)} spec{'s are' if len(specs) != 1 else ' is'} valid.", err=True)


@main.command()
def targets() -> None:
    """List the target keys with their language and library."""
    width = max(len(target.key) for target in TARGETS)
    for target in TARGETS:
        click.echo(f"{target.key:<{width}}  {target.label} ({target.library})")


@main.command("mock-server")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="TCP port; 0 picks a free one.")
@click.option("--client-id", default="YourClientId", show_default=True, help="The client_id the token endpoint accepts.")
@click.option(
    "--client-secret", default="YourClientSecret", show_default=True, help="The client_secret the token endpoint accepts."
)
@click.option("--token-lifetime", default=3600, show_default=True, type=click.IntRange(1), help="Access token lifetime in seconds.")
@click.option(
    "--allow-origin",
    "allowed_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Origin allowed by CORS, e.g. http://127.0.0.1:9000 (repeatable; `*` allows any).",
)
def mock_server(
    host: str,
    port: int,
    client_id: str,
    client_secret: str,
    token_lifetime: int,
    allowed_origins: tuple[str, ...],
) -> None:
    """Run the mock OAuth 2.0 server that snippets are tested against."""
    import logging

    from .mock_server import MockServer, ServerConfig

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    config = ServerConfig(
        client_id=client_id,
        client_secret=client_secret,
        token_lifetime=token_lifetime,
        allowed_origins=tuple(allowed_origins),
    )
    try:
        server = MockServer(config, host=host, port=port)
    except OSError as exc:
        click.echo(
            f"error: cannot listen on {host}:{port}: {exc.strerror or exc}. "
            "Pick another --port (0 picks a free one) or an IPv4 --host.",
            err=True,
        )
        sys.exit(1)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        logging.getLogger("snippetgen.mock_server").info("mock server stopped")


def _choose_targets(keys: tuple[str, ...]):
    if not keys:
        return None
    unknown = [key for key in keys if key not in TARGETS]
    if unknown:
        raise click.BadParameter(
            f"unknown target {unknown[0]!r}. Valid targets: {', '.join(TARGETS.keys())}",
            param_hint="--target",
        )
    return [TARGETS[key] for key in dict.fromkeys(keys)]


def _check_vars_used(variables: dict[str, str], specs) -> None:
    # A --var that no spec declares is almost always a typo in its name.
    declared: set[str] = set()
    for spec in specs:
        declared.update(spec.variables)
    unknown = sorted(set(variables) - declared)
    if unknown:
        raise click.BadParameter(
            f"no spec declares the variable {unknown[0]!r}. Declared: {', '.join(sorted(declared)) or 'none'}",
            param_hint="--var",
        )
