"""Speed of the yearly comparison (``change``) against one ``gaps`` + ``centrality`` run.

The demo data set at 100x (read through the workbook loader, as bench/analysis.py does) is
the earlier date; the later date is a seeded perturbation of it: some actions and actors
gone, some actions done or dropped, new actors and actions, new reported ties. Both runs
are cold (fresh frozen graphs, so conversions are paid) and the best of ``--repeat`` counts.
The target (issue 11): ``change`` takes at most 2.5x ``gaps`` + ``centrality`` on one graph.
Prints the ratio and writes bench/results/change.json.

    python bench/change.py               # 100x
    python bench/change.py --scale 10    # quicker
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from analysis import demo_snapshot, fresh, write_results  # noqa: E402

from graphsvc.analysis.bridge import actor_network, programme_graph  # noqa: E402
from graphsvc.analysis.centrality import centrality  # noqa: E402
from graphsvc.analysis.change import change, timeline  # noqa: E402
from graphsvc.analysis.gaps import gaps  # noqa: E402
from graphsvc.analysis.recommend import introductions  # noqa: E402
from graphsvc.model import Edge, Label, Node, RelType  # noqa: E402
from graphsvc.records import Snapshot  # noqa: E402

RESULTS = ROOT / "results" / "change.json"
TARGET_RATIO = 2.5
#: Shares of the earlier date's actions and actors that the perturbation touches.
ACTIONS_GONE, ACTIONS_DONE, ACTIONS_DROPPED, ACTIONS_NEW = 0.05, 0.10, 0.02, 0.05
ACTORS_GONE, ACTORS_NEW, TIES_NEW = 0.03, 0.05, 0.01


def perturbed(snapshot: Snapshot, met: list[tuple[str, str]], seed: int = 11) -> Snapshot:
    """A plausible later date: the same programme a year on (seeded), in which the pairs
    ``met`` (some of the introductions suggested before) run a new action together."""
    rng = random.Random(seed)
    actions = [n.key for n in snapshot.nodes if n.label is Label.ACTION]
    actors = [n.key for n in snapshot.nodes if n.label is Label.ACTOR]
    rockets = [n.key for n in snapshot.nodes if n.label is Label.ROCKET]
    staying = {k for pair in met for k in pair}
    gone = set(rng.sample(actions, int(len(actions) * ACTIONS_GONE)))
    gone |= set(rng.sample(actors, int(len(actors) * ACTORS_GONE))) - staying
    kept = [a for a in actions if a not in gone]
    status = dict.fromkeys(rng.sample(kept, int(len(kept) * ACTIONS_DONE)), "done")
    status.update(dict.fromkeys(rng.sample(kept, int(len(kept) * ACTIONS_DROPPED)), "dropped"))
    nodes = [_with_status(n, status) for n in snapshot.nodes if n.key not in gone]
    edges = [e for e in snapshot.edges if e.start not in gone and e.end not in gone]
    new_actors = [f"new-actor-{i}" for i in range(int(len(actors) * ACTORS_NEW))]
    nodes += [Node(Label.ACTOR, k, {"name": k, "kind": rng.choice(_KINDS)}) for k in new_actors]
    pool = [a for a in actors if a not in gone] + new_actors
    for i in range(int(len(actions) * ACTIONS_NEW)):
        key = f"new-action-{i}"
        nodes.append(Node(Label.ACTION, key, {"title": key, "status": "planned"}))
        edges.append(Edge(RelType.FUELS, key, rng.choice(rockets), {"primary": True}))
        for j, actor in enumerate(rng.sample(pool, rng.randint(1, 4))):
            edges.append(Edge(RelType.RUNS, actor, key, {"role": "lead" if j == 0 else "partner"}))
    for i, (a, b) in enumerate(met):
        key = f"met-{i}"
        nodes.append(Node(Label.ACTION, key, {"title": key, "status": "planned"}))
        edges.append(Edge(RelType.FUELS, key, rng.choice(rockets), {"primary": True}))
        edges += [Edge(RelType.RUNS, a, key, {"role": "lead"}), Edge(RelType.RUNS, b, key, {})]
    for _ in range(int(len(actors) * TIES_NEW)):
        a, b = rng.sample(pool, 2)
        edges.append(Edge(RelType.COLLABORATES_WITH, a, b, {"kind": "reported"}))
    return Snapshot(nodes, edges, snapshot.version + 1)


_KINDS = ("company", "association", "education", "citizen", "city")


def _with_status(node: Node, status: dict[str, str]) -> Node:
    if node.key not in status or node.label is not Label.ACTION:
        return node
    return Node(node.label, node.key, {**node.props, "status": status[node.key]})


def best(func: Callable[..., Any], graphs: list[nx.Graph], repeat: int) -> float:
    """Best wall time of ``repeat`` runs of ``func`` on fresh frozen copies of ``graphs``
    (copied before the clock starts, so every run pays the conversions but not the copies)."""
    times = []
    for _ in range(repeat):
        copies = [fresh(G) for G in graphs]
        started = time.perf_counter()
        func(*copies)
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the ratio; write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    import igraph  # noqa: F401  (imported once per process, as a server does)

    load_before = os.getloadavg()
    earlier = demo_snapshot(args.scale)
    P0 = programme_graph(earlier)
    A0 = actor_network(P0)
    suggested = introductions(fresh(A0), top=20)["introductions"]
    met = [(p["actors"][0]["key"], p["actors"][1]["key"]) for p in suggested[::2]]
    later = perturbed(earlier, met)
    P1 = programme_graph(later)
    A1 = actor_network(P1)

    def one_graph(P: nx.Graph, A: nx.Graph) -> None:
        centrality(A)
        gaps(P, A)

    def compared(P0: nx.Graph, A0: nx.Graph, P1: nx.Graph, A1: nx.Graph) -> dict[str, Any]:
        return change((P0, A0), (P1, A1))

    def series(P0: nx.Graph, A0: nx.Graph, P1: nx.Graph, A1: nx.Graph) -> dict[str, Any]:
        return timeline([("0", P0, A0), ("1", P1, A1)])

    t_one = best(one_graph, [P0, A0], args.repeat)
    t_change = best(compared, [P0, A0, P1, A1], args.repeat)
    t_timeline = best(series, [P0, A0, P1, A1], args.repeat)
    report = change((P0, A0), (P1, A1))
    result = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_before": [round(x, 1) for x in load_before],
            "load_average_after": [round(x, 1) for x in os.getloadavg()],
        },
        "versions": {"networkx": nx.__version__, "igraph": igraph.__version__},
        "scale": args.scale,
        "graphs": {
            "before": {"actors": A0.number_of_nodes(), "ties": A0.number_of_edges()},
            "after": {"actors": A1.number_of_nodes(), "ties": A1.number_of_edges()},
        },
        "found": {
            "actors_joined": len(report["actors"]["joined"]),
            "actors_left": len(report["actors"]["left"]),
            "actions_begun": len(report["actions"]["begun"]),
            "actions_finished": len(report["actions"]["finished"]),
            "actions_dropped": len(report["actions"]["dropped"]),
            "ties": report["ties"]["co_participation"]["counts"],
            "gaps_closed": len(report["gaps"]["closed"]),
            "gaps_opened": len(report["gaps"]["opened"]),
            "introductions_happened": len(report["introductions"]["happened"]),
            "introductions_planted": len(met),
        },
        "gaps_plus_centrality_s": round(t_one, 3),
        "change_s": round(t_change, 3),
        "timeline_two_points_s": round(t_timeline, 3),
        "ratio_change_to_gaps_plus_centrality": round(t_change / t_one, 2),
        "target_ratio": TARGET_RATIO,
    }
    write_results(RESULTS, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
