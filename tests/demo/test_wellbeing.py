"""The illustrative wellbeing programme: its own focus areas, actors shared with the
vitality programme, and loads that leave the other programme's items alone."""

from __future__ import annotations

import csv

import pytest

from graphsvc.demo import demo_rounds, demo_wellbeing_path
from graphsvc.demo.wellbeing import APART, PROGRAMME, STRATEGY
from graphsvc.model import Label, RelType
from graphsvc.services.analysis import run_analysis
from graphsvc.services.workbook import import_demo, import_workbook


def _rows(sheet: str) -> list[dict[str, str]]:
    with (demo_wellbeing_path() / f"{sheet}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_sheets_are_marked_illustrative_and_share_actors():
    actions = _rows("actions")
    assert 70 <= len(actions) <= 90
    assert all(a["description"].startswith("Kuvitteellinen esimerkki") for a in actions)
    assert all(a["programme"] == PROGRAMME for a in actions)
    own = {a["key"] for a in _rows("actors")}
    vitality = {a["key"] for a in csv.DictReader(open(demo_rounds()[-1][1] / "actors.csv"))}
    named = {r["actor"] for r in _rows("participation")}
    assert named - own and named - own <= vitality  # the shared ones are vitality actors
    assert not own & vitality


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{tmp_path_factory.mktemp('wellbeing') / 'demo.db'}")
    store.ensure_schema()
    reports = import_demo(store)
    yield store, reports
    store.close()


def test_the_demo_holds_both_programmes_of_the_strategy(demo):
    store, reports = demo
    assert len(reports) == len(demo_rounds()) + 1
    assert reports[-1]["nodes_deleted"] == 0 and reports[-1]["edges_deleted"] == 0
    carries = {(e.start, e.end) for e in store.find_edges(RelType.CARRIES_OUT)}
    assert carries == {("elinvoiman-kasvu", STRATEGY), (PROGRAMME, STRATEGY)}
    areas = [e.start for e in store.find_edges(RelType.PART_OF) if e.end == PROGRAMME]
    assert len(areas) == 5
    assert {store.get_node(Label.ROCKET, k).props["kind"] for k in areas} == {"focus_area"}


def test_the_overlap_finds_what_was_planted(demo):
    store, _ = demo
    body = run_analysis(store, "overlap")["result"]
    assert [p["key"] for p in body["programmes"]] == ["elinvoiman-kasvu", PROGRAMME]
    assert body["shared_actors"] > 0 and body["ties_across"] > 0
    apart = [r["rocket"] for r in body["rockets_apart"]]
    assert f"{PROGRAMME}:{APART}" in apart
    themes = {t["key"]: t for t in body["themes"]}
    assert themes["participation"]["only"] is None
    assert min(themes["participation"]["actions"]) > 0
    assert body["introductions"] and body["bridges"]


def test_reloading_one_programme_ends_nothing_of_the_other(demo, tmp_path):
    store, _ = demo
    year, vitality = demo_rounds()[-1]
    again = import_workbook(store, vitality, as_of=str(year))
    assert again["nodes_deleted"] == 0 and again["edges_deleted"] == 0
    wellbeing = import_workbook(store, demo_wellbeing_path(), as_of=str(year))
    assert wellbeing["nodes_deleted"] == 0 and wellbeing["edges_deleted"] == 0
    assert wellbeing["nodes_created"] == 0 and wellbeing["nodes_updated"] == 0
