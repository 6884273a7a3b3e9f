"""The generated HTML pages in real headless Chromium (Debian's package), opened from file://.

Tabs, keyboard navigation, the copy button, the remembered choice across pages, the
absence of any network request, both themes, and a page that works without JavaScript.
Screenshots go to test-artifacts/; SNIPPETGEN_UPDATE_EXPECTED=1 also refreshes docs/html-page.png.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import generator
from tests.chromium import CHROMIUM, Chromium, Page
from tests.runners.base import IN_CI, INSTALL_HINT

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
DOCS_SCREENSHOT = ROOT / "docs" / "html-page.png"
UPDATE = os.environ.get("SNIPPETGEN_UPDATE_EXPECTED") == "1"
HOSTILE_TARGETS = ("curl", "python_requests")
HOSTILE_TITLE = "<img src=https://example.invalid/title.png> & </script><script>alert(1)</script>"
HOSTILE_JSON = '{"html": "</script><img src=https://example.invalid/body.png>", "quote": "\'\\"`${x}"}'
# Records what the page's Content Security Policy blocks, before any page script runs.
VIOLATION_RECORDER = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));"
)


@pytest.fixture(scope="module")
def chromium_executable() -> Path:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        reason = f"Chromium not found at {CHROMIUM}; {INSTALL_HINT}"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "output"
    generator.render_tree([ROOT / "specs"], out, formats=["html"], use_cache=False)
    return out


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-site")
    spec = {
        "id": "hostile-html",
        "title": HOSTILE_TITLE,
        "description": "<a href=https://example.invalid/>link</a> <style>@import url(https://example.invalid/x.css)</style>",
        "request": {"method": "POST", "url": "https://example.invalid/path", "body": {"kind": "json", "text": HOSTILE_JSON}},
    }
    (folder / "hostile-html.yaml").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    out = folder / "output"
    generator.render_tree([folder / "hostile-html.yaml"], out, targets=HOSTILE_TARGETS, formats=["html"], use_cache=False)
    return out


@pytest.fixture(scope="module")
def browser(chromium_executable: Path, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    ARTIFACTS.mkdir(exist_ok=True)
    chromium = Chromium(profile, chromium_executable, log_path=ARTIFACTS / "chromium.log")
    chromium.call("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    yield chromium
    chromium.close()


@pytest.fixture
def blank_page(browser: Chromium):
    """A new tab that records Content Security Policy violations, closed after the test."""
    tab = browser.new_page()
    tab.call("Page.addScriptToEvaluateOnNewDocument", {"source": VIOLATION_RECORDER})
    yield tab
    browser.call("Target.closeTarget", {"targetId": tab.call("Target.getTargetInfo")["targetInfo"]["targetId"]})


@pytest.fixture
def page(blank_page: Page, site: Path) -> Page:
    # Every file:// page shares one localStorage; start each test without a remembered choice.
    blank_page.navigate(page_url(site, "index.html"))
    blank_page.evaluate("localStorage.clear()")
    return blank_page


def page_url(out: Path, name: str) -> str:
    return (out / "html" / name).as_uri()


def target_keys(out: Path, spec_id: str) -> list[str]:
    manifest = json.loads((out / "index.json").read_text(encoding="utf-8"))
    (spec,) = [entry for entry in manifest["specs"] if entry["id"] == spec_id]
    return [target["key"] for target in spec["targets"]]


def snippet_text(out: Path, spec_id: str, key: str) -> str:
    manifest = json.loads((out / "index.json").read_text(encoding="utf-8"))
    (spec,) = [entry for entry in manifest["specs"] if entry["id"] == spec_id]
    (target,) = [entry for entry in spec["targets"] if entry["key"] == key]
    return (out / target["path"]).read_text(encoding="utf-8")


def selected_tab(page: Page) -> str:
    return page.evaluate("document.querySelector('[role=tab][aria-selected=true]').dataset.target")


def visible_panels(page: Page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('[role=tabpanel]')].filter((panel) => panel.offsetParent !== null)"
        ".map((panel) => panel.dataset.target)"
    )


def focused_tab(page: Page) -> str | None:
    return page.evaluate("document.activeElement.getAttribute('role') === 'tab' ? document.activeElement.dataset.target : null")


def visible_code(page: Page) -> str:
    return page.evaluate("document.querySelector('[role=tabpanel]:not([hidden]) pre code').textContent")


def exceptions(browser: Chromium, page: Page) -> list[str]:
    return [
        str(event["params"]["exceptionDetails"])
        for event in list(browser.events)
        if event["method"] == "Runtime.exceptionThrown" and event.get("sessionId") == page.session
    ]


def test_first_tab_selected_on_load(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    first = target_keys(site, "oauth-token")[0]

    assert selected_tab(page) == first
    assert visible_panels(page) == [first]
    assert visible_code(page) == snippet_text(site, "oauth-token", first)


def test_clicking_tab_shows_its_snippet(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    page.click("#tab-python_requests")

    assert selected_tab(page) == "python_requests"
    assert visible_panels(page) == ["python_requests"]
    assert visible_code(page) == snippet_text(site, "oauth-token", "python_requests")
    assert focused_tab(page) == "python_requests"


def test_code_is_highlighted(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    page.click("#tab-python_requests")
    colors = page.evaluate(
        "[...document.querySelectorAll('#panel-python_requests code span')].map((span) => getComputedStyle(span).color)"
    )

    assert len(set(colors)) >= 3, f"expected several token colours, got {set(colors)}"


@pytest.mark.parametrize("key", ["curl", "python_requests"])
def test_copy_button_copies_exact_snippet(page: Page, site: Path, key: str):
    page.navigate(page_url(site, "shops.html"))
    page.click(f"#tab-{key}")
    page.evaluate("navigator.clipboard.writeText('before')", await_promise=True)
    page.click(f"#panel-{key} button.copy")
    page.wait_for("document.querySelector('.copy-status').textContent.startsWith('Copied')")

    assert page.evaluate("navigator.clipboard.readText()", await_promise=True) == snippet_text(site, "shops", key)
    assert page.evaluate(f"document.querySelector('#panel-{key} button.copy').textContent") == "Copied"


def test_copy_button_copies_hostile_snippet(blank_page: Page, hostile_site: Path):
    page = blank_page
    page.navigate(page_url(hostile_site, "hostile-html.html"))
    page.click("#tab-python_requests")
    page.click("#panel-python_requests button.copy")
    page.wait_for("document.querySelector('.copy-status').textContent.startsWith('Copied')")

    assert page.evaluate("navigator.clipboard.readText()", await_promise=True) == snippet_text(
        hostile_site, "hostile-html", "python_requests"
    )


def test_pages_load_nothing_external(page: Page, site: Path, browser: Chromium):
    visited = [page_url(site, name) for name in ("index.html", "oauth-token.html", "shops.html")]
    for url in visited:
        page.navigate(url)
        if not url.endswith("index.html"):
            page.click("[role=tab]:last-child")
            page.click("[role=tabpanel]:not([hidden]) button.copy")
        assert page.evaluate("window.__violations") == [], url

    requested = page.requested_urls()
    assert set(requested) <= set(visited), f"requests beyond the pages themselves: {set(requested) - set(visited)}"
    assert exceptions(browser, page) == []


def test_hostile_page_runs_and_loads_nothing(blank_page: Page, browser: Chromium, hostile_site: Path):
    page = blank_page
    url = page_url(hostile_site, "hostile-html.html")
    page.navigate(url)

    assert page.requested_urls() == [url]
    assert page.evaluate("window.__violations") == []
    assert page.evaluate("document.querySelectorAll('img, link[rel=stylesheet], a[href^=\"https://example\"]').length") == 0
    assert page.evaluate("document.querySelector('h1').textContent") == HOSTILE_TITLE
    assert page.evaluate("document.scripts.length") == 2
    assert exceptions(browser, page) == []


def test_arrow_keys_move_between_tabs(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    keys = target_keys(site, "oauth-token")
    page.click(f"#tab-{keys[0]}")

    page.press("ArrowRight")
    assert (selected_tab(page), focused_tab(page)) == (keys[1], keys[1])
    assert visible_panels(page) == [keys[1]]
    page.press("ArrowLeft")
    assert (selected_tab(page), focused_tab(page)) == (keys[0], keys[0])
    page.press("ArrowLeft")
    assert (selected_tab(page), focused_tab(page)) == (keys[-1], keys[-1]), "ArrowLeft on the first tab wraps to the last"
    page.press("ArrowRight")
    assert selected_tab(page) == keys[0], "ArrowRight on the last tab wraps to the first"
    page.press("End")
    assert (selected_tab(page), focused_tab(page)) == (keys[-1], keys[-1])
    page.press("Home")
    assert (selected_tab(page), focused_tab(page)) == (keys[0], keys[0])


def test_tab_key_leaves_tablist(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    page.click("#tab-curl")
    page.press("Tab")

    assert focused_tab(page) is None, "only the selected tab is in the Tab order"
    assert page.evaluate("document.querySelector('#panel-curl').contains(document.activeElement)")


def test_chosen_tab_persists_across_pages(page: Page, site: Path):
    page.navigate(page_url(site, "oauth-token.html"))
    page.click("#tab-node_fetch")
    page.navigate(page_url(site, "shops.html"))

    assert selected_tab(page) == "node_fetch"
    assert visible_panels(page) == ["node_fetch"]
    assert visible_code(page) == snippet_text(site, "shops", "node_fetch")

    page.navigate(page_url(site, "oauth-token.html"))
    assert selected_tab(page) == "node_fetch"


def test_panels_all_show_without_javascript(blank_page: Page, site: Path):
    page = blank_page
    page.call("Emulation.setScriptExecutionDisabled", {"value": True})
    page.navigate(page_url(site, "oauth-token.html"))
    page.call("Emulation.setScriptExecutionDisabled", {"value": False})

    assert visible_panels(page) == target_keys(site, "oauth-token")
    assert page.evaluate("document.querySelector('[role=tablist]').offsetParent") is None


@pytest.mark.parametrize(("scheme", "background"), [("light", "rgb(255, 255, 255)"), ("dark", "rgb(13, 17, 23)")])
def test_theme_follows_color_scheme(page: Page, site: Path, scheme: str, background: str):
    page.call("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    page.navigate(page_url(site, "oauth-token.html"))
    page.click("#tab-python_requests")
    screenshot = ARTIFACTS / f"html-page-{scheme}.png"
    page.screenshot(screenshot)

    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
    assert page.evaluate("getComputedStyle(document.querySelector('#panel-python_requests pre')).backgroundColor") == background
    assert screenshot.stat().st_size > 0
    if UPDATE and scheme == "light":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(screenshot, DOCS_SCREENSHOT)
