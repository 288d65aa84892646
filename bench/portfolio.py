"""Speed of a two-programme portfolio: ``analyze overlap``, and every analysis read with
``--programme`` against the same analysis on a one-programme store of the same size.

The portfolio is the vitality demo at the scale with the illustrative wellbeing programme
of the same scale (its own actors and actions, sharing actors with the vitality one). The
one-programme store of the same size holds exactly what ``--programme elinvoiman-kasvu``
reads: the vitality programme's part of the portfolio (the vitality demo and the wellbeing
actions that also fuel a vitality rocket, with their actors), alone. Both are read
through the workbook loader into snapshots and analysed as the service does. Each timing
is the median of three runs, measured two ways: *cold* (nothing cached: the programme's
view and its graphs are built in the run, as in a fresh ``graphsvc analyze --programme``
process) and *served* (the answer computed, the graphs and the programme's view held per
graph version, as the server holds them between questions). ``ratio_*`` is the portfolio
read with ``--programme elinvoiman-kasvu`` over the one-programme store (1.0: as fast).
Run from ``bench/analysis.py --portfolio``, which writes bench/results/portfolio.json.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graphsvc.model import PROGRAMME_KEY, builtin_edges, builtin_nodes
from graphsvc.records import Snapshot
from graphsvc.services.analysis import KINDS, clear_cache, run_analysis
from graphsvc.services.analysis_cache import CACHE
from graphsvc.stores.programme_view import programme_part
from graphsvc.stores.snapshot_view import SnapshotView

RUNS = 3


def portfolio_snapshots(scale: int) -> tuple[Snapshot, Snapshot]:
    """The vitality demo alone, and the vitality and wellbeing programmes together."""
    from graphsvc.demo import generate
    from graphsvc.demo.wellbeing import build_wellbeing
    from graphsvc.demo.wellbeing_writer import write_wellbeing
    from graphsvc.loaders.checks import Problems
    from graphsvc.loaders.files import read_workbook
    from graphsvc.loaders.rows import validate_workbook
    from graphsvc.loaders.workbook import stored_portfolio
    from graphsvc.settings import get_settings

    settings = get_settings()
    with tempfile.TemporaryDirectory() as folder:
        vitality = generate(scale, out_dir=Path(folder) / "vitality")
        write_wellbeing(build_wellbeing(vitality), Path(folder) / "wellbeing")
        problems = Problems(settings.max_import_errors)
        first = validate_workbook(read_workbook(Path(folder) / "vitality", settings), problems)
        one = Snapshot(builtin_nodes() + first.nodes, builtin_edges() + first.edges, 1)
        portfolio = stored_portfolio(SnapshotView(one, "bench:one", "9999-12-31"))
        book = read_workbook(Path(folder) / "wellbeing", settings)
        second = validate_workbook(book, problems, portfolio)
    nodes = {(n.label, n.key): n for n in [*one.nodes, *second.nodes]}
    edges = {(e.type, e.start, e.end): e for e in [*one.edges, *second.edges]}
    return one, Snapshot(list(nodes.values()), list(edges.values()), 2)


def _median(func: Callable[[], Any], forget: Callable[[], None] = clear_cache) -> float:
    """The median wall seconds of :data:`RUNS` runs, each after ``forget`` (by default the
    whole analysis cache: a cold run)."""
    seconds = []
    for _ in range(RUNS):
        forget()
        started = time.perf_counter()
        func()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def _timings(run: Callable[[], Any], kind: str) -> tuple[float, float]:
    """Cold and served seconds of one analysis."""
    cold = _median(run)
    run()  # the graphs and views of the served runs
    return cold, _median(run, lambda: CACHE.forget(kind))


def bench_portfolio(scale: int, report: Callable[[str], None]) -> dict[str, Any]:
    """Overlap on the portfolio, and each kind scoped to one programme against the same
    kind on the one-programme store."""
    _, two = portfolio_snapshots(scale)
    one = programme_part(two, PROGRAMME_KEY)
    single = SnapshotView(one, "bench:one", "9999-12-31")
    both = SnapshotView(two, "bench:two", "9999-12-31")
    overlap = _median(lambda: run_analysis(both, "overlap"))
    report(f"{scale}x portfolio: {len(two.nodes)} nodes; overlap {overlap:.2f}s")
    hub = max(
        (n.key for n in one.nodes if n.label.value == "Actor"),
        key=lambda k: sum(1 for e in one.edges if e.start == k),
    )
    kinds: dict[str, Any] = {}
    for kind in KINDS:
        if kind == "overlap":
            continue
        params = {"actor": hub} if kind == "whatif" else {}
        alone = _timings(lambda: run_analysis(single, kind, **params), kind)  # noqa: B023
        scoped = _timings(
            lambda: run_analysis(both, kind, programme=PROGRAMME_KEY, **params),  # noqa: B023
            kind,
        )
        kinds[kind] = {
            "one_programme_cold_s": round(alone[0], 3),
            "portfolio_scoped_cold_s": round(scoped[0], 3),
            "ratio_cold": round(scoped[0] / alone[0], 2),
            "one_programme_served_s": round(alone[1], 3),
            "portfolio_scoped_served_s": round(scoped[1], 3),
            "ratio_served": round(scoped[1] / alone[1], 2),
        }
        report(f"  {kind}: {kinds[kind]}")
    return {
        "scale": scale,
        "nodes": {"one_programme": len(one.nodes), "portfolio": len(two.nodes)},
        "overlap_s": round(overlap, 3),
        "kinds": kinds,
        "worst_ratio_cold": max(k["ratio_cold"] for k in kinds.values()),
        "worst_ratio_served": max(k["ratio_served"] for k in kinds.values()),
    }
