"""bench/lists: the browse lists and the key actors page, against reading the store once.

For the demo data at 1x and 10x (loaded into SQLite under bench/data/, as bench/api.py does),
through the real app (FastAPI TestClient, a signed-in viewer):

- ``/actors`` and ``/actions`` filtered and sorted, cold (just after a write, so the rows are
  rebuilt from a fresh snapshot) and warm (rows cached per graph version), and their XLSX
  download;
- ``/key-actors`` cold and warm (centrality and brokers from the analysis runner's cache);
- the peer: one ``store.snapshot()``, the least any list of every node must read (cold times
  include the write that invalidates the caches; its own time is printed apart).

Prints milliseconds (median of five) and the ratio to the snapshot; results in
bench/results/lists.json. Run: ``python bench/lists.py [--scales 1,10]``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import prepared_store  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "lists.json"
USER = ("bench-lists", "vihrea-karhu-nukkuu-7")
PAGES = {
    "actors": "/actors?kind=company&sort=partners&dir=desc",
    "actions": "/actions?flag=no_lead&sort=title",
    "actors_xlsx": "/actors.xlsx?kind=company",
    "key_actors": "/key-actors?measure=degree",
}


def _median_ms(run: Callable[[], Any], times: int = 5) -> float:
    found = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        found.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(found), 1)


def _client(db: Path) -> Any:
    from fastapi.testclient import TestClient
    from pydantic import SecretStr

    from graphsvc.accounts import open_accounts
    from graphsvc.api.app import create_app
    from graphsvc.services import accounts
    from graphsvc.settings import Settings
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{db}")
    book = open_accounts(store)
    if book.get_user(USER[0]) is None:
        accounts.add_user(book, USER[0], "viewer", USER[1])
    book.close()
    settings = Settings(
        store=store.url, rate_limit_per_minute=0, session_secret=SecretStr("bench-" + "x" * 32)
    )
    client = TestClient(create_app(settings, store=store))
    form = client.get("/sign-in").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token is not None
    client.post(
        "/sign-in", data={"username": USER[0], "password": USER[1], "csrf_token": token.group(1)}
    )
    return client, store


def _touch(store: Any) -> None:
    """A write, so that every cached row and analysis is computed afresh."""
    from graphsvc.model import Label, Node

    store.upsert_nodes(
        [Node(Label.ACTOR, "bench-touch", {"name": str(time.time()), "kind": "citizen"})]
    )


def bench_scale(scale: int) -> dict[str, Any]:
    """Every measurement at one scale."""
    client, store = _client(prepared_store(scale))
    snapshot = _median_ms(store.snapshot)
    touch = _median_ms(lambda: _touch(store), 3)
    found: dict[str, Any] = {"scale": scale, "snapshot_ms": snapshot, "write_ms": touch}
    for name, url in PAGES.items():

        def cold(url: str = url) -> None:
            _touch(store)
            assert client.get(url).status_code == 200

        def warm(url: str = url) -> None:
            assert client.get(url).status_code == 200

        warm()
        found[name] = {"cold_ms": _median_ms(cold, 3), "warm_ms": _median_ms(warm)}
        found[name]["cold_ratio"] = round(found[name]["cold_ms"] / snapshot, 2)
        print(
            f"{scale}x {name:12} cold {found[name]['cold_ms']:8.1f} ms "
            f"({found[name]['cold_ratio']}× snapshot)  warm {found[name]['warm_ms']:8.1f} ms"
        )
    print(f"{scale}x snapshot {snapshot} ms; the write before each cold request {touch} ms")
    store.close()
    return found


def main() -> None:
    """Measure at the chosen scales and write bench/results/lists.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10")
    args = parser.parse_args()
    results = [bench_scale(int(s)) for s in args.scales.split(",")]
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
