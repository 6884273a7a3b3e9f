"""Turn a spec file into a validated, normalised `Spec`: load, validate, substitute, normalise."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import quote, urlsplit

from .errors import Problem, SpecError
from .loader import KeyPath, LoadedYaml, format_key_path, load_yaml
from .model import DEFAULT_CONTENT_TYPES, Auth, Body, Pair, Request, encode_form
from .validation import validate_spec

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
METHODS_WITHOUT_BODY = ("GET", "HEAD")
VARIABLE_PATTERN = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
# Headers that frame the message or name the connection: each client sets them from the
# body and URL, and a second, different value corrupts the request.
FRAMING_HEADERS = ("content-length", "transfer-encoding", "host", "connection")
# RFC 9110 token characters, used for header names.
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# RFC 6750 b64token characters, the only ones a Bearer token may use.
_B64TOKEN = re.compile(r"^[A-Za-z0-9\-._~+/]+=*$")
# Characters a path may hold as written; others are percent-encoded (RFC 3986 pchar and "/").
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class Spec:
    """A validated spec: where it came from, its documentation fields and its request."""

    id: str
    title: str
    description: str
    source: Path
    request: Request
    variables: tuple[str, ...] = ()
    # The line of the `id:` key, or None when the id comes from the file name.
    id_line: int | None = None


def spec_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their `*.yaml` and `*.yml` files, sorted, keeping given files as they are."""
    files: dict[Path, Path] = {}
    for path in paths:
        found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()) if path.is_dir() else [path]
        for file in found:
            # The same file named twice, or through its folder and by name, is read once.
            files.setdefault(file.resolve(), file)
    return list(files.values())


def load_specs(
    paths: Iterable[Path],
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
) -> list[Spec]:
    """Load every spec, raising one `SpecError` that lists the problems of all of them."""
    specs: list[Spec] = []
    problems: list[Problem] = []
    paths = list(paths)
    for folder in paths:
        if folder.is_dir() and not spec_files([folder]):
            problems.append(
                Problem(folder, "no spec files (*.yaml, *.yml) in this folder", fix="Check the path, or add a spec")
            )
    for path in spec_files(paths):
        try:
            specs.append(load_spec(path, variables, base_url))
        except SpecError as exc:
            problems.extend(exc.problems)
    seen: dict[str, Path] = {}
    for spec in specs:
        if spec.id in seen:
            origin = "" if spec.id_line else " (from the file name)"
            problems.append(
                Problem(
                    spec.source,
                    f"{spec.id!r}{origin} is also the id of {seen[spec.id]}",
                    line=spec.id_line,
                    key="id" if spec.id_line else "",
                    fix="Give each spec its own id: it names the output folder",
                )
            )
        seen.setdefault(spec.id, spec.source)
    if problems:
        raise SpecError(problems)
    return specs


def load_spec(
    path: Path,
    variables: Mapping[str, str] | None = None,
    base_url: str | None = None,
) -> Spec:
    """Load one spec file, raising `SpecError` with every problem found in it."""
    if not path.is_file():
        raise SpecError([Problem(path, "spec file not found", fix="Check the path")])
    loaded = load_yaml(path)
    problems = validate_spec(loaded)
    if problems:
        raise SpecError(problems)
    return _Normaliser(loaded, dict(variables or {}), base_url).spec()


