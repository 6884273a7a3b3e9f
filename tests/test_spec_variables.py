"""Variable substitution in spec names and values, in both the mapping and the pair-list form."""

from __future__ import annotations

from pathlib import Path

from generator.spec import load_spec

SPEC = """\
variables:
  name: X-Tenant
  value: acme
request:
  method: POST
  url: https://api.example.com/items
  headers:
    "{{name}}": "{{value}}"
  query:
    - ["{{name}}", "{{value}}"]
  body:
    kind: form
    fields:
      "{{name}}": "{{value}}"
"""


def test_variables_fill_names_and_values(tmp_path: Path):
    path = tmp_path / "tenant.yaml"
    path.write_text(SPEC, encoding="utf-8")

    request = load_spec(path).request

    assert request.headers == (("X-Tenant", "acme"),)
    assert request.query == (("X-Tenant", "acme"),)
    assert request.body.fields == (("X-Tenant", "acme"),)


def test_variable_values_are_not_expanded_again(tmp_path: Path):
    path = tmp_path / "tenant.yaml"
    path.write_text(SPEC, encoding="utf-8")

    request = load_spec(path, variables={"value": "{{name}} $x"}).request

    assert request.headers == (("X-Tenant", "{{name}} $x"),)
