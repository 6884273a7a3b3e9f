"""Check a loaded spec against the JSON Schema and explain each failure in plain words."""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from typing import Any, Iterator

import jsonschema
from jsonschema.exceptions import ValidationError

from .errors import Problem
from .loader import KeyPath, LoadedYaml, format_key_path
from .resources import schema_path

_TYPE_NAMES = {
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    list: "a list",
    dict: "a mapping",
    type(None): "an empty value",
}
_JSON_TYPE_NAMES = {
    "string": "a string",
    "object": "a mapping",
    "array": "a list",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
}


@lru_cache(maxsize=1)
def spec_validator() -> jsonschema.protocols.Validator:
    """Return the validator for the spec schema, read once per process."""
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_spec(loaded: LoadedYaml) -> list[Problem]:
    """Return every schema problem of one spec, sorted by line; empty when valid."""
    if loaded.data is None:
        return [
            Problem(
                loaded.path,
                "the file is empty",
                line=1,
                fix="Write a spec: `request:` with `method:` and `url:` under it",
            )
        ]
    if not isinstance(loaded.data, dict):
        return [
            Problem(
                loaded.path,
                f"expected a mapping with a `request` key, got {_describe_type(loaded.data)}",
                line=1,
                fix="Start the file with `request:`",
            )
        ]
    problems: dict[tuple[str, str], Problem] = {}
    for error in spec_validator().iter_errors(loaded.data):
        for problem in _explain(loaded, error):
            problems.setdefault((problem.key, problem.message), problem)
    return sorted(problems.values(), key=lambda p: (p.line or 0, p.key))


def _explain(loaded: LoadedYaml, error: ValidationError) -> Iterator[Problem]:
    key_path: KeyPath = tuple(error.absolute_path)
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}

    def problem(message: str, fix: str = "", at: KeyPath = key_path) -> Problem:
        return Problem(
            loaded.path,
            message,
            line=loaded.line_of(at),
            key=format_key_path(at),
            fix=fix,
        )

    validator = error.validator
    if validator == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for name in sorted(set(instance) - set(allowed)):
            close = difflib.get_close_matches(name, allowed, n=1)
            if close:
                fix = f"Did you mean {close[0]!r}?"
            else:
                fix = "Remove it."
            if allowed:
                fix += " Allowed fields here: " + ", ".join(allowed)
            yield problem(f"unknown field {name!r}", fix, at=key_path + (name,))
    elif validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        yield problem(f"missing required field {missing!r}", f"Add `{missing}:` here")
    elif validator == "type":
        expected = schema.get("type")
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_JSON_TYPE_NAMES.get(n, n) for n in names)
        got = _describe_type(instance)
        if instance is not None:
            got += " " + (str(instance).lower() if isinstance(instance, bool) else _short(instance))
        got = got.rstrip()
        yield problem(f"expected {wanted}, got {got}", _type_fix(names, instance, key_path))
    elif validator == "enum":
        choices = ", ".join(str(c) for c in schema["enum"])
        yield problem(f"{_short(instance)} is not allowed", f"Use one of: {choices}")
    elif validator == "pattern":
        yield problem(_pattern_message(instance, key_path), _pattern_fix(key_path))
    elif validator in ("minLength", "minItems"):
        yield problem("must not be empty", "Give it a value")
    elif validator in ("maxItems",):
        yield problem(f"expected a [name, value] pair, got {len(instance)} items", "Write exactly [name, value]")
    elif validator == "maxLength":
        yield problem(f"{_short(instance)} is too long", f"Use at most {schema['maxLength']} characters")
    elif validator == "oneOf" and _is_pairs_schema(schema):
        if not isinstance(instance, (dict, list)):
            yield problem(
                f"expected a mapping or a list of [name, value] pairs, got {_describe_type(instance)}",
                "Write `name: value` lines, or `- [name, value]` items to repeat a name",
            )
        else:
            branch_type = "object" if isinstance(instance, dict) else "array"
            for sub in error.context or []:
                if sub.schema.get("type") == branch_type or _branch_type(sub) == branch_type:
                    yield from _explain(loaded, sub)
    elif validator == "oneOf" and not isinstance(instance, dict):
        # A body or auth that is not a mapping also fails its `type`, which explains it better.
        return
    elif validator == "oneOf" and isinstance(instance, dict) and {"value", "text"} <= set(instance):
        yield problem("a json body has both `value` and `text`", "Keep one of them")
    elif validator == "oneOf" and isinstance(instance, dict) and instance.get("kind") == "json":
        yield problem("a json body needs `value` or `text`", "Add `value:` with the data, or `text:` with exact JSON")
    elif validator in ("if", "then", "allOf", "propertyNames"):
        for sub in error.context or []:
            yield from _explain(loaded, sub)
    else:
        yield problem(error.message)


