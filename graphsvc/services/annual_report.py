"""The council's annual follow-up report: the facts of a programme year, gathered from a store.

:func:`report_data` reads the indicators' progress in the year and, per rocket and the
launch pad, the network as it stood at the end of the year and of the year before: actions
by status, status changes, who joined and left, introductions made, gaps opened and
closed (the change analysis), key actors, the introductions suggested for next year and a
map. :func:`annual_report` renders it as self-contained HTML or as a PDF. Nothing in it
is contact data, whatever the reader's role.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from graphsvc.dates import today
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.indicator_model import parse_year
from graphsvc.messages import lang_of, said, text
from graphsvc.model import PROGRAMME_KEY, Label, rocket_order
from graphsvc.render.report_data import IndicatorSection, ReportData, RocketSection
from graphsvc.services.as_of import store_on
from graphsvc.services.indicators import programme_order
from graphsvc.stores.base import GraphStore

#: Report formats and their media types.
REPORT_FORMATS: dict[str, str] = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}
#: Key actors and suggested introductions per rocket.
KEY_ACTORS, SUGGESTIONS = 5, 5
#: The size of a rocket's map in the report (inches; the interactive maps are larger), and
#: the resolution of its PNG for print (an A4 page shows it about 7 inches wide).
MAP_SIZE, MAP_DPI = (10.0, 6.5), 110


def check_report_year(year: Any) -> int:
    """The report year: a year with an end in the past or this year (ValidationError)."""
    chosen = parse_year(year, "report year")
    if chosen > int(today()[:4]):
        raise ValidationError(said("errors.service.report_future", year=str(chosen)), value=chosen)
    return chosen


def check_report_format(fmt: str) -> str:
    """``fmt`` if it is html or pdf, else ValidationError naming both."""
    if fmt not in REPORT_FORMATS:
        raise ValidationError(said("errors.service.report_format", fmt=repr(fmt)), value=fmt)
    return fmt


def report_file_name(year: int, lang: str, fmt: str) -> str:
    """The report's file name: ``vuosiraportti-2024.pdf``, ``annual-report-2024.html``."""
    stem = "annual-report" if lang == "en" else "vuosiraportti"
    return f"{stem}-{year}.{fmt}"


def annual_report(store: GraphStore, year: Any, lang: str = "fi", fmt: str = "html") -> bytes:
    """The report of ``year`` in ``lang`` as HTML (UTF-8) or PDF bytes."""
    from graphsvc.render.report import report_html, report_pdf

    check_report_format(fmt)
    html = report_html(report_data(store, year, lang, maps="png" if fmt == "pdf" else "svg"))
    return report_pdf(html) if fmt == "pdf" else html.encode("utf-8")


def report_data(store: GraphStore, year: Any, lang: str = "fi", maps: str = "svg") -> ReportData:
    """Every fact of the report of ``year`` (see the module); the rockets' maps drawn as
    ``maps`` (svg for the screen, png for print)."""
    from graphsvc.analysis.indicators import progress_table

    year, lang = check_report_year(year), lang_of(lang)
    now, before = store_on(store, str(year)), store_on(store, str(year - 1))
    indicators = sorted(store.find_indicators(), key=programme_order)
    values = store.find_observations()
    names = _measured_names(now, lang)
    owners = {n.key: n.name for n in store.find_nodes(Label.ACTOR)}
    sections = tuple(
        IndicatorSection(
            progress=p,
            observations=tuple(o for o in values if o.indicator == p.indicator.key),
            measures_name=names.get(p.indicator.measures, p.indicator.measures),
            owner_name=owners.get(p.indicator.owner) if p.indicator.owner else None,
        )
        for p in progress_table(indicators, values, year)
    )
    rockets = tuple(
        _rocket(store, now, before, r.key, (year, lang, maps), indicators)
        for r in sorted(now.find_nodes(Label.ROCKET), key=rocket_order)
    )
    return ReportData(
        year=year,
        lang=lang,
        programme_name=_title(store),
        generated_on=dt.date.fromisoformat(today()),
        summary=_summary(store, now, year, lang),
        indicators=sections,
        rockets=rockets,
        programme_indicators=tuple(i.key for i in indicators if i.measures == PROGRAMME_KEY),
        unowned=tuple(i.name(lang) for i in indicators if not i.owner),
    )


def _title(store: GraphStore) -> str:
    """The name of the programme reported: the programme of a programme's view, else the
    portfolio's strategy, else its programmes' names."""
    programmes = {n.key: n for n in store.find_nodes(Label.PROGRAMME)}
    chosen = getattr(store, "programme", None)
    if chosen in programmes:
        return programmes[chosen].name
    strategies = [n.name for n in programmes.values() if n.props.get("kind") == "strategy"]
    if len(strategies) == 1:
        return strategies[0]
    return ", ".join(n.name for n in programmes.values()) or PROGRAMME_KEY


