"""The portfolio in the browser: the programme switch, the dashboard's figure of ties
across the programmes, and the page comparing them, at desktop and phone size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.demo.wellbeing import PROGRAMME
from graphsvc.model import Label, Node
from graphsvc.services.analysis import run_analysis
from graphsvc.services.programme_scope import store_in

from .conftest import (
    SIZES,
    Server,
    fits_width,
    open_demo_store,
    screenshot,
    serving,
    signed_in_at,
    wait_for_map,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app serving the demo data set: both growth programmes and their strategy."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-portfolio"))
    with serving(store) as server:
        yield server
    store.close()


def _digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@pytest.mark.parametrize("size", list(SIZES))
def test_the_dashboard_measures_the_ties_across(browser: Any, portfolio: Server, size: str):
    overlap = run_analysis(portfolio.store, "overlap")["result"]
    for page in signed_in_at(browser, portfolio.url, size):
        page.goto("/")
        assert _digits(page.locator("#portfolio-ties").inner_text()) == overlap["ties_across"]
        assert _digits(page.locator("#launchpad-ties").inner_text()) == overlap["ties_across"]
        assert _digits(page.locator("#portfolio-shared").inner_text()) == overlap["shared_actors"]
        assert fits_width(page), "the dashboard scrolls sideways"
        screenshot(page, f"portfolio-dashboard-{size}")


@pytest.mark.parametrize("size", list(SIZES))
def test_switching_programme_scopes_the_pages(browser: Any, portfolio: Server, size: str):
    for page in signed_in_at(browser, portfolio.url, size):
        page.goto("/")
        everything = page.locator("#rocket-cards .card").count()
        page.select_option("#programme-choice", PROGRAMME)
        page.wait_for_url(re.compile(f"programme={PROGRAMME}"))
        cards = page.locator("#rocket-cards .card")
        assert cards.count() == 5 < everything
        assert "Ikääntyvien hyvä arki" in cards.all_inner_texts()[2]
        # remembered on the following pages: the actor list holds this programme's actors
        page.goto("/actors")
        assert page.locator("#programme-choice").input_value() == PROGRAMME
        total = _digits(page.locator("#download-csv").inner_text())
        scoped = store_in(portfolio.store, PROGRAMME).count_nodes(Label.ACTOR)
        assert total == scoped < portfolio.store.count_nodes(Label.ACTOR)
        assert fits_width(page)
        page.select_option("#programme-choice", "")
        page.wait_for_url(re.compile(r"programme=(&|$)"))
        assert _digits(page.locator("#download-csv").inner_text()) > scoped
        page.goto("/")
        assert page.locator("#rocket-cards .card").count() == everything


@pytest.mark.parametrize("size", list(SIZES))
def test_the_overlap_page_tells_who_ties_the_programmes(browser: Any, portfolio: Server, size: str):
    overlap = run_analysis(portfolio.store, "overlap", top=10, lang="fi")["result"]
    for page in signed_in_at(browser, portfolio.url, size):
        page.goto("/")
        page.get_by_role("link", name="Ohjelmien yhteistyö").first.click()
        page.wait_for_url(re.compile("/overlap"))
        assert page.locator("#overlap-headline").inner_text() == overlap["text"]["fi"]
        rows = page.locator("#overlap-bridges tbody tr")
        assert rows.count() == len(overlap["bridges"]) > 0
        assert overlap["bridges"][0]["name"] in rows.first.inner_text()
        assert "Ikääntyvien hyvä arki" in page.locator("#overlap-apart-list").inner_text()
        intro = page.locator("#overlap-introductions tbody tr").first.inner_text()
        assert overlap["introductions"][0]["a"]["name"] in intro
        assert fits_width(page), "the overlap page scrolls sideways"
        screenshot(page, f"portfolio-overlap-{size}")
        # the other way round
        page.select_option("#overlap-first", PROGRAMME)
        page.select_option("#overlap-second", "elinvoiman-kasvu")
        page.get_by_role("button", name="Vertaa").click()
        page.wait_for_url(re.compile("first="))
        head = page.locator("#overlap-themes thead").inner_text()
        assert head.index("Hyvinvoinnin kasvu") < head.index("Elinvoiman kasvu")


def test_a_hostile_programme_name_is_shown_as_text(browser: Any, portfolio: Server):
    hostile = '<img src=x onerror="alert(1)">Suunnitelma'
    portfolio.store.upsert_nodes(
        [Node(Label.PROGRAMME, "x-plan", {"name": hostile, "kind": "plan"})]
    )
    try:
        dialogs: list[str] = []
        for page in signed_in_at(browser, portfolio.url, "desktop"):
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto("/overlap")
            option = page.locator("#programme-choice option[value='x-plan']")
            assert option.inner_text() == hostile
            assert page.locator("#overlap-first option[value='x-plan']").inner_text() == hostile
            assert page.locator("img[src=x]").count() == 0 and dialogs == []
    finally:
        portfolio.store.delete_node(Label.PROGRAMME, "x-plan")


def _open_panel(page: Any, size: str) -> None:
    """On a phone the legend is in a drawer: open it."""
    if size == "phone":
        page.get_by_role("button", name="Suodattimet ja tiedot").click()
        page.wait_for_timeout(400)  # the drawer slides in


def _recolour(page: Any, size: str, link: str, by: str) -> str:
    """Follow the legend's link to the map coloured ``by``; the legend's colours then."""
    _open_panel(page, size)
    page.locator("#gs-palette a", has_text=link).click()
    page.wait_for_url(re.compile(f"colour={by}"))
    wait_for_map(page)
    return page.locator("#gs-palette").text_content() or ""


COUNT_COLOUR = """([r, g, b]) => {
    const c = document.querySelector('#gs-map canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - r) < 6 && Math.abs(d[i + 1] - g) < 6 && Math.abs(d[i + 2] - b) < 6) n++;
    }
    return n;
}"""


@pytest.mark.parametrize("size", list(SIZES))
def test_the_map_colours_programmes_and_themes(browser: Any, portfolio: Server, size: str):
    for page in signed_in_at(browser, portfolio.url, size, timeout=30_000):
        page.goto("/maps/network")
        wait_for_map(page)
        wellbeing = [0xD5, 0x5E, 0x00]  # the second programme's colour
        several = [0x33, 0x22, 0x88]  # several themes (or programmes)
        by_kind = {c[0]: page.evaluate(COUNT_COLOUR, c) for c in (wellbeing, several)}
        legend = _recolour(page, size, "ohjelma", "programme")
        assert "Elinvoiman kasvu" in legend and "Hyvinvoinnin kasvu" in legend
        assert "useassa ohjelmassa" in legend
        assert page.evaluate(COUNT_COLOUR, wellbeing) > by_kind[wellbeing[0]] + 100
        screenshot(page, f"portfolio-map-programme-{size}")
        legend = _recolour(page, size, "teema", "theme")
        assert "Osallisuus" in legend and "ei teemaa" in legend
        assert page.evaluate(COUNT_COLOUR, several) > by_kind[several[0]] + 100
        assert page.goto("/maps/network?colour=moon").status == 422
