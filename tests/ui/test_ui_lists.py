"""The browse lists /actors and /actions in a real browser at 1366×768 and 390×844: sorting,
filters, paging, the CSV and XLSX downloads, the heatmap's links into the list, and the
phone layout and accessibility.

The server serves the demo data set (303 actors, 200 actions) plus one actor whose name a
spreadsheet would run as a formula; what the pages should show is worked out from the store
itself (``who_runs``, ``find_nodes``), not from the list service under test.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc import messages
from graphsvc.model import Label, Node
from graphsvc.model_rules import fold_text

from .conftest import Server, open_demo_store, screenshot, serving, sign_in
from .ui_data import EDITOR, VIEWER

pytestmark = pytest.mark.browser
#: The two sizes a person reads the lists at.
VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
FORMULA_NAME = '=HYPERLINK("http://evil.example","klikkaa")'


@pytest.fixture(scope="module")
def lists_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app on the demo data set and a hostile actor (runs nothing)."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-lists"))
    store.upsert_nodes([Node(Label.ACTOR, "formula-oy", {"name": FORMULA_NAME, "kind": "company"})])
    with serving(store) as server:
        yield server
    store.close()


def _page_as(browser: Any, server: Server, size: str, user: tuple[str, str]) -> Iterator[Any]:
    context = browser.new_context(
        base_url=server.url, viewport=VIEWPORTS[size], accept_downloads=True
    )
    context.set_default_timeout(20_000)
    opened = context.new_page()
    sign_in(opened, user)
    opened.size = size
    yield opened
    context.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def viewer(request: Any, browser: Any, lists_ui: Server) -> Iterator[Any]:
    """A viewer's page at desktop or phone size."""
    yield from _page_as(browser, lists_ui, request.param, VIEWER)


@pytest.fixture
def editor(browser: Any, lists_ui: Server) -> Iterator[Any]:
    """An editor's page at desktop size."""
    yield from _page_as(browser, lists_ui, "desktop", EDITOR)


def _column(page: Any, n: int) -> list[str]:
    """The visible texts of the ``n``-th column (from 1) of the list table."""
    cells = page.locator(f"#list tbody tr td:nth-child({n})")
    return [t.strip() for t in cells.all_inner_texts()]


def _count_text(page: Any) -> str:
    return str(page.locator("#list-count").inner_text())


