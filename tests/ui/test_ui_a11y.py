"""Accessibility of every UI page in Chromium: axe-core finds nothing serious or critical,
as a viewer and as an editor, at 1366×768 and 390×844; the keyboard reaches every control
with a visible focus indicator; no page scrolls sideways.

The pages come from the route table (:mod:`tests.ui.ui_walk`), so a new page is checked
as soon as it is listed there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Server, screenshot
from .ui_walk import VIEWPORTS, Visitors, fits_the_width, open_page, walk, walking_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def a11y_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The UI workbook with an indicator, served for this module."""
    with walking_server(tmp_path_factory.mktemp("ui-a11y")) as server:
        yield server


@pytest.fixture(scope="module")
def visitors(browser: Any, a11y_server: Server) -> Iterator[Visitors]:
    """Signed-in pages per role and size."""
    made = Visitors(browser, a11y_server)
    yield made
    made.close()


def _name(url: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home"


@pytest.mark.parametrize("size", sorted(VIEWPORTS))
@pytest.mark.parametrize(("role", "url"), walk(), ids=lambda v: v)
def test_axe_finds_nothing_serious(visitors: Visitors, role: str, url: str, size: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = visitors.page(role, size)
    open_page(page, url)
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    if bad:
        screenshot(page, f"a11y-{role}-{size}-{_name(url)}")
    assert not bad, results.generate_report()
    assert fits_the_width(page), f"{url} scrolls sideways at {size}"


#: Every element a keyboard user must be able to reach, if it is shown.
FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])"
)
_MARK = """(selector) => {
    const folded = (el) => {  // inside a closed <details>, its summary apart (Chromium still
        const d = el.closest('details:not([open])');  // gives such content client rects)
        return d !== null && !d.querySelector(':scope > summary')?.contains(el);
    };
    const shown = (el) => el.getClientRects().length > 0 && !folded(el)
        && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]');
    const all = [...document.querySelectorAll(selector)].filter(shown);
    all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return all.map((el) => el.outerHTML.slice(0, 120));
}"""
_FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const marked = style.backgroundColor === 'rgb(255, 191, 71)';
    return {id: el.getAttribute('data-kbd'), visible: outline || ring || marked,
            html: el.outerHTML.slice(0, 120)};
}"""


@pytest.mark.parametrize(("role", "url"), walk(("anonymous", "editor")), ids=lambda v: v)
def test_the_keyboard_reaches_every_control(visitors: Visitors, role: str, url: str) -> None:
    page = visitors.page(role, "desktop")
    open_page(page, url)
    controls = page.evaluate(_MARK, FOCUSABLE)
    reached: dict[str, str] = {}
    unmarked: list[str] = []
    first, outside = None, 0
    for _ in range(3 * len(controls) + 10):  # a date input takes a Tab per part
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:  # past the last control: the next Tab starts from the top
            outside += 1
            if outside > 2:
                break
            continue
        if focused["id"] is None or focused["id"] in reached:
            if focused["id"] is not None and focused["id"] == first:
                break  # round the page once
            continue  # the next part of a date input, or an element made focusable by a script
        first = first or focused["id"]
        reached[focused["id"]] = focused["html"]
        if not focused["visible"]:
            unmarked.append(focused["html"])
    missed = [html for i, html in enumerate(controls) if str(i) not in reached]
    assert not missed, f"{url}: Tab never reaches {missed}"
    assert not unmarked, f"{url}: no visible focus on {unmarked}"
