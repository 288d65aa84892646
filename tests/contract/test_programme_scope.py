"""One programme of a portfolio, read as if the store held it alone: the view, the CLI's
``--programme`` and the API's ``?programme=``, on both stores."""

from __future__ import annotations

import csv
import json

import cli_runner
import pytest

from graphsvc.errors import NotFoundError
from graphsvc.model import Label, RelType
from graphsvc.services.analysis import run_analysis
from graphsvc.services.programme_scope import store_in
from graphsvc.services.workbook import import_workbook
from tests.loaders.workbooks import portfolio_sheets, write_csvs

WELLBEING = "hyvinvoinnin-kasvu"


@pytest.fixture
def portfolio(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "wb", portfolio_sheets()))
    return store


def _keys(store, label):
    return {n.key for n in store.find_nodes(label)}


def test_a_programme_reads_as_if_alone(portfolio):
    view = store_in(portfolio, WELLBEING)
    assert _keys(view, Label.ROCKET) == {f"{WELLBEING}:health", f"{WELLBEING}:wellbeing"}
    assert _keys(view, Label.ACTION) == {"liikunta", "asukas"}
    runners = {
        e.start for e in portfolio.find_edges(RelType.RUNS) if e.end in ("liikunta", "asukas")
    }
    assert _keys(view, Label.ACTOR) == runners
    assert _keys(view, Label.THEME) == _keys(portfolio, Label.THEME)
    # the action of both programmes is in both; in each, its first rocket there is primary
    vitality = store_in(portfolio, "elinvoiman-kasvu")
    assert "asukas" in _keys(vitality, Label.ACTION)
    fuels = {
        (e.end, e.props["primary"]) for e in vitality.find_edges(RelType.FUELS, start="asukas")
    }
    assert fuels == {("centre", True)}
    assert _keys(vitality, Label.ACTION) | _keys(view, Label.ACTION) == _keys(
        portfolio, Label.ACTION
    )


def test_a_strategy_reads_the_programmes_that_carry_it_out(portfolio):
    whole = store_in(portfolio, "kouvola-2030")
    assert _keys(whole, Label.ACTION) == _keys(portfolio, Label.ACTION)
    assert _keys(whole, Label.ROCKET) == _keys(portfolio, Label.ROCKET)


def test_an_unknown_programme_names_the_programmes(portfolio):
    with pytest.raises(NotFoundError, match="elinvoiman-kasvu, hyvinvoinnin-kasvu, kouvola-2030"):
        store_in(portfolio, "moon")


def test_analyses_of_one_programme_see_its_rockets_only(portfolio):
    summary = run_analysis(portfolio, "summary", programme=WELLBEING)
    assert summary["programme"] == WELLBEING
    assert {r["key"] for r in summary["result"]["rockets"]} == {
        f"{WELLBEING}:health",
        f"{WELLBEING}:wellbeing",
    }
    whole = run_analysis(portfolio, "summary")
    assert len(whole["result"]["rockets"]) > len(summary["result"]["rockets"])


def test_the_cli_and_the_api_take_the_programme(sqlite_store, tmp_path):
    from tests.api.conftest import make_api

    api = make_api(sqlite_store)
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", portfolio_sheets()))
    url = sqlite_store.url
    out = cli_runner.graphsvc(
        "export", "csv", "-o", str(tmp_path / "out"), "--programme", WELLBEING, url=url
    )
    assert out.returncode == 0, out.stderr
    with (tmp_path / "out" / "actions.csv").open(encoding="utf-8-sig") as handle:
        assert {row["key"] for row in csv.DictReader(handle)} == {"liikunta", "asukas"}
    gaps = cli_runner.graphsvc("analyze", "gaps", "--json", "--programme", WELLBEING, url=url)
    rockets = {r for g in json.loads(gaps.stdout)["result"]["gaps"] for r in g["rockets"]}
    assert rockets <= {f"{WELLBEING}:health", f"{WELLBEING}:wellbeing"}
    wrong = cli_runner.graphsvc("who-runs", "liikunta", "--programme", "moon", url=url)
    assert wrong.returncode == 1 and "hyvinvoinnin-kasvu" in wrong.stderr
    with api.client:
        listed = api.get("/api/v1/actions", params={"programme": WELLBEING}).json()
        assert {a["key"] for a in listed["items"]} == {"liikunta", "asukas"}
        assert api.get("/api/v1/actions").json()["total"] > listed["total"]
        missing = api.get("/api/v1/actions", params={"programme": "moon"})
        assert missing.status_code == 404 and "kouvola-2030" in missing.json()["detail"]
        answer = api.get("/api/v1/analysis/coverage", params={"programme": WELLBEING})
        assert answer.status_code == 200 and answer.json()["programme"] == WELLBEING
        progress = api.get("/api/v1/indicators/progress", params={"programme": WELLBEING})
        assert progress.status_code == 200
        assert api.get("/api/v1/indicators", params={"programme": "moon"}).status_code == 404
