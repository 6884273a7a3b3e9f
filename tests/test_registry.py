"""The target registry and the templates folder must match one to one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.filters import FILTERS
from generator.resources import templates_dir
from generator.targets import TARGETS, Registry, RegistryError, Target

TEMPLATES = templates_dir()
# A printed expression must end in a named filter: `{{ value | java }}`.
EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)


def _target(**changes) -> Target:
    fields = dict(
        key="demo",
        label="Demo",
        language="demo",
        library="demo",
        docs_url="https://example.com",
        extension="txt",
        lexer="text",
    )
    fields.update(changes)
    return Target(**fields)


def test_registry_has_seventeen_targets():
    assert len(TARGETS) == 17


def test_registry_rejects_duplicate_key():
    registry = Registry()
    registry.register(_target())
    with pytest.raises(RegistryError, match="'demo' is registered twice"):
        registry.register(_target())


def test_registry_rejects_empty_field():
    with pytest.raises(RegistryError, match="field 'docs_url' is empty"):
        Registry().register(_target(docs_url=""))


@pytest.mark.parametrize("target", list(TARGETS), ids=lambda t: t.key)
def test_every_target_has_template(target: Target):
    path = TEMPLATES / target.template_name
    assert path.is_file(), f"target {target.key}: template {path} is missing"


def test_every_template_has_target():
    names = {target.template_name for target in TARGETS}
    for path in sorted(TEMPLATES.glob("*.jinja")):
        if path.name.startswith("_"):
            continue  # macro files shared by one language
        assert path.name in names, f"template {path.name} has no target record in generator/targets.py"


def _template_paths() -> list[Path]:
    return sorted(TEMPLATES.glob("*.jinja"))


def _macro_names() -> set[str]:
    names = set()
    for path in _template_paths():
        names.update(re.findall(r"\{%-?\s*macro\s+(\w+)", path.read_text(encoding="utf-8")))
    return names


@pytest.mark.parametrize("path", _template_paths(), ids=lambda p: p.name)
def test_template_prints_only_filtered_values(path: Path):
    text = path.read_text(encoding="utf-8")
    macros = _macro_names()
    for match in EXPRESSION.finditer(text):
        expression = match.group(1)
        line = text.count("\n", 0, match.start()) + 1
        call = re.fullmatch(r"(?:\w+\.)?(\w+)\(.*\)", expression, re.DOTALL)
        if call and call.group(1) in macros:
            continue  # a macro call: the macro's own expressions are checked where it is defined
        last_filter = expression.rsplit("|", 1)[-1].strip() if "|" in expression else ""
        assert last_filter in FILTERS, (
            f"{path.name}:{line}: `{{{{ {expression} }}}}` prints a value without a literal filter; "
            f"end it with one of: {', '.join(FILTERS)}"
        )
