"""The council's annual follow-up report: one self-contained HTML document, and its PDF.

:func:`report_html` turns a :class:`~graphsvc.render.report_data.ReportData` into HTML with
inline CSS and inline SVG (no script, no outside reference: it works offline and as an
e-mail attachment). Every word comes from the ``report.`` section of
:mod:`graphsvc.messages`, every number through :func:`graphsvc.messages.number` /
:func:`~graphsvc.messages.percent`; the template (``assets/report.html``, Jinja2 with
autoescape) only lays the prepared texts out. :func:`report_pdf` typesets that HTML with
WeasyPrint (A4, page numbers in the footer).
"""

from __future__ import annotations

import base64
import logging
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from graphsvc.indicator_model import IndicatorProgress
from graphsvc.messages import lang_of, number, percent, text
from graphsvc.messages.report import MESSAGES
from graphsvc.render.indicator_chart import chart_alt, trend_chart_svg
from graphsvc.render.inline_svg import inline_svg
from graphsvc.render.page import asset
from graphsvc.render.report_data import STATUS_ORDER, IndicatorSection, ReportData, RocketSection


def report_html(data: ReportData) -> str:
    """The report as one HTML document in ``data.lang`` (``fi`` or ``en``).

    Raises ValidationError when a rocket's map SVG holds a script or an outside reference.
    """
    lang = lang_of(data.lang)
    names = {s.progress.indicator.key: s.progress.indicator.name(lang) for s in data.indicators}
    title = text("report.title", lang, programme=data.programme_name, year=str(data.year))
    return _template().render(
        lang=lang,
        w=_words(lang),
        title=title,
        generated=text("report.generated", lang, day=data.generated_on),
        summary=[*data.summary, *_summary_lines(data, lang)],
        table_caption=text("report.indicator_table", lang, year=str(data.year)),
        programme_line=_names_line(data.programme_indicators, names, lang),
        rows=[_row(s.progress, lang) for s in data.indicators],
        indicators=[_indicator(i, s, lang) for i, s in enumerate(data.indicators)],
        rockets=[_rocket(i, r, data.year, names, lang) for i, r in enumerate(data.rockets)],
    )


def report_pdf(html: str) -> bytes:
    """The report HTML typeset as an A4 PDF by WeasyPrint; it reads only the ``data:``
    images inside it and fetches nothing from outside."""
    import weasyprint

    inside_only = weasyprint.URLFetcher(allowed_protocols={"data"}, allow_redirects=False)

    logger = logging.getLogger("weasyprint")
    logger.addFilter(_svg_style_noise)
    try:
        pdf = weasyprint.HTML(string=html, url_fetcher=inside_only).write_pdf()
    finally:
        logger.removeFilter(_svg_style_noise)
    return bytes(pdf or b"")


def _svg_style_noise(record: logging.LogRecord) -> bool:
    """False for WeasyPrint's warning about SVG properties (``fill``…) in HTML CSS.

    Its HTML style parser also reads the inline SVG's ``style`` attributes and warns about
    every ``fill`` and ``stroke``; its SVG renderer then draws them correctly.
    """
    return "unknown property" not in record.getMessage()


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(asset("report.html"))


@cache
def _words(lang: str) -> dict[str, str]:
    """Every report word without placeholders, by its name without ``report.``."""
    return {
        key.removeprefix("report."): message.in_lang(lang)
        for key, message in MESSAGES.items()
        if "{" not in message.fi
    }


def _summary_lines(data: ReportData, lang: str) -> list[str]:
    progress = [s.progress for s in data.indicators]
    counts = text(
        "report.summary_counts",
        lang,
        total=len(progress),
        on_track=sum(p.on_track is True for p in progress),
        lagging=sum(p.on_track is False for p in progress),
        empty=sum(p.latest is None for p in progress),
    )
    if data.unowned:
        return [counts, text("report.unowned", lang, names=", ".join(data.unowned))]
    return [counts, text("report.all_owned", lang)]


def _names_line(keys: tuple[str, ...], names: dict[str, str], lang: str) -> str:
    if not keys:
        return ""
    return text("report.programme_indicators", lang, names=", ".join(names.get(k, k) for k in keys))


def _value_year(value: float, year: int, provisional: bool, lang: str) -> str:
    key = "report.value_year_provisional" if provisional else "report.value_year"
    return text(key, lang, value=number(value, lang), year=str(year))


def _mark(on_track: bool | None, lang: str) -> str:
    """The on-track mark as symbol and word (``✓ aikataulussa``), never colour alone."""
    key = {True: "report.on_track", False: "report.lagging", None: "report.no_values"}
    return text(key[on_track], lang)