def _is_pairs_schema(schema: dict[str, Any]) -> bool:
    return "oneOf" in schema and "pairs" in str(schema.get("description", ""))


def _branch_type(error: ValidationError) -> str | None:
    relative = list(error.relative_schema_path)
    if relative and relative[0] == 0:
        return "object"
    if relative and relative[0] == 1:
        return "array"
    return None


def _type_fix(names: list[str], instance: Any, key_path: KeyPath) -> str:
    name = key_path[-1] if key_path else ""
    if "string" in names and isinstance(instance, bool):
        return 'Quote it, e.g. "true": YAML reads unquoted true, false, yes, no, on and off as booleans'
    if "string" in names and instance is None:
        return 'Write "" for an empty value: YAML reads a missing value or ~ as null'
    if "string" in names and isinstance(instance, (int, float)):
        return f'Quote it: "{instance}"'
    if name == "body" and "object" in names:
        return (
            "Write `kind: json` with `value:` or `text:`, `kind: form` with `fields:`, "
            "or `kind: text` with `text:` and `content_type:`"
        )
    if name == "auth" and "object" in names:
        return "Write `kind: basic` with `username:` and `password:`, or `kind: bearer` with `token:`"
    if "object" in names:
        return "Write `name: value` lines under this key"
    return ""


# Characters each patterned field allows, to name the first one that breaks the pattern.
_ALLOWED_CHARACTERS = {
    "id": ("spec id", re.compile(r"[a-z0-9-]")),
    "method": ("HTTP method", re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]")),
    "variables": ("variable name", re.compile(r"[A-Za-z0-9_]")),
}


def _pattern_message(instance: Any, key_path: KeyPath) -> str:
    """Say why a value breaks its pattern, naming the first character not allowed when there is one."""
    name = str(key_path[-1]) if key_path else ""
    label, allowed = _ALLOWED_CHARACTERS.get(name, ("value", None))
    if allowed is not None and isinstance(instance, str):
        bad = next((ch for ch in instance if not allowed.fullmatch(ch)), None)
        if bad is not None:
            return f"{_short(instance)} is not a valid {label}: {bad!r} is not allowed"
        if name == "id":
            return f"{_short(instance)} is not a valid {label}: a dash must sit between letters or digits"
        if name == "variables":
            return f"{_short(instance)} is not a valid {label}: it must not start with a digit"
    return f"{_short(instance)} is not a valid {label}"


def _pattern_fix(key_path: KeyPath) -> str:
    name = key_path[-1] if key_path else ""
    if name == "id":
        return "Use lowercase letters, digits and single dashes, e.g. oauth-token: the id names the output folder"
    if name == "method":
        return "Use an HTTP method such as GET or POST"
    if len(key_path) >= 2 and key_path[-2] == "variables" or name == "variables":
        return "Use letters, digits and underscores, starting with a letter or underscore"
    return "Check the value"


def _describe_type(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, (dict, list)) else ""
    return text if len(text) <= 60 else text[:57] + "..."
