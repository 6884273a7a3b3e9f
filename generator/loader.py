"""Read a YAML spec file into plain Python values, remembering the line of every key."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem, SpecError

# A request spec is a few kilobytes; anything far larger is a mistake or an attack.
MAX_SPEC_BYTES = 256 * 1024
# Alias expansion is counted per node, so a "billion laughs" document stops here
# long before it can use much memory or time.
MAX_NODES = 20_000

KeyPath = tuple[str | int, ...]
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")
# Fixes for the YAML syntax errors that people make most, keyed by words of PyYAML's messages.
_YAML_FIXES = {
    "'\\t'": "Indent with spaces: YAML does not allow tabs for indentation",
    "mapping values are not allowed": "Check this line's indentation, or quote a value that contains ': '",
    "quoted scalar": "Close the quoted string, or escape the quote inside it",
    "flow sequence": "Close the [ with a ], and separate items with commas",
    "flow mapping": "Close the { with a }, and separate entries with commas",
    "block mapping": "Indent every key of one mapping by the same number of spaces",
    "block collection": "Indent every item of one list by the same number of spaces",
    "simple key": "Put a space after the colon, or quote a value that contains ': '",
    "flow node": "Close the [ or { that is still open, or write the missing value",
}


@dataclass
class LoadedYaml:
    """A parsed YAML document and the 1-based line of each key path in it."""

    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, key_path: KeyPath) -> int | None:
        """Return the line of `key_path`, or of its nearest ancestor that has one."""
        for end in range(len(key_path), -1, -1):
            line = self.lines.get(tuple(key_path[:end]))
            if line is not None:
                return line
        return None


def format_key_path(key_path: KeyPath) -> str:
    """Format a key path the way a reader writes it: `request.headers[2][1]`.

    A key with characters other than letters, digits, `-` and `_` is quoted, as in
    `request.headers["X Trace:"]`, so its spaces or colons cannot be misread.
    """
    text = ""
    for part in key_path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            text += ("." if text else "") + part
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


def load_yaml(path: Path) -> LoadedYaml:
    """Load one YAML file with size, encoding, duplicate-key and alias checks."""
    raw = path.read_bytes()
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(
            [
                Problem(
                    path,
                    f"file is {len(raw)} bytes, over the limit of {MAX_SPEC_BYTES} bytes",
                    fix="Split it into one spec per request",
                )
            ]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            [
                Problem(
                    path,
                    f"invalid UTF-8 byte 0x{raw[exc.start]:02x} in column {exc.start - line_start + 1}",
                    line=line,
                    fix="Save the file as UTF-8",
                )
            ]
        ) from None

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        raise SpecError([_yaml_syntax_problem(path, exc)]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(path, f"malformed YAML: {exc}", fix="Fix the YAML syntax")]) from None

    loaded = LoadedYaml(path=path, data=None)
    if root is None:
        return loaded
    builder = _Builder(loaded)
    loaded.data = builder.build(root, ())
    return loaded


def _yaml_syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    """Explain a YAML syntax error at the line where the broken construct starts.

    PyYAML often notices a problem only at the end of the file (an unclosed quote),
    so the context mark, where the quote or bracket opened, is the line to fix.
    """
    problem = exc.problem or "malformed YAML"
    problem_line = exc.problem_mark.line + 1 if exc.problem_mark else None
    if exc.context and exc.context_mark:
        line = exc.context_mark.line + 1
        message = f"malformed YAML {exc.context} that starts here: {problem}"
        if problem_line is not None and problem_line != line:
            message += f" on line {problem_line}"
    else:
        line = problem_line
        message = f"malformed YAML: {problem}"
    messages = f"{problem} {exc.context or ''}"
    fix = next((text for words, text in _YAML_FIXES.items() if words in messages), "Fix the YAML syntax")
    return Problem(path, message, line=line, fix=fix)


class _Builder:
    """Turn a composed YAML node tree into plain values, recording key lines."""

    def __init__(self, loaded: LoadedYaml):
        self.loaded = loaded
        self.node_count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, key_path: KeyPath) -> Any:
        self.node_count += 1
        if self.node_count > MAX_NODES:
            # An alias resolves to the anchored node, whose line is the anchor's. The nearest
            # mapping key on the path is where the document uses the aliases.
            key_end = max((i + 1 for i, part in enumerate(key_path) if isinstance(part, str)), default=0)
            where = key_path[:key_end]
            raise SpecError(
                [
                    Problem(
                        self.loaded.path,
                        f"the anchors and aliases expand to more than {MAX_NODES} YAML nodes",
                        line=self.loaded.lines.get(where, node.start_mark.line + 1),
                        key=format_key_path(where),
                        fix="Write the values out instead of repeating large anchors (&name) through aliases (*name)",
                    )
                ]
            )
        self.loaded.lines.setdefault(key_path, node.start_mark.line + 1)

        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node, key_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, key_path + (index,)) for index, item in enumerate(node.value)]
        return self._build_scalar(node, key_path)

    def _build_mapping(self, node: yaml.MappingNode, key_path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._problem(key_node, key_path, "merge keys (<<) are not supported", "Write the keys out")
            key = self._build_scalar(key_node, key_path)
            if not isinstance(key, str):
                key = str(key) if not isinstance(key, (list, dict)) else key
            if not isinstance(key, str):
                raise self._problem(key_node, key_path, "a mapping key must be a string", "Use a plain name as the key")
            if key in result:
                raise self._problem(
                    key_node,
                    key_path + (key,),
                    f"duplicate key {key!r}",
                    "Remove one of them, or use a list of [name, value] pairs to repeat a name",
                )
            child_path = key_path + (key,)
            self.loaded.lines[child_path] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, child_path)
        return result

    def _build_scalar(self, node: yaml.Node, key_path: KeyPath) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self._problem(node, key_path, "expected a single value here", "Write a string or number")
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise self._problem(node, key_path, f"cannot read value: {exc.problem}", "Quote the value") from None

    def _problem(self, node: yaml.Node, key_path: KeyPath, message: str, fix: str) -> SpecError:
        return SpecError(
            [
                Problem(
                    self.loaded.path,
                    message,
                    line=node.start_mark.line + 1,
                    key=format_key_path(key_path),
                    fix=fix,
                )
            ]
        )
