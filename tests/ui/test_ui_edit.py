"""Editing in a real browser: an editor adds a partner, sees every problem of a form at once,
confirms and undoes removals; a viewer sees no forms and gets 403."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.accounts import open_accounts
from graphsvc.errors import NotFoundError
from graphsvc.model import Label, RelType

from .conftest import (
    CSRF_RE,
    Server,
    fits_width,
    open_loaded_store,
    screenshot,
    serving,
    sign_in,
    wait_for_map,
)
from .ui_data import CONTACT_EMAIL, EDITOR, VIEWER
from .ui_walk import VIEWPORTS

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


def test_editor_form_lists_every_problem_in_the_page_language(page: Any) -> None:
    sign_in(page, EDITOR, "/new-actor")
    page.get_by_label("Tunnus", exact=True).fill("väärä tunnus")
    page.get_by_label("Y-tunnus").fill("1234567-8")
    page.get_by_label("Sähköposti").fill("maija@")
    page.get_by_label("Tarkistettu").fill("2025-03-15")
    page.get_by_role("button", name="Tallenna").click()
    summary = page.locator("#form-error")
    assert summary.get_by_role("heading").inner_text() == "Lomakkeessa on 5 korjattavaa kohtaa:"
    assert page.evaluate("document.activeElement.id") == "form-error", "focus lands on the list"
    links = summary.get_by_role("link")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        "#f-key", "#f-name", "#f-kind", "#f-business_id", "#f-contact_email",
    ]  # fmt: skip
    text = summary.inner_text()
    assert "”väärä tunnus” ei kelpaa tunnukseksi" in text and "”1234567-8”" in text
    assert "is not" not in text, "no English on a Finnish page"
    for field in ("f-key", "f-name", "f-kind", "f-business_id", "f-contact_email"):
        box = page.locator(f"#{field}")
        assert box.get_attribute("aria-invalid") == "true", field
        described = box.get_attribute("aria-describedby") or ""
        assert f"{field}-error" in described.split(), field
        assert page.locator(f"#{field}-error").is_visible(), field
    assert page.get_by_label("Tarkistettu").input_value() == "2025-03-15", "typed values stay"
    assert page.get_by_label("Tarkistettu").get_attribute("type") == "date"
    screenshot(page, "actor-form-problems")
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
    links.nth(3).click()
    assert page.evaluate("document.activeElement.id") == "f-business_id"
    page.get_by_label("Tunnus", exact=True).fill("uusi-oy")
    page.get_by_label("Nimi").fill("Uusi Oy")
    page.get_by_label("Tyyppi").select_option("company")
    page.get_by_label("Y-tunnus").fill("0112038-9")
    page.get_by_label("Sähköposti").fill("maija@uusi.example")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_role("heading", name="Uusi Oy").wait_for()
    assert page.get_by_text("Tallennettu.").is_visible()


def test_english_form_problems_and_dates(page: Any) -> None:
    sign_in(page, EDITOR, "/new-action?lang=en")
    assert page.get_by_label("Starts").get_attribute("type") == "date"
    heights = [page.get_by_label(n).bounding_box()["height"] for n in ("Starts", "Title")]
    assert abs(heights[0] - heights[1]) < 4, f"a date input looks like the others: {heights}"
    page.get_by_label("Key", exact=True).fill("uusi-teko")
    page.get_by_label("Starts").fill("2026-05-01")
    page.get_by_label("Ends").fill("2026-01-31")
    page.get_by_label("Themes").fill("; ".join(["x" * 201, "rata"]))
    page.get_by_role("button", name="Save").click()
    summary = page.locator("#form-error").inner_text()
    assert "The form has 4 things to fix:" in summary
    assert "Title: fill this in." in summary and "Main rocket: fill this in." in summary
    assert "Ends: the end 31 Jan 2026 is before the start 1 May 2026." in summary
    assert "Themes: value 1 is 201 characters long, at most 200 are allowed." in summary
    assert not re.search(r"[äö]|täytä|pakollinen", summary), summary
    page.get_by_label("Title").fill("Uusi teko")
    page.get_by_label("Main rocket").select_option("centre")
    page.get_by_label("Ends").fill("2027-01-31")
    page.get_by_label("Themes").fill("rata")
    page.get_by_role("button", name="Save").click()
    refused = page.locator("#form-error").inner_text()
    assert "'rata'" in refused and "employment, environment, participation" in refused, refused
    page.get_by_label("Themes").fill("employment")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("heading", name="Uusi teko").wait_for()
    assert page.get_by_text("1 May 2026").is_visible()
    assert page.get_by_text("Employment").first.is_visible()


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
    assert page.get_by_role("link", name=re.compile("^Poista")).count() == 0
    before = ui_server.store.snapshot()
    token = CSRF_RE.search(page.content())
    assert token, "the sign-out form carries the session's CSRF token"
    for path, form in [
        ("/actions/asema/partners", {"actor": "muovi", "role": "lead"}),
        ("/actions/asema/partners/kouvola/remove", {}),
        ("/new-actor", {"key": "v-new", "name": "X", "kind": "company"}),
        ("/actors/kouvola/edit", {"name": "Renamed", "kind": "city"}),
        ("/actors/kouvola/delete", {}),
        ("/actions/asema/delete", {}),
        ("/undo", {}),
    ]:
        answer = page.request.post(path, form={**form, "csrf_token": token.group(1)})
        assert answer.status == 403, (path, answer.status)
        assert "Sinulla ei ole oikeutta" in answer.text()
    after = ui_server.store.snapshot()
    assert (before.nodes, before.edges) == (after.nodes, after.edges)
    for path in ("/actors/kouvola/edit", "/actors/kouvola/delete", "/actions/asema/delete"):
        assert page.request.get(path).status == 403, path
    assert ui_server.store.get_node(Label.ACTOR, "kouvola").name == "Kouvolan kaupunki"


def test_a_post_without_the_csrf_token_is_refused(page: Any, ui_server: Server) -> None:
    sign_in(page, EDITOR)
    answer = page.request.post("/actions/asema/partners", form={"actor": "muovi"})
    assert answer.status == 403
    assert not ui_server.store.find_edges(RelType.RUNS, start="muovi", end="asema")


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server of its own: these tests delete things (and put them back)."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-delete"))
    with serving(store) as server:
        yield server
    store.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def editor_page(request: Any, browser: Any, own_server: Server) -> Iterator[Any]:
    """An editor's page on the deleting server, at 1366×768 and at 390×844."""
    context = browser.new_context(base_url=own_server.url, viewport=VIEWPORTS[request.param])
    context.set_default_timeout(15_000)
    opened = context.new_page()
    opened.size = request.param
    dialogs: list[str] = []
    opened.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(opened, EDITOR)
    yield opened
    context.close()
    assert dialogs == [], f"a browser dialog opened (the confirmation must be a page): {dialogs}"


