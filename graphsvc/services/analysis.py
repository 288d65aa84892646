"""The analysis use case shared by the CLI and the API, cached per graph version.

``run_analysis(store, kind, ...)`` answers with JSON-ready data whose shape per kind is
documented in docs/analysis.md. Results never contain personal contact data, whatever the
caller's role. Graphs and results are cached per (store URL, store version, ...), so a
repeated question is answered from memory until the store changes.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.values import quoted

if TYPE_CHECKING:
    import networkx as nx

    from graphsvc.records import Snapshot
    from graphsvc.stores.base import GraphStore

#: Every analysis kind, in the order the docs present them.
KINDS: tuple[str, ...] = (
    "summary",
    "centrality",
    "brokers",
    "gaps",
    "recommend",
    "coverage",
    "communities",
    "whatif",
)
LANGS: tuple[str, ...] = ("fi", "en")
#: Extra parameters each kind accepts (besides rocket, actor, lang, top).
PARAMS: dict[str, tuple[str, ...]] = {
    "summary": (),
    "centrality": ("pivots", "seed"),
    "brokers": ("pivots", "seed"),
    "gaps": (),
    "recommend": ("method", "per_actor"),
    "coverage": (),
    "communities": ("seed",),
    "whatif": (),
}
_RESULTS: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_GRAPHS: OrderedDict[tuple[Any, ...], tuple[nx.Graph, nx.Graph]] = OrderedDict()
_LOCK = threading.Lock()
_MAX_RESULTS, _MAX_GRAPHS = 128, 4
Progress = Callable[[str], None]


def run_analysis(
    store: GraphStore,
    kind: str,
    *,
    rocket: str | None = None,
    actor: str | None = None,
    lang: str = "fi",
    include_contacts: bool = False,
    top: int | None = None,
    progress: Progress | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Run one analysis on the store's current graph (or one rocket of it).

    ``include_contacts`` is accepted for symmetry with the other use cases and ignored:
    analysis results never carry ``contact_*`` fields. Raises ValidationError for an unknown
    kind, language or parameter, and NotFoundError for an unknown rocket or actor.
    """
    check_request(kind, lang=lang, actor=actor, top=top, params=params)
    version = store.version()
    key = (store.url, version, kind, rocket, actor, lang, top, tuple(sorted(params.items())))
    with _LOCK:
        if key in _RESULTS:
            _RESULTS.move_to_end(key)
            return copy.deepcopy(_RESULTS[key])
    graphs = _graphs(store, version, rocket)
    result = analyze_graphs(
        *graphs,
        kind,
        rocket=rocket,
        actor=actor,
        lang=lang,
        top=top,
        progress=progress,
        **params,
    )
    result["graph_version"] = version
    with _LOCK:
        _RESULTS[key] = result
        while len(_RESULTS) > _MAX_RESULTS:
            _RESULTS.popitem(last=False)
    return copy.deepcopy(result)


