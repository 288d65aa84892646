"""Writes over HTTP: create, change, delete, participation; hostile values; parallel writers."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from graphsvc.model import Label
from tests.api.conftest import Api, LiveServer

HOSTILE = [
    'O\'Brien "quoted" `tick`',
    "x'); DROP TABLE nodes; --",
    "MATCH (n) DETACH DELETE n //",
    "}) RETURN 1 UNION MATCH (m) SET m.x = 1 //",
    "<script>alert(1)</script> & é ü 🚀",
    "back\\slash \\' \\\" %_ *",
    '=HYPERLINK("http://x")',
]


def test_hostile_values_round_trip_byte_for_byte(api: Api) -> None:
    for i, text in enumerate(HOSTILE):
        body = {
            "key": f"h-{i}",
            "name": text,
            "kind": "association",
            "tags": [text, "ok"],
            "sector": text,
        }
        answer = api.call("POST", "/api/v1/actors", "editor", json=body)
        assert answer.status_code == 201, answer.text
        back = api.get(f"/api/v1/actors/h-{i}").json()
        assert back["name"] == text and back["sector"] == text and back["tags"] == [text, "ok"]
        action = {"key": f"ht-{i}", "title": text, "rockets": ["wellbeing"], "description": text}
        assert api.call("POST", "/api/v1/actions", "editor", json=action).status_code == 201
        assert api.get(f"/api/v1/actions/ht-{i}").json()["description"] == text
    found = api.get("/api/v1/search", params={"q": "DROP TABLE"}).json()["items"]
    assert [n["key"] for n in found if n["label"] == "Actor"] == ["h-1"]
    assert api.get("/api/v1/actors", params={"limit": 500}).json()["total"] == 2 + len(HOSTILE)


def test_create_patch_delete_an_action_and_its_participation(api: Api) -> None:
    body = {
        "key": "t-9",
        "title": "Pilot",
        "rockets": ["centre", "logistics"],
        "themes": ["employment"],
    }
    created = api.call("POST", "/api/v1/actions", "editor", json=body)
    assert created.status_code == 201 and created.headers["location"] == "/api/v1/actions/t-9"
    assert created.json()["rockets"] == ["centre", "logistics"]
    assert created.json()["themes"] == ["employment"]
    changed = api.call(
        "PATCH",
        "/api/v1/actions/t-9",
        "editor",
        json={"status": "ongoing", "rockets": ["wellbeing"], "themes": None},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json() == {
        "key": "t-9",
        "title": "Pilot",
        "status": "ongoing",
        "rockets": ["wellbeing"],
    }
    assert [a["key"] for a in api.get("/api/v1/rockets/centre/actions").json()["items"]] == ["t-2"]
    put = api.call("PUT", "/api/v1/actions/t-9/actors/a-2", "editor", json={"role": "funder"})
    assert put.status_code == 201
    again = api.call("PUT", "/api/v1/actions/t-9/actors/a-2", "editor", json={"role": "lead"})
    assert again.status_code == 200
    who = api.get("/api/v1/actions/t-9/actors").json()["actors"]
    assert [(a["key"], a["role"]) for a in who] == [("a-2", "lead")]
    assert api.get("/api/v1/actions/t-1/actors?role=partner").json()["actors"][0]["key"] == "a-2"
    assert (
        api.call(
            "PUT", "/api/v1/actions/t-9/actors/nobody", "editor", json={"role": "lead"}
        ).status_code
        == 404
    )
    assert (
        api.call(
            "PUT", "/api/v1/actions/t-9/actors/a-2", "editor", json={"role": "boss"}
        ).status_code
        == 422
    )
    assert api.call("DELETE", "/api/v1/actions/t-9/actors/a-2", "editor").status_code == 204
    assert api.call("DELETE", "/api/v1/actions/t-9/actors/a-2", "editor").status_code == 404
    assert api.call("DELETE", "/api/v1/actions/t-9", "editor").status_code == 204
    assert api.get("/api/v1/actions/t-9").status_code == 404
    unknown_rocket = {"key": "t-10", "title": "X", "rockets": ["moon"]}
    assert (
        "moon"
        in api.call("POST", "/api/v1/actions", "editor", json=unknown_rocket).json()["detail"]
    )
    audit = [e["action"] for e in api.get("/api/v1/admin/audit", "admin").json()["items"]]
    done = [a for a in audit if not a.startswith(("POST ", "PUT ", "DELETE ", "PATCH "))]
    assert done[:3] == ["action.delete", "participation.remove", "participation.set"]
    assert audit[0] == "POST /api/v1/actions"  # the refused unknown rocket


def test_patch_changes_only_what_is_sent(sqlite_api: Api) -> None:
    answer = sqlite_api.call(
        "PATCH", "/api/v1/actors/a-1", "editor", json={"sector": "ports", "contact_phone": None}
    )
    body = answer.json()
    assert (
        body["sector"] == "ports"
        and body["name"] == "Kouvolan Satama"
        and "contact_phone" not in body
    )
    assert body["contact_email"]


def test_lists_filter_sort_and_page(sqlite_api: Api) -> None:
    page = sqlite_api.get("/api/v1/actors?sort=-name&limit=1").json()
    assert page["total"] == 2 and [a["key"] for a in page["items"]] == ["a-2"]
    assert [a["key"] for a in sqlite_api.get("/api/v1/actors?kind=education").json()["items"]] == [
        "a-2"
    ]
    assert [a["key"] for a in sqlite_api.get("/api/v1/actions?rocket=centre").json()["items"]] == [
        "t-2"
    ]
    assert [a["key"] for a in sqlite_api.get("/api/v1/actions?status=planned").json()["items"]] == [
        "t-1"
    ]
    assert sqlite_api.get("/api/v1/actors?offset=1").json()["items"][0]["key"] == "a-2"
    rockets = sqlite_api.get("/api/v1/rockets").json()["items"]
    assert [r["key"] for r in rockets][:2] == ["launchpad", "logistics"]


def test_parallel_writers_over_http_lose_nothing(api: Api) -> None:
    writers, per_writer = 8, 10
    with LiveServer(api.app) as server:

        def write(w: int) -> list[str]:
            done = []
            with httpx.Client(
                base_url=server.url, headers=api.headers("editor"), timeout=60
            ) as client:
                for i in range(per_writer):
                    key = f"p-{w}-{i}"
                    answer = client.post(
                        "/api/v1/actors", json={"key": key, "name": key, "kind": "citizen"}
                    )
                    assert answer.status_code == 201, answer.text
                    put = client.put(
                        f"/api/v1/actions/t-1/actors/{key}", json={"role": "participant"}
                    )
                    assert put.status_code == 201, put.text
                    done.append(key)
            return done

        with ThreadPoolExecutor(writers) as pool:
            acknowledged = [k for keys in pool.map(write, range(writers)) for k in keys]
    assert len(acknowledged) == writers * per_writer
    stored = {n.key for n in api.store.find_nodes(Label.ACTOR)}
    assert set(acknowledged) <= stored
    runners = {p.node.key for p in api.store.who_runs("t-1")}
    assert set(acknowledged) <= runners


def test_two_concurrent_creates_of_one_key_give_one_201_and_one_409(api: Api) -> None:
    with LiveServer(api.app) as server:
        start = threading.Barrier(2)

        def create(n: int) -> httpx.Response:
            with httpx.Client(
                base_url=server.url, headers=api.headers("editor"), timeout=60
            ) as client:
                start.wait()
                body = {"key": "twin", "title": f"Twin {n}", "rockets": ["logistics"]}
                return client.post("/api/v1/actions", json=body)

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(create, range(2)))
    assert sorted(a.status_code for a in answers) == [201, 409], [a.text for a in answers]
    refused = next(a for a in answers if a.status_code == 409)
    assert "'twin' already exists" in refused.json()["detail"]
    assert "/api/" not in refused.json()["detail"]
    created = next(a for a in answers if a.status_code == 201).json()
    assert api.store.get_node(Label.ACTION, "twin").props["title"] == created["title"]
    rows = api.app.state.accounts.find_audit(limit=10)
    assert [(e.action, e.object) for e in rows if e.object == "Action:twin"] == [
        ("action.create", "Action:twin")
    ]
