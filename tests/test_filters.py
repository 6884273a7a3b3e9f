"""Unit tests of the literal filters with hostile strings, checked by each language's own reader.

Python literals are read back with `ast.literal_eval` and shell words with `sh`; the other
languages are covered by the property tests that run their compilers.
"""

from __future__ import annotations

import ast
import subprocess

import pytest

from generator.filters import (
    LiteralError,
    csharp_http_method,
    csharp_literal,
    identifier,
    integer,
    java_literal,
    js_literal,
    kotlin_literal,
    php_literal,
    python_literal,
    rust_literal,
    shell_literal,
)

HOSTILE = [
    "",
    "plain",
    "it's",
    'say "hi"',
    "back\\slash",
    "$HOME and ${x} and $(id) and `id`",
    "#{x} and %s and %d and %%",
    "{{ name }} and {% raw %}",
    "line1\nline2\r\nline3",
    "tab\there",
    "nul\0byte",
    "café naïve",
    "emoji 😋 here",
    "</script><!-- -->",
    "\u2028\u2029",
    "\\u0041 is not A",
    "'\"\\'\\\"",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_python_literal_reads_back(text: str):
    assert ast.literal_eval(python_literal(text)) == text


@pytest.mark.parametrize("text", [t for t in HOSTILE if "\0" not in t])
def test_shell_literal_reads_back(text: str):
    script = f"printf '%s' {shell_literal(text)}"
    completed = subprocess.run(["sh", "-c", script], capture_output=True, check=True)
    assert completed.stdout.decode("utf-8") == text


def test_shell_literal_rejects_nul():
    with pytest.raises(LiteralError, match="NUL"):
        shell_literal("a\0b")


def test_shell_literal_leaves_safe_word_bare():
    assert shell_literal("https://api.example.com/v1") == "https://api.example.com/v1"
    assert shell_literal("a b") == "'a b'"


@pytest.mark.parametrize(
    ("literal", "text", "expected"),
    [
        (php_literal, "$filter", "'$filter'"),
        (php_literal, "it's", "'it\\'s'"),
        (php_literal, "a\nb$x", '"a\\nb\\$x"'),
        (kotlin_literal, "$x ${y}", '"\\$x \\${y}"'),
        (java_literal, "a\nb", '"a\\nb"'),
        (java_literal, "\0", '"\\000"'),
        (java_literal, "é", '"\\u00e9"'),
        (csharp_literal, "😋", '"\\ud83d\\ude0b"'),
        (rust_literal, "😋\0", '"😋\\0"'),
        (js_literal, "it's </script>", "'it\\'s \\x3C/script>'"),
        (js_literal, "\u2028", "'\\u2028'"),
    ],
)
def test_literal_form(literal, text: str, expected: str):
    assert literal(text) == expected


@pytest.mark.parametrize(
    "literal", [php_literal, csharp_literal, java_literal, kotlin_literal, rust_literal, js_literal, python_literal]
)
@pytest.mark.parametrize("text", HOSTILE)
def test_literal_is_one_line(literal, text: str):
    # A raw newline inside a literal would break languages without multi-line strings.
    assert "\n" not in literal(text)
    assert "\r" not in literal(text)


def test_csharp_http_method():
    assert csharp_http_method("POST") == "HttpMethod.Post"
    assert csharp_http_method("PATCH") == 'new HttpMethod("PATCH")'


def test_identifier_rejects_code():
    assert identifier("post") == "post"
    with pytest.raises(LiteralError):
        identifier("post(); import os")


def test_integer_rejects_text():
    assert integer(8080) == "8080"
    with pytest.raises(LiteralError):
        integer("8080")
