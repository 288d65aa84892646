"""The indicator pages and the annual report page in a real browser, at desktop and phone
size, in Finnish and English.

The shared UI store holds no indicators, so these tests serve the demo data set (its
yearly rounds 2021–2024, which bring the ten indicators and their values) on a server of
their own: 5 indicators on track and 5 lagging in 2024, two without an owner, and the
2024 value of ``tyopaikat`` provisional.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc import messages
from graphsvc.services.indicators import indicator_progress_report

from .conftest import SIZES, Server, fits_width, open_demo_store, screenshot, serving, signed_in_at

pytestmark = pytest.mark.browser
#: The chart's colour of the measured values (graphsvc.render.indicator_chart.ACTUAL).
VALUE_LINE = "rgb(31, 78, 140)"
#: A report is built in a work process; the PDF takes a few seconds.
REPORT_TIMEOUT = 120_000


@pytest.fixture(scope="module")
def demo_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app serving the demo data set with its indicators, and the two test users."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-indicators"))
    with serving(store) as server:
        yield server
    store.close()


@pytest.fixture(params=sorted(SIZES))
def sized_page(request: Any, browser: Any, demo_ui: Server) -> Iterator[Any]:
    """A signed-in page at desktop or phone size that records CSP violations."""
    for page in signed_in_at(browser, demo_ui.url, request.param, timeout=30_000):
        page.csp_errors = csp_errors_of(page)
        page.size = request.param
        yield page


def csp_errors_of(page: Any) -> list[str]:
    """The Content-Security-Policy violations ``page`` reports from now on."""
    found: list[str] = []

    def on_console(message: Any) -> None:
        if "Content Security Policy" in message.text:
            found.append(message.text)

    page.on("console", on_console)
    return found


def _expected(store: Any, lang: str) -> dict[str, Any]:
    """What the page should say, from the same service on the server's store."""
    report = indicator_progress_report(store, 2024, lang)
    return {item["key"]: item for item in report["items"]}


def test_the_indicators_table_in_finnish(sized_page: Any, demo_ui: Server) -> None:
    page = sized_page
    page.goto("/indicators")
    assert page.get_by_role("heading", name="Mittarit", exact=True).is_visible()
    assert page.get_by_label("Vuosi").input_value() == "2024"  # the latest year with values
    rows = page.locator("table#indicators tbody tr")
    assert rows.count() == 10
    assert page.locator("#indicators .mark-on-track").all_inner_texts() == ["✓ aikataulussa"] * 5
    assert page.locator("#indicators .mark-lagging").all_inner_texts() == ["✗ jäljessä"] * 5
    assert page.locator("#indicators .no-owner").all_inner_texts() == ["ei vastuutahoa"] * 2
    counts = page.locator("#indicator-counts").inner_text()
    assert "5 aikataulussa, 5 jäljessä" in counts and "2 ilman vastuutahoa" in counts
    expected = _expected(demo_ui.store, "fi")
    jobs = page.locator("tr[data-key='tyopaikat']")
    shown = jobs.locator(".progress-text").text_content()
    assert shown == messages.percent(expected["tyopaikat"]["progress"], "fi")
    assert shown is not None and shown.endswith("\xa0%"), shown  # "85 %", non-breaking
    assert "ennakko" in jobs.inner_text()
    # a value far behind its baseline (−683 %) keeps its text and an empty meter
    population = page.locator("tr[data-key='vakiluku']")
    share = expected["vakiluku"]["progress"]
    assert share < 0
    assert population.locator(".progress-text").text_content() == messages.percent(share, "fi")
    assert population.locator("meter").get_attribute("value") == "0"
    assert page.locator("#indicators meter[aria-hidden='true']").count() == 10
    # the network beside each rocket measured: key actors link to their pages
    blocks = page.locator(".network-block")
    assert blocks.count() == len({i["rocket"] for i in expected.values()})
    first_actor = blocks.first.locator(".key-actors a").first
    assert first_actor.get_attribute("href").startswith("/actors/")
    assert blocks.first.locator(".gap-sentences li").count() > 0
    assert fits_width(page), "the page scrolls sideways"
    assert page.csp_errors == []
    box = page.locator("#indicators").evaluate(
        "t => t.parentElement.scrollWidth - t.parentElement.clientWidth"
    )
    if page.size == "phone":  # the table scrolls inside its own box
        assert box > 0
    else:  # all nine columns fit
        assert box <= 1
    screenshot(page, f"indicators-{page.size}")


def test_the_indicators_page_in_english(sized_page: Any, demo_ui: Server) -> None:
    page = sized_page
    page.goto("/indicators?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Indicators", exact=True).is_visible()
    assert page.locator("#indicators .mark-on-track").all_inner_texts() == ["✓ on track"] * 5
    assert page.locator("#indicators .mark-lagging").all_inner_texts() == ["✗ lagging"] * 5
    assert page.locator("#indicators .no-owner").all_inner_texts() == ["no owner"] * 2
    expected = _expected(demo_ui.store, "en")
    jobs = page.locator("tr[data-key='tyopaikat']")
    assert jobs.locator("th a").inner_text() == "Jobs"
    assert jobs.locator(".progress-text").text_content() == messages.percent(
        expected["tyopaikat"]["progress"], "en"
    )
    latest = jobs.locator("td.num").nth(2).inner_text()
    assert latest.split() == ["32,300", "(2024)", "provisional"], latest
    nav = page.get_by_role("navigation")
    assert nav.get_by_role("link", name="Indicators").get_attribute("aria-current") == "page"
    assert nav.get_by_role("link", name="Annual report").is_visible()
    assert fits_width(page)


