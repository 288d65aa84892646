"""The year selector in a real browser: the dashboard, gaps and recommendations as of a year,
at desktop and phone size, in Finnish and English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.model import Label

from .conftest import SIZES, Server, signed_in_at
from .ui_data import add_history

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def history(ui_server: Server) -> Server:
    """The shared store with a former actor and a newcomer in its history."""
    add_history(ui_server.store)
    return ui_server


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: Any, browser: Any, history: Server) -> Iterator[Any]:
    """A signed-in page at desktop or phone size."""
    yield from signed_in_at(browser, history.url, request.param)


def test_gaps_as_of_a_chosen_year(sized_page: Any) -> None:
    page = sized_page
    page.goto("/gaps")
    assert "Vanha hanke" not in page.locator("main").inner_text()
    year = page.get_by_label("Vuosi")
    assert year.is_visible()
    assert {"2022", "2023"} <= set(year.locator("option").all_inner_texts())
    year.select_option("2022")  # the form sends itself
    page.wait_for_url("**as_of=2022**")
    page.get_by_text("Verkosto sellaisena kuin se oli vuoden 2022 lopussa.").wait_for()
    assert "Vanha hanke" in page.locator("main").inner_text()  # a solo action then
    assert page.get_by_label("Vuosi").input_value() == "2022"


def test_the_dashboard_counts_as_of_a_year_in_english(sized_page: Any, history: Server) -> None:
    page = sized_page
    page.goto("/?as_of=2023&lang=en")
    page.get_by_text("The network as it stood at the end of 2023.").wait_for()
    then = history.store.snapshot(as_of="2023-12-31")
    actors = sum(1 for n in then.nodes if n.label is Label.ACTOR)
    assert page.locator("#total-actors").inner_text().split()[0] == str(actors)
    assert page.get_by_label("Year").input_value() == "2023"
    first_map = page.locator("#rocket-cards .card-links a").first
    assert first_map.get_attribute("href").endswith("?as_of=2023")  # the map of that year
    page.goto("/?lang=en")
    assert page.locator("#as-of-note").count() == 0
    # now, the maps play the years with history on a year slider
    assert "?from=2022" in page.locator("#rocket-cards .card-links a").first.get_attribute("href")


def test_a_malformed_year_is_refused_with_a_message(sized_page: Any) -> None:
    response = sized_page.goto("/gaps?as_of=20245")
    assert response is not None and response.status == 422
    assert "VVVV-KK-PP" in sized_page.locator("main").inner_text()  # the page's Finnish