def _measured_names(store: GraphStore, lang: str) -> dict[str, str]:
    names = {
        r.key: str(r.props.get(f"name_{lang}") or r.name) for r in store.find_nodes(Label.ROCKET)
    }
    programme = store.find_nodes(Label.PROGRAMME)
    names[PROGRAMME_KEY] = programme[0].name if programme else PROGRAMME_KEY
    return names


def _change(store: GraphStore, rocket: str | None, year: int, lang: str) -> dict[str, Any]:
    from graphsvc.services.analysis import run_analysis

    found = run_analysis(
        store, "change", rocket=rocket, since=str(year - 1), to=_year_end(year), lang=lang
    )
    return dict(found["result"])


def _year_end(year: int) -> str:
    """31 December of ``year``, or today while the year runs."""
    return min(f"{year}-12-31", today())


def _summary(store: GraphStore, now: GraphStore, year: int, lang: str) -> tuple[str, ...]:
    change = _change(store, None, year, lang)
    snapshot = now.snapshot()
    actions = sum(n.label is Label.ACTION for n in snapshot.nodes)
    actors = sum(n.label is Label.ACTOR for n in snapshot.nodes)
    intros = change["introductions"]
    gaps = change["gaps"]
    return (
        text("report.summary_network", lang, year=str(year), actions=actions, actors=actors),
        text(
            "report.summary_change",
            lang,
            joined=len(change["actors"]["joined"]),
            left=len(change["actors"]["left"]),
            begun=len(change["actions"]["begun"]),
            finished=len(change["actions"]["finished"]),
        ),
        text(
            "report.summary_introductions",
            lang,
            made=len(intros["happened"]),
            suggested=intros["suggested"],
            closed=len(gaps["closed"]),
            opened=len(gaps["opened"]),
        ),
    )


def _statuses(store: GraphStore, rocket: str) -> dict[str, tuple[str, str]]:
    """Action key -> (title, status) of the actions fuelling ``rocket`` (none before the
    rocket's programme began)."""
    try:
        actions = store.rocket_actions(rocket)
    except NotFoundError:
        return {}
    return {a.key: (a.name, str(a.props.get("status") or "proposed")) for a in actions}


def _count(statuses: dict[str, tuple[str, str]]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for _, status in statuses.values():
        counted[status] = counted.get(status, 0) + 1
    return counted


def _rocket(
    store: GraphStore,
    now: GraphStore,
    before: GraphStore,
    rocket: str,
    how: tuple[int, str, str],
    indicators: list[Any],
) -> RocketSection:
    from graphsvc.analysis.network_facts import network_facts
    from graphsvc.services.analysis import run_analysis
    from graphsvc.services.dated_graphs import graphs_on
    from graphsvc.services.maps import build_static_map

    year, lang, maps = how
    status_now, status_before = _statuses(now, rocket), _statuses(before, rocket)
    changes = tuple(
        (title, status_before[key][1], status)
        for key, (title, status) in sorted(status_now.items(), key=lambda kv: kv[1][0])
        if key in status_before and status_before[key][1] != status
    )
    change = _change(store, rocket, year, lang)
    P = graphs_on(now, None, rocket).P
    facts = network_facts(P, top=KEY_ACTORS)
    suggested = run_analysis(now, "recommend", rocket=rocket, top=SUGGESTIONS, lang=lang)
    name = _measured_names(now, lang)[rocket]
    picture = build_static_map(now, maps, rocket=rocket, lang=lang, size=MAP_SIZE, dpi=MAP_DPI)
    return RocketSection(
        key=rocket,
        name=name,
        actions_by_status=_count(status_now),
        actions_by_status_before=_count(status_before),
        status_changes=changes,
        joined=tuple(a["name"] for a in change["actors"]["joined"]),
        left=tuple(a["name"] for a in change["actors"]["left"]),
        introductions_made=tuple(
            (i["actors"][0]["name"], i["actors"][1]["name"])
            for i in change["introductions"]["happened"]
        ),
        gaps_opened=tuple(g["text"][lang] for g in change["gaps"]["opened"]),
        gaps_closed=tuple(g["text"][lang] for g in change["gaps"]["closed"]),
        key_actors=tuple(
            (a["name"], text(f"maps.kind_{a['kind']}", lang) if a["kind"] else "", a["actions"])
            for a in facts["key_actors"]
        ),
        suggestions=tuple(
            (i["actors"][0]["name"], i["actors"][1]["name"], i["text"][lang])
            for i in suggested["result"]["introductions"]
        ),
        indicators=tuple(i.key for i in indicators if i.measures == rocket),
        map_svg=picture.decode("utf-8") if maps == "svg" else None,
        map_png=picture if maps == "png" else None,
        map_alt=text(
            "report.map_alt", lang, name=name, actors=facts["actors"], actions=facts["actions"]
        ),
    )
