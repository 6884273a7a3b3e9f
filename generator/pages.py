"""Documentation pages built from rendered snippets: Markdown, MkDocs Material tabs and static HTML.

Page templates live in `page_templates/` and run in their own Jinja environments, apart from
the code-snippet one: HTML pages autoescape every value, and Markdown pages pass every spec
value through `md_text` or `md_heading`. Code is highlighted by Pygments when the page is built.
"""

from __future__ import annotations

import base64
import hashlib
import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import jinja2
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name

from . import __version__
from .incremental import RenderCache, digest, generator_fingerprint, sha256_hex
from .manifest import PageFile
from .render import Snippet
from .spec import Spec

PAGE_FORMATS = ("markdown", "mkdocs", "html")
PAGE_TEMPLATES_DIR = Path(__file__).resolve().parent / "page_templates"
# Folder of each format inside the output folder. Spec ids equal to these names (or `index`,
# the HTML index page) are rejected so that a spec's folder never mixes with a page folder.
FORMAT_FOLDERS = {"markdown": "markdown", "mkdocs": "mkdocs", "html": "html"}
HTML_INDEX = "html/index.html"
SITE_TITLE = "HTTP request snippets"

# Pygments styles whose token colours reach WCAG AA contrast (4.5:1) on their own background,
# except for whitespace, diff and error tokens; tests/test_pages.py measures every one.
LIGHT_CODE_STYLE = "xcode"
DARK_CODE_STYLE = "github-dark"
# Page colours as CSS custom properties; tests/test_pages.py checks the contrast of each text pair.
LIGHT_PALETTE = {
    "bg": "#ffffff",
    "fg": "#1f2328",
    "muted": "#59636e",
    "surface": "#f6f8fa",
    "border": "#d1d9e0",
    "link": "#0550ae",
    "tab-selected-bg": "#0550ae",
    "tab-selected-fg": "#ffffff",
    "focus": "#0969da",
}
DARK_PALETTE = {
    "bg": "#0d1117",
    "fg": "#e6edf3",
    "muted": "#9198a1",
    "surface": "#151b23",
    "border": "#3d444d",
    "link": "#4493f8",
    "tab-selected-bg": "#1f6feb",
    "tab-selected-fg": "#ffffff",
    "focus": "#4493f8",
}


@dataclass(frozen=True)
class NavItem:
    """One spec as the HTML navigation lists it."""

    id: str
    title: str
    href: str


def page_path(fmt: str, spec_id: str) -> str:
    extension = "html" if fmt == "html" else "md"
    return f"{FORMAT_FOLDERS[fmt]}/{spec_id}.{extension}"


def build_pages(
    specs: list[Spec],
    snippets: list[Snippet],
    formats: tuple[str, ...],
    cache: RenderCache | None = None,
    progress: Callable[[], None] | None = None,
) -> list[PageFile]:
    """Build the pages of every requested format, reusing cached HTML pages whose input is unchanged.

    `progress` is called once per HTML spec page, the only slow kind (Pygments).
    """
    by_spec: dict[str, list[Snippet]] = {spec.id: [] for spec in specs}
    for snippet in snippets:
        by_spec[snippet.spec.id].append(snippet)

    pages: list[PageFile] = []
    for fmt in formats:
        if fmt in ("markdown", "mkdocs"):
            for spec in specs:
                text = markdown_page(spec, by_spec[spec.id], mkdocs=fmt == "mkdocs")
                pages.append(PageFile(fmt, page_path(fmt, spec.id), text.encode("utf-8"), spec.id))
        elif fmt == "html":
            nav = [NavItem(spec.id, spec.title, f"{spec.id}.html") for spec in specs]
            for spec in specs:
                path = page_path("html", spec.id)
                content = _cached_html_page(spec, by_spec[spec.id], nav, path, cache)
                pages.append(PageFile("html", path, content, spec.id))
                if progress:
                    progress()
            pages.append(PageFile("html", HTML_INDEX, html_index(specs, by_spec).encode("utf-8")))
        else:
            raise ValueError(f"unknown page format {fmt!r}; valid formats: {', '.join(PAGE_FORMATS)}")
    return pages


