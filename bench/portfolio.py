"""Speed of a two-programme portfolio: ``analyze overlap``, and every analysis read with
``--programme`` against the same analysis on a one-programme store of the same size.

Both are SQLite stores, as ``graphsvc`` runs by default. The portfolio is the vitality
demo at the scale, with the illustrative wellbeing programme of the same scale loaded on
it (its own actors and actions, sharing actors with the vitality one). The one-programme
store of the same size holds exactly what ``--programme elinvoiman-kasvu`` reads: the
vitality programme's part of the portfolio (the vitality demo and the wellbeing actions
that also fuel a vitality rocket, with their actors), alone. Each timing is the median
of five runs, the two stores' taken in turns, measured two ways: *cold* (a store opened
afresh and nothing cached: the store's query reads the programme's part, the view and
the graphs are built in the run, as in a fresh ``graphsvc analyze --programme``
process) and *served* (the answer computed, the graphs and the programme's view held per
graph version, as the server holds them between questions). ``ratio_*`` is the
portfolio read with ``--programme elinvoiman-kasvu`` over the one-programme store (1.0:
as fast). Run from ``bench/analysis.py --portfolio``, which writes
bench/results/portfolio.json.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from graphsvc.model import PROGRAMME_KEY, Label
from graphsvc.services.analysis import KINDS, clear_cache, run_analysis
from graphsvc.services.analysis_cache import CACHE
from graphsvc.services.workbook import import_workbook
from graphsvc.stores import open_store

RUNS = 5


def portfolio_stores(scale: int, folder: Path) -> tuple[str, str]:
    """The URLs of a SQLite store of the portfolio and of one holding exactly the vitality
    programme's part of it, alone."""
    from graphsvc.demo import generate
    from graphsvc.demo.wellbeing import build_wellbeing
    from graphsvc.demo.wellbeing_writer import write_wellbeing

    vitality = generate(scale, out_dir=folder / "vitality")
    write_wellbeing(build_wellbeing(vitality), folder / "wellbeing")
    both_url, one_url = f"sqlite:///{folder}/portfolio.db", f"sqlite:///{folder}/one.db"
    both, one = open_store(both_url), open_store(one_url)
    try:
        for store in (both, one):
            store.ensure_schema()
        import_workbook(both, folder / "vitality")
        import_workbook(both, folder / "wellbeing")
        part = both.snapshot(programme=PROGRAMME_KEY)
        one.upsert_nodes(part.nodes)
        one.upsert_edges(part.edges)
    finally:
        both.close()
        one.close()
    return both_url, one_url


def _medians(
    runs: Sequence[Callable[[], Any]], forget: Callable[[], None] = clear_cache
) -> list[float]:
    """The median wall seconds of :data:`RUNS` runs of each read, the reads taken in turns
    (so that the machine's drift falls on all), each after ``forget`` (by default the
    whole analysis cache: a cold run)."""
    seconds: list[list[float]] = [[] for _ in runs]
    for _ in range(RUNS):
        for func, taken in zip(runs, seconds, strict=True):
            forget()
            started = time.perf_counter()
            func()
            taken.append(time.perf_counter() - started)
    return [statistics.median(taken) for taken in seconds]


def _cold(url: str, kind: str, **params: Any) -> Callable[[], Any]:
    """One analysis on the store at ``url`` opened afresh."""

    def run() -> Any:
        store = open_store(url)
        try:
            return run_analysis(store, kind, read_only=True, **params)
        finally:
            store.close()

    return run


def _timings(
    kind: str, alone: tuple[str, dict[str, Any]], scoped: tuple[str, dict[str, Any]]
) -> dict[str, float]:
    """Cold and served seconds of one analysis on each store (URL, parameters)."""
    cold = _medians((_cold(alone[0], kind, **alone[1]), _cold(scoped[0], kind, **scoped[1])))
    stores = open_store(alone[0]), open_store(scoped[0])
    try:
        served = (
            lambda: run_analysis(stores[0], kind, read_only=True, **alone[1]),
            lambda: run_analysis(stores[1], kind, read_only=True, **scoped[1]),
        )
        for run in served:
            run()  # the graphs and views of the served runs
        warm = _medians(served, lambda: CACHE.forget(kind))
    finally:
        for store in stores:
            store.close()
    return {
        "one_programme_cold_s": round(cold[0], 3),
        "portfolio_scoped_cold_s": round(cold[1], 3),
        "ratio_cold": round(cold[1] / cold[0], 2),
        "one_programme_served_s": round(warm[0], 3),
        "portfolio_scoped_served_s": round(warm[1], 3),
        "ratio_served": round(warm[1] / warm[0], 2),
    }


def _hub(url: str) -> str:
    """The actor with the most relationships starting at it."""
    store = open_store(url)
    try:
        edges = store.snapshot().edges
        actors = [n.key for n in store.find_nodes(Label.ACTOR)]
    finally:
        store.close()
    starts: dict[str, int] = {}
    for e in edges:
        starts[e.start] = starts.get(e.start, 0) + 1
    return max(actors, key=lambda k: starts.get(k, 0))


def _size(url: str) -> int:
    store = open_store(url)
    try:
        return len(store.snapshot().nodes)
    finally:
        store.close()


def bench_portfolio(scale: int, report: Callable[[str], None]) -> dict[str, Any]:
    """Overlap on the portfolio, and each kind scoped to one programme against the same
    kind on the one-programme store."""
    with tempfile.TemporaryDirectory() as folder:
        both, one = portfolio_stores(scale, Path(folder))
        nodes = {"one_programme": _size(one), "portfolio": _size(both)}
        overlap = _medians([_cold(both, "overlap")])[0]
        report(f"{scale}x portfolio: {nodes['portfolio']} nodes; overlap {overlap:.2f}s")
        hub = _hub(one)
        kinds: dict[str, Any] = {}
        for kind in KINDS:
            if kind == "overlap":
                continue
            params = {"actor": hub} if kind == "whatif" else {}
            scope = {"programme": PROGRAMME_KEY, **params}
            kinds[kind] = _timings(kind, (one, params), (both, scope))
            report(f"  {kind}: {kinds[kind]}")
    return {
        "scale": scale,
        "store": "sqlite",
        "nodes": nodes,
        "overlap_cold_s": round(overlap, 3),
        "kinds": kinds,
        "worst_ratio_cold": max(k["ratio_cold"] for k in kinds.values()),
        "worst_ratio_served": max(k["ratio_served"] for k in kinds.values()),
    }
