"""Runners for the Java and Kotlin targets: one javac call for every Java snippet, one Kotlin compiler call for every Kotlin one.

Each snippet gets its own package, `snippet_<spec>__<target>`, so the many `Main`
classes and `main` functions can share one compiler call and one output folder.
A whole-program snippet only gains a `package` line in front. A snippet made of
statements is split after its leading `import` lines: those lines stay before a
generated class (Java) or `fun main()` (Kotlin), and every other line goes inside it,
unchanged and in order.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .base import (
    INSTALL_HINT,
    RUNTIMES_DIR,
    RunResult,
    Runner,
    SnippetFile,
    missing_commands,
    run_process,
)

JAVA_LIB_DIR = RUNTIMES_DIR / "java" / "lib"
# The jars a snippet needs at compile and run time. The rest of lib/ is the Kotlin
# compiler and its own dependencies, which only the compiler's JVM loads.
SNIPPET_JAR = re.compile(r"^(okhttp|okio-jvm|jsoup|kotlin-stdlib)-\d[\w.-]*\.jar$")
KOTLIN_COMPILER_CLASS = "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler"
# Only stops a hung compiler. On the project's 2-core machine, depending on its load,
# javac took 1 to 4 s for 120 snippets and the Kotlin compiler 5 to 15 s for 30.
COMPILE_TIMEOUT_SECONDS = 600
# Every JVM here lives for seconds, before the C2 compiler would pay off. With these
# options a snippet run took 0.34 s of CPU instead of 0.49 s, javac and the Kotlin
# compiler about half their CPU time (JDK 17.0.15, 2 cores).
FAST_START_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
# JDK 17 prints System.out in the charset of the locale, so a C locale would turn
# non-ASCII text into `?`. file.encoding sets it on JDK 17, stdout.encoding on later
# JDKs (checked on 17 and 25).
ENCODING_OPTIONS = [
    "-Dfile.encoding=UTF-8",
    "-Dstdout.encoding=UTF-8",
    "-Dstderr.encoding=UTF-8",
]

_JAVA_IMPORT = re.compile(r"^\s*import\s")
_JAVA_CLASS = re.compile(
    r"^(?:public\s+|final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)", re.MULTILINE
)
_KOTLIN_MAIN = re.compile(r"^fun\s+main\s*\(", re.MULTILINE)
# A diagnostic line starts with the source path: `/dir/Main.java:12: error: ...` (javac)
# or `/dir/Snippet.kt:12:5: error: ...` (Kotlin).
_DIAGNOSTIC = re.compile(
    r"^(?P<path>.+?\.(?:java|kt)):\d+(?::\d+)?: (?P<kind>error|warning|info)\b"
)
# javac ends with lines like `2 errors` and `Note: Main.java uses unchecked or unsafe operations.`
_SUMMARY = re.compile(r"^(?:\d+ (?:errors?|warnings?)$|Note: )")


def snippet_jars() -> list[Path]:
    """Return the library jars that snippets compile and run against, sorted by name."""
    if not JAVA_LIB_DIR.is_dir():
        return []
    return sorted(
        path for path in JAVA_LIB_DIR.iterdir() if SNIPPET_JAR.match(path.name)
    )


def _missing_jars(*prefixes: str) -> str | None:
    names = (
        [path.name for path in JAVA_LIB_DIR.iterdir()] if JAVA_LIB_DIR.is_dir() else []
    )
    for prefix in prefixes:
        if not any(name.startswith(prefix) and name.endswith(".jar") for name in names):
            return f"no {prefix}*.jar in {JAVA_LIB_DIR}; {INSTALL_HINT}"
    return None


@dataclass(frozen=True)
class _Layout:
    """The files of one snippet under work_dir: wrapped source, compiler message, main class."""

    package: str
    main_class: str
    source: Path
    error_file: Path
    classes_dir: Path

    @property
    def main_class_file(self) -> Path:
        return self.classes_dir / self.package / f"{self.main_class}.class"


class _JvmRunner(Runner):
    """Base of the JVM runners: writes wrapped sources, compiles them in one call, runs each main class with `java`."""

    language = ""
    source_name = ""

    def missing(self) -> str | None:
        return missing_commands("java") or _missing_jars(
            "okhttp-", "okio-jvm-", "kotlin-stdlib-"
        )

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        layouts = []
        for snippet in snippets:
            text = snippet.text
            layout = self._layout(snippet, text, work_dir)
            layout.source.parent.mkdir(parents=True, exist_ok=True)
            layout.source.write_text(self.wrap(text, layout.package), encoding="utf-8")
            layout.error_file.unlink(missing_ok=True)
            layouts.append(layout)
        if not layouts:
            return
        # Classes left from an earlier prepare() must not stand in for a failed compilation.
        classes_dir = layouts[0].classes_dir
        shutil.rmtree(classes_dir, ignore_errors=True)
        classes_dir.mkdir(parents=True)
        self._compile_batch(layouts, classes_dir, work_dir)

    def _compile_batch(
        self, layouts: list[_Layout], classes_dir: Path, work_dir: Path
    ) -> None:
        """Compile all sources at once. On errors, record each file's messages and compile the rest again if needed.

        The Kotlin compiler writes no class file when any source has an error, and javac
        writes none after a syntax error, so one broken snippet would fail all the others.
        """
        result = self._compile(
            [layout.source for layout in layouts], classes_dir, work_dir
        )
        if result.returncode == 0:
            return
        output = (result.stdout + result.stderr).strip()
        messages = _error_messages_by_source(output, work_dir)
        broken = [layout for layout in layouts if str(layout.source) in messages]
        if not broken:
            # No error names a source (a bad option, a missing jar), so every snippet gets the whole output.
            for layout in layouts:
                _write_error(
                    layout,
                    f"{self.language} compilation of all snippets failed:\n{output}",
                )
            return
        for layout in broken:
            _write_error(
                layout,
                f"{self.language} compilation failed for {layout.source}:\n{messages[str(layout.source)]}",
            )
        rest = [layout for layout in layouts if layout not in broken]
        if any(not layout.main_class_file.is_file() for layout in rest):
            self._compile_batch(rest, classes_dir, work_dir)

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        layout = self._layout(snippet, snippet.text, work_dir)
        if layout.error_file.is_file():
            return RunResult(1, "", layout.error_file.read_text(encoding="utf-8"))
        if not layout.main_class_file.is_file():
            return RunResult(
                1,
                "",
                f"{layout.main_class_file} not found: run prepare() on {snippet.path} first",
            )
        class_path = os.pathsep.join(
            [str(layout.classes_dir), *map(str, snippet_jars())]
        )
        args = [
            "java",
            *FAST_START_OPTIONS,
            *ENCODING_OPTIONS,
            "-cp",
            class_path,
            f"{layout.package}.{layout.main_class}",
        ]
        try:
            return run_process(args, cwd=work_dir)
        except subprocess.TimeoutExpired as exc:
            return RunResult(
                124,
                _text(exc.stdout),
                f"{snippet.path} timed out after {exc.timeout} seconds",
            )

    def wrapped_source(self, snippet: SnippetFile, work_dir: Path) -> Path:
        """Return the source file that prepare() compiles for `snippet`."""
        return self._layout(snippet, snippet.text, work_dir).source

    def _layout(self, snippet: SnippetFile, text: str, work_dir: Path) -> _Layout:
        package = f"snippet_{snippet.name}"
        root = work_dir.resolve() / self.language.lower()
        return _Layout(
            package=package,
            main_class=self.main_class(text),
            source=root / "src" / package / self.source_name,
            error_file=root / "errors" / f"{package}.txt",
            classes_dir=root / "classes",
        )

    def wrap(self, text: str, package: str) -> str:
        raise NotImplementedError

    def main_class(self, text: str) -> str:
        raise NotImplementedError

    def _compile(
        self, sources: list[Path], classes_dir: Path, work_dir: Path
    ) -> RunResult:
        raise NotImplementedError


class JavaRunner(_JvmRunner):
    """Runner of the Java targets, whose snippets compile in one javac call."""

    targets = ("java_httpclient", "java_httpurlconnection", "java_jsoup", "java_okhttp")
    language = "Java"
    source_name = "Main.java"

    def missing(self) -> str | None:
        return missing_commands("javac") or super().missing() or _missing_jars("jsoup-")

    def wrap(self, text: str, package: str) -> str:
        """Put a whole program in `package`, or put statements in a `Main.main` that may throw."""
        if _JAVA_CLASS.search(text):
            return f"package {package};\n\n{text}"
        imports, body = _split_imports(text)
        return (
            f"package {package};\n\n{imports}"
            "public class Main {\n"
            "public static void main(String[] args) throws Exception {\n"
            f"{_end_line(body)}"
            "}\n"
            "}\n"
        )

    def main_class(self, text: str) -> str:
        match = _JAVA_CLASS.search(text)
        return match.group(1) if match else "Main"

    def _compile(
        self, sources: list[Path], classes_dir: Path, work_dir: Path
    ) -> RunResult:
        class_path = os.pathsep.join(map(str, snippet_jars()))
        # -proc:none skips the search for annotation processors in every jar of the class path.
        args = [
            "javac",
            *(f"-J{option}" for option in FAST_START_OPTIONS),
            "-encoding",
            "UTF-8",
            "-proc:none",
            "-nowarn",
            "-cp",
            class_path,
            "-d",
            str(classes_dir),
        ]
        return _run_compiler([*args, *map(str, sources)], work_dir)


class KotlinRunner(_JvmRunner):
    """Runner of the Kotlin target, whose snippets compile in one K2JVMCompiler call."""

    targets = ("kotlin_okhttp",)
    language = "Kotlin"
    source_name = "Snippet.kt"

    def missing(self) -> str | None:
        return super().missing() or _missing_jars("kotlin-compiler-embeddable-")

    def wrap(self, text: str, package: str) -> str:
        """Put a whole program in `package`, or put statements in a `fun main()`."""
        if _KOTLIN_MAIN.search(text):
            return f"package {package}\n\n{text}"
        imports, body = _split_imports(text)
        return f"package {package}\n\n{imports}fun main() {{\n{_end_line(body)}}}\n"

    def main_class(self, text: str) -> str:
        # The top-level functions of Snippet.kt compile into the class SnippetKt.
        return "SnippetKt"

    def _compile(
        self, sources: list[Path], classes_dir: Path, work_dir: Path
    ) -> RunResult:
        # The compiler's JVM loads all of lib/; the snippets compile against the library jars only.
        compiler_path = os.pathsep.join(
            str(path) for path in sorted(JAVA_LIB_DIR.glob("*.jar"))
        )
        class_path = os.pathsep.join(map(str, snippet_jars()))
        args = [
            "java",
            *FAST_START_OPTIONS,
            "-cp",
            compiler_path,
            KOTLIN_COMPILER_CLASS,
            # kotlin-stdlib comes from lib/ through -cp, at the version the snippets run with.
            "-no-stdlib",
            "-no-reflect",
            "-cp",
            class_path,
            "-d",
            str(classes_dir),
        ]
        return _run_compiler([*args, *map(str, sources)], work_dir)


def _split_imports(text: str) -> tuple[str, str]:
    """Split statements into their leading import and blank lines and the remaining lines."""
    lines = text.splitlines(keepends=True)
    count = 0
    while count < len(lines) and (
        _JAVA_IMPORT.match(lines[count]) or not lines[count].strip()
    ):
        count += 1
    return "".join(lines[:count]), "".join(lines[count:])


def _end_line(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


def _run_compiler(args: list[str], work_dir: Path) -> RunResult:
    try:
        return run_process(args, cwd=work_dir, timeout=COMPILE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as exc:
        return RunResult(
            124, _text(exc.stdout), f"{args[0]} timed out after {exc.timeout} seconds"
        )
    except OSError as exc:
        return RunResult(127, "", f"cannot start {args[0]}: {exc}")


def _error_messages_by_source(output: str, work_dir: Path) -> dict[str, str]:
    """Return the error messages in compiler output, joined per absolute source path.

    A message is its diagnostic line plus the lines below it (source excerpt, caret),
    up to the next diagnostic or a summary line such as `2 errors`. The Kotlin compiler
    names sources relative to its working directory, `work_dir`.
    """
    messages: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in output.splitlines():
        match = _DIAGNOSTIC.match(line)
        if match:
            source = str((work_dir / match.group("path")).resolve())
            current = (
                messages.setdefault(source, [])
                if match.group("kind") == "error"
                else None
            )
        elif _SUMMARY.match(line):
            current = None
        if current is not None:
            current.append(line)
    return {path: "\n".join(lines) for path, lines in messages.items()}


def _write_error(layout: _Layout, message: str) -> None:
    layout.error_file.parent.mkdir(parents=True, exist_ok=True)
    layout.error_file.write_text(message + "\n", encoding="utf-8")


def _text(output: bytes | str | None) -> str:
    if isinstance(output, bytes):
        return output.decode("utf-8", errors="replace")
    return output or ""


RUNNERS = [JavaRunner(), KotlinRunner()]
