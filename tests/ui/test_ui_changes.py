"""The "Muutokset / Changes" page in a real browser: the change report between two chosen
years, at desktop and phone size, in Finnish and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import SIZES, Server, signed_in_at
from .ui_data import FORMER, NEWCOMER, add_history

pytestmark = pytest.mark.browser


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: Any, browser: Any, ui_server: Server) -> Iterator[Any]:
    """A signed-in page at desktop or phone size, on the store with its history."""
    add_history(ui_server.store)
    yield from signed_in_at(browser, ui_server.url, request.param, timeout=15_000)


def test_the_changes_between_two_chosen_years(sized_page: Any) -> None:
    page = sized_page
    page.goto("/")
    page.get_by_role("link", name="Muutokset").first.click()
    page.get_by_role("heading", name="Muutokset").wait_for()
    page.get_by_label("Vuodesta").select_option("2022")
    page.get_by_label("Vuoteen").select_option("2024")
    page.get_by_role("button", name="Vertaa").click()
    page.wait_for_url(re.compile(r"from=2022.*to=2024"))
    left = page.locator("#list-left")
    left.wait_for()
    assert FORMER[1] in left.inner_text()
    assert NEWCOMER[1] in page.locator("#list-joined").inner_text()
    assert page.locator("#change-headline").inner_text().strip()
    density = page.locator("#change-health tbody tr", has_text="Tiheys")
    assert density.count() == 1 and "." not in density.inner_text()  # Finnish decimal comma
    assert page.locator("#change-health").is_visible()
    link = page.get_by_role("link", name="Näytä muutos kartalla")
    assert link.get_attribute("href") == "/maps/network?from=2022&to=2024"


def test_the_changes_page_in_english(sized_page: Any) -> None:
    page = sized_page
    page.goto("/changes?from=2022&to=2024&lang=en")
    page.get_by_role("heading", name="Changes").wait_for()
    assert "Actors who left" in page.locator("main").inner_text()
    assert FORMER[1] in page.locator("#list-left").inner_text()
    assert page.get_by_label("From").input_value() == "2022"


def test_from_after_to_is_refused_with_a_message(sized_page: Any) -> None:
    response = sized_page.goto("/changes?from=2024&to=2022")
    assert response is not None and response.status == 422
    assert "2024-12-31" in sized_page.locator("main").inner_text()
