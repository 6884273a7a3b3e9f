"""Per-language literal filters: the only way a spec value reaches generated code.

Each filter takes any Python string and returns a complete literal, quotes included,
that the target language's parser reads back as exactly that string. Templates never
quote by hand, so a quote, `$`, backslash or newline in a spec cannot break out of a
literal or be interpolated.
"""

from __future__ import annotations

import re
from typing import Callable

# Characters that no POSIX shell treats specially anywhere in a word.
_SHELL_SAFE = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


class LiteralError(ValueError):
    """Raised when a string cannot be written as a literal of a language at all."""


def _escape(text: str, table: dict[str, str], fallback: Callable[[str], str | None]) -> str:
    out = []
    for ch in text:
        replacement = table.get(ch)
        if replacement is None:
            replacement = fallback(ch)
        out.append(ch if replacement is None else replacement)
    return "".join(out)


# Bidirectional formatting characters (Unicode TR9) reorder how source code is displayed.
# rustc rejects them raw in a literal (lint text_direction_codepoint_in_literal, deny by default).
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0 or ch in "\u2028\u2029" or ch in _BIDI_CONTROLS


def _utf16_escapes(ch: str, template: str = "\\u{:04x}") -> str:
    """Write a character as UTF-16 code units, each with `template` (surrogate pairs above U+FFFF)."""
    data = ch.encode("utf-16-be")
    units = [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]
    return "".join(template.format(unit) for unit in units)


def shell_literal(text: str) -> str:
    """Return a POSIX shell word: bare when it has only safe characters, else single-quoted.

    Inside single quotes no character is special, so `$`, backticks and newlines stay
    literal; a quote is written `'\\''`. A shell argument cannot contain NUL, so a NUL
    raises `LiteralError`.
    """
    if "\0" in text:
        raise LiteralError("a shell argument cannot contain a NUL character")
    # zsh expands a word that starts with `=` to a command's path (its EQUALS option, on by default).
    if _SHELL_SAFE.fullmatch(text) and not text.startswith("="):
        return text
    return "'" + text.replace("'", "'\\''") + "'"


def php_literal(text: str) -> str:
    """Return a PHP string: single-quoted, or double-quoted with escapes when it has control characters.

    Single quotes never interpolate; the double-quoted form escapes `$` so `$name`
    and `{$x}` stay literal.
    """
    if not any(_is_control(ch) for ch in text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    table = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\r": "\\r", "\t": "\\t"}

    def control(ch: str) -> str | None:
        if not _is_control(ch):
            return None
        return "".join(f"\\x{byte:02x}" for byte in ch.encode("utf-8"))

    return '"' + _escape(text, table, control) + '"'


def _c_family_literal(text: str, table: dict[str, str], ascii_only: bool, control_template: str) -> str:
    def other(ch: str) -> str | None:
        if _is_control(ch) or (ascii_only and ord(ch) > 0x7E):
            return _utf16_escapes(ch, control_template)
        return None

    return '"' + _escape(text, table, other) + '"'


def csharp_literal(text: str) -> str:
    """Return a C# regular string literal; non-ASCII as `\\uXXXX` so any source encoding works."""
    table = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
    return _c_family_literal(text, table, ascii_only=True, control_template="\\u{:04x}")


def java_literal(text: str) -> str:
    """Return a Java string literal; non-ASCII as `\\uXXXX` because javac 17 reads the platform encoding.

    Control characters use octal escapes, never `\\u000a`, which javac would turn into a
    line break before it reads the string.
    """
    table = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

    def other(ch: str) -> str | None:
        code = ord(ch)
        if code < 0x20 or code == 0x7F:
            return f"\\{code:03o}"
        if code > 0x7E:
            return _utf16_escapes(ch)
        return None

    return '"' + _escape(text, table, other) + '"'


def kotlin_literal(text: str) -> str:
    """Return a Kotlin string literal with `$` escaped, so `$name` and `${x}` are not templates."""
    table = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b"}
    return _c_family_literal(text, table, ascii_only=True, control_template="\\u{:04x}")


def rust_literal(text: str) -> str:
    """Return a Rust string literal; Rust source is UTF-8, so non-ASCII text stays readable."""
    table = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}

    def control(ch: str) -> str | None:
        return f"\\u{{{ord(ch):x}}}" if _is_control(ch) else None

    return '"' + _escape(text, table, control) + '"'


def js_literal(text: str) -> str:
    """Return a JavaScript string in single quotes, safe inside an HTML `<script>` element too."""
    table = {
        "\\": "\\\\",
        "'": "\\'",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
        "<": "\\x3C",
    }

    def control(ch: str) -> str | None:
        return f"\\x{ord(ch):02x}" if _is_control(ch) and ord(ch) <= 0xFF else None

    return "'" + _escape(text, table, control) + "'"


def python_literal(text: str) -> str:
    """Return a Python string literal (the form `repr` gives, which `ast.literal_eval` reads back)."""
    return repr(text)


def csharp_http_method(method: str) -> str:
    """Return the C# expression for an HTTP method, such as `HttpMethod.Post`."""
    named = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"}
    if method in named:
        return f"HttpMethod.{method.capitalize()}"
    # HttpMethod.Patch is missing from .NET Framework and Mono, so build it by name.
    return f"new HttpMethod({csharp_literal(method)})"


def identifier(text: str) -> str:
    """Return `text` unchanged if it is a plain identifier (letters, digits, `_`), else raise.

    For names the template builds from validated values, such as `requests.post`.
    """
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        raise LiteralError(f"{text!r} is not an identifier")
    return text


def integer(value: int) -> str:
    """Return a decimal integer literal, the same in every target language; rejects anything else."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise LiteralError(f"{value!r} is not an integer")
    return str(value)


FILTERS: dict[str, Callable[[str], str]] = {
    "shell": shell_literal,
    "php": php_literal,
    "csharp": csharp_literal,
    "java": java_literal,
    "kotlin": kotlin_literal,
    "rust": rust_literal,
    "js": js_literal,
    "py": python_literal,
    "csharp_http_method": csharp_http_method,
    "identifier": identifier,
    "integer": integer,
}
