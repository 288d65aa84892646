"""Speed of graphsvc's analyses against NetworkX and igraph on the same graphs, in the same run.

Graphs come from the demo generator (``graphsvc.demo.generate``) at 1x, 10x and 100x, read
through the workbook loader into a Snapshot. Every graphsvc analysis is timed cold, as the
service runs it (arrays built from the snapshot's records, nothing cached), then compared with
NetworkX, igraph and networkit computing the same measures; and every ``graphsvc analyze
KIND --json`` is timed end to end in its own process, with its peak memory. Prints ratios and
writes bench/results/analysis.json.

    python bench/analysis.py                # 1x, 10x, 100x
    python bench/analysis.py --scales 1 10  # quicker
    python bench/analysis.py --portfolio    # two programmes: overlap, and --programme's ratio
                                            # to a one-programme store (bench/portfolio.py)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from graphsvc.analysis import compute
from graphsvc.analysis.arrays import adjacency, nodelist, to_igraph
from graphsvc.analysis.bridge import (
    ACTOR,
    actor_network,
    co_participation,
    incidence,
    programme_graph,
)
from graphsvc.analysis.centrality import centrality
from graphsvc.analysis.gaps import gaps
from graphsvc.analysis.graphs import graphs_of_snapshot
from graphsvc.analysis.recommend import introductions
from graphsvc.igraph_random import seeded_igraph
from graphsvc.records import Snapshot
from graphsvc.services.analysis import KINDS, analyze_snapshot, clear_cache

RESULTS = Path(__file__).resolve().parent / "results" / "analysis.json"
PORTFOLIO_RESULTS = RESULTS.with_name("portfolio.json")
#: NetworkX peers slower than this (estimated from the previous scale) are skipped.
NX_LIMIT_SECONDS = 120.0
#: Exact betweenness (igraph) checks the sampled values up to this many actors (10x: ~2 s).
EXACT_PEER_ACTORS = 5000


def timed(func: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - started)
    return best, result


def demo_snapshot(scale: int) -> Snapshot:
    """The demo data set at ``scale``, written as a workbook and read back by the loader."""
    from graphsvc.demo import generate
    from graphsvc.loaders.checks import Problems
    from graphsvc.loaders.files import read_workbook
    from graphsvc.loaders.rows import validate_workbook
    from graphsvc.model import builtin_edges, builtin_nodes
    from graphsvc.settings import get_settings

    settings = get_settings()
    with tempfile.TemporaryDirectory() as folder:
        generate(scale, out_dir=Path(folder))
        problems = Problems(settings.max_import_errors)
        records = validate_workbook(read_workbook(Path(folder), settings), problems)
    return Snapshot(builtin_nodes() + records.nodes, builtin_edges() + records.edges, scale)


def fresh(G: nx.Graph) -> nx.Graph:
    """A frozen copy with empty caches (so conversions are timed again)."""
    return nx.freeze(G.copy())


def igraph_of(A: nx.Graph) -> tuple[Any, float]:
    """The peer's own graph, built from edge arrays, and the seconds that took."""
    import igraph as ig

    index = {v: i for i, v in enumerate(A)}
    edges = [(index[u], index[v]) for u, v in A.edges()]
    weights = [float(w) for _, _, w in A.edges(data="weight")]
    started = time.perf_counter()
    g = ig.Graph(n=len(index), edges=edges)
    g.es["weight"] = weights
    return g, time.perf_counter() - started


def igraph_gaps_centrality(g: Any, pivots: list[int] | None) -> None:
    """igraph computing what centrality + gaps compute: the peer of the 2x target."""
    g.degree()
    g.strength(weights="weight")
    if pivots is None:
        g.betweenness(directed=False)
        g.closeness()
    else:
        g.betweenness(directed=False, sources=pivots)
        for start in range(0, len(pivots), 100):  # closeness from the same sources, as ours
            g.distances(source=pivots[start : start + 100])
    g.eigenvector_centrality(weights="weight")
    g.pagerank(weights="weight")
    g.coreness()
    g.neighborhood_size(order=2)
    g.articulation_points()
    g.bridges()
    g.connected_components()