def _state(store: Any, label: Label, key: str) -> tuple[Any, list[Any]]:
    node = store.get_node(label, key)
    edges = [(e.type.value, e.start, e.end, e.props) for e, _ in store.neighbours(label, key)]
    return node, sorted(edges, key=lambda e: e[:3])


def test_removing_a_partner_asks_first_and_can_be_undone(
    editor_page: Any, own_server: Server
) -> None:
    page, store = editor_page, own_server.store
    page.goto("/actions/rrt")
    row = page.locator("#runner-list li", has_text="Kaakkois-Suomen ammattikorkeakoulu")
    row.get_by_role("link", name=re.compile("^Poista")).click()
    page.get_by_role("heading", name="Poistetaanko toteuttaja?").wait_for()
    text = page.locator("#confirm-text").inner_text()
    assert text == (
        "”Kaakkois-Suomen ammattikorkeakoulu (Xamk)” ei enää toteuta toimenpidettä "
        "”RRT-terminaalin kehittäminen” (rooli: kumppani)."
    )
    assert fits_width(page)
    screenshot(page, f"confirm-remove-partner-{page.size}")
    page.get_by_role("link", name="Peruuta").click()
    page.wait_for_url("**/actions/rrt")
    assert store.find_edges(RelType.RUNS, start="xamk", end="rrt"), "cancel changes nothing"
    row.get_by_role("link", name=re.compile("^Poista")).click()
    page.get_by_role("button", name="Kyllä, poista toteuttaja").click()
    notice = page.locator("#undo-notice")
    assert notice.inner_text().startswith(
        "Poistettu: ”Kaakkois-Suomen ammattikorkeakoulu (Xamk)” toimenpiteestä "
        "”RRT-terminaalin kehittäminen”."
    )
    assert not store.find_edges(RelType.RUNS, start="xamk", end="rrt")
    assert page.locator("#runner-list").get_by_text("Xamk").count() == 0
    assert fits_width(page)
    screenshot(page, f"removed-partner-{page.size}")
    notice.get_by_role("button", name="Peru").click()
    page.get_by_text("Poisto peruttu: tiedot palautettiin ennalleen.").wait_for()
    edges = store.find_edges(RelType.RUNS, start="xamk", end="rrt")
    assert [e.props for e in edges] == [{"role": "partner"}]
    assert "kumppani" in row.inner_text()
    assert page.locator("#undo-notice").count() == 0
    accounts = open_accounts(store)
    audit = [e.action for e in accounts.find_audit(limit=2, offset=0)]
    accounts.close()
    assert audit == ["participation.restore", "participation.remove"]


