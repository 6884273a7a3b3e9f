"""Markdown, MkDocs and HTML pages: expected files, escaping of spec text, exact code, tabs markup and contrast."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from markdown_it import MarkdownIt
from pygments.styles import get_style_by_name
from pygments.token import Error, Generic, Whitespace

import generator
from generator import pages
from generator.render import default_environment
from generator.resources import templates_dir
from tests.expected_files import assert_matches_expected

ROOT = Path(__file__).resolve().parent.parent
SEED_IDS = ("oauth-token", "shops")
HOSTILE_TARGETS = ("curl", "python_requests")
# Spec text that Markdown or HTML would otherwise turn into markup, includes or script.
HOSTILE_TITLE = "<script>alert('t')</script> & \"quotes\" `code` *bold* # [link](javascript:x) {: #id }"
HOSTILE_DESCRIPTION_LINES = [
    '<img src="https://example.invalid/x.png" onerror="alert(1)">',
    '--8<-- "/etc/passwd"',
    '!!! note "admonition"',
    '=== "tab"',
    "1. ordered",
    "- item",
    "??? details",
    ": definition",
    "&amp; entity {: .class } | table |",
    "---|---",
    "<https://example.invalid/autolink> [x]: https://example.invalid/ref",
    "~~~",
    "```",
]
HOSTILE_SECOND_PARAGRAPH = "Second paragraph with `backticks`, </script>, _under_score_ and a \\ backslash."
HOSTILE_JSON = '{"code": "```\\n~~~\\n</script><script>alert(1)</script>", "x": "${x} <!-- -->"}'


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pages") / "output"
    generator.render_tree([ROOT / "specs"], out, formats=["markdown", "mkdocs", "html"], use_cache=False)
    return out


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    spec = {
        "id": "hostile-page",
        "title": HOSTILE_TITLE,
        "description": "\n".join(HOSTILE_DESCRIPTION_LINES) + "\n\n" + HOSTILE_SECOND_PARAGRAPH + "\n",
        "request": {
            "method": "POST",
            "url": "https://example.invalid/path",
            "body": {"kind": "json", "text": HOSTILE_JSON},
        },
    }
    # JSON is valid YAML, and json.dumps quotes every string safely.
    (folder / "hostile-page.yaml").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    out = folder / "output"
    generator.render_tree([folder / "hostile-page.yaml"], out, targets=HOSTILE_TARGETS, formats=["markdown", "mkdocs", "html"])
    return out


def snippet_texts(out: Path, spec_id: str) -> dict[str, str]:
    manifest = json.loads((out / "index.json").read_text(encoding="utf-8"))
    (spec,) = [entry for entry in manifest["specs"] if entry["id"] == spec_id]
    return {target["key"]: (out / target["path"]).read_text(encoding="utf-8") for target in spec["targets"]}


def target_entries(out: Path, spec_id: str) -> list[dict]:
    manifest = json.loads((out / "index.json").read_text(encoding="utf-8"))
    (spec,) = [entry for entry in manifest["specs"] if entry["id"] == spec_id]
    return spec["targets"]


def mkdocs_html(source: str) -> str:
    """Render with Python-Markdown and the extensions a MkDocs Material site enables for tabs and more."""
    return markdown.markdown(
        source,
        extensions=[
            "pymdownx.superfences",
            "pymdownx.tabbed",
            "pymdownx.highlight",
            "pymdownx.details",
            "pymdownx.snippets",
            "admonition",
            "attr_list",
            "def_list",
            "tables",
            "md_in_html",
        ],
        extension_configs={
            "pymdownx.tabbed": {"alternate_style": True},
            "pymdownx.highlight": {"use_pygments": False},
            "pymdownx.snippets": {"check_paths": True},
        },
    )


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# Markdown -----------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["markdown", "mkdocs"])
@pytest.mark.parametrize("spec_id", SEED_IDS)
def test_markdown_page_matches_expected(seed_output: Path, spec_id: str, flavour: str):
    relative = f"{flavour}/{spec_id}.md"
    assert_matches_expected(relative, (seed_output / relative).read_bytes())


@pytest.mark.parametrize("spec_id", SEED_IDS)
def test_markdown_fences_hold_exact_snippets(seed_output: Path, spec_id: str):
    source = (seed_output / "markdown" / f"{spec_id}.md").read_text(encoding="utf-8")
    fences = [token for token in MarkdownIt("commonmark").parse(source) if token.type == "fence"]
    entries = target_entries(seed_output, spec_id)
    texts = snippet_texts(seed_output, spec_id)

    assert [fence.info for fence in fences] == [entry["lexer"] for entry in entries]
    assert [fence.content for fence in fences] == [texts[entry["key"]] for entry in entries]


@pytest.mark.parametrize("spec_id", SEED_IDS)
def test_mkdocs_tabs_hold_exact_snippets(seed_output: Path, spec_id: str):
    rendered = mkdocs_html((seed_output / "mkdocs" / f"{spec_id}.md").read_text(encoding="utf-8"))
    labels = [html.unescape(label) for label in re.findall(r"<label for=\"__tabbed_[^\"]+\">(.*?)</label>", rendered)]
    blocks = re.findall(r'<div class="tabbed-block">\s*<pre class="highlight"><code class="language-(\w+)">(.*?)</code></pre>', rendered, re.S)
    entries = target_entries(seed_output, spec_id)
    texts = snippet_texts(seed_output, spec_id)

    assert labels == [entry["label"] for entry in entries]
    assert [language for language, _ in blocks] == [entry["lexer"] for entry in entries]
    # Python-Markdown drops the final newline of a code block.
    assert [html.unescape(code) for _, code in blocks] == [texts[entry["key"]].removesuffix("\n") for entry in entries]


def test_markdown_shows_hostile_spec_text_as_written(hostile_output: Path):
    source = (hostile_output / "markdown" / "hostile-page.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").render(source)
    heading = re.search(r"<h1>(.*?)</h1>", rendered, re.S)
    paragraphs = re.findall(r"<p>(.*?)</p>", rendered, re.S)

    assert heading and visible_text(heading.group(1)) == HOSTILE_TITLE
    assert [visible_text(p) for p in paragraphs] == ["\n".join(HOSTILE_DESCRIPTION_LINES), HOSTILE_SECOND_PARAGRAPH]
    tags = set(re.findall(r"<([a-z0-9]+)", rendered))
    assert tags <= {"h1", "h2", "p", "pre", "code"}, f"unexpected elements: {tags}"


def test_markdown_hostile_code_fences_hold(hostile_output: Path):
    source = (hostile_output / "markdown" / "hostile-page.md").read_text(encoding="utf-8")
    fences = [token for token in MarkdownIt("commonmark").parse(source) if token.type == "fence"]
    texts = snippet_texts(hostile_output, "hostile-page")

    assert [fence.content for fence in fences] == [texts[key] for key in HOSTILE_TARGETS]
    assert all(fence.markup == "````" for fence in fences), "snippets hold ``` so the fence needs four backticks"


def test_mkdocs_shows_hostile_spec_text_as_written(hostile_output: Path):
    rendered = mkdocs_html((hostile_output / "mkdocs" / "hostile-page.md").read_text(encoding="utf-8"))
    heading = re.search(r"<h1>(.*?)</h1>", rendered, re.S)
    paragraphs = re.findall(r"<p>(.*?)</p>", rendered, re.S)
    texts = snippet_texts(hostile_output, "hostile-page")
    blocks = re.findall(r'<code class="language-\w+">(.*?)</code>', rendered, re.S)

    assert heading and visible_text(heading.group(1)) == HOSTILE_TITLE
    assert [visible_text(p) for p in paragraphs] == ["\n".join(HOSTILE_DESCRIPTION_LINES), HOSTILE_SECOND_PARAGRAPH]
    assert 'class="admonition' not in rendered
    assert "<details" not in rendered
    assert "<img" not in rendered
    assert "root:" not in rendered, "pymdownx.snippets included a file named in the description"
    assert rendered.count('class="tabbed-set') == 1
    assert [html.unescape(block) for block in blocks] == [texts[key].removesuffix("\n") for key in HOSTILE_TARGETS]


@pytest.mark.parametrize(
    ("text", "opening"),
    [("plain\n", "```"), ("a ``` b\n", "````"), ("`````\n", "``````"), ("no newline", "```")],
)
def test_fence_outruns_backticks_inside(text: str, opening: str):
    block = pages.fence(text, "python")

    assert block.startswith(opening + "python\n")
    assert block.endswith("\n" + opening)
    assert text.rstrip("\n") in block


def test_indent_block_keeps_whitespace_only_lines():
    assert pages.indent_block("a\n  \n\nb\n") == "    a\n      \n\n    b\n"


# HTML ---------------------------------------------------------------------------------------


class PageParser(HTMLParser):
    """Collect what the HTML tests inspect: elements with attributes, script and style bodies, code text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.codes: list[str] = []
        self.h1 = ""
        self._raw_tag: str | None = None
        self._raw_attrs: dict[str, str | None] = {}
        self._raw = ""
        self._in_code = False
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in ("script", "style"):
            self._raw_tag, self._raw_attrs, self._raw = tag, attributes, ""
        elif tag == "code" and self.elements[-2][0] == "pre":
            self._in_code = True
            self.codes.append("")
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag == self._raw_tag == "script":
            self.scripts.append((self._raw_attrs, self._raw))
            self._raw_tag = None
        elif tag == self._raw_tag == "style":
            self.styles.append(self._raw)
            self._raw_tag = None
        elif tag == "code":
            self._in_code = False
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._raw_tag:
            self._raw += data
        elif self._in_code:
            self.codes[-1] += data
        elif self._in_h1:
            self.h1 += data

    def with_attribute(self, name: str, value: str | None = None) -> list[dict[str, str | None]]:
        return [attrs for _, attrs in self.elements if name in attrs and (value is None or attrs[name] == value)]


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_html_escapes_hostile_spec_text(hostile_output: Path):
    page = parse_page(hostile_output / "html" / "hostile-page.html")
    tags = {tag for tag, _ in page.elements}
    handlers = [name for _, attrs in page.elements for name in attrs if name.startswith("on")]

    assert page.h1 == HOSTILE_TITLE
    assert "img" not in tags
    assert not handlers, f"event handler attributes: {handlers}"
    assert len(page.scripts) == 2, "only the snippet data and the page script"


