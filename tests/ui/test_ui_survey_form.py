"""The respondent's form in Chromium: no sign-in, names only, axe-core clean at desktop
and phone size, saves as one goes, carries last wave's answers, refuses markup, works
without JavaScript, and stops at close; in Finnish and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.accounts import open_accounts
from graphsvc.services import survey, survey_close
from graphsvc.services.accounts import Author

from .conftest import SIZES, Server, fits_width, open_loaded_store, screenshot, serving
from .ui_data import CONTACT_EMAIL, HOSTILE_SCRIPT

pytestmark = pytest.mark.browser
YEAR = 2026


@pytest.fixture(scope="module")
def survey_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The UI workbook with an open wave, served for this module."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-survey"))
    accounts = open_accounts(store)
    survey.create_wave(
        store,
        YEAR,
        "Verkostokysely 2026",
        Author(accounts, "t", "editor"),
        title_en="Network survey 2026",
    )
    accounts.close()
    with serving(store) as server:
        yield server
    store.close()


def new_link(server: Server) -> str:
    """A fresh link of the one respondent (Kouvolan kaupunki), as a local path."""
    accounts = open_accounts(server.store)
    by = Author(accounts, "t", "editor")
    rows = survey.issue_links(server.store, YEAR, server.url, by, actors=["kouvola"])
    accounts.close()
    return rows[0]["link"][len(server.url) :]


def opened(browser: Any, server: Server, size: str, **options: Any) -> Any:
    options.setdefault("locale", "fi-FI")
    context = browser.new_context(base_url=server.url, viewport=SIZES[size], **options)
    context.set_default_timeout(10_000)
    return context.new_page()


def saved_answer(server: Server) -> Any:
    answers = server.store.find_answers(YEAR, "kouvola")  # type: ignore[attr-defined]
    return answers[0] if answers else None


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_form_is_axe_clean_fits_and_shows_names_only(browser, survey_server, size):
    from axe_playwright_python.sync_playwright import Axe

    page = opened(browser, survey_server, size)
    page.goto(new_link(survey_server))
    assert page.get_by_role("heading", level=1).inner_text() == "Verkostokysely 2026"
    results = Axe().run(page)
    screenshot(page, f"survey-form-{size}")
    assert results.response["violations"] == [], results.generate_report()
    assert fits_width(page), f"the form scrolls sideways at {size}"
    html = page.content()
    assert CONTACT_EMAIL not in html and "contact" not in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    options = page.eval_on_selector_all("#actor-names option", "els => els.map(e => e.value)")
    assert HOSTILE_SCRIPT in options and "Kouvolan kaupunki" not in options
    page.context.close()


def test_answers_save_as_one_goes_and_come_back(browser, survey_server):
    page = opened(browser, survey_server, "phone")
    link = new_link(survey_server)
    page.goto(link)
    page.get_by_label("Organisaatio, rivi 1", exact=True).fill("VR-Yhtymä Oyj")
    page.get_by_label("Toimenpide, rivi 1 (valinnainen)", exact=True).click()
    status = page.locator("#save-status")
    status.filter(has_text=re.compile("Tallennettu klo")).wait_for()
    assert [t.actor for t in saved_answer(survey_server).worked_with] == ["vr"]
    page.get_by_role("button", name="Lisää toivottu kumppani").click()
    wish = page.get_by_label("Toivottu kumppani, rivi 2", exact=True)
    assert wish.evaluate("e => e === document.activeElement")
    wish.fill("Muovitehdas Oy")
    page.get_by_label("Mitä muuta haluatte kertoa yhteistyöstä?").fill("Hyvä vuosi")
    page.get_by_role("button", name="Tallenna vastaukset").click()
    page.wait_for_function(
        "() => document.querySelector('#save-status').textContent.includes('Tallennettu')"
    )
    page.wait_for_timeout(300)
    answer = saved_answer(survey_server)
    assert answer.wants == ("muovi",) and answer.note == "Hyvä vuosi"
    page.reload()
    assert page.get_by_label("Organisaatio, rivi 1", exact=True).input_value() == "VR-Yhtymä Oyj"
    page.get_by_role("button", name="Poista rivi 1").first.click()
    page.wait_for_timeout(1200)
    assert saved_answer(survey_server).worked_with == ()
    page.context.close()


def test_markup_in_a_new_name_is_refused_and_nothing_changes(browser, survey_server):
    page = opened(browser, survey_server, "desktop")
    page.goto(new_link(survey_server))
    before = saved_answer(survey_server)
    page.get_by_role("button", name="Lisää organisaatio").click()
    page.get_by_label("Organisaatio, rivi 2", exact=True).fill("<b>Uusi Oy</b>")
    page.get_by_label("Toimenpide, rivi 2 (valinnainen)", exact=True).click()
    page.locator("#save-status.failed").wait_for()
    assert "< tai >" in page.locator("#save-status").inner_text()
    assert saved_answer(survey_server) == before
    page.context.close()


def test_without_javascript_the_form_posts_whole_in_english(browser, survey_server):
    page = opened(
        browser,
        survey_server,
        "phone",
        java_script_enabled=False,
        locale="en-GB",
    )
    page.goto(new_link(survey_server))
    assert page.get_by_role("heading", level=1).inner_text() == "Network survey 2026"
    page.get_by_label("Organisation, row 1", exact=True).fill("Kouvola Innovation Oy (Kinno)")
    page.get_by_label("Organisation, row 2", exact=True).fill("Kahvila Kuppi")
    page.get_by_role("button", name="Save the answers").click()
    assert page.locator("#save-status").inner_text().startswith("Saved at")
    answer = saved_answer(survey_server)
    assert [(t.actor, t.name) for t in answer.worked_with] == [
        ("kinno", ""),
        (None, "Kahvila Kuppi"),
    ]
    page.context.close()


def test_a_replaced_link_and_a_closed_wave_say_why(browser, survey_server):
    page = opened(browser, survey_server, "phone")
    old = new_link(survey_server)
    latest = new_link(survey_server)
    assert page.goto(old).status == 410
    assert "korvattu" in page.locator(".notice.error").inner_text()
    assert page.goto(old[:-2] + "xy").status == 404
    accounts = open_accounts(survey_server.store)
    survey_close.close_wave(survey_server.store, YEAR, Author(accounts, "t", "editor"))
    accounts.close()
    assert page.goto(latest + "?lang=en").status == 410
    assert "has ended" in page.locator(".notice.error").inner_text()
    page.context.close()
