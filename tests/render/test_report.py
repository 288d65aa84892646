"""The annual follow-up report: its HTML, charts, PDF and accessibility, from a sample record."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium_browser import launched_chromium

from graphsvc.errors import ValidationError
from graphsvc.indicator_model import Direction, Trend
from graphsvc.messages import CATALOGUE, number, percent, text
from graphsvc.render.indicator_chart import chart_alt, trend_chart_svg
from graphsvc.render.inline_svg import inline_svg
from graphsvc.render.report import report_html, report_pdf
from graphsvc.render.report_data import STATUS_ORDER, IndicatorSection, ReportData, RocketSection

from .html_outline import Outline, squash
from .report_sample import HOSTILE, sample_report
from .watch import open_watched

LANGS = ("fi", "en")
MARKS = {True: "report.on_track", False: "report.lagging", None: "report.no_values"}


@pytest.fixture(scope="module", params=LANGS)
def report(request: pytest.FixtureRequest) -> tuple[ReportData, str]:
    """The sample record and its HTML, in Finnish and in English."""
    data = sample_report(request.param)
    return data, report_html(data)


def _expected_progress(section: IndicatorSection) -> float | None:
    """The share of the way from baseline to target, from the indicator and its last value."""
    indicator, latest = section.progress.indicator, section.progress.latest
    if latest is None:
        return None
    return (latest.value - indicator.baseline_value) / (
        indicator.target_value - indicator.baseline_value
    )


def test_one_title_and_the_headings_of_every_part(report: tuple[ReportData, str]) -> None:
    data, html = report
    outline, lang = Outline(html), data.lang
    h1 = [squash(e.text) for e in outline.find("h1")]
    assert h1 == [text("report.title", lang, programme="Elinvoiman kasvu", year="2024")]
    assert outline.find("html")[0].attrs["lang"] == lang
    h2 = [squash(e.text) for e in outline.find("h2")]
    assert h2 == [text(f"report.{k}", lang) for k in ("summary", "indicators", "rockets")]
    h3 = [squash(e.text) for e in outline.find("h3")]
    names = [s.progress.indicator.name(lang) for s in data.indicators]
    assert h3 == names + [r.name for r in data.rockets]
    assert "Väkiluku" in h3 if lang == "fi" else "Population" in h3


def test_figures_are_written_in_the_readers_locale(report: tuple[ReportData, str]) -> None:
    data, html = report
    if data.lang == "fi":
        assert "1\xa0234,5" in html and "80\xa0600" in html and "10,9" in html
        assert "1,234.5" not in html
    else:
        assert "1,234.5" in html and "80,600" in html and "10.9" in html
        assert "1\xa0234,5" not in html


def test_the_table_shows_progress_marks_and_trends_computed_from_the_record(
    report: tuple[ReportData, str],
) -> None:
    data, html = report
    lang = data.lang
    rows = {
        row[0]: row
        for row in Outline(html).table(text("report.indicator_table", lang, year="2024")).rows[1:]
    }
    assert len(rows) == len(data.indicators) == 4
    for section in data.indicators:
        p = section.progress
        row = rows[p.indicator.name(lang)]
        share = _expected_progress(section)
        assert p.progress == pytest.approx(share) if share is not None else p.progress is None
        assert row[5] == (squash(percent(share, lang)) if share is not None else "–")
        assert row[6] == squash(text(MARKS[p.on_track], lang))
        assert row[6][0] in "✓✗–"  # a symbol and a word: never colour alone
        if p.latest and p.latest.provisional:
            assert text("report.provisional", lang) in row[4]
    # The sample covers both marks, a value-less indicator and wrong-way progress.
    assert {section.progress.on_track for section in data.indicators} == {True, False, None}
    assert any((section.progress.progress or 0) < 0 for section in data.indicators)


def test_the_summary_counts_indicators_and_names_the_unowned(
    report: tuple[ReportData, str],
) -> None:
    data, html = report
    summary = squash(Outline(html).find("section")[0].text)
    counts = text("report.summary_counts", data.lang, total=4, on_track=2, lagging=1, empty=1)
    assert squash(counts) in summary
    assert data.unowned and all(name in summary for name in data.unowned)
    assert all(squash(sentence) in summary for sentence in data.summary)


def test_every_svg_is_an_image_with_an_accessible_name(report: tuple[ReportData, str]) -> None:
    data, html = report
    outline = Outline(html)
    svgs = outline.find("svg")
    maps = [r for r in data.rockets if r.map_svg]
    assert len(svgs) == len(data.indicators) + len(maps)
    for svg in svgs:
        assert svg.attrs.get("role") == "img"
        names = [squash(outline.by_id(i).text) for i in svg.attrs["aria-labelledby"].split()]
        assert all(names), svg.attrs
    ids = [e.attrs["id"] for e in outline.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "ids repeat across the charts and maps"
    for rocket in maps:
        assert squash(rocket.map_alt) in [squash(outline.by_id(i).text) for i in ids]


def test_every_chart_has_its_text_alternative_and_a_values_table(
    report: tuple[ReportData, str],
) -> None:
    data, html = report
    outline, lang = Outline(html), data.lang
    captions = [squash(e.text) for e in outline.find("figcaption")]
    for section in data.indicators:
        alt = squash(chart_alt(section, lang))
        assert alt in captions
        assert alt.startswith(section.progress.indicator.name(lang))
        if section.observations:
            name = section.progress.indicator.name(lang)
            table = outline.table(text("report.values_table", lang, name=name))
            assert [r[:2] for r in table.rows[1:]] == [
                [str(o.year), squash(number(o.value, lang))] for o in section.observations
            ]
        else:
            assert text("report.no_values_yet", lang) in html


def test_rocket_sections_compare_the_years_and_name_empty_lists(
    report: tuple[ReportData, str],
) -> None:
    data, html = report
    outline, lang = Outline(html), data.lang
    logistics = data.rockets[0]
    table = outline.table(text("report.actions_table", lang, name=logistics.name))
    ongoing = next(r for r in table.rows if r[0] == text("report.status_ongoing", lang))
    before, now = (
        logistics.actions_by_status_before["ongoing"],
        logistics.actions_by_status["ongoing"],
    )
    assert ongoing[1:] == [str(before), str(now), f"+{now - before}"]
    total = table.rows[-1]
    assert total[1:3] == [
        str(sum(logistics.actions_by_status_before.values())),
        str(sum(logistics.actions_by_status.values())),
    ]
    changes = outline.table(text("report.status_changes_table", lang, name=logistics.name))
    assert changes.rows[1] == [
        "RRT-terminaali",
        text("report.status_planned", lang),
        text("report.status_ongoing", lang),
    ]
    actors = outline.table(text("report.key_actors_table", lang, name=logistics.name))
    assert actors.rows[2][2] == squash(number(1234, lang))
    # The launch pad has nothing to show: sentences, never an empty table.
    pad = outline.by_id(f"rocket-{len(data.rockets)}-title")
    assert squash(pad.text) == data.rockets[-1].name
    section = html[html.index('id="rocket-3-title"') :]
    assert "<table" not in section
    for key in ("no_actions", "no_changes", "no_key_actors", "no_suggestions", "no_map"):
        assert text(f"report.{key}", lang) in section
    assert all(len(t.rows) > 1 for t in outline.tables)


def test_every_trend_direction_and_status_has_a_report_word() -> None:
    keys = [f"report.trend_{t.value}" for t in Trend]
    keys += [f"report.direction_{d.value}" for d in Direction]
    keys += [f"report.status_{s}" for s in STATUS_ORDER]
    assert [k for k in keys if k not in CATALOGUE] == []


def test_hostile_names_are_escaped_everywhere() -> None:
    html = report_html(sample_report("fi", hostile=True))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &#34;&amp;amp; Oy" in html
    outline = Outline(html)
    assert not outline.find("script")
    assert squash(outline.find("h1")[0].text).startswith(squash(HOSTILE))
    assert squash(HOSTILE) in [squash(e.text) for e in outline.find("h3")]
    # In an SVG title too (the chart of the hostile indicator and the map).
    titles = [squash(e.text) for e in outline.find("title")]
    assert any(t.startswith(squash(HOSTILE)) for t in titles[1:])


def test_the_document_is_self_contained_and_carries_no_contact_data(
    report: tuple[ReportData, str],
) -> None:
    _, html = report
    assert "http://" not in html and "https://" not in html
    for tag in ("<script", "<link", "<img", "<iframe", "<object", "@import"):
        assert tag not in html.lower()
    assert re.findall(r"url\((?!#)", html) == []
    assert re.findall(r'href="(?!#)', html) == []
    assert "a@esim.example" not in html  # the sample's association has an e-mail address
    fields = {
        f.name
        for cls in (ReportData, RocketSection, IndicatorSection)
        for f in dataclasses.fields(cls)
    }
    assert not {f for f in fields if re.search("contact|email|phone", f)}


def test_the_chart_is_deterministic_and_ticks_follow_the_locale() -> None:
    fi, en = sample_report("fi").indicators[1], sample_report("en").indicators[1]
    svg = trend_chart_svg(fi, "fi")
    assert svg == trend_chart_svg(fi, "fi")
    assert svg.startswith("<svg") and "<?xml" not in svg and "DOCTYPE" not in svg
    assert "<metadata" not in svg and "xmlns" not in svg
    assert "1\xa0400" in svg and "1,400" in trend_chart_svg(en, "en")
    assert ">2024<" in svg and "2\xa0024" not in svg  # years are not grouped
    assert "<text" in svg  # svg.fonttype none: words stay text


@pytest.mark.parametrize(
    "bad",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><g style="fill:url(https://e.org/x)"/></svg>',
        "<svg><unclosed></svg>",
    ],
)
def test_a_map_that_could_run_or_fetch_anything_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        inline_svg(bad, prefix="m", title="map")


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_holds_the_headings_names_and_figures(lang: str, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (apt-get install poppler-utils)")
    data = sample_report(lang)
    pdf = report_pdf(report_html(data))
    assert pdf.startswith(b"%PDF")
    path = tmp_path / f"report-{lang}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_text = squash(out)
    assert squash(text("report.title", lang, programme="Elinvoiman kasvu", year="2024")) in out
    for key in ("summary", "indicators", "rockets", "actions", "key_actors"):
        assert text(f"report.{key}", lang) in out
    for section in data.indicators:
        assert section.progress.indicator.name(lang) in out
    for rocket in data.rockets:
        assert rocket.name in out
    for figure in (1234.5, 80600, 10.9, 0.45):
        shown = percent(figure, lang) if figure < 1 else number(figure, lang)
        assert squash(shown) in page_text, shown
    assert squash(text("report.on_track", lang)) in page_text
    assert "1 / " in out  # page numbers in the footer


# Accessibility and layout in headless Chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with launched_chromium() as launched:
        yield launched


def _open(browser: object, html: str, tmp_path: Path, width: int, height: int = 900) -> object:
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    watched = open_watched(
        browser,
        path,
        "document.readyState === 'complete'",
        viewport={"width": width, "height": height},
    )
    assert watched.requests == [path.as_uri()], "the report fetched something"
    assert not watched.problems
    return watched.page


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_serious_or_critical_violation(
    browser: object, lang: str, tmp_path: Path
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = _open(browser, report_html(sample_report(lang, hostile=lang == "fi")), tmp_path, 1280)
    results = Axe().run(page)
    page.close()  # type: ignore[attr-defined]
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_nothing_overflows_a_phone_screen(browser: object, lang: str, tmp_path: Path) -> None:
    page = _open(browser, report_html(sample_report(lang)), tmp_path, 390, 844)
    widths = page.evaluate(  # type: ignore[attr-defined]
        """() => [document.documentElement.scrollWidth, window.innerWidth,
                  Array.from(document.querySelectorAll('svg'))
                       .map(s => s.getBoundingClientRect().right)]"""
    )
    page.close()  # type: ignore[attr-defined]
    scroll_width, inner_width, svg_rights = widths
    assert scroll_width <= inner_width + 1, widths
    assert all(right <= inner_width + 1 for right in svg_rights), widths