def _cached_html_page(
    spec: Spec, snippets: list[Snippet], nav: list[NavItem], path: str, cache: RenderCache | None
) -> bytes:
    key = digest(
        generator_fingerprint(),
        "html-page",
        [spec.id, spec.title, spec.description, spec.request.method, spec.request.url],
        [[s.target.key, s.target.label, s.target.library, s.target.docs_url, s.target.lexer, sha256_hex(s.text.encode("utf-8"))] for s in snippets],
        [[item.id, item.title, item.href] for item in nav],
    )
    if cache is not None:
        content = cache.lookup(path, key)
        if content is not None:
            return content
    content = html_page(spec, snippets, nav).encode("utf-8")
    if cache is not None:
        cache.store(path, key, content)
    return content


# Markdown ---------------------------------------------------------------------------------

# Backslash escapes that both CommonMark and Python-Markdown (MkDocs) accept, and entities for
# `& < >`, since Python-Markdown keeps a backslash before `<` and would pass `<tag>` through as HTML.
_INLINE_ESCAPES = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "{": "\\{",
    "}": "\\}",
    "#": "\\#",
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
}
_INLINE_PATTERN = re.compile("|".join(re.escape(char) for char in _INLINE_ESCAPES))
# A character that starts a block at the start of a line: lists, setext underlines, tables,
# fences, admonitions (`!!!`), collapsible blocks (`???`), MkDocs tabs (`===`), definition lists
# and pymdownx.snippets includes (`--8<--`). Entities work in both dialects.
_LINE_START = re.compile(r"^([-+=!?:~|])")
_ORDERED_LIST = re.compile(r"^(\d+)([.)])")


def md_text(text: str) -> str:
    """Escape plain text so that Markdown shows it as written and runs nothing from it.

    Paragraphs (blank-line separated) are kept; leading whitespace is dropped so that no line
    turns into an indented code block.
    """
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    return "\n\n".join("\n".join(_md_line(line) for line in p.splitlines() if line.strip()) for p in paragraphs)


def md_heading(text: str) -> str:
    """Escape text for an ATX heading, which must stay on one line."""
    return _md_line(" ".join(text.split()))


def _md_line(line: str) -> str:
    line = _INLINE_PATTERN.sub(lambda match: _INLINE_ESCAPES[match.group(0)], line.strip())
    line = _LINE_START.sub(lambda match: f"&#{ord(match.group(1))};", line)
    return _ORDERED_LIST.sub(lambda match: f"{match.group(1)}&#{ord(match.group(2))};", line)


def fence(text: str, info: str) -> str:
    """Wrap code in a backtick fence longer than any backtick run inside it, so no line of the code can close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    if not text.endswith("\n"):
        text += "\n"
    return f"{ticks}{info}\n{text}{ticks}"


def indent_block(text: str, prefix: str = "    ") -> str:
    """Indent every line that is not empty, whitespace-only lines included, so a code line of spaces keeps them."""
    return textwrap.indent(text, prefix, lambda line: line not in ("\n", "\r\n", ""))


def mkdocs_label(label: str) -> str:
    """Escape a target label for `=== "Label"`, a double-quoted MkDocs tab title."""
    return md_heading(label).replace('"', "&quot;")


@lru_cache(maxsize=1)
def markdown_environment() -> jinja2.Environment:
    """Create the Markdown page environment: no autoescape (not HTML), strict, Markdown filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PAGE_TEMPLATES_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md_text=md_text, md_heading=md_heading, fence=fence, indent_block=indent_block, mkdocs_label=mkdocs_label)
    return env


def markdown_page(spec: Spec, snippets: list[Snippet], mkdocs: bool = False) -> str:
    """Render one spec as Markdown: a fenced block per target, or MkDocs Material content tabs."""
    template = markdown_environment().get_template("mkdocs.md.jinja" if mkdocs else "markdown.md.jinja")
    return template.render(spec=spec, snippets=snippets)


