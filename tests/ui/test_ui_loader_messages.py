"""A model rule's message reaching a page: a malformed ``?as_of=`` day is refused on an error
page in the page's language (Finnish by default, English with ``?lang=en``), readable at
desktop and phone sizes, and accessible."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import SIZES, Server, screenshot, signed_in_at

FINNISH = (
    "tilannepäivä '20245' ei ole päivämäärä: käytä muotoa VVVV-KK-PP (päivä) tai VVVV "
    "(vuoden viimeinen päivä, 31.12.)"
)
ENGLISH = (
    "as-of date '20245' is not a date: use YYYY-MM-DD (a day) or YYYY (31 December of that year)"
)


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: pytest.FixtureRequest, browser: Any, ui_server: Server) -> Iterator[Any]:
    """A viewer's page at each size."""
    page = signed_in_at(browser, ui_server.url, request.param)
    yield next(page)
    next(page, None)


@pytest.mark.parametrize(("lang", "expected"), [("fi", FINNISH), ("en", ENGLISH)])
def test_a_malformed_day_is_refused_in_the_pages_language(
    sized_page: Any, lang: str, expected: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = sized_page
    response = page.goto(f"/actors?as_of=20245&lang={lang}")
    assert response is not None and response.status == 422
    body = page.locator("main").inner_text()
    assert expected in body, body
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    width = page.viewport_size["width"]
    screenshot(page, f"loader-message-as-of-{lang}-{width}")
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], bad
