"""Presentations in Chromium, as a person uses them: an editor saves two slides from a map
page, a viewer plays them (caption, slide n of m, buttons, keys, phone size), editors
reorder and remove slides with confirmation, viewers see no editing controls, axe finds
no serious or critical violation, and a hostile caption stays text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest

from .conftest import Server, open_loaded_store, screenshot, serving, sign_in, wait_for_map
from .ui_data import EDITOR, HOSTILE_IMG, VIEWER

pytestmark = pytest.mark.browser
#: The screens a presentation is given on: a meeting room's laptop and a phone.
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
FIRST_VIEW = "rocket=competence&zoom=1.5&x=12&y=-40"
SECOND_VIEW = "view=key&gaps=1&focus=xamk&depth=2"  # in the order the map writes
HOSTILE_CAPTION = f"Osaaminen {HOSTILE_IMG} </script> ”lainaus”"
TITLE = "Valtuuston iltakoulu"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app on the UI workbook, with its own store (these tests write presentations)."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-presentations"))
    with serving(store) as served:
        yield served
    store.close()


def shown_view(page: Any) -> dict[str, str]:
    """The view pairs in the page's URL fragment (in whatever order the map writes them)."""
    return dict(parse_qsl(page.evaluate("location.hash").lstrip("#")))


def _as(browser: Any, server: Server, user: tuple[str, str], size: str) -> Iterator[Any]:
    phone = size == "phone"
    context = browser.new_context(
        base_url=server.url, viewport=SIZES[size], has_touch=phone, is_mobile=phone
    )
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda m: page.csp_errors.append(m.text) if "Content Security Policy" in m.text else None,
    )
    sign_in(page, user)
    yield page
    context.close()


@pytest.fixture
def editor(browser: Any, server: Server) -> Iterator[Any]:
    yield from _as(browser, server, EDITOR, "desktop")


@pytest.fixture(params=sorted(SIZES))
def viewer(request: Any, browser: Any, server: Server) -> Iterator[Any]:
    for page in _as(browser, server, VIEWER, request.param):
        page.size = request.param
        yield page