def test_an_earlier_year_from_the_selector(sized_page: Any) -> None:
    page = sized_page
    page.goto("/indicators")
    page.get_by_label("Vuosi").select_option("2022")  # the form sends itself
    page.wait_for_url("**year=2022**")
    assert "Vuonna 2022" in page.locator("#indicator-counts").inner_text()
    jobs = page.locator("tr[data-key='tyopaikat']").inner_text()
    assert "31\xa0700\n(2022)" in jobs and "ennakko" not in jobs


def test_an_indicators_page_shows_its_chart_and_values(sized_page: Any) -> None:
    page = sized_page
    page.goto("/indicators")
    page.locator("tr[data-key='tyopaikat'] th a").click()
    page.wait_for_url("**/indicators/tyopaikat**")
    chart = page.locator("#indicator-chart svg[role='img']")
    assert chart.count() == 1 and chart.is_visible()
    title = chart.evaluate("svg => document.getElementById(svg.getAttribute('aria-labelledby'))")
    assert title is not None
    name = page.locator("#indicator-chart svg > title").text_content()
    assert name is not None and name.startswith("Työpaikat") and "32\xa0300" in name
    assert page.get_by_role("img", name=name).count() == 1
    # drawn in its colours although the page allows no inline styles
    painted = chart.evaluate(
        "(svg, colour) => [...svg.querySelectorAll('*')]"
        ".some(e => getComputedStyle(e).stroke === colour)",
        VALUE_LINE,
    )
    assert painted, "the chart lost its colours under the page's policy"
    values = page.locator("table#indicator-values tbody tr")
    assert values.count() == 4
    assert values.nth(3).inner_text().split("\t")[:2] == ["2024", "32\xa0300"]
    assert "ennakko" in values.nth(3).inner_text()
    facts = page.locator("#indicator-facts").inner_text()
    assert "Kouvolan kaupunki / elinvoimapalvelut" in facts and "aikataulussa" in facts
    assert "Tilastokeskus" in facts
    assert fits_width(page)
    assert page.csp_errors == []


def test_an_indicator_without_an_owner_and_an_unknown_one(sized_page: Any) -> None:
    page = sized_page
    page.goto("/indicators/nettomuutto?lang=en")
    assert page.locator("#indicator-facts .no-owner").inner_text() == "no owner"
    response = page.goto("/indicators/no-such-indicator?lang=fi")
    assert response is not None and response.status == 404
    assert "Sivua tai kohdetta ei löytynyt." in page.locator("main").inner_text()


def test_the_report_page_downloads_the_pdf_and_the_html(sized_page: Any) -> None:
    page = sized_page
    page.goto("/indicators")
    page.get_by_role("navigation").get_by_role("link", name="Vuosiraportti").click()
    page.wait_for_url("**/report")
    assert page.get_by_label("Raporttivuosi").input_value() == "2024"
    assert "ei ole yhteystietoja" in page.locator("main").inner_text()
    pdf = page.locator("#report-pdf")
    assert pdf.get_attribute("href") == "/api/v1/reports/2024?format=pdf&lang=fi"
    with page.expect_download(timeout=REPORT_TIMEOUT) as started:
        pdf.click()
    download = started.value
    assert download.suggested_filename == "vuosiraportti-2024.pdf"
    with open(download.path(), "rb") as f:
        assert f.read(4) == b"%PDF"
    answer = page.request.get(pdf.get_attribute("href"), timeout=REPORT_TIMEOUT)
    assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
    html = page.request.get(
        page.locator("#report-html").get_attribute("href"), timeout=REPORT_TIMEOUT
    )
    assert html.status == 200 and html.headers["content-type"].startswith("text/html")
    assert "2024" in html.text() and "<html" in html.text()
    assert fits_width(page)


def test_the_report_in_english_for_another_year(sized_page: Any) -> None:
    page = sized_page
    page.goto("/report?lang=en&language=fi")
    assert page.locator("#report-pdf").get_attribute("download") == "vuosiraportti-2024.pdf"
    page.get_by_label("Report language").select_option("en")
    page.wait_for_url("**language=en**")
    page.get_by_label("Report year").select_option("2023")
    page.wait_for_url("**year=2023**")
    link = page.locator("#report-html")
    assert link.get_attribute("href") == "/api/v1/reports/2023?format=html&lang=en"
    assert link.get_attribute("download") == "annual-report-2023.html"
    assert link.inner_text() == "Download the HTML page (2023)"
    with page.expect_download(timeout=REPORT_TIMEOUT) as started:
        link.click()
    download = started.value
    assert download.suggested_filename == "annual-report-2023.html"
    with open(download.path(), encoding="utf-8") as f:
        saved = f.read()
    assert saved.startswith("<!doctype html>") or "<html" in saved[:500]
    assert "2023" in saved and 'lang="en"' in saved[:500]
    response = page.goto("/report?year=2999")
    assert response is not None and response.status == 422


def test_the_html_report_opens_styled_and_accessible(sized_page: Any) -> None:
    """Opened from its link, the demo report keeps its own styles under the API's policy."""
    from axe_playwright_python.sync_playwright import Axe

    page = sized_page
    page.goto("/report")
    response = page.goto(page.locator("#report-html").get_attribute("href"), timeout=REPORT_TIMEOUT)
    assert response is not None and response.status == 200
    assert "script-src" not in response.headers["content-security-policy"]
    heading = page.locator("h2").first
    border = heading.evaluate("h => getComputedStyle(h).borderBottomColor")
    assert border == "rgb(31, 78, 140)", border  # the report's own style sheet applied
    assert page.locator(".bar span").count() > 0  # progress bars, drawn by style attributes
    assert not page.csp_errors, page.csp_errors
    assert fits_width(page)
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