def networkx_gaps_centrality(A: nx.Graph) -> None:
    """NetworkX computing the same measures (exact)."""
    nx.betweenness_centrality(A)
    nx.closeness_centrality(A)
    nx.eigenvector_centrality(A, weight="weight", max_iter=1000)
    nx.pagerank(A, weight="weight")
    nx.core_number(A)
    list(nx.articulation_points(A))
    list(nx.bridges(A))
    list(nx.connected_components(A))


def bench_scale(scale: int, report: Callable[[str], None]) -> dict[str, Any]:
    """Every measurement at one scale."""
    out: dict[str, Any] = {"scale": scale}
    load, snapshot = timed(lambda: demo_snapshot(scale))
    P = programme_graph(snapshot)
    actors = [n for n in P if n[0] == ACTOR]
    out["graph"] = {"actors": len(actors), "load_seconds": round(load, 3)}
    t_prog, _ = timed(lambda: programme_graph(snapshot))
    P1, P2 = fresh(P), fresh(P)
    t_inc, inc = timed(lambda: incidence(P1))
    t_proj, _ = timed(lambda: co_participation(inc), repeat=3)
    t_net, A = timed(lambda: actor_network(P2))
    out["graph"].update(
        actions=len(inc.actions),
        ties=A.number_of_edges(),
        max_degree=max((d for _, d in A.degree()), default=0),
    )
    runs = nx.Graph((u, v) for u, v, t in P.edges(data="type") if t == "RUNS")
    t_nxproj, _ = timed(
        lambda: nx.bipartite.weighted_projected_graph(runs, [a for a in actors if a in runs])
    )
    t_arrays, _ = timed(lambda: graphs_of_snapshot(snapshot), repeat=3)
    out["projection"] = {
        "programme_graph_s": round(t_prog, 4),
        "incidence_s": round(t_inc, 4),
        "sparse_product_s": round(t_proj, 4),
        "projection_s": round(t_inc + t_proj, 4),
        "actor_network_s": round(t_net, 4),
        "networkx_weighted_projected_graph_s": round(t_nxproj, 4),
        "ratio_networkx_to_ours": round(t_nxproj / (t_inc + t_proj), 1),
        "arrays_from_records_s": round(t_arrays, 4),
        "networkx_graphs_s": round(t_prog + t_net, 4),
        "ratio_networkx_graphs_to_arrays": round((t_prog + t_net) / t_arrays, 1),
    }
    report(
        f"{scale}x: {len(actors)} actors, {A.number_of_edges()} ties; projection "
        f"{t_inc + t_proj:.3f}s (networkx {t_nxproj:.2f}s); arrays from the records "
        f"{t_arrays:.3f}s (NetworkX graphs {t_prog + t_net:.2f}s)"
    )
    kinds: dict[str, float] = {}
    hub = max(A, key=A.degree)
    for kind in KINDS:  # the service's path: arrays from the records, nothing cached
        actor = hub if kind == "whatif" else None
        clear_cache()
        seconds, _ = timed(lambda: analyze_snapshot(snapshot, kind, actor=actor))  # noqa: B023
        kinds[kind] = round(seconds, 3)
        report(f"  {kind}: {seconds:.3f}s")
    out["analyses_s"] = kinds
    Pf, Af = fresh(P), fresh(A)
    started = time.perf_counter()
    centrality(Af)
    gaps(Pf, Af, progress=lambda step: report(f"    gaps: {step}"))
    ours = time.perf_counter() - started
    g, build = igraph_of(A)
    n = g.vcount()
    pivots = None
    if n > compute.EXACT_BETWEENNESS_LIMIT:
        pivots = random.Random(0).sample(range(n), compute.default_pivots(A))
    t_ig, _ = timed(lambda: igraph_gaps_centrality(g, pivots))
    peer: dict[str, Any] = {
        "ours_s": round(ours, 3),
        "igraph_s": round(t_ig + build, 3),
        "ratio_ours_to_igraph": round(ours / (t_ig + build), 2),
        "sampled": pivots is not None,
    }
    estimate = scale_estimate(scale)
    if estimate < NX_LIMIT_SECONDS:
        t_nx, _ = timed(lambda: networkx_gaps_centrality(A))
        peer["networkx_s"] = round(t_nx, 3)
        peer["ratio_networkx_to_ours"] = round(t_nx / ours, 1)
    out["gaps_plus_centrality"] = peer
    report(
        f"  gaps+centrality: ours {ours:.2f}s, igraph {t_ig + build:.2f}s "
        f"(x{ours / (t_ig + build):.2f})"
        + (f", networkx {peer['networkx_s']:.1f}s" if "networkx_s" in peer else "")
    )
    out["betweenness"] = bench_betweenness(A, report)
    out["communities"] = bench_communities(A, estimate, report)
    out["introductions"] = bench_introductions(A, hub, report)
    out["commands"] = bench_commands(scale, report)
    return out