# HTML -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def html_environment() -> jinja2.Environment:
    """Create the HTML page environment: autoescape on, so every spec value is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PAGE_TEMPLATES_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(version=__version__, site_title=SITE_TITLE)
    return env


def highlight_code(text: str, lexer: str) -> Markup:
    """Return the code as Pygments HTML spans; Pygments escapes `& < > " '` in the text."""
    # stripnl and ensurenl are off: the page must show the snippet's exact lines.
    pygments_lexer = get_lexer_by_name(lexer, stripnl=False, ensurenl=False)
    return Markup(highlight(text, pygments_lexer, HtmlFormatter(nowrap=True)))


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _css_variables(palette: dict[str, str]) -> str:
    return ":root {\n" + "".join(f"  --{name}: {value};\n" for name, value in palette.items()) + "}\n"


def _pygments_rules(style: str) -> str:
    # Keep only the rules scoped to `.highlight`: the others style line numbers, which pages do not use.
    rules = HtmlFormatter(style=style).get_style_defs(".highlight").splitlines()
    return "".join(f"  {rule}\n" for rule in rules if rule.startswith(".highlight"))


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """Return the whole inline stylesheet: palettes, both Pygments themes and the page layout."""
    return (
        _css_variables(LIGHT_PALETTE)
        + "@media (prefers-color-scheme: dark) {\n"
        + textwrap.indent(_css_variables(DARK_PALETTE), "  ")
        + "}\n"
        + "@media not all and (prefers-color-scheme: dark) {\n"
        + _pygments_rules(LIGHT_CODE_STYLE)
        + "}\n"
        + "@media (prefers-color-scheme: dark) {\n"
        + _pygments_rules(DARK_CODE_STYLE)
        + "}\n"
        + (PAGE_TEMPLATES_DIR / "page.css").read_text(encoding="utf-8")
    )


@lru_cache(maxsize=1)
def script() -> str:
    return (PAGE_TEMPLATES_DIR / "page.js").read_text(encoding="utf-8")


# Shown only when scripts are off: every panel is visible under its own heading, and the tabs are hidden.
NOSCRIPT_CSS = ".tablist { display: none; } [role=tabpanel][hidden] { display: block; } .panel-label { font-weight: 600; }"


def csp_hash(source: str) -> str:
    """Return the CSP source expression that allows exactly this inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    """Allow the page's own inline script and styles and nothing else: no network access at all.

    `img-src data:` lets the empty `data:` favicon load, so the browser does not request /favicon.ico.
    """
    script_src = " ".join(csp_hash(source) for source in scripts) or "'none'"
    style_src = " ".join(csp_hash(source) for source in styles)
    return (
        f"default-src 'none'; script-src {script_src}; style-src {style_src}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _html_context(scripts: list[str]) -> dict[str, Any]:
    css = stylesheet()
    return {
        "css": Markup(css),
        "noscript_css": Markup(NOSCRIPT_CSS),
        "script": Markup(scripts[0]) if scripts else None,
        "csp": content_security_policy(scripts, [css, NOSCRIPT_CSS]),
    }


def html_page(spec: Spec, snippets: list[Snippet], nav: list[NavItem]) -> str:
    """Render one spec as a static HTML page with a tab, a highlighted block and a copy button per target."""
    items = [
        {
            "key": s.target.key,
            "label": s.target.label,
            "library": s.target.library,
            "docs_url": s.target.docs_url,
            "file_name": s.target.file_name,
            "code": highlight_code(s.text, s.target.lexer),
        }
        for s in snippets
    ]
    return html_environment().get_template("spec.html.jinja").render(
        spec=spec,
        description=paragraphs(spec.description),
        snippets=items,
        texts={s.target.key: s.text for s in snippets},
        nav=nav,
        **_html_context([script()]),
    )


def html_index(specs: list[Spec], by_spec: dict[str, list[Snippet]]) -> str:
    """Render the index page: every spec with its request line, description and target count."""
    entries = [
        {
            "href": f"{spec.id}.html",
            "title": spec.title,
            "description": paragraphs(spec.description),
            "method": spec.request.method,
            "url": spec.request.url,
            "labels": [s.target.label for s in by_spec.get(spec.id, [])],
        }
        for spec in specs
    ]
    return html_environment().get_template("index.html.jinja").render(specs=entries, **_html_context([]))
