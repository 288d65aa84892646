"""Marking gaps handled through the API: editors mark and reopen, everyone sees the marks."""

from __future__ import annotations

from tests.api.conftest import Api


def _solo(api: Api) -> dict:
    answer = api.get("/api/v1/analysis/gaps?lang=en")
    assert answer.status_code == 200, answer.text
    (solo,) = [g for g in answer.json()["result"]["gaps"] if g["kind"] == "solo_action"]
    return solo


def test_an_editor_marks_a_gap_handled_and_reopens_it(sqlite_api: Api) -> None:
    api = sqlite_api
    solo = _solo(api)
    assert solo["subjects"][0]["key"] == "t-2" and solo["handled"] is None
    assert solo["severity"] == "high" and solo["score"] == 55  # ongoing, one actor
    url = f"/api/v1/gaps/{solo['id']}/handled"
    answer = api.call("PUT", url, "editor", json={"note": "  Xamk asks the station partners  "})
    assert answer.status_code == 200, answer.text
    mark = answer.json()
    assert mark["by"] == "key:" + api.keys["editor"].split("_")[1]
    assert mark["note"] == "Xamk asks the station partners" and mark["at"].endswith("+00:00")
    seen = _solo(api)["handled"]
    assert seen == mark
    body = api.get("/api/v1/analysis/gaps").json()["result"]
    assert body["handled"] == 1
    audit = api.get("/api/v1/admin/audit?limit=5", "admin").json()["items"]
    assert [e["action"] for e in audit[:1]] == ["gap.handle"]
    assert audit[0]["object"] == f"Gap:{solo['id']}" and "t-2" not in audit[0]["object"]
    assert api.call("DELETE", url, "editor").status_code == 204
    assert _solo(api)["handled"] is None
    again = api.call("DELETE", url, "editor")
    assert again.status_code == 404 and "is not marked handled" in again.json()["detail"]


def test_a_viewer_sees_marks_but_cannot_make_them(sqlite_api: Api) -> None:
    api = sqlite_api
    url = f"/api/v1/gaps/{_solo(api)['id']}/handled"
    assert api.call("PUT", url, "viewer", json={}).status_code == 403
    assert api.call("DELETE", url, "viewer").status_code == 403
    assert _solo(api)["handled"] is None


def test_bad_ids_say_what_a_gap_id_is_and_which_gaps_exist(sqlite_api: Api) -> None:
    api = sqlite_api
    solo = _solo(api)
    malformed = api.call("PUT", "/api/v1/gaps/t-2/handled", "editor", json={})
    assert malformed.status_code == 422
    closed = api.call("PUT", "/api/v1/gaps/solo_action-000000000000/handled", "editor", json={})
    assert closed.status_code == 404
    detail = closed.json()["detail"]
    assert "not a gap of the programme now" in detail and solo["id"] in detail
    long_note = api.call(
        "PUT", f"/api/v1/gaps/{solo['id']}/handled", "editor", json={"note": "x" * 501}
    )
    assert long_note.status_code == 422
    assert "Traceback" not in malformed.text + closed.text + long_note.text
