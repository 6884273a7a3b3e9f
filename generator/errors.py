"""Errors that point a spec writer at the file, line and key to fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one spec, located as precisely as the loader could."""

    path: Path | str
    message: str
    line: int | None = None
    key: str = ""
    fix: str = ""

    def format(self) -> str:
        """Return the problem as one line: `file:line: key: message. fix`."""
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
        text = f"{where}: "
        if self.key:
            text += f"{self.key}: "
        text += self.message.rstrip(".") + "."
        if self.fix:
            text += " " + self.fix.rstrip(".") + "."
        return text.replace("\n", "\\n")


class SpecError(Exception):
    """Raised when one or more specs are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems


class UsageError(Exception):
    """Raised for a bad command-line value, such as an unknown target key."""
