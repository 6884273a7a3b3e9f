"""Read a YAML spec file into plain Python values, remembering the line of every key."""

from __future__ import annotations

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
    """Format a key path the way a reader writes it: `request.headers[2][1]`."""
    text = ""
    for part in key_path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
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
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            [
                Problem(
                    path,
                    f"invalid UTF-8 byte 0x{raw[exc.start]:02x} at byte offset {exc.start}",
                    line=line,
                    fix="Save the file as UTF-8",
                )
            ]
        ) from None

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "malformed YAML"
        raise SpecError(
            [Problem(path, f"malformed YAML: {reason}", line=line, fix="Fix the YAML syntax")]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(path, f"malformed YAML: {exc}", fix="Fix the YAML syntax")]) from None

    loaded = LoadedYaml(path=path, data=None)
    if root is None:
        return loaded
    builder = _Builder(loaded)
    loaded.data = builder.build(root, ())
    return loaded


class _Builder:
    """Turn a composed YAML node tree into plain values, recording key lines."""

    def __init__(self, loaded: LoadedYaml):
        self.loaded = loaded
        self.node_count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, key_path: KeyPath) -> Any:
        self.node_count += 1
        if self.node_count > MAX_NODES:
            raise SpecError(
                [
                    Problem(
                        self.loaded.path,
                        f"document expands to more than {MAX_NODES} YAML nodes",
                        line=node.start_mark.line + 1,
                        key=format_key_path(key_path),
                        fix="Remove the nested anchors and aliases",
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