class _Normaliser:
    """Substitute variables and build the immutable request, collecting problems on the way."""

    def __init__(self, loaded: LoadedYaml, overrides: dict[str, str], base_url: str | None):
        self.loaded = loaded
        self.data: dict[str, Any] = loaded.data
        self.variables = {**self.data.get("variables", {}), **overrides}
        self.base_url = base_url
        self.problems: list[Problem] = []
        # Key paths whose value still has an unknown `{{name}}`: checks of that value would
        # only repeat the unknown-variable problem in other words, so they are skipped.
        self.unresolved: set[KeyPath] = set()

    def problem(self, key_path: KeyPath, message: str, fix: str = "") -> None:
        if key_path in self.unresolved:
            return
        self.problems.append(
            Problem(
                self.loaded.path,
                message,
                line=self.loaded.line_of(key_path),
                key=format_key_path(key_path),
                fix=fix,
            )
        )

    def spec(self) -> Spec:
        spec_id = self.data.get("id") or self.loaded.path.stem
        if "id" not in self.data and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", spec_id):
            self.problem(
                (),
                f"file name {self.loaded.path.name!r} does not give a valid spec id",
                "Rename the file with lowercase letters, digits and dashes, or set `id:`",
            )
        title = self.text(("title",), self.data.get("title", spec_id))
        description = self.text(("description",), self.data.get("description", ""))
        request = self.request(self.data["request"])
        if self.problems:
            raise SpecError(self.problems)
        assert request is not None
        return Spec(
            id=spec_id,
            title=title,
            description=description,
            source=self.loaded.path,
            request=request,
            variables=tuple(self.data.get("variables", {})),
            id_line=self.loaded.lines.get(("id",)) if "id" in self.data else None,
        )

    # Variables ------------------------------------------------------------------

    def text(self, key_path: KeyPath, value: str) -> str:
        """Replace each `{{name}}` in `value`; values are inserted as they are, never re-expanded."""

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in self.variables:
                return self.variables[name]
            declared = sorted(self.data.get("variables", {}))
            close = difflib.get_close_matches(name, list(self.variables), n=1)
            fix = f"Did you mean {{{{{close[0]}}}}}? " if close else ""
            fix += f"Declare it under `variables:` in this spec, then --var {name}=VALUE can override it (declared: {', '.join(declared) or 'none'})"
            self.problem(key_path, f"unknown variable {{{{{name}}}}}", fix)
            self.unresolved.add(key_path)
            return match.group(0)

        return VARIABLE_PATTERN.sub(replace, value)

    def pairs(self, key_path: KeyPath, value: Any) -> tuple[Pair, ...]:
        if value is None:
            return ()
        if isinstance(value, dict):
            return tuple(
                (self.text(key_path + (name,), name), self.text(key_path + (name,), text)) for name, text in value.items()
            )
        return tuple(
            (self.text(key_path + (index, 0), name), self.text(key_path + (index, 1), text))
            for index, (name, text) in enumerate(value)
        )

    # Request parts ----------------------------------------------------------------

    def request(self, raw: dict[str, Any]) -> Request | None:
        method = self.method(raw["method"])
        url_parts = self.url(self.text(("request", "url"), raw["url"]))
        query = self.pairs(("request", "query"), raw.get("query"))
        headers = self.pairs(("request", "headers"), raw.get("headers"))
        self.check_headers(headers, raw.get("headers"))
        auth = self.auth(raw.get("auth"))
        body = self.body(raw.get("body"), headers)
        authorization = next((index for index, (name, _) in enumerate(headers) if name.lower() == "authorization"), None)
        if auth and authorization is not None:
            raw_headers = raw.get("headers")
            header_key = list(raw_headers)[authorization] if isinstance(raw_headers, dict) else authorization
            self.problem(
                ("request", "headers", header_key),
                "both `auth` and an Authorization header are set",
                "Remove the Authorization header and keep `auth`",
            )
        if body and method in METHODS_WITHOUT_BODY:
            self.problem(
                ("request", "body"),
                f"a {method} request cannot have a body in most clients",
                "Remove `body`, or use POST, PUT or PATCH",
            )
        if url_parts is None or method is None:
            return None
        scheme, host, port, path = url_parts
        return Request(
            method=method,
            scheme=scheme,
            host=host,
            port=port,
            path=path,
            query=query,
            headers=headers,
            body=body,
            auth=auth,
        )

    def method(self, raw: str) -> str | None:
        method = raw.upper()
        if method not in METHODS:
            self.problem(("request", "method"), f"unknown HTTP method {raw!r}", f"Use one of: {', '.join(METHODS)}")
            return None
        return method

    def url(self, url: str) -> tuple[str, str, int | None, str] | None:
        key = ("request", "url")
        if self.base_url:
            url = replace_origin(url, self.base_url)
        try:
            parts = urlsplit(url)
        except ValueError as exc:
            self.problem(key, f"invalid URL {url!r}: {exc}", "Write scheme://host[:port]/path")
            return None
        try:
            port = parts.port
        except ValueError:
            self.problem(key, f"invalid URL {url!r}: the port is not a number from 0 to 65535", "Fix the port")
            return None
        if parts.scheme not in ("http", "https"):
            self.problem(key, f"invalid URL {url!r}: the scheme must be http or https", "Start the URL with https://")
            return None
        if not parts.hostname:
            self.problem(key, f"invalid URL {url!r}: no host", "Write scheme://host[:port]/path")
            return None
        if parts.username is not None or parts.password is not None:
            self.problem(
                key,
                "the URL contains credentials",
                "Remove user:password@ from the URL and set `auth: {kind: basic, username: ..., password: ...}`",
            )
            return None
        if parts.query or url.endswith("?"):
            self.problem(
                key,
                f"the URL contains a query string {parts.query!r}",
                "Move each parameter under `query:` as name: value (decoded)",
            )
            return None
        if parts.fragment or "#" in url:
            self.problem(key, "the URL contains a #fragment, which is never sent", "Remove the fragment")
            return None
        if any(ch.isspace() for ch in parts.netloc):
            self.problem(key, f"invalid host in {url!r}", "Remove the spaces from the host")
            return None
        path = parts.path or "/"
        path = _BAD_PERCENT.sub("%25", path)
        path = quote(path, safe=_PATH_SAFE)
        return parts.scheme, parts.hostname.lower(), port, path

    def check_headers(self, headers: tuple[Pair, ...], raw: Any) -> None:
        raw_names = list(raw) if isinstance(raw, dict) else []
        for index, (name, value) in enumerate(headers):
            key = ("request", "headers", raw_names[index]) if raw_names else ("request", "headers", index)
            if not _TOKEN.match(name):
                self.problem(
                    key,
                    f"invalid header name {name!r}",
                    "Use only letters, digits and !#$%&'*+-.^_`|~ (an RFC 9110 token)",
                )
            if name.lower() in FRAMING_HEADERS:
                self.problem(
                    key,
                    f"header {name!r} is set by the client from the URL and body",
                    "Remove it: a second value would corrupt the request",
                )
            bad = [ch for ch in value if (ord(ch) < 0x20 and ch != "\t") or ord(ch) == 0x7F]
            if bad:
                self.problem(
                    key,
                    f"header {name!r} has a control character {bad[0]!r} in its value {_short(value)}",
                    "Remove CR, LF, NUL and other control characters: they would inject headers",
                )
            elif not value.isascii():
                self.problem(
                    key,
                    f"header {name!r} has non-ASCII characters in its value {_short(value)}",
                    "Percent-encode the value: most clients reject non-ASCII header values",
                )
            elif value != value.strip(" \t"):
                self.problem(
                    key,
                    f"header {name!r} has leading or trailing whitespace in {value!r}",
                    "Remove it: servers strip it, so the value would not arrive as written",
                )

    def auth(self, raw: dict[str, Any] | None) -> Auth | None:
        if raw is None:
            return None
        if raw["kind"] == "bearer":
            token = self.text(("request", "auth", "token"), raw["token"])
            if not _B64TOKEN.match(token):
                self.problem(
                    ("request", "auth", "token"),
                    f"invalid Bearer token {token!r}",
                    "Use only letters, digits and -._~+/ with optional trailing = (RFC 6750)",
                )
            return Auth(kind="bearer", token=token)
        username = self.text(("request", "auth", "username"), raw["username"])
        password = self.text(("request", "auth", "password"), raw["password"])
        if ":" in username:
            self.problem(
                ("request", "auth", "username"),
                f"a Basic-auth username cannot contain ':' (got {username!r})",
                "Remove the colon: RFC 7617 splits user and password at the first one",
            )
        for field_name, field_value in (("username", username), ("password", password)):
            if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in field_value):
                self.problem(
                    ("request", "auth", field_name),
                    f"the Basic-auth {field_name} has a control character",
                    "Remove it",
                )
        return Auth(kind="basic", username=username, password=password)

    def body(self, raw: dict[str, Any] | None, headers: tuple[Pair, ...]) -> Body | None:
        if raw is None:
            return None
        key = ("request", "body")
        kind = raw["kind"]
        header_type = next((value for name, value in headers if name.lower() == "content-type"), None)
        if kind == "form":
            fields = self.pairs(key + ("fields",), raw["fields"])
            return Body(
                kind="form",
                text=encode_form(fields),
                content_type=header_type or DEFAULT_CONTENT_TYPES["form"],
                fields=fields,
            )
        if kind == "json":
            if "text" in raw:
                text = self.text(key + ("text",), raw["text"])
                try:
                    json.loads(text)
                except ValueError as exc:
                    self.problem(key + ("text",), f"invalid JSON: {exc}", "Fix the JSON text, or use `value:`")
            else:
                value = self.json_value(key + ("value",), raw["value"])
                text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            return Body(kind="json", text=text, content_type=header_type or DEFAULT_CONTENT_TYPES["json"])
        text = self.text(key + ("text",), raw["text"])
        body_type = self.text(key + ("content_type",), raw["content_type"])
        if header_type is not None and header_type != body_type:
            self.problem(
                key + ("content_type",),
                f"the body's content_type {body_type!r} differs from the Content-Type header {header_type!r}",
                "Keep one of them",
            )
        return Body(kind="text", text=text, content_type=header_type or body_type)

    def json_value(self, key_path: KeyPath, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(key_path, value)
        if isinstance(value, list):
            return [self.json_value(key_path + (index,), item) for index, item in enumerate(value)]
        if isinstance(value, dict):
            return {str(name): self.json_value(key_path + (str(name),), item) for name, item in value.items()}
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            self.problem(key_path, f"{value} cannot be written as JSON", "Use a finite number or a string")
            return None
        if value is None or isinstance(value, (bool, int, float)):
            return value
        self.problem(key_path, f"a {type(value).__name__} cannot be written as JSON", "Quote it as a string")
        return None


def _short(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def replace_origin(url: str, base_url: str) -> str:
    """Replace scheme, host and port of `url` with those of `base_url`, keeping the path."""
    base = urlsplit(base_url)
    parts = urlsplit(url)
    return parts._replace(scheme=base.scheme, netloc=base.netloc).geturl()
