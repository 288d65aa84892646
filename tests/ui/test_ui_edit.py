"""Editing in a real browser: an editor adds a partner; a viewer sees no forms and gets 403."""

from __future__ import annotations

import re
from typing import Any

import pytest

from graphsvc.model import Label, RelType

from .conftest import CSRF_RE, Server, screenshot, sign_in, wait_for_map
from .ui_data import CONTACT_EMAIL, EDITOR, VIEWER

pytestmark = pytest.mark.browser


def test_editor_adds_a_partner_and_sees_it_on_the_map(page: Any, ui_server: Server) -> None:
    sign_in(page, EDITOR, "/actions/itarata")
    page.get_by_label("Toimija (tunnus tai nimi)").fill("Muovitehdas")
    page.get_by_label("Rooli").select_option("funder")
    page.get_by_role("button", name="Lisää", exact=True).click()
    page.get_by_text("Toteuttaja lisätty.").wait_for()
    row = page.locator("#runner-list li", has_text="Muovitehdas Oy")
    assert "rahoittaja" in row.inner_text()
    edges = ui_server.store.find_edges(RelType.RUNS, start="muovi", end="itarata")
    assert [e.props["role"] for e in edges] == ["funder"]
    screenshot(page, "action-editor")
    page.get_by_role("link", name="Saavutettavuus").first.click()
    page.get_by_role("link", name="Raketin verkostokartta").click()
    wait_for_map(page)
    page.locator("#gs-search").fill("muovitehdas")
    page.locator("#gs-results li", has_text="Muovitehdas Oy").first.wait_for()


def test_editor_form_shows_the_model_error(page: Any) -> None:
    sign_in(page, EDITOR, "/new-actor")
    page.get_by_label("Tunnus", exact=True).fill("väärä tunnus")
    page.get_by_label("Nimi").fill("Uusi Oy")
    page.get_by_label("Tyyppi").select_option("company")
    page.get_by_label("Y-tunnus").fill("1234567-8")
    page.get_by_role("button", name="Tallenna").click()
    error = page.locator("#form-error").inner_text()
    assert "is not a valid key" in error
    assert page.get_by_label("Nimi").input_value() == "Uusi Oy", "the form keeps what was typed"
    page.get_by_label("Tunnus", exact=True).fill("uusi-oy")
    page.get_by_role("button", name="Tallenna").click()
    assert "is not a valid Y-tunnus" in page.locator("#form-error").inner_text()
    page.get_by_label("Y-tunnus").fill("0112038-9")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_role("heading", name="Uusi Oy").wait_for()
    assert page.get_by_text("Tallennettu.").is_visible()


def test_editor_sees_contacts_viewer_does_not(page: Any, browser: Any, ui_server: Server) -> None:
    sign_in(page, EDITOR, "/actors/kouvola")
    assert CONTACT_EMAIL in page.locator("#contact-data").inner_text()
    viewer = browser.new_context(base_url=ui_server.url)
    other = viewer.new_page()
    sign_in(other, VIEWER, "/actors/kouvola")
    other.get_by_role("heading", name="Kouvolan kaupunki").wait_for()
    assert CONTACT_EMAIL not in other.content()
    other.goto("/maps/actor/kouvola")
    assert CONTACT_EMAIL not in other.content()
    viewer.close()


def test_viewer_sees_no_edit_forms_and_gets_403(page: Any, ui_server: Server) -> None:
    sign_in(page, VIEWER, "/actions/asema")
    page.get_by_role("heading", name="Asema-alueen kehittäminen").wait_for()
    assert page.locator("#add-partner").count() == 0
    assert page.get_by_role("link", name="Muokkaa").count() == 0
    assert page.get_by_role("button", name=re.compile("Poista|Lisää")).count() == 0
    before = ui_server.store.snapshot()
    token = CSRF_RE.search(page.content())
    assert token, "the sign-out form carries the session's CSRF token"
    for path, form in [
        ("/actions/asema/partners", {"actor": "muovi", "role": "lead"}),
        ("/actions/asema/partners/kouvola/remove", {}),
        ("/new-actor", {"key": "v-new", "name": "X", "kind": "company"}),
        ("/actors/kouvola/edit", {"name": "Renamed", "kind": "city"}),
    ]:
        answer = page.request.post(path, form={**form, "csrf_token": token.group(1)})
        assert answer.status == 403, (path, answer.status)
        assert "Sinulla ei ole oikeutta" in answer.text()
    after = ui_server.store.snapshot()
    assert (before.nodes, before.edges) == (after.nodes, after.edges)
    assert page.request.get("/actors/kouvola/edit").status == 403
    assert ui_server.store.get_node(Label.ACTOR, "kouvola").name == "Kouvolan kaupunki"


def test_a_post_without_the_csrf_token_is_refused(page: Any, ui_server: Server) -> None:
    sign_in(page, EDITOR)
    answer = page.request.post("/actions/asema/partners", form={"actor": "muovi"})
    assert answer.status == 403
    assert not ui_server.store.find_edges(RelType.RUNS, start="muovi", end="asema")
