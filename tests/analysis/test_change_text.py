"""The change and timeline answers speak both languages about every finding, and print as tables."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from change_planted import YEARS, year_snapshot
from click.testing import CliRunner

from graphsvc.analysis.bridge import actor_network, programme_graph
from graphsvc.analysis.change import change, timeline
from graphsvc.cli.tables import echo, print_table
from graphsvc.services import change_tables, change_text


@pytest.fixture(scope="module")
def years() -> dict[str, tuple[nx.Graph, nx.Graph]]:
    found = {}
    for year in YEARS:
        P = programme_graph(year_snapshot(year))
        found[year] = (P, actor_network(P))
    return found


@pytest.fixture(scope="module")
def spoken(years) -> dict:
    body = change(years["2022"], years["2024"])
    change_text.change(body, years["2024"][0], "en")
    return body


def findings(value) -> list[dict]:
    """Every dict in the answer that carries a ``text``."""
    if isinstance(value, dict):
        own = [value] if "text" in value else []
        return own + [f for v in value.values() for f in findings(v)]
    if isinstance(value, list):
        return [f for v in value for f in findings(v)]
    return []


def test_every_finding_has_a_sentence_in_both_languages(spoken):
    told = findings(spoken)
    assert len(told) > 30
    assert all(f["text"]["fi"] and f["text"]["en"] for f in told)
    listed = [
        *spoken["actors"]["joined"],
        *spoken["actions"]["dropped"],
        *spoken["introductions"]["happened"],
        *spoken["introductions"]["not_happened"],
        *spoken["gaps"]["closed"],
        *spoken["centrality"]["betweenness"]["left_top"],
        *spoken["articulation_points"]["vanished"],
    ]
    assert all("text" in row for row in listed)


def test_the_sentences_say_what_happened(spoken):
    left = spoken["actors"]["left"][0]["text"]
    assert left == {
        "fi": "Bridge Development Oy jättäytyi pois verkostosta.",
        "en": "Bridge Development Oy left the network.",
    }
    happened = {
        tuple(a["key"] for a in p["actors"]): p for p in spoken["introductions"]["happened"]
    }
    assert happened[("l2", "lc")]["text"]["en"] == (
        "Introduction made: Cargo Oy and City logistics unit now work together (a reported tie)."
    )
    assert "(yhteisiä toimenpiteitä 1)" in happened[("lab", "rail")]["text"]["fi"]
    broker = spoken["centrality"]["betweenness"]["left_top"][0]["text"]
    assert broker["en"] == (
        "Bridge Development Oy dropped out of the top from rank 2: it is no longer in the "
        "network (betweenness)."
    )
    college = spoken["centrality"]["two_step_reach"]["entered_top"][0]["text"]["fi"]
    assert college.startswith("Centre College tuli mukaan ja on heti kärkijoukossa sijalla")
    school = next(g for g in spoken["gaps"]["closed"] if g["kind"] == "rocket_missing_kind")
    assert school["text"]["fi"].startswith("Aukko korjaantui – aiemmin: Kantoraketissa Elävä ")
    status = spoken["actions"]["status_changed"][0]["text"]["fi"]
    assert status == "Toimenpiteen ”Action a1” tila muuttui: suunniteltu → valmis."
    assert spoken["text"]["en"].startswith("Actors joined: 1, left: 1; actions begun: 2,")
    assert "pääkomponentin osuus 100\xa0% → 55\xa0%" in spoken["health"]["text"]["fi"]
    assert spoken["gaps"]["rockets"][0]["name"] == "Logistics hub"


def test_the_tables_print_in_both_languages(years):
    for lang in ("fi", "en"):
        body = change(years["2022"], years["2024"])
        change_text.change(body, years["2024"][0], lang)
        series = timeline([(y, *years[y]) for y in YEARS])
        change_text.timeline(series, years["2024"][0], lang)
        tables = change_tables.change(copy.deepcopy(body), lang, 20)
        tables += change_tables.timeline(series, lang, 20)
        titles = [t.title for t in tables]
        assert len(tables) >= 12 and all(titles)
        assert all(len(row) == len(t.columns) for t in tables for row in t.rows)
        printed = CliRunner().invoke(_printer(tables), [])
        assert printed.exit_code == 0, printed.output
        assert "Bridge Development Oy" in printed.output and "2023" in printed.output


def test_the_timeline_tells_each_rockets_trend(years):
    series = timeline([(y, *years[y]) for y in YEARS])
    change_text.timeline(series, years["2024"][0], "fi")
    assert series["text"]["en"].startswith("The whole programme 2022–2024: actors 11 → 11")
    centre = next(r for r in series["rockets"] if r["key"] == "centre")
    assert centre["name"] == "Elävä keskusta"
    assert centre["text"]["fi"].startswith("Elävä keskusta 2022–2024: toimijoita 6 → 5")
    assert centre["text"]["en"].startswith("Living city centre 2022–2024: actors 6 → 5")


def _printer(tables):
    import click

    @click.command()
    def show() -> None:
        for table in tables:
            if table.columns:
                print_table(table.title, table.columns, table.rows)
            else:
                echo(table.title)

    return show


DOC = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"
#: Dicts keyed by data (gap kinds), whose keys the docs show only some of.
KEYED_BY_DATA = {("gaps", "counts")}


def documented(kind: str) -> dict:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(rf"^## {kind}\n.*?```json\n(.*?)\n```", text, re.S | re.M)
    assert found, kind
    return json.loads(found.group(1))


def shape(value, path=()) -> set[tuple]:
    """Every key path of nested dicts (the first item standing for a list)."""
    if isinstance(value, list):
        return shape(value[0], (*path, "[]")) if value and isinstance(value[0], dict) else set()
    if not isinstance(value, dict) or path in KEYED_BY_DATA:
        return set()
    return {(*path, k) for k in value} | {p for k, v in value.items() for p in shape(v, (*path, k))}


def test_the_docs_show_the_real_shapes(years, spoken):
    series = timeline([(y, *years[y]) for y in YEARS])
    change_text.timeline(series, years["2024"][0], "en")
    dated = {"from": "2022-12-31", "to": None, **spoken}  # the service adds the dates compared
    for kind, real in (("change", dated), ("timeline", series)):
        doc = documented(kind)
        assert doc["kind"] == kind
        assert shape(doc["result"]) == shape(real), kind
