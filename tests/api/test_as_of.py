"""``?as_of=`` on every API read, and edits through the API that keep history, on both stores."""

from __future__ import annotations

import json

import pytest

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services.analysis import run_analysis
from tests.api.conftest import Api

Y22, Y23 = "2022-12-31", "2023-12-31"


@pytest.fixture
def history(api: Api) -> Api:
    """An action of 2022 run by an actor who has left since; t-1's status was ``proposed``."""
    api.store.apply(
        Batch(
            nodes=[
                Node(Label.ACTOR, "old", {"name": "Vanha Oy", "kind": "company"}),
                Node(Label.ACTION, "gone", {"title": "Ended action", "status": "ongoing"}),
            ],
            edges=[
                Edge(RelType.RUNS, "old", "gone", {"role": "lead"}),
                Edge(RelType.FUELS, "gone", "logistics", {"primary": True}),
            ],
            on="2022-06-01",
        )
    )
    api.store.apply(Batch(node_deletes=[(Label.ACTOR, "old"), (Label.ACTION, "gone")]))
    return api


def test_reads_answer_as_of_a_day(history: Api) -> None:
    api = history
    assert api.get("/api/v1/actions/gone/actors").status_code == 404
    then = api.get("/api/v1/actions/gone/actors", params={"as_of": "2023"})
    assert then.status_code == 200, then.text
    assert [a["key"] for a in then.json()["actors"]] == ["old"]
    assert api.get("/api/v1/actors/old/actions?as_of=2023").json()["actions"][0]["key"] == "gone"
    assert api.get("/api/v1/actors/old?as_of=2023-01-01").json()["name"] == "Vanha Oy"
    listed = api.get("/api/v1/actions?as_of=2023").json()
    assert [a["key"] for a in listed["items"]] == ["gone"]
    rocket = api.get("/api/v1/rockets/logistics/actions?as_of=2023").json()
    assert [a["key"] for a in rocket["items"]] == ["gone"]
    found = api.get("/api/v1/search", params={"q": "vanha", "as_of": "2023"}).json()
    assert [n["key"] for n in found["items"]] == ["old"]
    assert api.get("/api/v1/search", params={"q": "vanha"}).json()["items"] == []


def test_a_day_before_any_history_is_empty_not_an_error(history: Api) -> None:
    answer = history.get("/api/v1/actors?as_of=1999")
    assert answer.status_code == 200 and answer.json()["items"] == []
    assert history.get("/api/v1/rockets?as_of=1999").status_code == 200


@pytest.mark.parametrize("bad", ["20245", "2023-13-01", "last year", "2023-02-30"])
def test_a_malformed_day_is_a_422_naming_the_forms(history: Api, bad: str) -> None:
    for url in ("/api/v1/actors", "/api/v1/actions/t-1/actors", "/api/v1/analysis/summary"):
        answer = history.get(url, params={"as_of": bad})
        assert answer.status_code == 422, (url, answer.text)
        assert "YYYY-MM-DD" in answer.json()["detail"], url


def test_an_analysis_as_of_a_day_is_the_services_answer(history: Api) -> None:
    answer = history.get("/api/v1/analysis/summary", params={"as_of": "2023"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["as_of"] == Y23 and body["result"]["overall"]["actors"] == 1
    assert body == run_analysis(history.store, "summary", as_of="2023")


def test_an_export_as_of_a_day_holds_that_graph(history: Api) -> None:
    answer = history.get("/api/v1/exports/json", params={"as_of": "2023"})
    assert answer.status_code == 200, answer.text
    keys = {n["key"] for n in json.loads(answer.content)["nodes"] if n["label"] == "Actor"}
    assert keys == {"old"}
    assert history.get("/api/v1/exports/json?as_of=x").status_code == 422


def test_edits_through_the_api_keep_the_past(api: Api) -> None:
    api.store.apply(
        Batch(
            nodes=[Node(Label.ACTION, "t-9", {"title": "Old title", "status": "planned"})],
            on="2023-03-01",
        )
    )
    changed = api.call("PATCH", "/api/v1/actions/t-9", "editor", json={"status": "done"})
    assert changed.status_code == 200, changed.text
    assert api.get("/api/v1/actions/t-9").json()["status"] == "done"
    assert api.get("/api/v1/actions/t-9?as_of=2023").json()["status"] == "planned"
    assert api.call("DELETE", "/api/v1/actions/t-9", "editor").status_code == 204
    assert api.get("/api/v1/actions/t-9").status_code == 404
    assert api.get("/api/v1/actions/t-9?as_of=2023").json()["title"] == "Old title"


@pytest.mark.parametrize("kind", ["change", "timeline"])
def test_the_kinds_that_compare_dates_refuse_as_of(history: Api, kind: str) -> None:
    refused = history.get(f"/api/v1/analysis/{kind}?as_of={Y22}")
    assert refused.status_code == 422, refused.text
    assert f"{kind} does not take as_of" in refused.json()["detail"]
    assert history.get(f"/api/v1/analysis/gaps?as_of={Y22}").status_code == 200