def _fits_the_width(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _without_lead(store: Any) -> set[str]:
    """Actions nobody leads, read through the store's own who-runs question."""
    return {
        a.key
        for a in store.find_nodes(Label.ACTION)
        if not any(p.role.value == "lead" for p in store.who_runs(a.key))
    }


def test_sorting_by_a_heading_changes_the_visible_order(viewer: Any) -> None:
    """Clicking "Toteuttajia" sorts largest first, clicking again smallest first."""
    page = viewer
    page.goto("/actions")
    titles = _column(page, 1)
    assert titles == sorted(titles, key=lambda t: finnish_order(t))
    page.get_by_role("link", name=re.compile("^Toteuttajia")).click()
    page.wait_for_url(re.compile(r"sort=runners&dir=desc"))
    counts = [_number(t) for t in _column(page, 4)]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    heading = page.locator("#list th[aria-sort]")
    assert heading.get_attribute("aria-sort") == "descending"
    assert "laskeva" in heading.inner_text()
    screenshot(page, f"lists-actions-sorted-{page.size}")
    page.get_by_role("link", name=re.compile("^Toteuttajia")).click()
    page.wait_for_url(re.compile(r"dir=asc"))
    again = [_number(t) for t in _column(page, 4)]
    assert again == sorted(again) and again[0] < counts[0]
    assert _fits_the_width(page)


def finnish_order(text: str) -> str:
    """Text as Finnish lists sort it (case ignored, å ä ö after z)."""
    from graphsvc.services.browse_lists import collation_key

    return collation_key(text, "fi")


def test_a_kind_filter_narrows_the_rows_and_the_count(viewer: Any, lists_ui: Server) -> None:
    """Choosing "Oppilaitos" keeps only educational actors, and the count says how many."""
    page = viewer
    expected = lists_ui.store.count_nodes(Label.ACTOR, filters={"kind": "education"})
    total = lists_ui.store.count_nodes(Label.ACTOR)
    page.goto("/actors")
    assert _count_text(page).startswith(f"25 / {total} riviä")
    page.get_by_label("Tyyppi", exact=True).select_option(label="Oppilaitos")
    page.wait_for_url(re.compile("kind=education"))
    kinds = _column(page, 2)
    assert kinds and set(kinds) == {"Oppilaitos"}
    shown = min(expected, 25)
    assert _count_text(page).startswith(f"{shown} / {expected} riviä"), _count_text(page)
    assert page.locator("#list tbody tr").count() == shown
    screenshot(page, f"lists-actors-education-{page.size}")
    assert _fits_the_width(page)


def test_no_lead_and_text_filters_on_actions(viewer: Any, lists_ui: Server) -> None:
    """ "ei vetäjää" lists exactly the actions nobody leads; text narrows them further."""
    page = viewer
    expected = _without_lead(lists_ui.store)
    page.goto("/actions?size=100")
    page.get_by_label("ei vetäjää").check()
    page.get_by_role("button", name="Näytä", exact=True).click()
    page.wait_for_url(re.compile("flag=no_lead"))
    keys = set(page.locator("#list tbody tr").evaluate_all("rows => rows.map(r => r.dataset.key)"))
    assert keys == expected and expected
    assert set(_column(page, 5)) == {"0"}
    assert f"/ {len(expected)} riviä" in _count_text(page)
    word = page.locator("#list tbody tr td:nth-child(1)").first.inner_text().split()[0]
    page.get_by_label("Nimi sisältää").fill(word)
    page.get_by_role("button", name="Näytä", exact=True).click()
    page.wait_for_url(re.compile("q="))
    narrowed = _column(page, 1)
    assert 0 < len(narrowed) <= len(expected)
    assert all(fold_text(word) in fold_text(t) for t in narrowed)


def test_paging_through_the_actors(viewer: Any, lists_ui: Server) -> None:
    """25 rows a page, page n of m, a next link, and the last page holds the rest."""
    page = viewer
    total = lists_ui.store.count_nodes(Label.ACTOR)
    pages = -(-total // 25)
    page.goto("/actors")
    first = _column(page, 1)
    assert len(first) == 25
    assert f"sivu 1 / {pages}" in _count_text(page)
    page.get_by_role("navigation", name="Sivut").get_by_role("link", name="Seuraava").click()
    page.wait_for_url(re.compile("page=2"))
    second = _column(page, 1)
    assert len(second) == 25 and not set(first) & set(second)
    assert f"sivu 2 / {pages}" in _count_text(page)
    page.get_by_role("link", name=str(pages), exact=True).click()
    page.wait_for_url(re.compile(f"page={pages}"))
    assert len(_column(page, 1)) == total - 25 * (pages - 1)
    page.get_by_label("Riviä sivulla").select_option("100")
    page.wait_for_url(re.compile("size=100"))
    assert len(_column(page, 1)) == 100
    assert _fits_the_width(page)


def _download(page: Any, link_id: str) -> Any:
    with page.expect_download() as started:
        page.locator(link_id).click()
    return started.value


def test_the_downloads_hold_the_filtered_list(viewer: Any, lists_ui: Server) -> None:
    """CSV and XLSX of the companies: as many rows as the count, no contact columns for a
    viewer, and the formula-like name neutralised."""
    from openpyxl import load_workbook

    page = viewer
    expected = lists_ui.store.count_nodes(Label.ACTOR, filters={"kind": "company"})
    page.goto("/actors?kind=company&sort=name&dir=desc")
    assert f"/ {expected} riviä" in _count_text(page)
    assert "kind=company" in str(page.locator("#download-csv").get_attribute("href"))
    saved = _download(page, "#download-csv")
    assert saved.suggested_filename == "actors.csv"
    with open(saved.path(), encoding="utf-8", newline="") as f:
        assert f.read(1) == "\ufeff"  # the BOM that makes Excel read UTF-8
        rows = list(csv.reader(f, delimiter=";"))  # Finnish Excel's separator
    header, body = rows[0], rows[1:]
    assert len(body) == expected
    assert header[:3] == ["Tunnus", "Nimi", "Tyyppi"]
    assert "Sähköposti" not in header and "Yhteyshenkilö" not in header
    assert {r[2] for r in body} == {"Yritys"}
    names = [r[1] for r in body]
    assert "'" + FORMULA_NAME in names and FORMULA_NAME not in names
    xlsx = _download(page, "#download-xlsx")
    assert xlsx.suggested_filename == "actors.xlsx"
    with open(xlsx.path(), "rb") as f:
        book = load_workbook(io.BytesIO(f.read()), read_only=True)
    sheet = book.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) - 1 == expected
    assert "Sähköposti" not in values[0]
    assert [v[1] for v in values[1:]] == names  # the same order as the page
    book.close()


def test_an_editors_download_has_the_contact_columns(editor: Any, lists_ui: Server) -> None:
    """Editors see contacts: the download carries the contact columns with their values."""
    page = editor
    page.goto("/actors?kind=company&lang=en")
    with open(_download(page, "#download-csv").path(), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))  # English: commas
    header = rows[0]
    assert header[:2] == ["Key", "Name"]
    assert {"Contact person", "E-mail", "Phone"} <= set(header)
    emails = {
        str(n.props.get("contact_email") or "")
        for n in lists_ui.store.find_nodes(Label.ACTOR, filters={"kind": "company"})
    }
    column = header.index("E-mail")
    assert {r[column] for r in rows[1:]} == emails and len(emails) > 1