def bench_commands(scale: int, report: Callable[[str], None]) -> dict[str, Any]:
    """What a user times: a cold ``graphsvc analyze KIND --json`` per kind on a SQLite store of
    the scale, each its own process: the median wall seconds of three runs and the peak
    memory (MiB)."""
    from graphsvc.demo import generate
    from graphsvc.services.analyses import ANALYSES

    with tempfile.TemporaryDirectory() as folder:
        generate(scale, out_dir=Path(folder) / "workbook")
        store = ["--store", f"sqlite:///{folder}/store.db"]
        run_command([*store, "load", f"{folder}/workbook"])
        # once before timing, as every run after the first: numba compiles its kernels once
        first, _, out = run_command([*store, "analyze", "centrality", "--json", "--top", "1"])
        hub = json.loads(out)["result"]["actors"][0]["key"]
        kinds: dict[str, Any] = {"first_centrality_s": round(first, 3)}
        for kind in KINDS:
            actor = ["--actor", hub] if ANALYSES[kind].needs_actor else []
            runs = [run_command([*store, "analyze", kind, "--json", *actor]) for _ in range(3)]
            seconds, peak = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
            kinds[kind] = {"seconds": round(seconds, 3), "peak_mib": round(peak)}
            report(f"  graphsvc analyze {kind}: {seconds:.2f}s, {peak:.0f} MiB")
    kinds["change_to_centrality"] = round(
        kinds["change"]["seconds"] / kinds["centrality"]["seconds"], 2
    )
    return kinds


