"""``/api/v1/indicators`` on both stores: list, progress with the network beside it, changes."""

from __future__ import annotations

import pytest

from tests.api.conftest import SEED_INDICATOR, Api
from tests.api.route_roles import INDICATOR_BODY


def test_the_list_names_owner_rocket_and_value_count(api: Api) -> None:
    answer = api.get("/api/v1/indicators")
    assert answer.status_code == 200, answer.text
    (item,) = answer.json()["items"]
    assert item["key"] == "i-1" and item["values"] == 2
    assert (item["owner"], item["owner_name"]) == ("a-1", "Kouvolan Satama")
    assert (item["rocket"], item["rocket_name"]) == ("logistics", "Logistinen keskus")
    assert "contact_email" not in str(answer.json())


def test_progress_is_the_share_of_the_way_and_names_the_network(api: Api) -> None:
    answer = api.get("/api/v1/indicators/progress?lang=en")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    (row,) = body["items"]
    base, target = SEED_INDICATOR.baseline_value, SEED_INDICATOR.target_value
    assert row["latest"]["value"] == 1350.5 and row["latest"]["year"] == 2023
    assert row["progress"] == pytest.approx((1350.5 - base) / (target - base))
    expected = SEED_INDICATOR.expected(2023)
    assert row["expected"] == pytest.approx(expected)
    assert row["on_track"] is (1350.5 >= expected)
    assert row["trend"] == "improving"
    assert body["counts"] == {
        "indicators": 1,
        "on_track": int(row["on_track"]),
        "lagging": int(not row["on_track"]),
        "without_values": 0,
        "without_owner": 0,
    }
    network = body["network"]["logistics"]
    assert network["actions"] == 1 and network["actors"] == 2
    assert network["actions_by_status"]["planned"] == 1
    assert {a["key"] for a in network["key_actors"]} == {"a-1", "a-2"}
    assert "Kouvolan Satama" in str(network["key_actors"]) and "Maija" not in str(body)


def test_the_network_beside_a_past_year_is_as_it_stood_then(api: Api) -> None:
    body = api.get("/api/v1/indicators/progress?year=2023").json()
    assert body["items"][0]["latest"]["year"] == 2023
    assert body["network"]["logistics"]["actions"] == 0  # the seed was written this year


def test_an_earlier_year_sees_only_its_values(api: Api) -> None:
    row = api.get("/api/v1/indicators/progress?year=2022").json()["items"][0]
    assert row["latest"]["year"] == 2022 and row["trend"] is None
    empty = api.get("/api/v1/indicators/progress?year=2021").json()
    assert empty["items"][0]["latest"] is None and empty["counts"]["without_values"] == 1


def test_editors_create_change_and_delete_indicators_and_values(api: Api) -> None:
    created = api.call("POST", "/api/v1/indicators", "editor", json=INDICATOR_BODY)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == "/api/v1/indicators/i-new"
    again = api.call("POST", "/api/v1/indicators", "editor", json=INDICATOR_BODY)
    assert again.status_code == 409
    put = api.call("PUT", "/api/v1/indicators/i-new/values/2023", "editor", json={"value": 9.0})
    assert put.status_code == 200, put.text
    assert put.json()["progress"]["progress"] == pytest.approx(0.5)
    changed = api.call(
        "PATCH", "/api/v1/indicators/i-new", "editor", json={"owner": "a-2", "unit": "%"}
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["owner"], changed.json()["unit"]) == ("a-2", "%")
    removed = api.call("PATCH", "/api/v1/indicators/i-new", "editor", json={"target_value": None})
    assert removed.status_code == 422
    gone = api.call("DELETE", "/api/v1/indicators/i-new/values/2023", "editor")
    assert gone.status_code == 204
    assert api.call("DELETE", "/api/v1/indicators/i-new/values/2023", "editor").status_code == 404
    assert api.call("DELETE", "/api/v1/indicators/i-new", "editor").status_code == 204
    assert api.get("/api/v1/indicators/i-new").status_code == 404
    audit = [e.action for e in api.app.state.accounts.audit_chain()]
    assert {"indicator.create", "indicator.value", "indicator.delete"} <= set(audit)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({**INDICATOR_BODY, "target_year": 2020}, "not after the baseline year"),
        ({**INDICATOR_BODY, "rocket": "moon"}, "not one of logistics"),
        ({**INDICATOR_BODY, "owner": "nobody"}, "nobody"),
        ({**INDICATOR_BODY, "target_value": 10}, "equals the baseline"),
        ({**INDICATOR_BODY, "machine_source": "000"}, "must start with statfin:"),
        ({**INDICATOR_BODY, "target_value": 1e16}, "less than or equal to"),
    ],
)
def test_bad_indicators_are_refused_with_the_reason(api: Api, body: dict, words: str) -> None:
    answer = api.call("POST", "/api/v1/indicators", "editor", json=body)
    assert answer.status_code in (404, 422), answer.text
    assert words in answer.json()["detail"]
    assert [i["key"] for i in api.get("/api/v1/indicators").json()["items"]] == ["i-1"]


def test_a_value_for_an_unknown_indicator_is_404(api: Api) -> None:
    answer = api.call("PUT", "/api/v1/indicators/ghost/values/2023", "editor", json={"value": 1})
    assert answer.status_code == 404


def test_the_owner_who_leaves_leaves_an_unowned_indicator_and_a_gap(api: Api) -> None:
    assert api.call("DELETE", "/api/v1/actors/a-1", "editor").status_code == 204
    item = api.get("/api/v1/indicators").json()["items"][0]
    assert item["owner"] is None
    gaps = api.get("/api/v1/analysis/gaps?rocket=logistics&lang=en").json()["result"]["gaps"]
    unowned = [g for g in gaps if g["kind"] == "indicator_without_owner"]
    assert [g["subjects"][0]["key"] for g in unowned] == ["i-1"]
    assert "Rail freight" in unowned[0]["text"]["en"]
