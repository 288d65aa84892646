"""Speed of a two-programme portfolio: ``analyze overlap``, and every analysis read with
``--programme`` against the same analysis on a one-programme store of the same size.

The one-programme store is the vitality demo at the scale; the portfolio adds the
illustrative wellbeing programme of the same scale (its own actors and actions, sharing
actors with the vitality one). Both are read through the workbook loader into snapshots
and analysed as the service does (a snapshot view, nothing cached); each timing is the
median of three cold runs. ``ratio_scoped_to_one`` is the portfolio read with
``--programme elinvoiman-kasvu`` over the one-programme store (1.0: as fast). Run from
``bench/analysis.py --portfolio``, which writes bench/results/portfolio.json.
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


def _median(func: Callable[[], Any]) -> float:
    """The median wall seconds of :data:`RUNS` cold runs (the analysis cache emptied)."""
    seconds = []
    for _ in range(RUNS):
        clear_cache()
        started = time.perf_counter()
        func()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def bench_portfolio(scale: int, report: Callable[[str], None]) -> dict[str, Any]:
    """Overlap on the portfolio, and each kind scoped to one programme against the same
    kind on the one-programme store."""
    one, two = portfolio_snapshots(scale)
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
        alone = _median(lambda: run_analysis(single, kind, **params))  # noqa: B023
        scoped = _median(
            lambda: run_analysis(both, kind, programme=PROGRAMME_KEY, **params)  # noqa: B023
        )
        kinds[kind] = {
            "one_programme_s": round(alone, 3),
            "portfolio_scoped_s": round(scoped, 3),
            "ratio_scoped_to_one": round(scoped / alone, 2),
        }
        report(f"  {kind}: one programme {alone:.3f}s, --programme {scoped:.3f}s")
    return {
        "scale": scale,
        "nodes": {"one_programme": len(one.nodes), "portfolio": len(two.nodes)},
        "overlap_s": round(overlap, 3),
        "kinds": kinds,
        "worst_ratio": max(k["ratio_scoped_to_one"] for k in kinds.values()),
    }
