"""The `snippetgen` command line: render, validate, targets and mock-server."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from . import __version__
from .errors import SpecError
from .render import render_all
from .spec import load_specs
from .targets import TARGETS
from .writer import write_tree

DEFAULT_SPECS = Path("specs")
DEFAULT_OUTPUT = Path("output")


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
    help="Folder to write snippets into, as <spec-id>/<target>.<ext>.",
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
def render(
    sources: tuple[Path, ...],
    out_dir: Path,
    target_keys: tuple[str, ...],
    var_items: tuple[str, ...],
    base_url: str | None,
) -> None:
    """Render SOURCES (spec files or folders; default: specs/) into snippets."""
    variables = _parse_vars(var_items)
    base_url = _check_base_url(base_url)
    targets = _choose_targets(target_keys)
    try:
        specs = load_specs(list(sources) or [DEFAULT_SPECS], variables, base_url)
        _check_vars_used(variables, specs)
        snippets = render_all(specs, targets)
    except SpecError as exc:
        _report_spec_error(exc)
        sys.exit(1)

    files = {snippet.relative_path.as_posix(): snippet.text.encode("utf-8") for snippet in snippets}
    report = write_tree(out_dir, files)
    click.echo(
        f"{len(snippets)} snippets from {len(specs)} specs in {out_dir}: "
        f"{len(report.written)} written, {len(report.unchanged)} unchanged.",
        err=True,
    )


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--var", "var_items", multiple=True, metavar="NAME=VALUE", help="Set a spec variable (repeatable).")
def validate(sources: tuple[Path, ...], var_items: tuple[str, ...]) -> None:
    """Check SOURCES (spec files or folders; default: specs/) without writing anything."""
    variables = _parse_vars(var_items)
    try:
        specs = load_specs(list(sources) or [DEFAULT_SPECS], variables)
        _check_vars_used(variables, specs)
        render_all(specs)
    except SpecError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem.format()}", err=True)
        sys.exit(1)
    click.echo(f"{len(specs)} specs are valid.", err=True)


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
    server = MockServer(config, host=host, port=port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


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
