"""Viewers never receive contact data; erasure removes a person everywhere, audited without it."""

from __future__ import annotations

import io
import zipfile

import pytest

from graphsvc.model import CONTACT_FIELDS, Label
from tests.api.conftest import CONTACT, Api

READS = (
    "/api/v1/actors",
    "/api/v1/actors?rocket=logistics&sort=name",
    "/api/v1/actors/a-1",
    "/api/v1/actors/a-1/actions",
    "/api/v1/actions/t-1/actors",
    "/api/v1/rockets/logistics/actors",
    "/api/v1/search?q=satama",
    "/api/v1/search?q=a-1",
)
EXPORTS = ("json", "csv", "xlsx", "graphml", "gexf", "cypher")


def _contact_values_in(data: bytes) -> list[str]:
    found = [v for v in CONTACT.values() if v.encode() in data]
    return found + [f for f in CONTACT_FIELDS if f.encode() in data]


def _export_bytes(api: Api, fmt: str, role: str) -> bytes:
    answer = api.get(f"/api/v1/exports/{fmt}", role)
    assert answer.status_code == 200, answer.text
    if fmt in ("csv", "xlsx"):  # zip containers: look inside
        with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
            return b"".join(archive.read(n) for n in archive.namelist())
    return answer.content


def test_viewer_reads_never_carry_contact_data(api: Api) -> None:
    for url in READS:
        answer = api.get(url, "viewer")
        assert answer.status_code == 200, (url, answer.text)
        assert _contact_values_in(answer.content) == [], url
    # editors do see them, so the check above can fail
    assert (
        api.get("/api/v1/actors/a-1", "editor").json()["contact_email"] == CONTACT["contact_email"]
    )
    who = api.get("/api/v1/actions/t-1/actors", "admin").json()["actors"]
    assert any(a.get("contact_phone") == CONTACT["contact_phone"] for a in who)


@pytest.mark.parametrize("fmt", EXPORTS)
def test_viewer_exports_never_carry_contact_data(sqlite_api: Api, fmt: str) -> None:
    assert _contact_values_in(_export_bytes(sqlite_api, fmt, "viewer")) == []
    assert CONTACT["contact_email"].encode() in _export_bytes(sqlite_api, fmt, "editor")


def test_error_bodies_for_viewers_carry_no_contact_data(sqlite_api: Api) -> None:
    answer = sqlite_api.call("PATCH", "/api/v1/actors/a-1", "viewer", json={"contact_email": "x"})
    assert answer.status_code == 403 and _contact_values_in(answer.content) == []


def test_erase_removes_the_person_everywhere_and_is_audited(api: Api) -> None:
    before_edges = len(api.store.find_edges())
    answer = api.call("POST", "/api/v1/actors/a-1/erase", "admin")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"erased": "a-1", "relationships_removed": 1}
    assert _contact_values_in(answer.content) == []
    assert api.get("/api/v1/actors/a-1").status_code == 404
    assert len(api.store.find_edges()) == before_edges - 1
    assert all(e.start != "a-1" for e in api.store.find_edges())
    assert [n.key for n in api.store.search("satama", labels=[Label.ACTOR])] == []
    for fmt in ("json", "cypher"):
        assert b"Satama" not in api.get(f"/api/v1/exports/{fmt}", "admin").content
    audit = api.get("/api/v1/admin/audit", "admin").json()["items"]
    erasures = [e for e in audit if e["action"] == "actor.erase"]
    assert erasures and erasures[0]["outcome"] == "ok"
    assert erasures[0]["object"].startswith("Actor:~")  # the key's pseudonym, now unlinked
    assert erasures[0]["who"].startswith("key:") and erasures[0]["role"] == "admin"
    everything = str(audit).encode()
    assert _contact_values_in(everything) == [] and b"Satama" not in everything
    assert api.call("POST", "/api/v1/actors/a-1/erase", "admin").status_code == 404


def test_refused_changes_are_audited_without_their_bodies(sqlite_api: Api) -> None:
    body = {"key": "a-1", "name": "Dup", "kind": "company", **CONTACT}
    assert sqlite_api.call("POST", "/api/v1/actors", "viewer", json=body).status_code == 403
    assert sqlite_api.call("POST", "/api/v1/actors", "editor", json=body).status_code == 409
    bad = {**body, "key": "a-7", "kind": "compny"}
    assert sqlite_api.call("POST", "/api/v1/actors", "editor", json=bad).status_code == 422
    assert (
        sqlite_api.get("/api/v1/actors/nobody", "viewer").status_code == 404
    )  # reads: not audited
    audit = sqlite_api.get("/api/v1/admin/audit", "admin").json()["items"]
    outcomes = [(e["role"], e["action"], e["outcome"]) for e in audit]
    assert outcomes == [
        ("editor", "POST /api/v1/actors", "refused: 422 Invalid request"),
        ("editor", "POST /api/v1/actors", "refused: 409 Conflict"),
        ("viewer", "POST /api/v1/actors", "refused: 403 Forbidden"),
    ]
    assert _contact_values_in(str(audit).encode()) == []
