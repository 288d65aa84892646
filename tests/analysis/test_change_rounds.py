"""The change report over three yearly rounds loaded into each store: it must find the planted
introductions, the departure of the broker and the gap that closed."""

from __future__ import annotations

import json

import pytest

from graphsvc.demo import build_rounds, demo_rounds
from graphsvc.errors import ValidationError
from graphsvc.services.analysis import run_analysis
from graphsvc.services.workbook import import_workbook

#: Three rounds: before, and the year of, the introductions and the departure.
YEARS = (2021, 2022, 2023)


@pytest.fixture
def three_years(store):
    """A store holding the demo's rounds 2021-2023, each loaded as of its year."""
    for year, folder in demo_rounds():
        if year in YEARS:
            import_workbook(store, folder, as_of=str(year))
    return store


@pytest.fixture(scope="module")
def planted():
    return build_rounds()[-1].changes


def pairs(rows):
    return {frozenset(a["key"] for a in row["actors"]) for row in rows}


def test_the_change_report_finds_what_was_planted(three_years, planted):
    body = run_analysis(three_years, "change", **{"from": "2022", "to": "2023"}, top=50)
    result = body["result"]
    assert (result["from"], result["to"]) == ("2022-12-31", "2023-12-31")
    # every planted pair that the 2022 suggestions offered is found to have happened
    suggested = pairs(result["introductions"]["happened"] + result["introductions"]["not_happened"])
    offered = {frozenset(p) for p in planted.introduced} & suggested
    assert offered and offered <= pairs(result["introductions"]["happened"])
    assert planted.leaving_broker in {a["key"] for a in result["actors"]["left"]}
    vanished = {a["key"] for a in result["articulation_points"]["vanished"]}
    assert planted.leaving_broker in vanished
    closed = [
        g
        for g in result["gaps"]["closed"]
        if g["kind"] == "rocket_missing_kind" and g["details"].get("missing_kind") == "education"
    ]
    assert planted.school_gap_rocket in {s["key"] for g in closed for s in g["subjects"]}
    begun = {a["key"] for a in result["actions"]["begun"]}
    assert set(planted.introducing_actions) <= begun
    assert result["text"]["fi"] and result["text"]["en"]


def test_the_solo_action_gained_partners_in_2022(three_years, planted):
    result = run_analysis(three_years, "change", **{"from": "2021", "to": "2022"})["result"]
    closed = {
        s["key"]
        for g in result["gaps"]["closed"]
        if g["kind"] == "solo_action"
        for s in g["subjects"]
    }
    assert planted.solo_action in closed


def test_the_timeline_has_a_point_per_year(three_years):
    result = run_analysis(three_years, "timeline")["result"]
    assert result["points"][:3] == [str(y) for y in YEARS]
    actors = result["overall"]["actors"]
    assert len(actors) == len(result["points"]) and all(n > 0 for n in actors[:3])


@pytest.mark.parametrize(
    ("given", "message"),
    [({"from": "2024", "to": "2022"}, "after"), ({"from": "20245"}, "not a date")],
)
def test_bad_dates_are_refused(three_years, given, message):
    with pytest.raises(ValidationError, match=message):
        run_analysis(three_years, "change", **given)


def test_the_api_and_the_cli_answer_alike(sqlite_store, tmp_path):
    from graphsvc.demo import demo_rounds
    from tests.api.conftest import make_api
    from tests.cli_runner import graphsvc

    for year, folder in demo_rounds()[:3]:
        import_workbook(sqlite_store, folder, as_of=str(year))
    api = make_api(sqlite_store)
    with api.client:
        answer = api.get("/api/v1/analysis/change", params={"from": "2022", "to": "2023"})
        assert answer.status_code == 200, answer.text
        assert answer.json() == run_analysis(
            sqlite_store, "change", **{"from": "2022", "to": "2023"}
        )
        bad = api.get("/api/v1/analysis/change", params={"from": "2024", "to": "2022"})
        assert bad.status_code == 422 and "2024-12-31" in bad.json()["detail"]
        assert api.get("/api/v1/analysis/timeline").status_code == 200
    done = graphsvc(
        "analyze", "change", "--from", "2022", "--to", "2023", "--json", url=sqlite_store.url
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == answer.json()
