"""The normalised request that every template renders: immutable, ordered, already validated."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, quote_plus, urlencode

Pair = tuple[str, str]

# RFC 3986 unreserved characters; everything else in a query name or value is percent-encoded.
_QUERY_SAFE = "-._~"
DEFAULT_PORTS = {"http": 80, "https": 443}
DEFAULT_CONTENT_TYPES = {
    "form": "application/x-www-form-urlencoded",
    "json": "application/json",
}


def encode_query(pairs: tuple[Pair, ...]) -> str:
    """Percent-encode decoded query pairs once, keeping their order and repeats."""
    return "&".join(f"{quote(name, safe=_QUERY_SAFE)}={quote(value, safe=_QUERY_SAFE)}" for name, value in pairs)


def encode_form(pairs: tuple[Pair, ...]) -> str:
    """Encode form fields as application/x-www-form-urlencoded (spaces become `+`)."""
    return urlencode(pairs, encoding="utf-8")


@dataclass(frozen=True)
class Body:
    """A request body with an explicit kind.

    `text` is the exact body for `json` and `text` kinds and the encoded form for `form`.
    """

    kind: Literal["form", "json", "text"]
    text: str
    content_type: str
    fields: tuple[Pair, ...] = ()

    @property
    def is_form(self) -> bool:
        return self.kind == "form"

    @property
    def is_ascii(self) -> bool:
        return self.text.isascii()

    @property
    def fields_with_encoded_names(self) -> tuple[Pair, ...]:
        """Return the form fields with each name already form-encoded and each value as written.

        For clients such as curl's `--data-urlencode name=value`, which encode only the value.
        """
        return tuple((quote_plus(name, safe=""), value) for name, value in self.fields)

    @property
    def has_empty_field_name(self) -> bool:
        return any(name == "" for name, _ in self.fields)

    @property
    def fields_unique(self) -> bool:
        names = [name for name, _ in self.fields]
        return len(names) == len(set(names))


@dataclass(frozen=True)
class Auth:
    """Credentials sent in the Authorization header."""

    kind: Literal["basic", "bearer"]
    username: str = ""
    password: str = ""
    token: str = ""

    @property
    def is_basic(self) -> bool:
        return self.kind == "basic"

    @property
    def is_bearer(self) -> bool:
        return self.kind == "bearer"

    @property
    def credentials(self) -> str:
        """Return the base64 of `username:password` in UTF-8 (RFC 7617), for basic auth."""
        return base64.b64encode(f"{self.username}:{self.password}".encode("utf-8")).decode("ascii")

    @property
    def header_value(self) -> str:
        """Return the Authorization header value, such as `Basic dXNlcjpwYXNz`."""
        if self.kind == "basic":
            return f"Basic {self.credentials}"
        return f"Bearer {self.token}"


@dataclass(frozen=True)
class Request:
    """One HTTP request, normalised from a spec.

    `headers` are the spec's headers in order, repeats kept. `effective_headers` adds
    what the request needs on the wire when a client has no helper for it: the
    Authorization header from `auth` and a Content-Type for the body.
    """

    method: str
    scheme: str
    host: str
    port: int | None
    path: str
    query: tuple[Pair, ...] = ()
    headers: tuple[Pair, ...] = ()
    body: Body | None = None
    auth: Auth | None = None

    # URL pieces -----------------------------------------------------------------

    @property
    def is_https(self) -> bool:
        return self.scheme == "https"

    @property
    def host_for_url(self) -> str:
        """Return the host as written in a URL, with brackets around an IPv6 address."""
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def netloc(self) -> str:
        """Return `host[:port]`, leaving out the scheme's default port."""
        if self.port is None or self.port == DEFAULT_PORTS[self.scheme]:
            return self.host_for_url
        return f"{self.host_for_url}:{self.port}"

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_PORTS[self.scheme]

    @property
    def has_explicit_port(self) -> bool:
        return self.port is not None and self.port != DEFAULT_PORTS[self.scheme]

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.netloc}"

    @property
    def base_url(self) -> str:
        """Return the URL without its query string."""
        return self.origin + self.path

    @property
    def query_string(self) -> str:
        return encode_query(self.query)

    @property
    def url(self) -> str:
        """Return the full URL, query string percent-encoded once."""
        if not self.query:
            return self.base_url
        return f"{self.base_url}?{self.query_string}"

    @property
    def path_with_query(self) -> str:
        """Return the request target: path plus encoded query string."""
        if not self.query:
            return self.path
        return f"{self.path}?{self.query_string}"

    @property
    def query_names_unique(self) -> bool:
        names = [name for name, _ in self.query]
        return len(names) == len(set(names))

    # Headers --------------------------------------------------------------------

    def has_header(self, name: str) -> bool:
        lowered = name.lower()
        return any(header.lower() == lowered for header, _ in self.headers)

    @property
    def header_names_unique(self) -> bool:
        names = [name.lower() for name, _ in self.headers]
        return len(names) == len(set(names))

    @property
    def content_type(self) -> str | None:
        """Return the body's media type: the spec's Content-Type header, else the body kind's default."""
        for name, value in self.headers:
            if name.lower() == "content-type":
                return value
        return self.body.content_type if self.body else None

    @property
    def headers_without_content_type(self) -> tuple[Pair, ...]:
        """Return the spec headers except Content-Type, for clients that set it on the body."""
        return tuple((name, value) for name, value in self.headers if name.lower() != "content-type")

    @property
    def headers_with_content_type(self) -> tuple[Pair, ...]:
        """Return the spec headers, plus the body's Content-Type when the spec has none."""
        if self.body and not self.has_header("Content-Type"):
            return self.headers + (("Content-Type", self.body.content_type),)
        return self.headers

    @staticmethod
    def combine_repeated(pairs: tuple[Pair, ...]) -> tuple[Pair, ...]:
        """Merge headers of the same name into one, values joined by ", " (RFC 9110 section 5.3).

        For clients whose header map holds one value per name. The first spelling of a
        name and its position are kept.
        """
        merged: dict[str, tuple[str, list[str]]] = {}
        for name, value in pairs:
            entry = merged.setdefault(name.lower(), (name, []))
            entry[1].append(value)
        return tuple((name, ", ".join(values)) for name, values in merged.values())

    @property
    def auth_header(self) -> Pair | None:
        return ("Authorization", self.auth.header_value) if self.auth else None

    @property
    def effective_headers(self) -> tuple[Pair, ...]:
        """Return every header the request sends: Authorization, the spec headers, then Content-Type."""
        if not self.auth:
            return self.headers_with_content_type
        return (("Authorization", self.auth.header_value),) + self.headers_with_content_type

    @property
    def headers_with_auth(self) -> tuple[Pair, ...]:
        """Return Authorization from `auth` followed by the spec headers, without an added Content-Type."""
        if not self.auth:
            return self.headers
        return (("Authorization", self.auth.header_value),) + self.headers
