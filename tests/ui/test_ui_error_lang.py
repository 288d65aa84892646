"""In headless Chromium, at desktop and phone size: a map asked for wrongly is an error page
that names the problem in the page's language (Finnish by default, English with ?lang=en)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import Server, fits_width, screenshot, sign_in
from .ui_data import VIEWER

#: The sizes a person reads the error at: a laptop and a phone.
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}

#: (the map asked for, the detail in Finnish, the detail in English)
WRONG_MAPS = [
    (
        "/maps/network?to=2020",
        "to '2020' tarvitsee myös from-vuoden: aikajanan ensimmäisen vuoden",
        "to '2020' needs a from year too: the first year of the timeline",
    ),
    (
        "/maps/actor/xamk?depth=9",
        re.compile(r"^syvyys 9 ei ole sallittu: käytä arvoa 1–\d+ \(GRAPHSVC_MAX_DEPTH asettaa"),
        re.compile(r"^depth 9 is out of range: use 1 to \d+ \(GRAPHSVC_MAX_DEPTH sets the"),
    ),
]


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: Any, browser: Any, ui_server: Server) -> Iterator[Any]:
    """A viewer's page at one of SIZES."""
    context = browser.new_context(base_url=ui_server.url, viewport=SIZES[request.param])
    context.set_default_timeout(10_000)
    page = context.new_page()
    sign_in(page, VIEWER)
    page.size = request.param
    yield page
    context.close()


def _matches(shown: str, expected: str | re.Pattern[str]) -> bool:
    return bool(expected.match(shown)) if isinstance(expected, re.Pattern) else shown == expected


@pytest.mark.parametrize(("path", "finnish", "english"), WRONG_MAPS)
def test_a_wrong_map_names_the_problem_in_the_pages_language(
    sized_page: Any, path: str, finnish: Any, english: Any
) -> None:
    page = sized_page
    response = page.goto(path)
    assert response is not None and response.status == 422
    detail = page.locator("p.notice.error")
    assert detail.is_visible()
    assert _matches(detail.inner_text(), finnish), detail.inner_text()
    assert page.locator("html").get_attribute("lang") == "fi"
    box = detail.bounding_box()
    assert (
        box is not None and box["x"] >= 0 and box["x"] + box["width"] <= SIZES[page.size]["width"]
    )
    assert fits_width(page), "the error page scrolls sideways"
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
    name = "depth" if "depth" in path else "period"
    screenshot(page, f"error-lang-{name}-fi-{page.size}", full_page=False)

    response = page.goto(path + "&lang=en")
    assert response is not None and response.status == 422
    assert _matches(detail.inner_text(), english), detail.inner_text()
    assert page.locator("html").get_attribute("lang") == "en"
    assert fits_width(page)
    screenshot(page, f"error-lang-{name}-en-{page.size}", full_page=False)
