"""bench/survey: the respondent's form and its saves on a real uvicorn server, against
``GET /health`` (the peer: the cheapest answer of the same server) in the same run.

A wave of 300 respondents on the 1x demo store (the demo's actors, each given a contact,
and made-up actors until there are 300), served as ``graphsvc serve`` serves it (uvicorn,
uvloop, httptools) with 1 and 2 workers. Measured:

- **form load**: every respondent's ``GET /s/{token}`` once, one client after another
  (taking turns with ``/health``), and three times from 50 clients at once (bench/loadgen.py,
  then ``/health`` the same way); p50/p99 and the ratio to ``/health``;
- **answer saves with 50 respondents answering at once**: each of 50 respondents saves
  the whole form 10 times, as ``survey.js`` does while one types (0.3–1.5 s apart), p50/p99
  and the ratio to ``/health`` asked at the same pace;
- **saturation**: the same 50 respondents saving back to back (no pause), for the
  throughput one worker sustains.

The goals: the form in under 300 ms, a save in under 100 ms at p99. The client runs on
the same 2 cores as the server. Run: ``python bench/survey.py``; results in
bench/results/survey.json.
"""

from __future__ import annotations

import asyncio
import json
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import free_port, prepared_store, start_server, stop_server  # noqa: E402
from loadgen import load  # noqa: E402

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "survey.json"
RESPONDENTS = 300
ANSWERING = 50
SAVES = 10
YEAR = 2026


def wave_store(folder: Path) -> tuple[str, dict[str, str], list[str], list[str]]:
    """A copy of the 1x store with 300 respondents and an open wave: its URL, each
    respondent's token, and the roster's actors and actions as the form names them."""
    from graphsvc.accounts import open_accounts
    from graphsvc.model import Edge, Label, Node, RelType
    from graphsvc.records import Batch
    from graphsvc.services import survey
    from graphsvc.services.accounts import Author
    from graphsvc.services.survey_answers import roster
    from graphsvc.stores.sqlite_store import SQLiteStore

    db = folder / "survey.db"
    shutil.copy(prepared_store(1), db)
    url = f"sqlite:///{db}"
    store = SQLiteStore(url)
    actors = store.find_nodes(Label.ACTOR)
    actions = [n.key for n in store.find_nodes(Label.ACTION)]
    rng = random.Random(3)
    given = [
        Node(Label.ACTOR, n.key, {**n.props, "contact_email": f"{n.key}@example.fi"})
        for n in actors
    ]
    made = [
        Node(Label.ACTOR, f"vastaaja-{i}", {"name": f"Vastaaja {i} Oy", "kind": "company",
                                            "contact_email": f"v{i}@example.fi"})
        for i in range(max(0, RESPONDENTS - len(actors)))
    ]  # fmt: skip
    runs = [
        Edge(RelType.RUNS, n.key, a, {"role": "partner"})
        for n in made
        for a in rng.sample(actions, 2)
    ]
    store.apply(Batch(nodes=given + made, edges=runs))
    accounts = open_accounts(store)
    by = Author(accounts, "bench", "editor")
    survey.create_wave(store, YEAR, "Verkostokysely", by)
    rows = survey.issue_links(store, YEAR, "http://bench", by)
    names = list(roster(store).actors.values())
    titles = list(roster(store).actions.values())
    accounts.close()
    store.close()
    tokens = {r["actor"]: r["link"].rsplit("/", 1)[1] for r in rows[:RESPONDENTS]}
    return url, tokens, names, titles


def form_fields(rng: random.Random, names: list[str], titles: list[str]) -> dict[str, Any]:
    """A realistic whole form: 8 ties (with an action each), 3 wishes, 5 actions, a note."""
    return {
        "tie_actor": rng.sample(names, 8),
        "tie_action": rng.sample(titles, 8),
        "want": rng.sample(names, 3),
        "action": rng.sample(titles, 5),
        "note": "Yhteistyö sujui hyvin tänä vuonna. " * rng.randint(1, 4),
    }


def summary(latencies: list[float]) -> dict[str, Any]:
    """Count, p50, p99 and the largest, in milliseconds."""
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2)

    return {"n": len(lat), "p50_ms": pct(0.5), "p99_ms": pct(0.99), "max_ms": pct(1.0)}


async def timed(client: httpx.AsyncClient, method: str, path: str, **kw: Any) -> float:
    t0 = time.perf_counter()
    answer = await client.request(method, path, **kw)
    spent = time.perf_counter() - t0
    if answer.status_code != 200:
        raise RuntimeError(f"{method} {path[:12]}…: {answer.status_code} {answer.text[:200]}")
    return spent


