"""``/api/v1/presentations`` (SQLite; the stores' contract is tests/contract): create, read,
replace, add slides, delete; roles, audit, every problem named."""

from __future__ import annotations

from tests.api.conftest import Api

BODY = {
    "key": "valtuusto",
    "title": "Valtuuston seminaari",
    "map": "/maps/actor/a-2?depth=2",
    "as_of": "2023",
    "slides": [
        {"caption": "Koko verkosto", "view": "zoom=0.8&x=12&y=-40"},
        {"caption": "<b>Xamk</b>", "view": "#focus=a-2&depth=2&view=key"},
    ],
}


def test_an_editor_creates_and_a_viewer_reads(sqlite_api: Api) -> None:
    api = sqlite_api
    made = api.call("POST", "/api/v1/presentations", "editor", json=BODY)
    assert made.status_code == 201, made.text
    assert made.headers["location"] == "/api/v1/presentations/valtuusto"
    body = made.json()
    assert body["as_of"] == "2023-12-31" and body["created_by"].startswith("key:")
    assert body["slides"][1] == {"caption": "<b>Xamk</b>", "view": "focus=a-2&depth=2&view=key"}
    assert body["play"] == "/maps/actor/a-2?depth=2&as_of=2023-12-31&presentation=valtuusto"
    shown = api.get("/api/v1/presentations/valtuusto")
    assert shown.status_code == 200 and shown.json() == body
    assert [p["key"] for p in api.get("/api/v1/presentations").json()["items"]] == ["valtuusto"]


def test_viewers_cannot_write(sqlite_api: Api) -> None:
    api = sqlite_api
    refused = api.call("POST", "/api/v1/presentations", "viewer", json=BODY)
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert api.get("/api/v1/presentations").json()["items"] == []


def test_replace_add_a_slide_and_delete(sqlite_api: Api) -> None:
    api = sqlite_api
    api.call("POST", "/api/v1/presentations", "editor", json=BODY)
    again = api.call("POST", "/api/v1/presentations", "editor", json=BODY)
    assert again.status_code == 409
    changed = {**BODY, "title": "Uusi", "slides": BODY["slides"][::-1]}
    del changed["key"]
    put = api.call("PUT", "/api/v1/presentations/valtuusto", "editor", json=changed)
    assert put.status_code == 200, put.text
    assert [s["caption"] for s in put.json()["slides"]] == ["<b>Xamk</b>", "Koko verkosto"]
    added = api.call(
        "POST",
        "/api/v1/presentations/valtuusto/slides",
        "editor",
        json={"caption": "Kolmas", "view": "rocket=centre&gaps=1"},
    )
    assert added.status_code == 200, added.text
    assert [s["caption"] for s in added.json()["slides"]][-1] == "Kolmas"
    assert api.call("DELETE", "/api/v1/presentations/valtuusto", "editor").status_code == 204
    assert api.get("/api/v1/presentations/valtuusto").status_code == 404
    missing = api.call("DELETE", "/api/v1/presentations/valtuusto", "editor")
    assert missing.status_code == 404
    audit = [e.action for e in api.app.state.accounts.audit_chain()]
    assert {"presentation.create", "presentation.update", "presentation.delete"} <= set(audit)


def test_every_problem_of_a_body_is_named(sqlite_api: Api) -> None:
    bad = {
        **BODY,
        "map": "/maps/rocket/moon?depth=0",
        "as_of": "2023-02-30",
        "slides": [{"caption": "x", "view": "zoom=big&colour=red"}],
    }
    answer = sqlite_api.call("POST", "/api/v1/presentations", "editor", json=bad)
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    fields = [e["field"] for e in problem["errors"]]
    assert fields == ["map", "map", "as_of", "slide 1 view", "slide 1 view"]
    assert "'moon' is not one of logistics" in problem["detail"]
    assert "'colour' is not a view setting: use one of rocket, focus" in problem["detail"]
    assert "Traceback" not in answer.text


def test_a_caption_over_the_limit_and_an_unknown_field(sqlite_api: Api) -> None:
    api = sqlite_api
    long = {**BODY, "slides": [{"caption": "x" * 501}]}
    assert api.call("POST", "/api/v1/presentations", "editor", json=long).status_code == 422
    extra = {**BODY, "colour": "red"}
    answer = api.call("POST", "/api/v1/presentations", "editor", json=extra)
    assert answer.status_code == 422 and "colour" in answer.text
    missing = api.call(
        "POST", "/api/v1/presentations/nothing/slides", "editor", json={"caption": "x"}
    )
    assert missing.status_code == 404


def test_a_timeline_map_keeps_its_years(sqlite_api: Api) -> None:
    body = {**BODY, "map": "/maps/network?from=2021&to=2024", "as_of": None}
    made = sqlite_api.call("POST", "/api/v1/presentations", "editor", json=body)
    assert made.status_code == 201, made.text
    assert made.json()["play"] == "/maps/network?from=2021&to=2024&presentation=valtuusto"
    bad = {**BODY, "key": "b", "map": "/maps/network?from=21&colour=red"}
    answer = sqlite_api.call("POST", "/api/v1/presentations", "editor", json=bad)
    assert answer.status_code == 422
    assert [e["field"] for e in answer.json()["errors"]] == ["map", "map"]