@pytest.mark.parametrize("output_name", ["seed", "hostile"])
def test_html_holds_exact_snippet_texts(seed_output: Path, hostile_output: Path, output_name: str):
    out, spec_ids = (seed_output, SEED_IDS) if output_name == "seed" else (hostile_output, ("hostile-page",))
    for spec_id in spec_ids:
        page = parse_page(out / "html" / f"{spec_id}.html")
        texts = snippet_texts(out, spec_id)
        (data,) = [body for attrs, body in page.scripts if attrs.get("type") == "application/json"]

        assert json.loads(data) == texts
        assert page.codes == list(texts.values()), "highlighted code must read exactly as the snippet"


def test_html_tabs_follow_aria_pattern(seed_output: Path):
    page = parse_page(seed_output / "html" / "oauth-token.html")
    tabs = page.with_attribute("role", "tab")
    panels = {attrs["id"]: attrs for attrs in page.with_attribute("role", "tabpanel")}
    keys = [entry["key"] for entry in target_entries(seed_output, "oauth-token")]

    assert len(page.with_attribute("role", "tablist")) == 1
    assert [tab["data-target"] for tab in tabs] == keys
    for tab in tabs:
        panel = panels[tab["aria-controls"]]
        assert panel["aria-labelledby"] == tab["id"]
        selected = tab["aria-selected"] == "true"
        assert tab["tabindex"] == ("0" if selected else "-1")
        assert ("hidden" in panel) != selected
    assert [tab["aria-selected"] for tab in tabs].count("true") == 1
    assert len(page.with_attribute("class", "copy")) == len(keys)


