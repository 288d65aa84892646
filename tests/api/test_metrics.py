"""``GET /metrics`` in one process: the text format, route templates, caches, imports, access."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

from graphsvc.api.workpool import WorkPool
from graphsvc.metrics import exposition
from graphsvc.services import accounts as account_service
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore
from tests.api.conftest import Api, make_api
from tests.api.metric_samples import label_values, samples, value

REQUESTS = "graphsvc_http_requests_total"
LATENCY = "graphsvc_http_request_duration_seconds_count"
PASSWORD = "lumi sataa hiljaa kouvolaan"


def local(api: Api, host: str = "127.0.0.1") -> TestClient:
    """A client of ``api`` that connects from ``host`` (TestClient's own is 'testclient')."""
    return TestClient(api.app, client=(host, 50123), raise_server_exceptions=False)


def scrape(api: Api) -> str:
    """The metrics text, read as an admin."""
    answer = api.get("/metrics", "admin")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    return answer.text


def test_the_text_parses_and_counts_requests_by_route_template(sqlite_api: Api) -> None:
    route = "/api/v1/actors/{key}"
    before = scrape(sqlite_api)
    assert samples(before), "no samples"
    for key in ("a-1", "a-2", "no-such-actor"):
        sqlite_api.get(f"/api/v1/actors/{key}")
    sqlite_api.get("/no/such/page/a-1")
    after = scrape(sqlite_api)

    def rise(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert rise(REQUESTS, method="GET", route=route, status="200") == 2
    assert rise(REQUESTS, method="GET", route=route, status="404") == 1
    assert rise(LATENCY, method="GET", route=route, status_class="2xx") == 2
    assert rise(REQUESTS, method="GET", route="unmatched", status="404") == 1
    routes = label_values(after, "route")
    assert route in routes
    assert not [r for r in routes if "a-1" in r or "no-such" in r], routes


def test_an_unusual_method_is_one_label_value(sqlite_api: Api) -> None:
    sqlite_api.call("BREW", "/health", None)
    assert "BREW" not in label_values(scrape(sqlite_api), "method")
    assert value(scrape(sqlite_api), REQUESTS, method="other", route="/health") >= 1


def test_a_repeated_analysis_is_a_cache_hit(sqlite_api: Api) -> None:
    labels = {"cache": "analysis_pool", "kind": "coverage"}
    before = scrape(sqlite_api)
    first = sqlite_api.get("/api/v1/analysis/coverage")
    middle = scrape(sqlite_api)
    second = sqlite_api.get("/api/v1/analysis/coverage")
    after = scrape(sqlite_api)
    assert first.status_code == second.status_code == 200, first.text
    assert first.json() == second.json()
    misses = "graphsvc_cache_misses_total"
    hits = "graphsvc_cache_hits_total"
    assert value(middle, misses, **labels) - value(before, misses, **labels) == 1
    assert value(middle, hits, **labels) == value(before, hits, **labels)
    assert value(after, hits, **labels) - value(middle, hits, **labels) == 1
    assert value(after, misses, **labels) == value(middle, misses, **labels)
    route = {"route": "/api/v1/analysis/{kind}", "status": "200"}
    assert value(after, REQUESTS, **route) - value(before, REQUESTS, **route) == 2


def test_an_import_is_timed_by_outcome(sqlite_api: Api) -> None:
    name = "graphsvc_import_duration_seconds_count"
    good = [
        ("file", ("actors.csv", b"key,name,kind\nz-1,Zeta,company\n")),
        ("file", ("actions.csv", b"key,title,rocket\nt-8,Eta,centre\n")),
        ("file", ("participation.csv", b"actor,action,role\nz-1,t-8,lead\n")),
    ]
    bad = [("file", ("actors.csv", b"key,name,kind\nz-2,Zeta,compny\n"))]
    before = scrape(sqlite_api)
    dry = sqlite_api.call("POST", "/api/v1/imports?dry_run=true", "editor", files=good)
    real = sqlite_api.call("POST", "/api/v1/imports", "editor", files=good)
    refused = sqlite_api.call("POST", "/api/v1/imports", "editor", files=bad)
    assert (dry.status_code, real.status_code, refused.status_code) == (200, 200, 422)
    after = scrape(sqlite_api)
    for outcome in ("dry_run", "imported", "rejected"):
        rise = value(after, name, outcome=outcome) - value(before, name, outcome=outcome)
        assert rise == 1, outcome


def test_pool_gauges_show_jobs_running_and_waiting(
    tmp_path: Path, sqlite_store: GraphStore
) -> None:
    log = tmp_path / "jobs.log"
    pool = WorkPool(
        "gauged", sqlite_store.url, Settings(), processes=1, queue=2, budget=20, limit=20
    )
    job = "tests.api.pool_jobs:record"

    def jobs(state: str) -> float:
        return value(exposition().decode(), "graphsvc_pool_jobs", pool="gauged", state=state)

    async def scenario() -> tuple[float, float, float, float]:
        slow = {"path": str(log), "tag": "a", "seconds": 1.5}
        first = asyncio.ensure_future(pool.run(job, slow))
        second = asyncio.ensure_future(pool.run(job, {**slow, "tag": "b"}))
        deadline = time.monotonic() + 30
        while not (log.exists() and log.read_text().split() == ["a"]):
            assert time.monotonic() < deadline, "the first job did not start"
            await asyncio.sleep(0.02)
        during = jobs("running"), jobs("waiting")
        await asyncio.gather(first, second)
        return (*during, jobs("running"), jobs("waiting"))

    try:
        running, waiting, running_after, waiting_after = asyncio.run(scenario())
    finally:
        pool.shutdown()
    assert (running, waiting) == (1, 1)
    assert (running_after, waiting_after) == (0, 0)
    text = exposition().decode()
    assert value(text, "graphsvc_pool_processes", pool="gauged") == 1


def _problem(answer: httpx.Response, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = answer.json()
    assert body["request_id"]
    return body


def test_remote_clients_need_an_admin(sqlite_api: Api) -> None:
    assert _problem(sqlite_api.get("/metrics", None), 401)["detail"].startswith("sign in")
    wrong = {"Authorization": "Bearer gsk_00000000_wrong"}
    _problem(sqlite_api.client.get("/metrics", headers=wrong), 401)
    for role in ("viewer", "editor"):
        refused = _problem(sqlite_api.get("/metrics", role), 403)
        assert "127.0.0.1" in refused["detail"] and f"has {role}" in refused["detail"]
    finnish = sqlite_api.call("GET", "/metrics", "viewer", headers={"Accept-Language": "fi"})
    assert "ylläpitäjät" in _problem(finnish, 403)["detail"]
    assert sqlite_api.get("/metrics", "admin").status_code == 200


def test_a_signed_in_admin_may_read(sqlite_api: Api) -> None:
    accounts = sqlite_api.app.state.accounts
    account_service.add_user(accounts, "ylla", "admin", PASSWORD)
    account_service.add_user(accounts, "vilja", "viewer", PASSWORD)
    for name, status in (("ylla", 200), ("vilja", 403)):
        with TestClient(sqlite_api.app) as person:
            signed = person.post("/auth/login", json={"name": name, "password": PASSWORD})
            assert signed.status_code == 200, signed.text
            assert person.get("/metrics").status_code == status


def test_this_machine_reads_without_a_credential(sqlite_api: Api) -> None:
    for host in ("127.0.0.1", "::1", "127.0.0.2"):
        answer = local(sqlite_api, host).get("/metrics")
        assert answer.status_code == 200, (host, answer.text)
        assert samples(answer.text)
    assert local(sqlite_api, "192.0.2.7").get("/metrics").status_code == 401
    # a proxy on this machine makes every client look local: a forwarded request is not
    forwarded = local(sqlite_api).get("/metrics", headers={"X-Forwarded-For": "192.0.2.7"})
    _problem(forwarded, 401)
    # local reading opens /metrics only
    assert local(sqlite_api).get("/api/v1/actors").status_code == 401


def test_local_scrapes_are_never_rate_limited(sqlite_store: GraphStore) -> None:
    api = make_api(sqlite_store, rate_limit_per_minute=3)
    try:
        scraper = local(api)
        assert {scraper.get("/metrics").status_code for _ in range(12)} == {200}
        remote = [api.get("/metrics", "admin").status_code for _ in range(5)]
        assert remote[:3] == [200, 200, 200] and 429 in remote
    finally:
        api.app.state.accounts.close()


def test_the_directory_made_for_a_server_is_removed_with_its_name(monkeypatch) -> None:
    from graphsvc.metrics import MULTIPROC_ENV, prepare_multiprocess_dir, remove_multiprocess_dir

    monkeypatch.delenv(MULTIPROC_ENV, raising=False)
    made = prepare_multiprocess_dir()
    assert made is not None and made.is_dir()
    assert Path(os.environ[MULTIPROC_ENV]) == made
    remove_multiprocess_dir(made)
    assert not made.exists() and MULTIPROC_ENV not in os.environ
