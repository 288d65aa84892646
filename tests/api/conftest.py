"""API fixtures: an app on a real store (SQLite and Neo4j), keys per role, seeded data."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graphsvc.api.app import create_app
from graphsvc.indicator_model import Direction, Indicator, Observation
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services import accounts as account_service
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore

ROLES = ("viewer", "editor", "admin")
CONTACT = {
    "contact_name": "Maija Meikäläinen",
    "contact_email": "maija.meikalainen@example.fi",
    "contact_phone": "+358 40 123 4567",
}


def seed(store: GraphStore) -> None:
    """Two actors (one with contact data), two actions, participation on the logistics rocket."""
    store.apply(
        Batch(
            nodes=[
                Node(Label.ACTOR, "a-1", {"name": "Kouvolan Satama", "kind": "company", **CONTACT}),
                Node(Label.ACTOR, "a-2", {"name": "Xamk", "kind": "education"}),
                Node(Label.ACTION, "t-1", {"title": "Rail yard", "status": "planned"}),
                Node(Label.ACTION, "t-2", {"title": "Station area", "status": "ongoing"}),
            ],
            edges=[
                Edge(RelType.FUELS, "t-1", "logistics", {"primary": True}),
                Edge(RelType.FUELS, "t-2", "centre", {"primary": True}),
                Edge(RelType.RUNS, "a-1", "t-1", {"role": "lead"}),
                Edge(RelType.RUNS, "a-2", "t-1", {"role": "partner"}),
                Edge(RelType.RUNS, "a-2", "t-2", {"role": "lead"}),
            ],
            indicators=[SEED_INDICATOR],
            observations=[Observation("i-1", 2022, 1200.0), Observation("i-1", 2023, 1350.5)],
        )
    )


#: The seeded indicator: rail freight on the logistics rocket, owned by a-1.
SEED_INDICATOR = Indicator(
    key="i-1",
    name_fi="Rautatierahti",
    name_en="Rail freight",
    unit="kt",
    direction=Direction.INCREASE,
    baseline_year=2021,
    baseline_value=1000.0,
    target_year=2025,
    target_value=2000.0,
    measures="logistics",
    owner="a-1",
)


def settings(**overrides: Any) -> Settings:
    """Test settings: generous rate limit unless a test asks otherwise."""
    values: dict[str, Any] = {"rate_limit_per_minute": 0, "analysis_budget_seconds": 20.0}
    values.update(overrides)
    return Settings(**values)


@dataclass
class Api:
    """A test client on an app over a real store, with one API key per role."""

    app: FastAPI
    store: GraphStore
    client: TestClient
    keys: dict[str, str] = field(default_factory=dict)

    def headers(self, role: str | None) -> dict[str, str]:
        """Authorization headers of ``role`` (no header for None)."""
        return {"Authorization": f"Bearer {self.keys[role]}"} if role else {}

    def get(self, url: str, role: str | None = "viewer", **kw: Any) -> httpx.Response:
        """GET as ``role``."""
        return self.client.get(url, headers=self.headers(role), **kw)

    def call(self, method: str, url: str, role: str | None, **kw: Any) -> httpx.Response:
        """Any request as ``role`` (extra ``headers`` are added to the credential)."""
        headers = {**self.headers(role), **kw.pop("headers", {})}
        return self.client.request(method, url, headers=headers, **kw)


def make_api(store: GraphStore, **overrides: Any) -> Api:
    """An app on ``store`` (seeded), a client that reports 500s as responses, and role keys."""
    seed(store)
    app = create_app(settings(**overrides), store)
    keys = {
        role: account_service.create_key(app.state.accounts, role, f"test-{role}")[1]
        for role in ROLES
    }
    client = TestClient(app, raise_server_exceptions=False)
    return Api(app, store, client, keys)


def served_api(store: GraphStore) -> Iterator[Api]:
    """The seeded API on ``store`` with its test client open; its accounts closed afterwards."""
    made = make_api(store)
    with made.client:
        yield made
    made.app.state.accounts.close()


@pytest.fixture
def api(store: GraphStore) -> Iterator[Api]:
    """The API on each store (SQLite and Neo4j), seeded."""
    yield from served_api(store)


@pytest.fixture
def sqlite_api(sqlite_store: GraphStore) -> Iterator[Api]:
    """The API on SQLite only (for tests about HTTP, not about the store)."""
    yield from served_api(sqlite_store)


class LiveServer:
    """A real uvicorn server on loopback, in a thread, for tests that need real sockets."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def snapshot_content(store: GraphStore) -> tuple[Any, Any]:
    """Node and relationship content of the store (without the version number)."""
    snap = store.snapshot()
    return (
        [(n.label, n.key, sorted(n.props.items(), key=str)) for n in snap.nodes],
        [(e.type, e.start, e.end, sorted(e.props.items(), key=str)) for e in snap.edges],
    )
