"""The editors' survey pages in Chromium, at desktop and phone size: create a wave, read
its response rates against the thresholds, download the links, decide a new name, close."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.model import Label

from .conftest import SIZES, Server, fits_width, open_loaded_store, screenshot, serving, sign_in
from .ui_data import CONTACT_EMAIL, EDITOR

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The UI workbook, served for this module (it gets a wave through the pages)."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-survey-pages"))
    with serving(store) as server:
        yield server
    store.close()


def editor_page(browser: Any, server: Server, size: str) -> Any:
    context = browser.new_context(base_url=server.url, viewport=SIZES[size], accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    sign_in(page, EDITOR)
    return page


def test_an_editor_runs_a_wave_from_the_pages(browser, pages_server):
    page = editor_page(browser, pages_server, "desktop")
    page.goto("/survey")
    page.get_by_label("Otsikko suomeksi").fill("Verkostokysely 2026")
    page.get_by_label("Vuosi").fill("2026")
    page.get_by_role("button", name="Luo kysely").click()
    page.wait_for_url("**/survey/2026?msg=survey_created")
    assert page.locator("#overall-rate").inner_text() == "0\xa0%"
    assert "80\xa0%" in page.locator("#survey-rate").inner_text()
    with page.expect_download() as download:
        page.get_by_role("button", name="Lataa linkit niille, joilla ei vielä ole").click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert [r["actor"] for r in rows] == ["kouvola"] and rows[0]["contact_email"] == CONTACT_EMAIL
    form = rows[0]["link"][len(pages_server.url) :]
    respondent = browser.new_context(base_url=pages_server.url, locale="fi-FI").new_page()
    respondent.goto(form)
    respondent.get_by_label("Organisaatio, rivi 1", exact=True).fill("Kahvila Kuppi")
    respondent.get_by_role("button", name="Tallenna vastaukset").click()
    respondent.locator("#save-status").filter(has_text="Tallennettu").wait_for()
    respondent.context.close()
    page.goto("/survey/2026")
    assert page.locator("#overall-rate").inner_text() == "100\xa0%"
    review = page.locator("#survey-review")
    review.get_by_label("Mikä on Kahvila Kuppi?").select_option("new")
    review.get_by_label("Uuden toimijan avain").fill("kahvila-kuppi")
    review.get_by_label("Uuden toimijan laji").select_option("company")
    review.get_by_role("button", name="Tallenna päätös").click()
    page.wait_for_url("**msg=survey_decided")
    assert pages_server.store.get_node(Label.ACTOR, "kahvila-kuppi").name == "Kahvila Kuppi"
    page.get_by_role("link", name="Sulje kysely").click()
    page.get_by_role("button", name="Sulje kysely").click()
    page.wait_for_url("**msg=survey_closed")
    ties = pages_server.store.find_edges(start="kouvola")
    assert any(e.end == "kahvila-kuppi" and e.props.get("source") == "survey" for e in ties)
    for path in ("/key-actors", "/recommendations", "/gaps"):
        page.goto(path)
        note = page.locator("#survey-note").inner_text()
        assert "Kyselyn 2026 siteet perustuvat 100\xa0%:n vastauksiin" in note, path
    page.context.close()


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_survey_pages_fit_and_say_it_in_english(browser, pages_server, size):
    page = editor_page(browser, pages_server, size)
    page.goto("/survey?lang=en")
    assert page.get_by_role("heading", level=1).inner_text() == "Network survey"
    assert fits_width(page), f"/survey scrolls sideways at {size}"
    page.goto("/survey/2026")
    assert "Response rate" in page.locator("#survey-rate").inner_text()
    screenshot(page, f"survey-wave-{size}")
    assert fits_width(page), f"/survey/2026 scrolls sideways at {size}"
    page.context.close()
