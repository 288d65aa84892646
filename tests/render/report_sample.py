"""A realistic annual report record for the report tests (2024, Finnish or English).

Progress comes from the real analysis (:func:`graphsvc.analysis.indicators.indicator_progress`).

Four indicators: population (increase, lagging, worsening), logistics turnover (increase, on
track, ``1 234,5``), unemployment (decrease, on track, provisional, no owner) and city-centre
visits (no values yet). Three sections: logistics and competence with changes and the launch
pad without any. ``hostile=True`` puts ``<script>`` and ``"&`` into every name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from sample_graph import ACTIONS, ACTORS, EDGES

from graphsvc.analysis.indicators import indicator_progress
from graphsvc.indicator_model import Direction, Indicator, Observation
from graphsvc.model import PROGRAMME_KEY, builtin_edges, builtin_nodes
from graphsvc.records import Snapshot
from graphsvc.render import build_map_data
from graphsvc.render.report_data import IndicatorSection, ReportData, RocketSection
from graphsvc.render.static import render_static

YEAR = 2024
HOSTILE = '<script>alert("x")</script> "&amp; Oy'

INDICATORS = (
    Indicator(
        "vakiluku",
        "Väkiluku",
        "Population",
        "henkilöä",
        Direction.INCREASE,
        2021,
        80600,
        2027,
        81000,
        PROGRAMME_KEY,
        owner="kaupunki",
    ),
    Indicator(
        "logistiikka-lv",
        "Logistiikka-alan liikevaihto",
        "Logistics turnover",
        "milj. €",
        Direction.INCREASE,
        2021,
        1100,
        2026,
        1400,
        "logistics",
        owner="haminan",
    ),
    Indicator(
        "tyottomyys",
        "Työttömyysaste",
        "Unemployment rate",
        "%",
        Direction.DECREASE,
        2021,
        13.2,
        2027,
        9.0,
        "competence",
    ),
    Indicator(
        "keskusta-kaynnit",
        "Keskustan käyntimäärä",
        "City-centre visits",
        "käyntiä/vrk",
        Direction.INCREASE,
        2023,
        4200,
        2027,
        5000,
        "centre",
        owner="kaupunki",
    ),
)
VALUES = {
    "vakiluku": (
        (2021, 80600, False),
        (2022, 80200, False),
        (2023, 79900, False),
        (2024, 79750, False),
    ),
    "logistiikka-lv": ((2021, 1100, False), (2022, 1180.2, False), (2023, 1234.5, False)),
    "tyottomyys": (
        (2021, 13.2, False),
        (2022, 11.8, False),
        (2023, 11.4, False),
        (2024, 10.9, True),
    ),
    "keskusta-kaynnit": (),
}
OWNERS = {"kaupunki": "Kouvolan kaupunki", "haminan": "Hämeen Rahti Oy"}
MEASURES = {
    PROGRAMME_KEY: ("Elinvoiman kasvu", "Elinvoiman kasvu"),
    "logistics": ("Logistinen keskus", "Logistics hub"),
    "competence": ("Osaaminen ja innovaatio", "Competence and innovation"),
    "centre": ("Elävä keskusta", "Living city centre"),
}


def indicator_sections(lang: str) -> tuple[IndicatorSection, ...]:
    """The four indicators with their values, in ``lang``."""
    sections = []
    for indicator in INDICATORS:
        observations = tuple(
            Observation(indicator.key, year, value, provisional)
            for year, value, provisional in VALUES[indicator.key]
        )
        sections.append(
            IndicatorSection(
                progress=indicator_progress(indicator, observations, YEAR),
                observations=observations,
                measures_name=MEASURES[indicator.measures][lang == "en"],
                owner_name=OWNERS.get(indicator.owner or ""),
            )
        )
    return tuple(sections)


@cache
def logistics_map(lang: str) -> str:
    """A real static map (matplotlib SVG) of the sample programme."""
    snapshot = Snapshot(builtin_nodes() + ACTORS + ACTIONS, builtin_edges() + EDGES, 1)
    data = build_map_data(snapshot, title="Logistinen keskus", lang=lang)
    return render_static(data, "svg").decode("utf-8")


def rocket_sections(lang: str) -> tuple[RocketSection, ...]:
    """Logistics (changes and a map), competence (changes, no map), launch pad (nothing)."""
    en = lang == "en"
    logistics = RocketSection(
        key="logistics",
        name="Logistics hub" if en else "Logistinen keskus",
        actions_by_status={"planned": 3, "ongoing": 5, "done": 2},
        actions_by_status_before={"proposed": 1, "planned": 4, "ongoing": 4, "done": 1},
        status_changes=(
            ("RRT-terminaali", "planned", "ongoing"),
            ("Ratapihan sähköistys", "ongoing", "done"),
        ),
        joined=("Ammattikorkeakoulu", "Kaakkois-Suomen Logistiikka Oy"),
        left=("Vanha Kuljetus Ky",),
        introductions_made=(("Hämeen Rahti Oy", "Ammattikorkeakoulu"),),
        gaps_opened=(
            "RRT-terminaalilla on vain yksi vetäjä." if not en else "RRT terminal has one lead.",
        ),
        gaps_closed=(),
        key_actors=(
            ("Hämeen Rahti Oy", "Yritys" if not en else "Company", 4),
            ("Kouvolan kaupunki", "Kaupungin yksikkö" if not en else "City unit", 1234),
        ),
        suggestions=(
            (
                "Ammattikorkeakoulu",
                "Ääneen yhdistys",
                "Yhteinen teema: rata." if not en else "Shared theme: rail.",
            ),
        ),
        indicators=("logistiikka-lv",),
        map_svg=logistics_map(lang),
        map_alt="Verkostokartta: Logistinen keskus, 4 toimijaa ja 3 toimenpidettä"
        if not en
        else "Network map: Logistics hub, 4 actors and 3 actions",
    )
    competence = replace(
        logistics,
        key="competence",
        name="Competence and innovation" if en else "Osaaminen ja innovaatio",
        actions_by_status={"ongoing": 2},
        actions_by_status_before={"planned": 2},
        status_changes=(("Osaamiskeskus", "planned", "ongoing"),),
        joined=(),
        left=("Vanha Kuljetus Ky",),
        introductions_made=(),
        gaps_opened=(),
        gaps_closed=(
            "Osaamiskeskuksella on nyt kaksi vetäjää."
            if not en
            else "The competence centre now has two leads.",
        ),
        suggestions=(),
        indicators=("tyottomyys",),
        map_svg=None,
        map_alt="",
    )
    launchpad = RocketSection(
        key="launchpad",
        name="Launch pad" if en else "Laukaisualusta",
        actions_by_status={},
        actions_by_status_before={},
        status_changes=(),
        joined=(),
        left=(),
        introductions_made=(),
        gaps_opened=(),
        gaps_closed=(),
        key_actors=(),
        suggestions=(),
        indicators=(),
        map_svg=None,
        map_alt="",
    )
    return (logistics, competence, launchpad)


def sample_report(lang: str = "fi", *, hostile: bool = False) -> ReportData:
    """The 2024 report in ``lang``; ``hostile`` puts markup into names and sentences."""
    indicators = indicator_sections(lang)
    rockets = rocket_sections(lang)
    summary = (
        (
            "Vuonna 2024 toimenpiteitä oli käynnissä 7 ja valmistui 1.",
            "Logistisen keskuksen verkostoon liittyi kaksi toimijaa.",
        )
        if lang == "fi"
        else (
            "In 2024, 7 actions were ongoing and 1 was completed.",
            "Two actors joined the logistics hub's network.",
        )
    )
    unowned = tuple(s.progress.indicator.name(lang) for s in indicators if s.owner_name is None)
    data = ReportData(
        year=YEAR,
        lang=lang,
        programme_name="Elinvoiman kasvu",
        generated_on=dt.date(2025, 3, 14),
        summary=summary,
        indicators=indicators,
        rockets=rockets,
        programme_indicators=("vakiluku",),
        unowned=unowned,
    )
    return make_hostile(data) if hostile else data


def make_hostile(data: ReportData) -> ReportData:
    """``data`` with ``HOSTILE`` in an indicator's name, a rocket, actors, titles and sentences."""
    first = data.indicators[0]
    evil = replace(first.progress.indicator, name_fi=HOSTILE, name_en=HOSTILE, unit=HOSTILE)
    indicators = (
        replace(first, progress=replace(first.progress, indicator=evil), owner_name=HOSTILE),
        *data.indicators[1:],
    )
    rocket = data.rockets[0]
    rockets = (
        replace(
            rocket,
            name=HOSTILE,
            status_changes=((HOSTILE, "planned", HOSTILE),),
            joined=(HOSTILE,),
            introductions_made=((HOSTILE, HOSTILE),),
            gaps_opened=(HOSTILE,),
            key_actors=((HOSTILE, HOSTILE, 1),),
            suggestions=((HOSTILE, HOSTILE, HOSTILE),),
            map_alt=HOSTILE,
        ),
        *data.rockets[1:],
    )
    return replace(
        data,
        programme_name=HOSTILE,
        summary=(HOSTILE, *data.summary),
        indicators=indicators,
        rockets=rockets,
        unowned=(HOSTILE,),
    )
