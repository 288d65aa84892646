"""The API's own errors and the stores' errors in the language ``Accept-Language`` names first
(Finnish or English; English when it names neither); titles stay English reason phrases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graphsvc.errors import StoreError, StoreUnavailableError
from graphsvc.messages import said
from graphsvc.stores.base import GraphStore
from tests.api.conftest import Api, make_api

FINNISH = ("fi", "fi-FI,fi;q=0.9", "sv,fi;q=0.5")
ENGLISH = ("en", None, "sv,en;q=0.5", "de")


def _detail(api: Api, lang: str | None, method: str, url: str, role: str | None, **kw) -> dict:  # noqa: ANN003
    headers = {**({"Accept-Language": lang} if lang else {}), **kw.pop("headers", {})}
    answer = api.call(method, url, role, headers=headers, **kw)
    assert answer.headers["content-type"] == "application/problem+json", answer.text
    return {"status": answer.status_code, **answer.json()}


#: (method, url, role, request extras, status, Finnish detail, English detail)
CASES = [
    ("GET", "/api/v1/actors/nobody", "viewer", {}, 404, "toimijaa 'nobody' ei löydy",
     "Actor 'nobody' not found"),
    ("GET", "/api/v1/rockets/moon", "viewer", {}, 404, "kantorakettia 'moon' ei löydy",
     "Rocket 'moon' not found"),
    ("POST", "/api/v1/actors", "editor", {"json": {"key": "a-1", "name": "X", "kind": "company"}},
     409, "toimija 'a-1' on jo olemassa", "Actor 'a-1' already exists"),
    ("GET", "/api/v1/actors", None, {}, 401,
     "kirjaudu sisään tai lähetä 'Authorization: Bearer <API-avain>' (graphsvc keys create)",
     "sign in, or send 'Authorization: Bearer <API key>' (graphsvc keys create)"),
    ("POST", "/api/v1/actors", "viewer", {"json": {"key": "z", "name": "Z", "kind": "company"}},
     403, "tähän tarvitaan rooli editor; tunnuksellasi on rooli viewer",
     "this needs the editor role; your credential has viewer"),
    ("GET", "/api/v1/actors?limit=501", "viewer", {}, 422,
     "sivukoko 501 on suurempi kuin suurin sallittu sivukoko 500",
     "limit 501 is larger than the largest page size 500"),
    ("POST", "/api/v1/imports", "editor", {"json": {"file": "x"}}, 415,
     "lähetä työkirja muodossa multipart/form-data; nyt tuli application/json",
     "send the workbook as multipart/form-data, not application/json"),
    ("GET", "/api/v1/analysis/nope", "viewer", {}, 404, "analyysia 'nope' ei ole: käytä",
     "no analysis 'nope': use one of summary,"),
    ("GET", "/api/v1/nowhere", "viewer", {}, 404, "polkua /api/v1/nowhere ei ole",
     "no route /api/v1/nowhere"),
    ("PUT", "/api/v1/actors", "editor", {"json": {}}, 405,
     "PUT ei käy polulla /api/v1/actors: käytä jotakin näistä: GET, POST",
     "PUT is not allowed on /api/v1/actors: use GET, POST"),
    ("POST", "/api/v1/actors", "editor",
     {"content": b"{x", "headers": {"content-type": "application/json"}}, 400,
     "pyynnön runko ei ole kelvollista JSONia", "the request body is not valid JSON"),
    ("POST", "/api/v1/actors", "editor",
     {"json": {"key": "a-9", "name": "X", "kind": "company", "is_admin": True, "role": "x"}},
     422, "tuntemattomat kentät: is_admin, role", "unknown fields: is_admin, role"),
    ("PATCH", "/api/v1/actors/a-1", "editor", {"json": {"name": " "}}, 422,
     "name: on pakollinen: sitä voi muuttaa mutta ei poistaa eikä jättää tyhjäksi",
     "name: is required: it can be changed but not removed or left empty"),
]  # fmt: skip


@pytest.fixture
def api(sqlite_store: GraphStore) -> Iterator[Api]:
    """The seeded API on SQLite, with a route per store failure that the tests raise."""
    made = make_api(sqlite_store)

    def unreachable() -> None:
        raise StoreUnavailableError(
            said("errors.store.neo4j_unreachable", url="bolt://db:7687", problem="refused")
        )

    def refused() -> None:
        raise StoreError(said("errors.store.neo4j_refused", url="bolt://db:7687", problem="MATCH"))

    made.app.add_api_route("/api/v1/unreachable", unreachable)
    made.app.add_api_route("/api/v1/refused", refused)
    made.client = TestClient(made.app, raise_server_exceptions=False)
    with made.client:
        yield made
    made.app.state.accounts.close()


@pytest.mark.parametrize("case", CASES, ids=[f"{c[4]}{c[1]}" for c in CASES])
def test_a_finnish_reader_gets_finnish_and_others_english(api: Api, case: tuple) -> None:
    method, url, role, extras, status, finnish, english = case
    for lang in FINNISH:
        body = _detail(api, lang, method, url, role, **dict(extras))
        assert body["status"] == status and body["detail"].startswith(finnish), (lang, body)
    for lang in ENGLISH:
        body = _detail(api, lang, method, url, role, **dict(extras))
        assert body["status"] == status and body["detail"].startswith(english), (lang, body)
    assert body["title"].isascii()


def test_store_failures_speak_the_readers_language_and_never_name_the_host(api: Api) -> None:
    fi = _detail(api, "fi", "GET", "/api/v1/unreachable", "viewer")
    assert fi["status"] == 503 and fi["title"] == "Store unavailable"
    assert fi["detail"] == (
        "tietokantaan ei juuri nyt saada yhteyttä; mitään ei kirjoitettu; yritä pian uudelleen"
    )
    en = _detail(api, "sv,en;q=0.5", "GET", "/api/v1/unreachable", "viewer")
    assert en["detail"] == (
        "the database cannot be reached right now; nothing was written; try again soon"
    )
    assert _detail(api, None, "GET", "/api/v1/unreachable", "viewer")["detail"] == en["detail"]
    fi = _detail(api, "fi-FI,fi;q=0.9", "GET", "/api/v1/refused", "viewer")
    assert fi["status"] == 500 and fi["detail"] == "tietokanta torjui toiminnon"
    assert _detail(api, "en", "GET", "/api/v1/refused", "viewer")["detail"] == (
        "the store refused the operation"
    )
    assert all("bolt://" not in str(b) and "MATCH" not in str(b) for b in (fi, en))


def test_an_unexpected_failure_names_the_request_id_in_finnish(api: Api) -> None:
    def explode() -> None:
        raise RuntimeError("internals")

    api.app.add_api_route("/api/v1/boom", explode)
    body = _detail(api, "fi", "GET", "/api/v1/boom", "viewer")
    assert body["detail"] == (
        f"tapahtui odottamaton virhe; kerro ylläpidolle pyynnön tunnus {body['request_id']}"
    )


def test_middleware_limits_answer_in_the_readers_language(sqlite_store: GraphStore) -> None:
    made = make_api(sqlite_store, rate_limit_per_minute=2, max_body_bytes=1000)
    try:
        big = {"content": b"x" * 2000, "headers": {"content-type": "application/json"}}
        fi = _detail(made, "fi", "POST", "/api/v1/actors", "editor", **big)
        assert fi["status"] == 413 and fi["title"] == "Too large"
        assert fi["detail"] == "pyynnön runko (2000 tavua) on suurempi kuin 1000 tavun raja"
        en = _detail(made, None, "POST", "/api/v1/actors", "editor", **big)
        assert en["detail"] == (
            "the request body (2000 bytes) is larger than the limit of 1000 bytes"
        )
        fi = _detail(made, "fi-FI,fi;q=0.9", "GET", "/api/v1/rockets", "editor")
        assert fi["status"] == 429 and fi["title"] == "Too many requests"
        assert fi["detail"].startswith("yli 2 pyyntöä minuutissa; yritä uudelleen ")
        en = _detail(made, "sv,en;q=0.5", "GET", "/api/v1/rockets", "editor")
        assert en["detail"].startswith("more than 2 requests in a minute; retry in ")
    finally:
        made.app.state.accounts.close()


def test_a_field_check_of_ours_names_the_field_in_the_readers_language(api: Api) -> None:
    fi = _detail(api, "fi", "PATCH", "/api/v1/actors/a-1", "editor", json={"name": None})
    assert fi["errors"] == [
        {
            "field": "name",
            "message": "on pakollinen: sitä voi muuttaa mutta ei poistaa eikä jättää tyhjäksi",
            "type": "required",
        }
    ]
    en = _detail(api, None, "PATCH", "/api/v1/actors/a-1", "editor", json={"name": None})
    assert en["errors"][0]["message"] == (
        "is required: it can be changed but not removed or left empty"
    )