@pytest.mark.parametrize("page_name", ["oauth-token.html", "shops.html", "index.html"])
def test_html_loads_nothing_external(seed_output: Path, page_name: str):
    page = parse_page(seed_output / "html" / page_name)
    sources = [attrs for _, attrs in page.elements if "src" in attrs]
    links = [attrs for tag, attrs in page.elements if tag == "link"]
    css = "".join(page.styles)

    assert not sources, f"elements that load a resource: {sources}"
    assert links == [{"rel": "icon", "href": "data:,"}]
    assert "url(" not in css
    assert "@import" not in css


@pytest.mark.parametrize("page_name", ["oauth-token.html", "index.html"])
def test_html_csp_allows_only_own_inline_code(seed_output: Path, page_name: str):
    page = parse_page(seed_output / "html" / page_name)
    (meta,) = page.with_attribute("http-equiv", "Content-Security-Policy")
    policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))

    def source_hash(body: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"

    executed = [body for attrs, body in page.scripts if attrs.get("type") != "application/json"]
    assert policy["default-src"] == "'none'"
    assert policy["script-src"].split() == ([source_hash(body) for body in executed] or ["'none'"])
    assert sorted(policy["style-src"].split()) == sorted(source_hash(body) for body in page.styles)
    assert "unsafe-inline" not in meta["content"]


def test_html_index_links_every_spec_page(seed_output: Path):
    page = parse_page(seed_output / "html" / "index.html")
    hrefs = [attrs["href"] for tag, attrs in page.elements if tag == "a" and attrs["href"].endswith(".html")]

    assert [href for href in hrefs if href != "index.html"] == [f"{spec_id}.html" for spec_id in SEED_IDS]
    assert all((seed_output / "html" / href).is_file() for href in hrefs)


def test_page_environments_are_separate():
    assert pages.html_environment().autoescape is True
    assert pages.markdown_environment().autoescape is False
    assert default_environment().autoescape is False
    assert pages.PAGE_TEMPLATES_DIR.resolve() != templates_dir().resolve()


# Contrast (WCAG 2.1 relative luminance) -------------------------------------------------------


def relative_luminance(color: str) -> float:
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(channel * 2 for channel in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT_PAIRS = [
    ("fg", "bg"),
    ("fg", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("link", "bg"),
    ("link", "surface"),
    ("tab-selected-fg", "tab-selected-bg"),
]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_palette_text_contrast(theme: str, text: str, background: str):
    palette = pages.LIGHT_PALETTE if theme == "light" else pages.DARK_PALETTE

    assert contrast(palette[text], palette[background]) >= 4.5


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_ring_contrast(theme: str):
    palette = pages.LIGHT_PALETTE if theme == "light" else pages.DARK_PALETTE

    assert contrast(palette["focus"], palette["bg"]) >= 3
    assert contrast(palette["focus"], palette["surface"]) >= 3


@pytest.mark.parametrize(("style_name", "palette"), [(pages.LIGHT_CODE_STYLE, pages.LIGHT_PALETTE), (pages.DARK_CODE_STYLE, pages.DARK_PALETTE)])
def test_code_token_contrast(style_name: str, palette: dict[str, str]):
    style = get_style_by_name(style_name)
    low = []
    for token, token_style in style:
        if token in Whitespace or token in Generic or token in Error:
            continue
        color = "#" + token_style["color"] if token_style["color"] else palette["fg"]
        background = "#" + token_style["bgcolor"] if token_style["bgcolor"] else style.background_color
        if contrast(color, background) < 4.5:
            low.append((str(token), color, background))

    assert not low, f"tokens under 4.5:1 in {style_name}: {low}"