def _fits_the_width(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def _serious(page: Any) -> list[dict[str, Any]]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def _save_slide(page: Any, caption: str) -> str:
    page.get_by_label("Kuvateksti").fill(caption)
    page.get_by_role("button", name="Tallenna dia").click()
    status = page.locator("#gp-save-status")
    status.filter(has_text="Tallennettu").wait_for()
    return str(status.inner_text())


@pytest.fixture(scope="module")
def saved(browser: Any, server: Server) -> str:
    """The key of the presentation an editor made by saving two views of a map page."""
    for page in _as(browser, server, EDITOR, "desktop"):
        page.goto(f"/maps/rocket/competence#{FIRST_VIEW}")
        wait_for_map(page)
        page.locator("#gp-save summary").click()
        assert page.get_by_label("Esitys", exact=True).input_value() == ""  # a new one
        page.get_by_label("Esityksen nimi").fill(TITLE)
        first = _save_slide(page, HOSTILE_CAPTION)
        assert first.startswith(f"Tallennettu: dia 1 esityksessä {TITLE}."), first
        # the second view, into the presentation just made (now chosen in the list)
        page.evaluate(f"location.hash = '{SECOND_VIEW}'")
        page.locator("#gp-save-caption").fill("Xamk ja sen kumppanit")
        assert (
            page.get_by_label("Esitys", exact=True).locator("option:checked").inner_text() == TITLE
        )
        page.get_by_role("button", name="Tallenna dia").click()
        page.locator("#gp-save-status").filter(has_text="dia 2").wait_for()
        assert page.csp_errors == []
        screenshot(page, "presentations-save-desktop", full_page=False)
        (made,) = [p for p in server.store.find_presentations() if p.title == TITLE]
        assert made.map == "/maps/rocket/competence"
        assert [dict(parse_qsl(s.view)) for s in made.slides] == [
            dict(parse_qsl(FIRST_VIEW)),
            dict(parse_qsl(SECOND_VIEW)),
        ]  # the map writes the pairs in its own order
        assert made.slides[0].caption == HOSTILE_CAPTION
        assert made.created_by == f"user:{EDITOR[0]}"
        return made.key
    raise AssertionError("no editor page")


def test_a_viewer_plays_the_slides(viewer: Any, saved: str) -> None:
    page = viewer
    page.goto("/presentations")
    row = page.locator(f"tr[data-key='{saved}']")
    assert TITLE in row.inner_text() and "Kantoraketti: Osaaminen ja innovaatio" in row.inner_text()
    row.get_by_role("link", name=f"Esitä {TITLE}").click()
    page.wait_for_url(f"**/maps/rocket/competence?presentation={saved}**")
    wait_for_map(page)
    player = page.get_by_role("region", name=f"Esitys {TITLE}")
    assert player.is_visible()
    caption = page.locator("#gp-caption")
    assert caption.inner_text() == HOSTILE_CAPTION  # shown as text
    assert page.locator("#gp-player img").count() == 0
    assert page.locator("#gp-counter").inner_text() == "Dia 1/2"
    assert shown_view(page) == dict(parse_qsl(FIRST_VIEW))
    source = page.request.get(page.url).text()
    assert HOSTILE_IMG not in source and "</script> ”lainaus”" not in source
    assert page.get_by_role("button", name="Edellinen dia").is_disabled()
    box = player.bounding_box()
    width, height = SIZES[page.size]["width"], SIZES[page.size]["height"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width and box["y"] + box["height"] <= height
    for button in ("Edellinen dia", "Seuraava dia", "Koko näyttö"):
        size = page.get_by_role("button", name=button).bounding_box()
        assert size["height"] >= 44 and size["width"] >= 44, (button, size)
    assert _fits_the_width(page)
    screenshot(page, f"presentations-play-1-{page.size}", full_page=False)
    if page.size == "phone":
        page.get_by_role("button", name="Seuraava dia").tap()
    else:
        page.keyboard.press("PageDown")
    assert page.locator("#gp-counter").inner_text() == "Dia 2/2"
    assert caption.inner_text() == "Xamk ja sen kumppanit"
    assert shown_view(page) == dict(parse_qsl(SECOND_VIEW))
    assert page.get_by_role("button", name="Seuraava dia").is_disabled()
    page.keyboard.press("ArrowRight")  # the last slide stays
    assert page.locator("#gp-counter").inner_text() == "Dia 2/2"
    page.keyboard.press("ArrowLeft")
    assert page.locator("#gp-counter").inner_text() == "Dia 1/2"
    page.keyboard.press("PageDown")
    screenshot(page, f"presentations-play-2-{page.size}", full_page=False)
    # a viewer gets no way to change anything
    assert page.locator("#gp-save").count() == 0
    assert page.csp_errors == []
    assert _serious(page) == []
    page.get_by_role("link", name="Lopeta esitys").click()
    page.wait_for_url(f"**/presentations/{saved}")
    assert page.locator("#pres-slides li").count() == 2
    for control in ("#pres-delete", ".slide-tools", "form[action*='rename']"):
        assert page.locator(control).count() == 0, control
    assert _serious(page) == []
    assert _fits_the_width(page)
    page.goto("/presentations")
    assert page.locator("#pres-new").count() == 0
    assert _serious(page) == []
    assert _fits_the_width(page)
    screenshot(page, f"presentations-list-viewer-{page.size}")


def test_the_player_speaks_english(viewer: Any, saved: str) -> None:
    page = viewer
    page.goto(f"/maps/rocket/competence?presentation={saved}&lang=en")
    wait_for_map(page)
    assert page.locator("#gp-counter").inner_text() == "Slide 1 of 2"
    assert page.get_by_role("button", name="Next slide").is_visible()
    assert page.get_by_role("link", name="End the presentation").is_visible()


def test_editors_reorder_and_remove_slides_after_confirming(
    editor: Any, saved: str, server: Server
) -> None:
    page = editor
    page.goto(f"/presentations/{saved}")
    captions = page.locator("#pres-slides .slide-caption")
    assert captions.all_inner_texts() == [HOSTILE_CAPTION, "Xamk ja sen kumppanit"]
    page.get_by_role("button", name="Siirrä dia 1 alas").click()
    page.wait_for_url("**msg=pres_slide_moved")
    assert captions.all_inner_texts() == ["Xamk ja sen kumppanit", HOSTILE_CAPTION]
    assert page.get_by_role("status").inner_text() == "Dia siirretty."
    assert _serious(page) == []
    page.get_by_role("link", name="Poista dia 2").click()
    question = page.locator("#pres-confirm").inner_text()
    assert "Poistetaanko dia 2: ”Osaaminen" in question and "ei voi perua" in question
    assert _serious(page) == []
    page.get_by_role("link", name="Peruuta").click()  # cancelling keeps it
    assert captions.count() == 2
    page.get_by_role("link", name="Poista dia 2").click()
    page.get_by_role("button", name="Kyllä, poista").click()
    page.wait_for_url("**msg=pres_slide_removed")
    assert captions.all_inner_texts() == ["Xamk ja sen kumppanit"]
    assert [s.view for s in server.store.get_presentation(saved).slides] == [SECOND_VIEW]


def test_a_new_presentation_form_names_every_problem(editor: Any) -> None:
    page = editor
    page.goto("/presentations")
    form = page.locator("#pres-new")
    assert form.is_visible() and _serious(page) == []
    form.get_by_role("button", name="Luo esitys").click()
    problems = page.locator("#pres-problems li").all_inner_texts()
    assert problems == ["Anna esitykselle nimi (enintään 200 merkkiä)."]
    page.get_by_label("Esityksen nimi").fill("Keskusta-ilta")
    page.get_by_label("Kartta, jolla esitys näytetään").select_option("/maps/rocket/centre")
    form.get_by_role("button", name="Luo esitys").click()
    page.wait_for_url(re.compile(r"/presentations/keskusta-ilta\?msg=pres_created$"))
    assert page.locator("#pres-no-slides").is_visible()
    page.get_by_role("link", name="Poista esitys").click()
    assert "Poistetaanko esitys ”Keskusta-ilta” ja sen 0 diaa?" in page.inner_text("#pres-confirm")
    page.get_by_role("button", name="Kyllä, poista").click()
    page.wait_for_url("**/presentations?msg=pres_deleted")
    assert page.locator("tr[data-key='keskusta-ilta']").count() == 0


@pytest.fixture(params=sorted(SIZES))
def sized_editor(request: Any, browser: Any, server: Server) -> Iterator[Any]:
    for page in _as(browser, server, EDITOR, request.param):
        page.size = request.param
        yield page


def test_the_save_form_fits_and_passes_axe(sized_editor: Any, saved: str) -> None:
    page = sized_editor
    page.goto(f"/maps/actor/xamk?depth=2&presentation={saved}")
    wait_for_map(page)
    page.locator("#gp-save summary").click()
    caption = page.get_by_label("Kuvateksti")
    assert caption.is_visible()
    box = page.locator("#gp-save-form").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= SIZES[page.size]["width"]
    # playing a presentation, the editor adds to it by default
    chosen = page.get_by_label("Esitys", exact=True).locator("option:checked")
    assert chosen.inner_text() == TITLE
    assert not page.get_by_label("Esityksen nimi").is_visible()
    page.get_by_label("Esitys", exact=True).select_option("")  # a new one asks for its name
    assert page.get_by_label("Esityksen nimi").is_visible()
    page.get_by_role("button", name="Tallenna dia").click()
    status = page.locator("#gp-save-status")
    assert status.inner_text() == "Anna esitykselle nimi (enintään 200 merkkiä)."
    assert _fits_the_width(page)
    assert _serious(page) == []
    assert page.csp_errors == []
    screenshot(page, f"presentations-save-form-{page.size}", full_page=False)


def test_an_unknown_presentation_is_a_404_page(viewer: Any) -> None:
    page = viewer
    response = page.goto("/maps/network?presentation=no-such-one")
    assert response is not None and response.status == 404
    assert "no-such-one" in page.locator("main").inner_text()