def test_a_heatmap_cell_opens_the_filtered_list(viewer: Any, lists_ui: Server) -> None:
    """The dashboard's company × logistics cell opens the companies of that rocket."""
    page = viewer
    page.goto("/")
    row = page.locator("#coverage tbody tr").filter(has_text="Yritys")
    cell = row.locator("td a[href*='rocket=logistics']")
    value = _number(cell.inner_text())
    cell.click()
    page.wait_for_url(re.compile(r"/actors\?kind=company&rocket=logistics"))
    assert f"/ {value} riviä" in _count_text(page)
    assert page.get_by_label("Tyyppi", exact=True).input_value() == "company"
    assert page.get_by_label("Kantoraketti", exact=True).input_value() == "logistics"
    rockets = _column(page, 3)
    assert rockets and all("Logistinen keskus" in r for r in rockets)
    screenshot(page, f"lists-from-heatmap-{page.size}")


def test_english_lists_and_a_bad_value(viewer: Any) -> None:
    """The English list speaks English; a bad kind names the value and the allowed ones."""
    page = viewer
    page.goto("/actions?lang=en&status=ongoing")
    assert page.locator("h1").inner_text() == "Actions"
    assert set(_column(page, 2)) == {"ongoing"}
    assert re.search(r"of \d+ rows, page 1 of \d+", _count_text(page))
    response = page.goto("/actors?kind=compny&lang=en")
    assert response is not None and response.status == 422
    text = page.locator("main").inner_text()
    assert "“compny”" in text and "company, education" in text
    assert "Traceback" not in page.content()


@pytest.mark.parametrize("path", ["/actors", "/actions?flag=solo"])
def test_the_lists_are_accessible_and_fit_the_phone(viewer: Any, path: str) -> None:
    """No serious or critical axe violations; on a phone the table scrolls in its own box."""
    from axe_playwright_python.sync_playwright import Axe

    page = viewer
    page.goto(path)
    assert _fits_the_width(page)
    box = page.locator(".table-scroll").bounding_box()
    assert (
        box is not None
        and box["x"] >= 0
        and box["x"] + box["width"] <= VIEWPORTS[page.size]["width"]
    )
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
    screenshot(page, f"lists-{path.strip('/').split('?')[0]}-{page.size}")
    assert messages.text("ui.nav_actors", "fi") in page.locator("nav.site-nav").inner_text()


def test_an_earlier_year_lists_the_network_as_it_was(viewer: Any, lists_ui: Server) -> None:
    """The year selector shows the actors of the end of 2021, and the downloads keep it."""
    from graphsvc.services.as_of import store_on

    page = viewer
    then = store_on(lists_ui.store, "2021").count_nodes(Label.ACTOR)
    now = lists_ui.store.count_nodes(Label.ACTOR)
    assert then != now
    page.goto("/actors")
    page.get_by_label("Vuosi").select_option("2021")
    page.wait_for_url(re.compile("as_of=2021"))
    assert f"/ {then} riviä" in _count_text(page)
    assert page.locator("#as-of-note").is_visible()
    assert "as_of=2021" in str(page.locator("#download-xlsx").get_attribute("href"))


def test_the_keyboard_reaches_filters_sorting_downloads_and_pages(viewer: Any) -> None:
    """Tabbing from the top reaches every filter, a sort heading, both downloads and the pager."""
    page = viewer
    page.goto("/actions")
    wanted = {"f-rocket", "f-status", "f-q", "f-size", "download-csv", "download-xlsx"}
    reached: set[str] = set()
    sort_heading = next_page = False
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return [e.id, e.dataset.sort || '', e.getAttribute('rel') || ''] }"
        )
        reached.add(focused[0])
        sort_heading = sort_heading or focused[1] == "runners"
        next_page = next_page or focused[2] == "next"
        if next_page:
            break
    assert wanted <= reached, wanted - reached
    assert sort_heading and next_page
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("page=2"))
