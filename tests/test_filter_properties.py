"""Property tests of the literal filters: each language's own parser reads a literal back as its input.

Python literals are read with `ast.literal_eval` example by example. The other languages
are batched: hypothesis draws the examples first, one program per language contains
them all, and that program prints the UTF-8 bytes of each value it parsed. So every compiler
runs once per test run.

The CI profile (CI=true) checks at least 500 distinct strings per filter and fails when a
compiler is missing. Locally fewer examples are drawn and a missing compiler skips its test.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.filters import (
    FILTERS,
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
from tests.runners.base import IN_CI, INSTALL_HINT, RUNTIMES_DIR

settings.register_profile(
    "ci",
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("ci" if IN_CI else "dev")
# The CI profile draws more than this because some draws repeat (the empty string most often).
MIN_CI_EXAMPLES = 500

# Pieces of text that are special in at least one target language, its string syntax, a
# template engine, HTML or the shell. Strings are built mostly from these.
HOSTILE_FRAGMENTS = [
    "'",
    '"',
    "\\",
    "\\\\",
    "$",
    "$name",
    "${x}",
    "{$x}",
    "$(id)",
    "`",
    "`id`",
    "#{x}",
    "#$x",
    "%",
    "%s",
    "%d",
    "%%",
    "%25",
    "%0A",
    "{{ }}",
    "{{name}}",
    "{% raw %}",
    "{0}",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\b",
    "\f",
    "\v",
    "\0",
    "\x01",
    "\x1b",
    "\x7f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u202e",
    "\u2066",
    "\u200f",
    "\u200d",
    "é",
    "e\u0301",
    "東京",
    "😋",
    "👩\u200d💻",
    "𝄞",
    "</script>",
    "<!--",
    "\\u0041",
    "\\u000a",
    "\\x41",
    "\\0",
    "\\n",
    "\\'",
    '\\"',
    "\\$",
    "'\\''",
    "@",
    "=",
    "~",
    "!",
    "*",
    "?",
    "[a]",
    ";",
    "&",
    "|",
    "<",
    ">",
    "#",
    " ",
    "-",
    "a",
    "Z9",
]

# Every string made of these must parse, whatever the examples drawn.
FIXED_CASES = [""] + HOSTILE_FRAGMENTS + ["".join(HOSTILE_FRAGMENTS), "plain-word_1.2,3:4@5%6+7=8/9", "=ls", "=x=y"]


def hostile_text() -> st.SearchStrategy[str]:
    """Draw strings that mix arbitrary Unicode text with hostile fragments, usually several of them."""
    piece = st.one_of(
        st.sampled_from(HOSTILE_FRAGMENTS),
        st.sampled_from(HOSTILE_FRAGMENTS),
        st.text(max_size=12),
        st.characters(),
    )
    return st.lists(piece, max_size=12).map("".join)


def gather_examples(strategy: st.SearchStrategy[str]) -> list[str]:
    """Return the fixed cases plus the examples hypothesis draws from `strategy` under the active profile."""
    drawn: list[str] = []

    @settings(PROFILE)
    @given(strategy)
    def collect(text: str) -> None:
        drawn.append(text)

    collect()
    distinct = [text for text in dict.fromkeys(drawn) if text not in FIXED_CASES]
    if IN_CI:
        assert len(distinct) >= MIN_CI_EXAMPLES, f"hypothesis drew only {len(distinct)} distinct strings"
    return FIXED_CASES + distinct


@functools.cache
def hostile_examples() -> tuple[str, ...]:
    """Return one set of drawn strings, shared by the batch tests so hypothesis draws them once."""
    return tuple(gather_examples(hostile_text()))


def require(*commands: str) -> None:
    """Skip locally, or fail in CI, when a command the test needs is not installed."""
    for command in commands:
        if shutil.which(command) is None:
            reason = f"{command} is not installed; {INSTALL_HINT}"
            if IN_CI:
                pytest.fail(reason)
            pytest.skip(reason)


def run_checked(args: list[str], cwd: Path, what: str, timeout: float = 600) -> bytes:
    """Run a compiler or program and return its stdout; fail the test with its output when it fails."""
    completed = subprocess.run(args, cwd=cwd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if completed.returncode != 0:
        output = (completed.stderr + completed.stdout).decode("utf-8", errors="replace")
        pytest.fail(f"{what} failed with exit code {completed.returncode}:\n{output[-4000:]}")
    return completed.stdout


def hex_lines(stdout: bytes, count: int) -> list[bytes]:
    """Decode one line of lowercase hex per value, as the batch programs print them."""
    lines = stdout.decode("ascii").split("\n")
    assert lines[-1] == "", "the program's output does not end with a newline"
    lines = lines[:-1]
    assert len(lines) == count, f"expected {count} values, the program printed {len(lines)}"
    return [bytes.fromhex(line) for line in lines]


def assert_round_trip(
    inputs: list[str],
    literals: list[str],
    read_back: list[bytes],
    language: str,
) -> None:
    """Fail listing the first inputs whose literal the language read back as something else."""
    mismatches = []
    for text, literal, value in zip(inputs, literals, read_back):
        expected = text.encode("utf-8")
        if value != expected:
            got = value.decode("utf-8", errors="replace")
            mismatches.append(f"input {text!r}\n  literal {literal}\n  read back as {got!r}")
    assert not mismatches, (
        f"{len(mismatches)} of {len(inputs)} {language} literals did not read back as their input:\n"
        + "\n".join(mismatches[:5])
    )


# Python -------------------------------------------------------------------------


@settings(PROFILE)
@given(hostile_text())
def test_python_literal_round_trips(text: str):
    literal = python_literal(text)

    assert ast.literal_eval(literal) == text
    assert "\n" not in literal
    assert "\r" not in literal


def test_python_literal_fixed_cases():
    for text in FIXED_CASES:
        assert ast.literal_eval(python_literal(text)) == text


# Shell ---------------------------------------------------------------------------


@pytest.mark.parametrize("shell", ["sh", "bash", "zsh"])
def test_shell_literal_round_trips(shell: str, tmp_path: Path):
    if shell == "zsh" and shutil.which("zsh") is None:
        # NOTE: `make runtimes` does not install zsh, so it is checked only where it is present.
        pytest.skip("zsh is not installed")
    require(shell)
    inputs = [text for text in hostile_examples() if "\0" not in text]
    literals = [shell_literal(text) for text in inputs]
    # A shell word cannot hold NUL, so NUL separates the printed values unambiguously.
    script = "".join(f"printf '%s\\0' {literal}\n" for literal in literals)
    (tmp_path / "literals.sh").write_text(script, encoding="utf-8")

    stdout = run_checked([shell, "literals.sh"], tmp_path, f"{shell} literals.sh")

    values = stdout.split(b"\0")
    assert values[-1] == b"", "the script's output does not end with a NUL"
    assert len(values) - 1 == len(inputs), f"expected {len(inputs)} values, {shell} printed {len(values) - 1}"
    assert_round_trip(inputs, literals, values[:-1], shell)


@settings(PROFILE)
@given(st.tuples(hostile_text(), hostile_text()).map(lambda parts: parts[0] + "\0" + parts[1]))
def test_shell_literal_rejects_nul(text: str):
    with pytest.raises(LiteralError, match="NUL"):
        shell_literal(text)


@settings(PROFILE)
@given(hostile_text())
def test_shell_literal_is_one_word(text: str):
    if "\0" in text:
        return
    literal = shell_literal(text)

    # A bare word uses only characters no POSIX shell expands; anything else is single-quoted.
    bare = re.fullmatch(r"[A-Za-z0-9_@%+=:,./-]+", literal) is not None and not literal.startswith("=")
    quoted = literal.startswith("'") and literal.endswith("'")
    assert bare or quoted


# JavaScript -----------------------------------------------------------------------


def test_js_literal_round_trips(tmp_path: Path):
    require("node")
    inputs = list(hostile_examples())
    literals = [js_literal(text) for text in inputs]
    program = (
        "const values = [\n"
        + "".join(f"  {literal},\n" for literal in literals)
        + "];\n"
        + "for (const value of values) {\n"
        + "  process.stdout.write(Buffer.from(value, 'utf8').toString('hex') + '\\n');\n"
        + "}\n"
    )
    (tmp_path / "literals.cjs").write_text(program, encoding="utf-8")

    stdout = run_checked(["node", "literals.cjs"], tmp_path, "node literals.cjs")

    assert_round_trip(inputs, literals, hex_lines(stdout, len(inputs)), "JavaScript")


@settings(PROFILE)
@given(hostile_text())
def test_js_literal_is_safe_in_script_element(text: str):
    literal = js_literal(text)

    # Without `<`, the literal cannot close a <script> element or open an HTML comment in one.
    assert "<" not in literal
    assert not any(ch in literal for ch in "\n\r\u2028\u2029")


# PHP --------------------------------------------------------------------------------


def test_php_literal_round_trips(tmp_path: Path):
    require("php")
    inputs = list(hostile_examples())
    literals = [php_literal(text) for text in inputs]
    program = (
        "<?php\n"
        + "$values = [\n"
        + "".join(f"    {literal},\n" for literal in literals)
        + "];\n"
        + "foreach ($values as $value) {\n"
        + '    echo bin2hex($value), "\\n";\n'
        + "}\n"
    )
    (tmp_path / "literals.php").write_text(program, encoding="utf-8")

    stdout = run_checked(["php", "-n", "literals.php"], tmp_path, "php literals.php")

    assert_round_trip(inputs, literals, hex_lines(stdout, len(inputs)), "PHP")


# Compiled languages ----------------------------------------------------------------


@dataclass(frozen=True)
class Compiled:
    """How to build and run one batch program of a compiled language."""

    language: str
    literal: Callable[[str], str]
    source_name: str
    program: Callable[[list[str]], str]
    build_and_run: Callable[[Path], bytes]
    ascii_only: bool


def _java_program(literals: list[str]) -> str:
    return (
        "import java.nio.charset.StandardCharsets;\n\n"
        "public class LiteralCheck {\n"
        "    static final String[] VALUES = {\n"
        + "".join(f"        {literal},\n" for literal in literals)
        + "    };\n\n"
        "    public static void main(String[] args) {\n"
        "        StringBuilder out = new StringBuilder();\n"
        "        for (String value : VALUES) {\n"
        "            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {\n"
        '                out.append(String.format("%02x", b & 0xff));\n'
        "            }\n"
        "            out.append('\\n');\n"
        "        }\n"
        "        System.out.print(out);\n"
        "    }\n"
        "}\n"
    )


def _kotlin_program(literals: list[str]) -> str:
    return (
        "val VALUES = arrayOf(\n"
        + "".join(f"    {literal},\n" for literal in literals)
        + ")\n\n"
        "fun main() {\n"
        "    val out = StringBuilder()\n"
        "    for (value in VALUES) {\n"
        "        for (b in value.toByteArray(Charsets.UTF_8)) {\n"
        '            out.append("%02x".format(b.toInt() and 0xff))\n'
        "        }\n"
        "        out.append('\\n')\n"
        "    }\n"
        "    print(out)\n"
        "}\n"
    )


def _csharp_program(literals: list[str]) -> str:
    return (
        "using System;\n"
        "using System.Text;\n\n"
        "class LiteralCheck\n"
        "{\n"
        "    static readonly string[] Values = {\n"
        + "".join(f"        {literal},\n" for literal in literals)
        + "    };\n\n"
        "    static void Main()\n"
        "    {\n"
        "        var out_ = new StringBuilder();\n"
        "        foreach (var value in Values)\n"
        "        {\n"
        "            foreach (var b in Encoding.UTF8.GetBytes(value))\n"
        "            {\n"
        '                out_.Append(b.ToString("x2"));\n'
        "            }\n"
        "            out_.Append('\\n');\n"
        "        }\n"
        "        Console.Out.Write(out_.ToString());\n"
        "    }\n"
        "}\n"
    )


def _rust_program(literals: list[str]) -> str:
    return (
        "const VALUES: &[&str] = &[\n"
        + "".join(f"    {literal},\n" for literal in literals)
        + "];\n\n"
        "fn main() {\n"
        "    let mut out = String::new();\n"
        "    for value in VALUES {\n"
        "        for b in value.bytes() {\n"
        '            out.push_str(&format!("{:02x}", b));\n'
        "        }\n"
        "        out.push('\\n');\n"
        "    }\n"
        '    print!("{}", out);\n'
        "}\n"
    )


def _java_build_and_run(folder: Path) -> bytes:
    require("javac", "java")
    # javac reads sources in the platform encoding; an ASCII-only file reads the same in any of them.
    run_checked(["javac", "-encoding", "US-ASCII", "-d", "classes", "LiteralCheck.java"], folder, "javac")
    return run_checked(["java", "-cp", "classes", "LiteralCheck"], folder, "java LiteralCheck")


def _kotlin_build_and_run(folder: Path) -> bytes:
    require("java")
    lib = RUNTIMES_DIR / "java" / "lib"
    jars = sorted(lib.glob("*.jar"))
    if not any(jar.name.startswith("kotlin-compiler-embeddable") for jar in jars):
        reason = f"the Kotlin compiler is not in {lib}; {INSTALL_HINT}"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    class_path = os.pathsep.join(str(jar) for jar in jars)
    compiler = ["java", "-cp", class_path, "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler"]
    run_checked(
        compiler + ["-no-stdlib", "-no-reflect", "-cp", class_path, "-d", "classes", "LiteralCheck.kt"],
        folder,
        "kotlinc",
    )
    return run_checked(
        ["java", "-cp", os.pathsep.join(["classes", class_path]), "LiteralCheckKt"], folder, "java LiteralCheckKt"
    )


def _csharp_build_and_run(folder: Path) -> bytes:
    require("mcs", "mono")
    run_checked(["mcs", "-nologo", "-out:LiteralCheck.exe", "LiteralCheck.cs"], folder, "mcs")
    return run_checked(["mono", "LiteralCheck.exe"], folder, "mono LiteralCheck.exe")


def _rust_build_and_run(folder: Path) -> bytes:
    require("rustc")
    run_checked(["rustc", "--edition", "2021", "-o", "literal_check", "literal_check.rs"], folder, "rustc")
    return run_checked([str(folder / "literal_check")], folder, "literal_check")


COMPILED = [
    Compiled("Java", java_literal, "LiteralCheck.java", _java_program, _java_build_and_run, ascii_only=True),
    Compiled("Kotlin", kotlin_literal, "LiteralCheck.kt", _kotlin_program, _kotlin_build_and_run, ascii_only=True),
    Compiled("C#", csharp_literal, "LiteralCheck.cs", _csharp_program, _csharp_build_and_run, ascii_only=True),
    Compiled("Rust", rust_literal, "literal_check.rs", _rust_program, _rust_build_and_run, ascii_only=False),
]


@pytest.mark.parametrize("compiled", COMPILED, ids=[c.language for c in COMPILED])
def test_compiled_literal_round_trips(compiled: Compiled, tmp_path: Path):
    inputs = list(hostile_examples())
    literals = [compiled.literal(text) for text in inputs]
    (tmp_path / compiled.source_name).write_text(compiled.program(literals), encoding="utf-8")

    stdout = compiled.build_and_run(tmp_path)

    assert_round_trip(inputs, literals, hex_lines(stdout, len(inputs)), compiled.language)


@pytest.mark.parametrize("compiled", COMPILED, ids=[c.language for c in COMPILED])
def test_compiled_literal_is_one_line(compiled: Compiled):
    for text in hostile_examples():
        literal = compiled.literal(text)

        assert "\n" not in literal, f"{compiled.language} literal of {text!r} spans lines"
        assert "\r" not in literal, f"{compiled.language} literal of {text!r} contains a raw CR"
        if compiled.ascii_only:
            assert literal.isascii(), f"{compiled.language} literal of {text!r} is not ASCII: {literal}"


# Filters that are not string literals -----------------------------------------------


LITERAL_FILTERS = {"shell", "php", "csharp", "java", "kotlin", "rust", "js", "py"}
OTHER_FILTERS = {"csharp_http_method", "identifier", "integer"}


def test_every_filter_is_covered():
    assert set(FILTERS) == LITERAL_FILTERS | OTHER_FILTERS, (
        "a filter was added or removed: give it a property test here"
    )


@settings(PROFILE)
@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_integer_filter_round_trips(value: int):
    assert ast.literal_eval(integer(value)) == value


@pytest.mark.parametrize("value", [True, False, 1.5, "1", None])
def test_integer_filter_rejects_non_integers(value):
    with pytest.raises(LiteralError):
        integer(value)


@settings(PROFILE)
@given(hostile_text())
def test_identifier_filter_accepts_only_identifiers(text: str):
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        assert identifier(text) == text
    else:
        with pytest.raises(LiteralError):
            identifier(text)


@pytest.mark.parametrize(
    ("method", "expression"),
    [
        ("GET", "HttpMethod.Get"),
        ("POST", "HttpMethod.Post"),
        ("PUT", "HttpMethod.Put"),
        ("DELETE", "HttpMethod.Delete"),
        ("HEAD", "HttpMethod.Head"),
        ("OPTIONS", "HttpMethod.Options"),
        ("PATCH", 'new HttpMethod("PATCH")'),
    ],
)
def test_csharp_http_method_expression(method: str, expression: str):
    assert csharp_http_method(method) == expression


# Cases found by the properties above, kept as plain examples --------------------------


@pytest.mark.parametrize("text", ["\u202e", "a\u2066b\u2069", "\u200f"])
def test_rust_literal_escapes_bidi_controls(text: str):
    # rustc rejects raw bidirectional formatting characters in a literal.
    assert rust_literal(text).isascii()


@pytest.mark.parametrize("text", ["=ls", "=x=y"])
def test_shell_literal_quotes_leading_equals(text: str):
    # zsh would expand a bare word that starts with `=` to the path of a command.
    assert shell_literal(text) == f"'{text}'"