def forms_at_once(port: int, tokens: list[str]) -> dict[str, Any]:
    """Every form three times from 50 keep-alive clients at once, then as many /health
    (bench/loadgen.py: raw sockets, so the client is not what is measured)."""
    forms = load(
        port, lambda n: ("GET", f"/s/{tokens[n % len(tokens)]}", None, "form"),
        clients=ANSWERING, max_requests=3 * len(tokens), max_seconds=120, headers={},
    )  # fmt: skip
    health = load(
        port, lambda n: ("GET", "/health", None, "health"),
        clients=ANSWERING, max_requests=3 * len(tokens), max_seconds=120, headers={},
    )  # fmt: skip
    if set(forms.statuses) != {200}:
        raise RuntimeError(f"form loads answered {forms.statuses}")
    return {"form": _loadgen(forms), "health": _loadgen(health)}


def _loadgen(outcome: Any) -> dict[str, Any]:
    shown = outcome.summary()
    return {
        "n": shown["requests"],
        "p50_ms": shown["p50_ms"],
        "p99_ms": shown["p99_ms"],
        "throughput_rps": shown["throughput_rps"],
    }


async def forms_and_peer(base: str, tokens: list[str], clients: int) -> dict[str, Any]:
    """Every form once and as many /health, by ``clients`` clients, taking turns."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        await timed(client, "GET", "/health")
        forms: list[float] = []
        health: list[float] = []
        queue = list(tokens)

        async def worker() -> None:
            while queue:
                token = queue.pop()
                forms.append(await timed(client, "GET", f"/s/{token}"))
                health.append(await timed(client, "GET", "/health"))

        await asyncio.gather(*(worker() for _ in range(clients)))
    return {"form": summary(forms), "health": summary(health)}


async def saves_and_peer(
    base: str, tokens: list[str], names: list[str], titles: list[str], pause: bool
) -> dict[str, Any]:
    """50 respondents saving 10 times each (with pauses as one types, or back to back),
    and /health asked at the same pace by 50 more clients."""
    rng = random.Random(11)
    limits = httpx.Limits(max_connections=2 * ANSWERING, max_keepalive_connections=2 * ANSWERING)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        saves: list[float] = []
        health: list[float] = []

        async def respondent(token: str, seed: int) -> None:
            own = random.Random(seed)
            for _ in range(SAVES):
                if pause:
                    await asyncio.sleep(own.uniform(0.3, 1.5))
                data = form_fields(own, names, titles)
                saves.append(await timed(client, "POST", f"/s/{token}/save", data=data))

        async def peer(seed: int) -> None:
            own = random.Random(seed)
            for _ in range(SAVES):
                if pause:
                    await asyncio.sleep(own.uniform(0.3, 1.5))
                health.append(await timed(client, "GET", "/health"))

        started = time.perf_counter()
        chosen = rng.sample(tokens, ANSWERING)
        await asyncio.gather(
            *(respondent(t, i) for i, t in enumerate(chosen)),
            *(peer(1000 + i) for i in range(ANSWERING)),
        )
        seconds = time.perf_counter() - started
    return {
        "save": summary(saves),
        "health": summary(health),
        "saves_per_s": round(len(saves) / seconds, 1),
    }


def ratio(run: dict[str, Any], what: str) -> dict[str, float]:
    return {
        f"{p}_ratio": round(run[what][f"{p}_ms"] / max(run["health"][f"{p}_ms"], 0.01), 1)
        for p in ("p50", "p99")
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url, tokens, names, titles = wave_store(Path(folder))
        keys = list(tokens.values())
        result: dict[str, Any] = {
            "machine": {"cores": __import__("os").cpu_count(), "python": platform.python_version()},
            "respondents": len(keys),
            "roster": {"actors": len(names), "actions": len(titles)},
        }
        for workers in (1, 2):
            port = free_port()
            server = start_server(url, port, workers)
            base = f"http://127.0.0.1:{port}"
            try:
                runs = {
                    "form_1_client": asyncio.run(forms_and_peer(base, keys, 1)),
                    "form_50_clients": forms_at_once(port, keys),
                    "save_50_respondents": asyncio.run(
                        saves_and_peer(base, keys, names, titles, pause=True)
                    ),
                    "save_50_back_to_back": asyncio.run(
                        saves_and_peer(base, keys, names, titles, pause=False)
                    ),
                }
            finally:
                stop_server(server)
            for name, run in runs.items():
                run["vs_health"] = ratio(run, "form" if name.startswith("form") else "save")
            result[f"{workers}_worker{'s' if workers > 1 else ''}"] = runs
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