@pytest.mark.parametrize(
    ("label", "key", "name", "home"),
    [
        (Label.ACTOR, "kouvola", "Kouvolan kaupunki", "actors"),
        (Label.ACTION, "rrt", "RRT-terminaalin kehittäminen", "actions"),
    ],
)
def test_deleting_asks_first_and_undo_restores_exactly(
    editor_page: Any, own_server: Server, label: Label, key: str, name: str, home: str
) -> None:
    page, store = editor_page, own_server.store
    before = _state(store, label, key)
    page.goto(f"/{home}/{key}")
    word = "toimija" if label is Label.ACTOR else "toimenpide"
    page.get_by_role("link", name=f"Poista {word}").click()
    page.get_by_role("heading", name=f"Poistetaanko {word}?").wait_for()
    links = len(before[1])
    assert f"”{name}” poistetaan, samoin sen {links} yhteyttä" in page.inner_text("#confirm-text")
    assert fits_width(page)
    screenshot(page, f"confirm-delete-{key}-{page.size}")
    page.get_by_role("button", name="Kyllä, poista").click()
    page.wait_for_url(re.compile(r"/\?msg=removed$"))
    notice = page.locator("#undo-notice")
    assert notice.inner_text().startswith(f"Poistettu: {word} ”{name}”.")
    with pytest.raises(NotFoundError):
        store.get_node(label, key)
    assert fits_width(page)
    screenshot(page, f"deleted-{key}-{page.size}")
    page.goto("/?msg=removed&lang=en")  # the notice follows the page's language
    assert page.locator("#undo-notice").inner_text().startswith("Removed: the ")
    page.locator("#undo-notice").get_by_role("button", name="Undo").click()
    page.get_by_role("heading", name=name).wait_for()
    assert page.get_by_text("Undone: restored as it was.").is_visible()
    assert _state(store, label, key) == before, "the node, its properties and every link"
    page.goto("/?msg=removed&lang=fi")
    assert page.locator("#undo-notice").count() == 0, "an undo is used once"


def test_an_undo_without_its_cookie_is_refused_in_words(
    editor_page: Any, own_server: Server
) -> None:
    page = editor_page
    page.goto("/actions/asema")
    token = CSRF_RE.search(page.content())
    assert token
    answer = page.request.post("/undo", form={"csrf_token": token.group(1)})
    assert answer.status == 410
    assert "Tätä poistoa ei voi enää perua" in answer.text()
    page.context.add_cookies(
        [{"name": "graphsvc_undo", "value": "forged.0000", "url": own_server.url}]
    )
    assert page.request.post("/undo", form={"csrf_token": token.group(1)}).status == 410