def analyze_snapshot(
    snapshot: Snapshot,
    kind: str,
    *,
    rocket: str | None = None,
    actor: str | None = None,
    lang: str = "fi",
    top: int | None = None,
    progress: Progress | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Run one analysis on a snapshot, without a store or cache (notebooks, benchmarks)."""
    from graphsvc.analysis.bridge import actor_network, programme_graph

    check_request(kind, lang=lang, actor=actor, top=top, params=params)
    P = programme_graph(snapshot, rocket)
    result = analyze_graphs(
        P,
        actor_network(P),
        kind,
        rocket=rocket,
        actor=actor,
        lang=lang,
        top=top,
        progress=progress,
        **params,
    )
    result["graph_version"] = getattr(snapshot, "version", 0)
    return result


def analyze_graphs(
    P: nx.Graph,
    A: nx.Graph,
    kind: str,
    *,
    rocket: str | None = None,
    actor: str | None = None,
    lang: str = "fi",
    top: int | None = None,
    progress: Progress | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Dispatch one kind on a programme graph and its actor network; the result envelope."""
    from graphsvc.analysis.brokers import brokers
    from graphsvc.analysis.centrality import centrality
    from graphsvc.analysis.communities import communities
    from graphsvc.analysis.coverage import coverage
    from graphsvc.analysis.gaps import gaps
    from graphsvc.analysis.recommend import introductions
    from graphsvc.analysis.summary import summary
    from graphsvc.analysis.whatif import whatif

    if actor is not None and actor not in A:
        raise NotFoundError(
            f"actor {actor!r} not found" + (f" in rocket {rocket!r}" if rocket else ""), key=actor
        )
    body: dict[str, Any]
    if kind == "summary":
        body = summary(P, A, lang=lang, progress=progress)
    elif kind == "centrality":
        body = centrality(A, top=top, progress=progress, **params)
    elif kind == "brokers":
        body = brokers(A, top=top or 20, progress=progress, **params)
    elif kind == "gaps":
        body = gaps(P, A, progress=progress)
        if top:
            body["gaps"] = _top_per_kind(body["gaps"], top)
    elif kind == "recommend":
        body = introductions(A, actor, top=top or 20, **params)
    elif kind == "coverage":
        body = coverage(P, lang=lang)
    elif kind == "communities":
        body = communities(A, lang=lang, **params)
    else:
        body = whatif(P, str(actor), A)
    return {"kind": kind, "rocket": rocket, "actor": actor, "lang": lang, "result": body}


def check_request(
    kind: str,
    *,
    lang: str = "fi",
    actor: str | None = None,
    top: int | None = None,
    params: dict[str, Any] | None = None,
) -> None:
    """Raise ValidationError naming the allowed values when a request cannot be answered."""
    if kind not in KINDS:
        raise ValidationError(
            f"analysis {quoted(kind)} is not one of {', '.join(KINDS)}", value=kind
        )
    if lang not in LANGS:
        raise ValidationError(
            f"language {quoted(lang)} is not one of {', '.join(LANGS)}", value=lang
        )
    if kind == "whatif" and not actor:
        raise ValidationError("whatif needs an actor: give its key (--actor KEY or ?actor=KEY)")
    if top is not None and top < 1:
        raise ValidationError(f"top {quoted(top)} must be a positive number", value=top)
    unknown = sorted(set(params or {}) - set(PARAMS[kind]))
    if unknown:
        allowed = ", ".join(PARAMS[kind]) or "none"
        raise ValidationError(
            f"{kind} does not take {', '.join(unknown)}; its extra parameters: {allowed}",
            value=unknown,
        )


def clear_cache() -> None:
    """Forget every cached graph and result."""
    with _LOCK:
        _RESULTS.clear()
        _GRAPHS.clear()


def _graphs(store: GraphStore, version: int, rocket: str | None) -> tuple[nx.Graph, nx.Graph]:
    from graphsvc.analysis.bridge import actor_network, programme_graph, within_rocket

    key: tuple[Hashable, ...] = (store.url, version, rocket)
    with _LOCK:
        if key in _GRAPHS:
            _GRAPHS.move_to_end(key)
            return _GRAPHS[key]
    whole = (store.url, version, None)
    with _LOCK:
        base = _GRAPHS.get(whole)
    P = base[0] if base else programme_graph(store.snapshot())
    if rocket is not None:
        P = within_rocket(P, rocket)
    graphs = (P, actor_network(P))
    with _LOCK:
        _GRAPHS[key] = graphs
        while len(_GRAPHS) > _MAX_GRAPHS:
            _GRAPHS.popitem(last=False)
    return graphs


def _top_per_kind(found: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    kept = []
    for gap in found:
        seen[gap["kind"]] = seen.get(gap["kind"], 0) + 1
        if seen[gap["kind"]] <= top:
            kept.append(gap)
    return kept
