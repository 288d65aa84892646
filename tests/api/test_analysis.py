"""Analyses over HTTP: the same JSON as the service, a time budget (503), cached per version."""

from __future__ import annotations

import time

from graphsvc.demo import demo_workbook_path
from graphsvc.services.analysis import KINDS, run_analysis
from graphsvc.services.workbook import import_workbook
from graphsvc.stores.base import GraphStore
from tests.api.conftest import Api, make_api


def test_every_kind_answers_like_the_service(api: Api) -> None:
    for kind in KINDS:
        params = {"actor": "a-2"} if kind == "whatif" else {}
        answer = api.get(f"/api/v1/analysis/{kind}", params=params)
        if kind == "overlap":  # the fixture holds one programme: nothing to compare it with
            assert answer.status_code == 422, answer.text
            assert "elinvoiman-kasvu" in answer.json()["detail"]
            continue
        assert answer.status_code == 200, (kind, answer.text)
        assert answer.json() == run_analysis(api.store, kind, **params), kind
    problem = api.get("/api/v1/analysis/astrology")
    assert problem.status_code == 404 and "astrology" in problem.json()["detail"]
    assert api.get("/api/v1/analysis/gaps?rocket=moon").status_code == 404


def test_over_budget_is_503_then_cached_while_health_answers(sqlite_store: GraphStore) -> None:
    # the demo network takes milliseconds, far beyond the budget: the 503 cannot lose a race
    import_workbook(sqlite_store, demo_workbook_path())
    api = make_api(sqlite_store, analysis_budget_seconds=0.000001)
    with api.client:
        first = api.get("/api/v1/analysis/communities?top=7")
        assert first.status_code == 503, first.text
        assert first.json()["title"] == "Analysis over budget" and "again" in first.json()["detail"]
        assert api.get("/health", None).status_code == 200
        deadline = time.monotonic() + 30
        while (answer := api.get("/api/v1/analysis/communities?top=7")).status_code == 503:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert answer.status_code == 200 and answer.json()["kind"] == "communities"
        # a change to the graph makes the cached answer stale
        version = answer.json()["graph_version"]
        api.call("PATCH", "/api/v1/actors/a-2", "editor", json={"sector": "education"})
        deadline = time.monotonic() + 30
        while (again := api.get("/api/v1/analysis/communities?top=7")).status_code == 503:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert again.json()["graph_version"] > version
    api.app.state.accounts.close()


def test_query_parameters_come_from_the_table_of_analyses(api: Api) -> None:
    from graphsvc.services.analyses import all_params

    document = api.get("/openapi.json", None).json()
    operation = document["paths"]["/api/v1/analysis/{kind}"]["get"]
    query = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
    assert query == {info.alias or name for name, (info, _) in all_params().items()}
    assert api.get("/api/v1/analysis/recommend?method=adamic_adar").json()["result"]["method"] == (
        "adamic_adar"
    )
    refused = api.get("/api/v1/analysis/gaps?seed=3")
    assert refused.status_code == 422 and "gaps does not take seed" in refused.json()["detail"]
    assert api.get("/api/v1/analysis/recommend?method=coin").status_code == 422
