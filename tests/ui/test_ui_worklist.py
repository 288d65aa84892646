"""The Gaps page as a worklist in a real browser, on the demo data, at 1366×768 and 390×844:
grouped by rocket in programme order, next steps in words, editors mark gaps handled (the
mark survives a reload and can be reopened), viewers see no buttons; axe-core clean."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc.services.analysis import run_analysis

from .conftest import Server, open_demo_store, screenshot, serving, sign_in
from .ui_data import EDITOR, VIEWER

pytestmark = pytest.mark.browser
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
ROCKETS_IN_ORDER = [
    "Logistinen keskus",
    "Saavutettavuus",
    "Osaaminen ja innovaatio",
    "Elävä keskusta",
    "Luova hyvinvointi",
]


@pytest.fixture(scope="module")
def demo_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app serving the demo data set (both programmes) and the two test users."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-worklist"))
    with serving(store) as server:
        yield server
    store.close()


def _page(browser: Any, server: Server, size: str, user: tuple[str, str]) -> Iterator[Any]:
    context = browser.new_context(base_url=server.url, viewport=SIZES[size])
    context.set_default_timeout(30_000)
    opened = context.new_page()
    sign_in(opened, user)
    opened.size = size
    yield opened
    context.close()


@pytest.fixture(params=sorted(SIZES))
def viewer(request: Any, browser: Any, demo_ui: Server) -> Iterator[Any]:
    yield from _page(browser, demo_ui, request.param, VIEWER)


@pytest.fixture(params=sorted(SIZES))
def editor(request: Any, browser: Any, demo_ui: Server) -> Iterator[Any]:
    yield from _page(browser, demo_ui, request.param, EDITOR)


def _fits_the_width(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def _axe_clean(page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()


def _group_headings(page: Any) -> list[str]:
    texts = page.locator("section.panel[aria-labelledby^='rocket-'] h2").all_inner_texts()
    return [re.sub(r"\s*\d+$", "", t).strip() for t in texts]


def test_a_viewer_reads_the_worklist_by_rocket_with_next_steps(
    viewer: Any, demo_ui: Server
) -> None:
    from collections import Counter

    from graphsvc.services.analysis import run_analysis

    page = viewer
    found = run_analysis(demo_ui.store, "gaps", top=500)["result"]["gaps"]
    severity = Counter(g["severity"] for g in found if not g["handled"])
    page.goto("/gaps")
    groups = _group_headings(page)
    rockets = [g for g in groups if g in ROCKETS_IN_ORDER]
    assert rockets == [r for r in ROCKETS_IN_ORDER if r in groups] and len(rockets) == 5
    assert groups.index("Laukaisualusta") > groups.index("Luova hyvinvointi")
    assert groups[-1] == "Koko ohjelma (ei kantorakettia)"
    counts = page.locator("#worklist-counts").inner_text()
    expected = (
        f"kriittisiä {severity['high']}, tärkeitä {severity['medium']}, "
        f"huomioitavia {severity['low']}; hoidettuja 0"
    )
    assert expected in counts, counts
    first = page.locator("li.gap-open").first
    assert first.locator(".badge").inner_text() in ("kriittinen", "tärkeä", "huomioitava")
    step = first.locator(".gap-next")
    assert step.is_visible() and step.inner_text().startswith("Seuraava askel:")
    assert len(step.inner_text()) > 30
    assert first.locator(".gap-links a").count() >= 1
    invite = page.get_by_text("Kutsu oppilaitos mukaan kantorakettiin Elävä keskusta.")
    assert invite.is_visible()
    # within each rocket, the most severe first
    order = {"kriittinen": 0, "tärkeä": 1, "huomioitava": 2}
    for section in page.locator("section.panel[aria-labelledby^='rocket-']").all():
        levels = [order[b] for b in section.locator(".gap-item > .badge").all_inner_texts()]
        assert levels == sorted(levels)
    assert page.get_by_role("button", name=re.compile("Merkitse hoidetuksi")).count() == 0
    assert page.get_by_role("button", name=re.compile("Avaa uudelleen")).count() == 0
    assert _fits_the_width(page)
    screenshot(page, f"worklist-viewer-{page.size}")
    _axe_clean(page)


def test_the_worklist_in_english_names_rockets_and_steps_in_english(viewer: Any) -> None:
    page = viewer
    page.goto("/gaps?lang=en")
    groups = _group_headings(page)
    assert "Living city centre" in groups or "Living City Centre" in " ".join(groups), groups
    assert not set(groups) & set(ROCKETS_IN_ORDER)
    assert page.locator(".gap-next").first.inner_text().startswith("Next step:")
    badges = set(page.locator(".gap-item > .badge").all_inner_texts())
    assert badges == {"critical", "important", "to note"}
    assert page.get_by_text("Invite an educational partner to the").first.is_visible()
    assert _fits_the_width(page)


def test_an_editor_marks_a_gap_handled_it_survives_a_reload_and_reopens(
    editor: Any, demo_ui: Server
) -> None:
    page = editor
    page.goto("/gaps")
    first = page.locator("li.gap-open").first
    gap_id = first.get_attribute("id")
    text = first.locator(".gap-text").inner_text()
    note = f"Sovittu kokouksessa ({page.size})"
    first.get_by_label("Huomautus (valinnainen)").fill(note)
    first.get_by_role("button", name=re.compile("Merkitse hoidetuksi")).click()
    page.wait_for_url(re.compile(r"msg=gap_handled"))
    assert page.get_by_text("Aukko merkitty hoidetuksi.").is_visible()
    assert page.locator(f"li.gap-open#{gap_id}").count() == 0
    handled = page.locator(f"#handled li#{gap_id}")
    assert handled.count() == 1
    page.locator("#handled summary").click()
    assert handled.is_visible() and handled.locator(".gap-text").inner_text() == text
    mark = handled.locator(".mark-line").inner_text()
    assert mark.startswith("Hoidetuksi merkitsi toimittaja,") and f"”{note}”" in mark
    screenshot(page, f"worklist-editor-handled-{page.size}")
    _axe_clean(page)
    page.reload()
    assert page.locator(f"#handled li#{gap_id}").count() == 1  # stored, not in the page only
    assert "hoidettuja 1" in page.locator("#worklist-counts").inner_text()
    marks = [m for m in demo_ui.store.find_gap_marks() if f"gap-{m.gap_id}" == gap_id]
    assert [m.note for m in marks] == [note] and marks[0].by == "user:toimittaja"
    page.locator("#handled summary").click()
    page.locator(f"#handled li#{gap_id}").get_by_role("button", name=re.compile("Avaa")).click()
    page.wait_for_url(re.compile(r"msg=gap_reopened"))
    assert page.locator(f"li.gap-open#{gap_id}").count() == 1
    assert page.locator(f"#handled li#{gap_id}").count() == 0
    assert _fits_the_width(page)


def test_a_rockets_worklist_ends_with_introductions_to_make(viewer: Any, demo_ui: Server) -> None:
    page = viewer
    page.goto("/gaps?rocket=centre")
    groups = _group_headings(page)
    assert groups == ["Elävä keskusta"]
    intros = page.locator("#worklist-intros > li")
    assert 1 <= intros.count() <= 5
    expected = run_analysis(demo_ui.store, "recommend", rocket="centre", top=5, lang="fi")
    first = expected["result"]["introductions"][0]
    assert intros.first.locator(".badge").inner_text().startswith(f"{first['strength']}/100")
    step = intros.first.locator(".gap-next").inner_text()
    assert step.startswith("Seuraava askel: Esittele ") and first["actors"][0]["name"] in step
    assert _fits_the_width(page)
    screenshot(page, f"worklist-rocket-{page.size}")
    _axe_clean(page)


def test_an_editor_marks_a_gap_of_the_rockets_own_part(editor: Any) -> None:
    page = editor
    page.goto("/gaps?rocket=centre")
    item = page.locator("li.gap-open", has_text="ainoa yhteys").first  # a cut point inside
    gap_id = item.get_attribute("id")
    item.get_by_role("button", name=re.compile("Merkitse hoidetuksi")).click()
    page.wait_for_url(re.compile(r"/gaps\?rocket=centre&msg=gap_handled"))
    assert page.locator(f"#handled li#{gap_id}").count() == 1
    page.locator("#handled summary").click()
    page.locator(f"#handled li#{gap_id}").get_by_role("button", name=re.compile("Avaa")).click()
    page.wait_for_url(re.compile(r"/gaps\?rocket=centre&msg=gap_reopened"))
    assert page.locator(f"li.gap-open#{gap_id}").count() == 1


def test_a_viewer_cannot_post_a_mark(viewer: Any, demo_ui: Server) -> None:
    page = viewer
    page.goto("/gaps")
    gap_id = page.locator("li.gap-open").first.get_attribute("id").removeprefix("gap-")
    token = page.evaluate("document.querySelector('input[name=csrf_token]').value")
    answer = page.request.post(
        f"/gaps/{gap_id}/handled", form={"csrf_token": token, "note": "x"}, max_redirects=0
    )
    assert answer.status == 403
    assert demo_ui.store.find_gap_marks() == []


def test_recommendations_show_one_strength_scale_with_reasons(viewer: Any, demo_ui: Server) -> None:
    page = viewer
    page.goto("/recommendations")
    expected = run_analysis(demo_ui.store, "recommend", lang="fi")["result"]["introductions"][0]
    cell = page.locator("#recommendations tbody tr").first.locator("td.num")
    assert cell.inner_text().split() == [f"{expected['strength']}/100", "vahva"]
    assert page.locator("#strength-rule").is_visible()
    reasons = page.locator("#recommendations tbody tr").first.locator("td").nth(4)
    assert "yhteistä kumppania" in reasons.inner_text()
    assert _fits_the_width(page)
    screenshot(page, f"recommendations-{page.size}")
    _axe_clean(page)
