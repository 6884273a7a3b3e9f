"""The registry of targets: one frozen record per (language, library), each with one template."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Formatter = Literal["black", "none"]


@dataclass(frozen=True)
class Target:
    """One snippet target; `key` also names its template, `templates/<key>.<extension>.jinja`."""

    key: str
    label: str
    language: str
    library: str
    docs_url: str
    extension: str
    lexer: str
    formatter: Formatter = "none"

    @property
    def template_name(self) -> str:
        return f"{self.key}.{self.extension}.jinja"

    @property
    def file_name(self) -> str:
        return f"{self.key}.{self.extension}"


class RegistryError(ValueError):
    """Raised when a target record is incomplete or its key is taken."""


class Registry:
    """An ordered map of target key to record, checked on registration."""

    def __init__(self) -> None:
        self._targets: dict[str, Target] = {}

    def register(self, target: Target) -> Target:
        for field in fields(target):
            if not getattr(target, field.name):
                raise RegistryError(f"target {target.key or '?'!r}: field {field.name!r} is empty")
        if target.key in self._targets:
            raise RegistryError(f"target {target.key!r} is registered twice")
        self._targets[target.key] = target
        return target

    def __getitem__(self, key: str) -> Target:
        return self._targets[key]

    def __contains__(self, key: object) -> bool:
        return key in self._targets

    def __iter__(self):
        return iter(self._targets.values())

    def __len__(self) -> int:
        return len(self._targets)

    def keys(self) -> list[str]:
        return list(self._targets)


TARGETS = Registry()

for _target in (
    Target("curl", "cURL", "shell", "curl", "https://curl.se/docs/manpage.html", "sh", "bash"),
    Target("php_curl", "PHP cURL", "php", "ext-curl", "https://www.php.net/manual/en/book.curl.php", "php", "php"),
    Target("php_guzzle", "PHP Guzzle", "php", "Guzzle 7", "https://docs.guzzlephp.org/en/stable/", "php", "php"),
    Target(
        "csharp_httpclient",
        "C# HttpClient",
        "csharp",
        "System.Net.Http",
        "https://learn.microsoft.com/dotnet/api/system.net.http.httpclient",
        "cs",
        "csharp",
    ),
    Target("kotlin_okhttp", "Kotlin OkHttp", "kotlin", "OkHttp 4", "https://square.github.io/okhttp/", "kt", "kotlin"),
    Target(
        "rust_reqwest",
        "Rust reqwest",
        "rust",
        "reqwest 0.12 (blocking)",
        "https://docs.rs/reqwest/0.12/reqwest/blocking/",
        "rs",
        "rust",
    ),
    Target(
        "js_fetch",
        "JavaScript fetch",
        "javascript",
        "Fetch API",
        "https://developer.mozilla.org/docs/Web/API/Fetch_API",
        "js",
        "javascript",
    ),
    Target("js_jquery", "jQuery", "javascript", "jQuery 3", "https://api.jquery.com/jquery.ajax/", "js", "javascript"),
    Target(
        "js_xhr",
        "JavaScript XHR",
        "javascript",
        "XMLHttpRequest",
        "https://developer.mozilla.org/docs/Web/API/XMLHttpRequest",
        "js",
        "javascript",
    ),
    Target(
        "java_httpclient",
        "Java HttpClient",
        "java",
        "java.net.http (Java 11+)",
        "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpClient.html",
        "java",
        "java",
    ),
    Target(
        "java_httpurlconnection",
        "Java HttpURLConnection",
        "java",
        "java.net.HttpURLConnection",
        "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/net/HttpURLConnection.html",
        "java",
        "java",
    ),
    Target("java_jsoup", "Java jsoup", "java", "jsoup", "https://jsoup.org/apidocs/", "java", "java"),
    Target("java_okhttp", "Java OkHttp", "java", "OkHttp 4", "https://square.github.io/okhttp/", "java", "java"),
    Target(
        "node_fetch",
        "node-fetch",
        "javascript",
        "node-fetch 3",
        "https://github.com/node-fetch/node-fetch",
        "mjs",
        "javascript",
    ),
    Target(
        "node_https",
        "Node.js https",
        "javascript",
        "node:https",
        "https://nodejs.org/api/https.html",
        "mjs",
        "javascript",
    ),
    Target(
        "python_requests",
        "Python requests",
        "python",
        "requests",
        "https://requests.readthedocs.io/",
        "py",
        "python",
        "black",
    ),
    Target(
        "python_http_client",
        "Python http.client",
        "python",
        "http.client",
        "https://docs.python.org/3/library/http.client.html",
        "py",
        "python",
        "black",
    ),
):
    TARGETS.register(_target)
