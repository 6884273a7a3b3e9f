"""Compiles the C# HttpClient snippets with Mono's `mcs` and runs them with `mono`.

A snippet is a list of statements with `await`, as C# 9 top-level statements would be.
mcs speaks C# 7, which has neither top-level statements nor `async Main`, so the
runner wraps each snippet: its leading `using` directives stay at the top of the file,
and the statements after them become the body of an async method. Both parts are
copied unchanged, but the wrapper's class opening sits between them.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .base import RunResult, Runner, SnippetFile, missing_commands, run_process

# mcs finds System.Net.Http.dll in the Mono 4.5 profile folder.
MCS_ARGS = ["mcs", "-nologo", "-r:System.Net.Http.dll"]
# Mono writes `?` for every non-ASCII character unless the locale names UTF-8.
MONO_ENV = {"LC_ALL": "C.UTF-8"}
# Returned by run() for a snippet whose compilation failed.
COMPILE_FAILED = 1

CLASS_OPENING = """
public static class Snippet
{
    // mcs has no async Main (C# 7.1), so Main waits for the snippet's statements.
    // Environment.Exit skips Mono 6.8's normal shutdown, which hung for 9 to 60 s after Main
    // returned in 5 of 150 runs while both cores were busy.
    public static void Main()
    {
        try
        {
            RunAsync().GetAwaiter().GetResult();
        }
        catch (System.Exception exception)
        {
            System.Console.Error.WriteLine("Unhandled exception: " + exception);
            System.Environment.Exit(1);
        }
        System.Environment.Exit(0);
    }

    private static async System.Threading.Tasks.Task RunAsync()
    {
"""
CLASS_CLOSING = """
    }
}
"""


def split_usings(text: str) -> tuple[str, str]:
    """Split a snippet into its leading `using` directives (with blank lines) and the statements after them."""
    lines = text.splitlines(keepends=True)
    count = 0
    while count < len(lines) and (lines[count].startswith("using ") or not lines[count].strip()):
        count += 1
    return "".join(lines[:count]), "".join(lines[count:])


def wrap(text: str, file_name: str) -> str:
    """Return a C# 7 program that runs the snippet's statements inside an async method.

    A `#line` directive makes mcs report errors in the statements at their lines in `file_name`.
    """
    usings, statements = split_usings(text)
    first_statement_line = usings.count("\n") + 1
    line_directive = f'#line {first_statement_line} "{file_name}"\n'
    return usings + CLASS_OPENING + line_directive + statements + "#line default\n" + CLASS_CLOSING


class CsharpRunner(Runner):
    """Compiles each snippet with its own `mcs` call, several in parallel, then runs each program with `mono`."""

    targets = ("csharp_httpclient",)

    def __init__(self) -> None:
        self._compile_errors: dict[str, RunResult] = {}

    def missing(self) -> str | None:
        return missing_commands("mcs", "mono")

    def prepare(self, snippets: list[SnippetFile], work_dir: Path) -> None:
        # 30 snippets took 4.3 to 6.3 s with 2 mcs processes on 2 cores, so one batch build would save little.
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
            results = pool.map(lambda snippet: self._compile(snippet, work_dir), snippets)
            for snippet, result in zip(snippets, results):
                if result.returncode == 0:
                    self._compile_errors.pop(snippet.name, None)
                else:
                    self._compile_errors[snippet.name] = result

    def run(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        failed = self._compile_errors.get(snippet.name)
        if failed is not None:
            # mcs prints its errors on stdout, but the test shows stderr.
            return RunResult(COMPILE_FAILED, "", f"mcs failed:\n{failed.stdout}{failed.stderr}")
        return run_process(["mono", self._program(snippet, work_dir).name], cwd=work_dir, env=MONO_ENV)

    def _compile(self, snippet: SnippetFile, work_dir: Path) -> RunResult:
        source = work_dir / f"{snippet.name}.cs"
        source.write_text(wrap(snippet.text, f"{snippet.spec_id}/{snippet.path.name}"), encoding="utf-8")
        program = self._program(snippet, work_dir)
        program.unlink(missing_ok=True)
        return run_process([*MCS_ARGS, f"-out:{program.name}", source.name], cwd=work_dir)

    @staticmethod
    def _program(snippet: SnippetFile, work_dir: Path) -> Path:
        return work_dir / f"{snippet.name}.exe"


RUNNERS = [CsharpRunner()]