#: Starts ``graphsvc ARGS`` and writes its wall seconds and peak memory (KiB) to the file
#: named first. A small process of its own starts it: a child forked straight from this
#: benchmark would count this process's memory (its pages, until it runs graphsvc) as its own.
_LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen([sys.executable, "-m", "graphsvc", *sys.argv[2:]])
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
with open(sys.argv[1], "w") as found:
    found.write(f"{seconds} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_command(args: list[str]) -> tuple[float, float, str]:
    """Run ``graphsvc ARGS`` in a new process: its wall seconds, peak memory (MiB), output."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as figures,
    ):
        launcher = [sys.executable, "-c", _LAUNCHER, figures.name, *args]
        code = subprocess.run(launcher, stdout=out, stderr=err, check=False).returncode
        out.seek(0)
        err.seek(0)
        if code:
            raise SystemExit(f"graphsvc {' '.join(args)} failed: {err.read().decode()[-2000:]}")
        seconds, peak_kib = figures.read().split()
        return float(seconds), int(peak_kib) / 1024, out.read().decode()


def scale_estimate(scale: int) -> float:
    """A rough NetworkX time for exact betweenness at this scale (seconds, this machine)."""
    return {1: 0.5, 10: 60.0}.get(scale, 1e6)


def bench_betweenness(A: nx.Graph, report: Callable[[str], None]) -> dict[str, Any]:
    """Our betweenness (exact or sampled with its guarantee) against networkit's KADABRA at the
    same (epsilon, delta) and, where feasible, the error of both against exact igraph."""
    import networkit as nk

    Af = fresh(A)
    seconds, (values, how) = timed(lambda: compute.betweenness(Af))
    out: dict[str, Any] = {"seconds": round(seconds, 3), **how}
    n = A.number_of_nodes()
    g = nk.GraphFromCoo(_upper_edges(Af), n=n, directed=False, weighted=False)
    nk.setSeed(1, True)
    kadabra = nk.centrality.KadabraBetweenness(g, compute.EPSILON, compute.DELTA)
    t_kad, _ = timed(kadabra.run)
    # networkit scores an undirected graph on twice the normalised scale; its bound is on ours
    kad = np.asarray(kadabra.scores()) / 2 * n / (n - 2)
    out["networkit_kadabra"] = {
        "seconds": round(t_kad, 3),
        "samples": kadabra.getNumberOfIterations(),
    }
    if n <= EXACT_PEER_ACTORS:
        t_ex, raw = timed(lambda: to_igraph(Af).betweenness(directed=False))
        exact = np.asarray(raw) * 2 / ((n - 1) * (n - 2))
        ours = np.asarray([values[v] for v in nodelist(Af)])
        top = set(np.argsort(-exact)[:10].tolist())
        out["exact_igraph_s"] = round(t_ex, 3)
        out["max_abs_error"] = round(float(np.abs(ours - exact).max()), 5)
        out["top10_shared"] = len(top & set(np.argsort(-ours)[:10].tolist()))
        out["networkit_kadabra"].update(
            max_abs_error=round(float(np.abs(kad - exact).max()), 5),
            top10_shared=len(top & set(np.argsort(-kad)[:10].tolist())),
        )
    report(f"  betweenness: {out}")
    return out


def _upper_edges(
    A: nx.Graph, weight: str | None = None
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The ties of ``A`` once each (with their ``weight``, or 1), as networkit's COO input."""
    import scipy.sparse as sp

    upper = sp.triu(adjacency(A, weight), k=1).tocoo()
    ends = (upper.row.astype(np.uint64), upper.col.astype(np.uint64))
    return upper.data.astype(float), ends


def bench_communities(
    A: nx.Graph, estimate: float, report: Callable[[str], None]
) -> dict[str, Any]:
    """Leiden through our backend vs NetworkX Louvain and igraph multilevel, with modularity."""
    Af = fresh(A)
    seconds, parts = timed(lambda: compute.communities(Af))
    out: dict[str, Any] = {
        "ours_s": round(seconds, 3),
        "ours_modularity": round(compute.modularity(Af, parts), 4),
    }
    g, build = igraph_of(A)
    with seeded_igraph(0):  # the seed ours runs with by default
        t_ml, ml = timed(lambda: g.community_multilevel(weights="weight"))
    out["igraph_multilevel_s"] = round(t_ml + build, 3)
    out["igraph_multilevel_modularity"] = round(ml.modularity, 4)
    out["modularity_by_seed"] = _modularity_by_seed(Af, g)
    import networkit as nk

    weighted = nk.GraphFromCoo(_upper_edges(Af, "weight"), n=g.vcount(), weighted=True)
    nk.setSeed(1, True)
    plm = nk.community.PLM(weighted, refine=True)
    t_plm, _ = timed(plm.run)
    quality = nk.community.Modularity().getQuality(plm.getPartition(), weighted)
    out["networkit_plm_s"] = round(t_plm, 3)
    out["networkit_plm_modularity"] = round(quality, 4)
    if estimate < NX_LIMIT_SECONDS:
        t_nx, louvain = timed(lambda: nx.community.louvain_communities(A, weight="weight", seed=1))
        out["networkx_louvain_s"] = round(t_nx, 3)
        out["networkx_louvain_modularity"] = round(nx.community.modularity(A, louvain), 4)
        out["ratio_networkx_to_ours"] = round(t_nx / seconds, 1)
    report(f"  communities: {out}")
    return out


def _modularity_by_seed(A: nx.Graph, g: Any, seeds: int = 10) -> dict[str, Any]:
    """Ours and igraph multilevel, each with seeds 0..seeds-1: the range, and in how many
    seeds ours is at least multilevel's (its own partition refines multilevel's)."""
    ours, theirs = [], []
    for seed in range(seeds):
        ours.append(compute.modularity(A, compute.communities(A, seed=seed)))
        with seeded_igraph(seed):
            theirs.append(g.community_multilevel(weights="weight").modularity)
    return {
        "seeds": seeds,
        "ours_min_max": [round(min(ours), 4), round(max(ours), 4)],
        "igraph_multilevel_min_max": [round(min(theirs), 4), round(max(theirs), 4)],
        "ours_at_least_multilevel": sum(o >= t - 1e-12 for o, t in zip(ours, theirs, strict=True)),
    }


def bench_introductions(A: nx.Graph, hub: Any, report: Callable[[str], None]) -> dict[str, Any]:
    """Top 20 introductions for one actor: cold (first question) and warm (cached graph)."""
    Af = fresh(A)
    rng = random.Random(3)
    sample = rng.sample([v for v in A if A.degree(v) > 0], min(50, A.number_of_nodes()))
    cold, _ = timed(lambda: introductions(Af, sample[0], top=20))
    warm = [timed(lambda: introductions(Af, v, top=20))[0] for v in sample]  # noqa: B023
    t_hub, _ = timed(lambda: introductions(Af, hub, top=20), repeat=3)
    Afn = fresh(A)
    t_nx, _ = timed(lambda: _networkx_introductions(Afn, sample[0]))
    out = {
        "cold_s": round(cold, 4),
        "warm_median_s": round(float(np.median(warm)), 4),
        "warm_max_s": round(max(warm), 4),
        "hub_s": round(t_hub, 4),
        "hub_degree": A.degree(hub),
        "networkx_resource_allocation_s": round(t_nx, 4),
    }
    report(f"  introductions: {out}")
    return out


def _networkx_introductions(A: nx.Graph, actor: Any) -> list[Any]:
    """The NetworkX way: score the actor against every non-neighbour, keep the top 20."""
    pairs = [(actor, v) for v in A if v != actor and not A.has_edge(actor, v)]
    return sorted(nx.resource_allocation_index(A, pairs), key=lambda t: -t[2])[:20]


def write_results(path: Path, result: dict[str, Any]) -> None:
    """Write a benchmark's results as JSON under bench/results/, and print them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


def machine(load_before: tuple[float, float, float]) -> dict[str, Any]:
    """The machine a run was measured on, with its load before and after."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 1) for x in load_before],
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print ratios; write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--portfolio", action="store_true", help="only the two-programme runs")
    args = parser.parse_args(argv)

    def report(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    if args.portfolio:
        from portfolio import bench_portfolio

        load_before = os.getloadavg()
        runs = [bench_portfolio(scale, report) for scale in args.scales]
        write_results(PORTFOLIO_RESULTS, {"machine": machine(load_before), "runs": runs})
        return 0

    import igraph  # noqa: F401  (imported once per process, as a server does: ~1.6 s here)

    load_before = os.getloadavg()
    runs = [bench_scale(scale, report) for scale in args.scales]
    result = {
        "machine": machine(load_before),
        "versions": {
            "networkx": nx.__version__,
            "igraph": __import__("igraph").__version__,
            "scipy": __import__("scipy").__version__,
        },
        "runs": runs,
    }
    write_results(RESULTS, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