def _row(p: IndicatorProgress, lang: str) -> dict[str, Any]:
    """One line of the indicator table, every cell as text."""
    i = p.indicator
    share = p.progress
    return {
        "name": i.name(lang),
        "unit": i.unit,
        "baseline": _value_year(i.baseline_value, i.baseline_year, False, lang),
        "target": _value_year(i.target_value, i.target_year, False, lang),
        "latest": (
            _value_year(p.latest.value, p.latest.year, p.latest.provisional, lang)
            if p.latest
            else "–"
        ),
        "progress": percent(share, lang) if share is not None else "–",
        "bar": None if share is None else round(max(0.0, min(1.0, share)) * 100),
        "mark": _mark(p.on_track, lang),
        "mark_class": {True: "ok", False: "late", None: "none"}[p.on_track],
        "trend": text(f"report.trend_{p.trend.value}" if p.trend else "report.trend_none", lang),
    }


def _indicator(index: int, section: IndicatorSection, lang: str) -> dict[str, Any]:
    indicator = section.progress.indicator
    name = indicator.name(lang)
    owner = section.owner_name
    return {
        "id": f"indicator-{index + 1}",
        "name": name,
        "measures": text("report.measures", lang, name=section.measures_name),
        "owner": text("report.owner", lang, name=owner) if owner else "",
        "direction": text(f"report.direction_{indicator.direction.value}", lang),
        "chart": Markup(trend_chart_svg(section, lang)),  # checked, escaped SVG
        "alt": chart_alt(section, lang),
        "values_caption": text("report.values_table", lang, name=name),
        "values": [
            (
                str(o.year),
                number(o.value, lang),
                _word("provisional", lang) if o.provisional else "",
            )
            for o in section.observations
        ],
    }


def _word(name: str, lang: str) -> str:
    return _words(lang)[name]


def _status(value: str, lang: str) -> str:
    return _words(lang).get(f"status_{value}", value)


def _signed(change: int, lang: str) -> str:
    return f"+{number(change, lang)}" if change > 0 else number(change, lang)


def _status_rows(rocket: RocketSection, lang: str) -> list[tuple[str, str, str, str]]:
    now, before = rocket.actions_by_status, rocket.actions_by_status_before
    if not any(now.values()) and not any(before.values()):
        return []
    extra = sorted((set(now) | set(before)) - set(STATUS_ORDER))
    rows = []
    for status in (*STATUS_ORDER, *extra):
        a, b = before.get(status, 0), now.get(status, 0)
        rows.append((_status(status, lang), number(a, lang), number(b, lang), _signed(b - a, lang)))
    a, b = sum(before.values()), sum(now.values())
    rows.append((_word("total", lang), number(a, lang), number(b, lang), _signed(b - a, lang)))
    return rows


def _rocket(
    index: int, rocket: RocketSection, year: int, names: dict[str, str], lang: str
) -> dict[str, Any]:
    ident = f"rocket-{index + 1}"
    name = rocket.name
    map_svg = None
    if rocket.map_png:
        encoded = base64.b64encode(rocket.map_png).decode("ascii")
        alt = escape(rocket.map_alt)
        map_svg = Markup(f'<img src="data:image/png;base64,{encoded}" alt="{alt}">')
    elif rocket.map_svg:
        svg = inline_svg(rocket.map_svg, prefix=f"{ident}-map", title=rocket.map_alt)
        map_svg = Markup(svg)  # checked for scripts and outside references, title escaped
    return {
        "id": ident,
        "name": name,
        "status_caption": text("report.actions_table", lang, name=name),
        "col_before": text("report.col_before", lang, year=str(year - 1)),
        "status_rows": _status_rows(rocket, lang),
        "changes_caption": text("report.status_changes_table", lang, name=name),
        "changes": [(t, _status(a, lang), _status(b, lang)) for t, a, b in rocket.status_changes],
        "joined": rocket.joined,
        "left": rocket.left,
        "introductions": [
            text("report.pair", lang, a=a, b=b) for a, b in rocket.introductions_made
        ],
        "gaps_opened": rocket.gaps_opened,
        "gaps_closed": rocket.gaps_closed,
        "actors_caption": text("report.key_actors_table", lang, name=name),
        "actors": [(n, kind, number(count, lang)) for n, kind, count in rocket.key_actors],
        "suggestions_caption": text("report.suggestions_table", lang, name=name),
        "suggestions": rocket.suggestions,
        "indicators": [names.get(k, k) for k in rocket.indicators],
        "map": map_svg,
    }
