"""Erasure is complete: no copy of the person in the graph, the audit log or the files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphsvc.model import Label
from graphsvc.records import Batch
from graphsvc.services import audit_log
from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_store import SQLiteStore
from tests.api.conftest import Api

KEY = "liisa-loytonen"  # a citizen's key is often their name
PERSON = {
    "name": "Liisa Löytönen",
    "contact_name": "Liisa Löytönen",
    "contact_email": "liisa.l@example.fi",
    "contact_phone": "+358 50 765 4321",
}
NEEDLES = (KEY, *PERSON.values())
WORKBOOK = {
    "actors.csv": f"key,name,kind,contact_email\n{KEY},{PERSON['name']},citizen,"
    f"{PERSON['contact_email']}\nimp-1,Imported Oy,company,\n",
    "actions.csv": "key,title,rocket\nt-9,Kylätalo,wellbeing\n",
    "participation.csv": f"actor,action,role\n{KEY},t-9,lead\nimp-1,t-9,partner\n",
}


def _found_in(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    lowered = data.lower()
    return [n for n in NEEDLES if n.lower().encode("utf-8") in lowered]


def _touch_the_person_everywhere(api: Api) -> None:
    """Audit rows of every kind that name the person: writes, an import, refusals."""
    files = [("file", (name, body.encode(), "text/csv")) for name, body in WORKBOOK.items()]
    imported = api.client.post("/api/v1/imports", files=files, headers=api.headers("editor"))
    assert imported.status_code == 200, imported.text
    patch = api.call("PATCH", f"/api/v1/actors/{KEY}", "editor", json=PERSON)
    assert patch.status_code == 200, patch.text
    ok = api.call("PUT", f"/api/v1/actions/t-1/actors/{KEY}", "editor", json={"role": "partner"})
    assert ok.status_code == 201, ok.text
    refused = api.call("PATCH", f"/api/v1/actors/{KEY}", "viewer", json={"name": "x"})
    assert refused.status_code == 403
    wrong = api.call("PUT", f"/api/v1/actions/nope/actors/{KEY}", "editor", json={"role": "lead"})
    assert wrong.status_code == 404
    assert (
        api.call("PATCH", "/api/v1/actors/a-2", "editor", json={"sector": "x"}).status_code == 200
    )


def _raw_audit(api: Api) -> list[dict[str, Any]]:
    return [dict(e.__dict__) for e in api.app.state.accounts.audit_chain()]


def _neo4j_properties(store: GraphStore) -> str:
    """Every property of every node and relationship in the database, as one text."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(store.url) as driver:
        nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
        rels, _, _ = driver.execute_query(
            "MATCH ()-[r]->() RETURN type(r) AS t, properties(r) AS p"
        )
    return repr([r.data() for r in nodes]) + repr([r.data() for r in rels])


def test_erasure_leaves_no_personal_data_in_audit_rows_or_store_files(api: Api) -> None:
    _touch_the_person_everywhere(api)
    before = _raw_audit(api)
    assert _found_in(repr(before)) == []  # even before erasure: pseudonyms, never keys
    pseudonym = api.app.state.accounts.pseudonym_of(KEY)
    assert pseudonym and pseudonym in repr(before)
    view = api.get("/api/v1/admin/audit?limit=100", "admin").json()["items"]
    assert f"Actor:{KEY}" in [e["object"] for e in view]  # resolved while the actor exists

    erased = api.call("POST", f"/api/v1/actors/{KEY}/erase", "admin")
    assert erased.status_code == 200, erased.text

    rows = _raw_audit(api)
    assert _found_in(repr(rows)) == [], rows
    erase_row = rows[-1]
    assert erase_row["action"] == "actor.erase" and erase_row["object"] == f"Actor:{pseudonym}"
    assert api.app.state.accounts.pseudonym_of(KEY) is None
    assert api.app.state.accounts.keys_of([pseudonym]) == {}
    view = api.get("/api/v1/admin/audit?limit=100", "admin").json()["items"]
    assert _found_in(repr(view)) == []
    assert "Actor:a-2" in [e["object"] for e in view]  # others still resolve
    assert audit_log.verify(api.app.state.accounts).intact

    if isinstance(api.store, SQLiteStore):
        db = Path(api.store.path)
        wal = db.with_name(db.name + "-wal")
        for path in (db, wal):
            if path.exists():
                assert _found_in(path.read_bytes()) == [], path
        assert not wal.exists() or wal.stat().st_size == 0
    else:
        assert _found_in(_neo4j_properties(api.store)) == []
    # a request naming the erased key afterwards stores no link to it either
    again = api.call("PATCH", f"/api/v1/actors/{KEY}", "viewer", json={"name": "x"})
    assert again.status_code == 403
    assert _found_in(repr(_raw_audit(api))) == []
    assert api.app.state.accounts.pseudonym_of(KEY) is None


def test_an_actor_who_left_can_still_be_erased(api: Api) -> None:
    """Deleting ends an actor and keeps its past: erasure must remove that too."""
    actor = api.store.get_node(Label.ACTOR, "a-1")
    api.store.apply(Batch(nodes=[actor], on="2024-01-01"))  # in the programme since 2024
    assert api.call("DELETE", "/api/v1/actors/a-1", "editor").status_code == 204
    assert api.get("/api/v1/actors/a-1").status_code == 404
    assert api.get("/api/v1/actors/a-1?as_of=2025", "editor").json()["contact_name"]
    assert api.call("POST", "/api/v1/actors/a-1/erase", "admin").status_code == 200
    assert api.get("/api/v1/actors/a-1?as_of=2025").status_code == 404
    history = api.store.history()
    assert not any(n.key == "a-1" for n, *_ in history.nodes)
    assert not any("a-1" in (e.start, e.end) for e, *_ in history.edges)


def test_a_retried_erasure_still_deletes_a_left_over_mapping(api: Api) -> None:
    accounts = api.app.state.accounts
    assert (
        api.call("PATCH", "/api/v1/actors/a-1", "editor", json={"sector": "x"}).status_code == 200
    )
    api.store.erase_node(Label.ACTOR, "a-1")  # as if the erasure stopped after the graph part
    assert accounts.pseudonym_of("a-1")
    assert api.call("POST", "/api/v1/actors/a-1/erase", "admin").status_code == 404
    assert accounts.pseudonym_of("a-1") is None
