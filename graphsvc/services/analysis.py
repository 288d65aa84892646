"""The analysis use case shared by the CLI and the API, cached per graph version.

``run_analysis(store, kind, ...)`` answers with JSON-ready data whose shape per kind is
documented in docs/analysis.md. Results never contain personal contact data, whatever the
caller's role. What differs per kind comes from the table in
:mod:`graphsvc.services.analyses`; graphs and results are kept in the one
:data:`~graphsvc.services.analysis_cache.CACHE`, per (store URL, store version, kind,
parameters), so a repeated question is answered from memory until the store changes.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pydantic

from graphsvc.bulk import collector_paused
from graphsvc.dates import parse_day, today
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.messages import LANGS, Said, said
from graphsvc.metrics import record_analysis
from graphsvc.services.analyses import ANALYSES, KINDS, Analysis, AnalysisParams, Progress
from graphsvc.services.analysis_cache import CACHE
from graphsvc.services.as_of import store_on
from graphsvc.services.dated_graphs import check_dates
from graphsvc.services.programme_scope import store_in
from graphsvc.services.survey_evidence import SurveyEvidence, survey_evidence, survey_note
from graphsvc.values import quoted

if TYPE_CHECKING:
    import networkx as nx

    from graphsvc.analysis.graphs import Graphs
    from graphsvc.records import Snapshot
    from graphsvc.stores.base import GraphStore

__all__ = ["KINDS", "analyze_graphs", "analyze_snapshot", "check_request", "run_analysis"]


def run_analysis(
    store: GraphStore,
    kind: str,
    *,
    progress: Progress | None = None,
    read_only: bool = False,
    **params: Any,
) -> dict[str, Any]:
    """Run one analysis on the store's current graph (or one rocket of it).

    ``params`` are those of the kind's parameters model (``rocket``, ``actor``, ``lang``,
    ``top`` and the kind's own). Raises ValidationError for an unknown kind, language or
    parameter, and NotFoundError for an unknown rocket or actor. The answer is the
    caller's own copy; a caller that only reads it (prints or encodes it) passes
    ``read_only`` and gets the cached answer itself, without the copy.
    """
    query = check_request(kind, **params)
    evidence = survey_evidence(store, query.as_of or today())
    store = store_on(store_in(store, query.programme), query.as_of)
    version = store.version()
    wave = evidence.year if evidence else None
    key = (store.url, version, kind, tuple(sorted(query.model_dump().items())), wave)
    on_store = ANALYSES[kind].on_store

    def compute() -> dict[str, Any]:
        started = time.perf_counter()
        with collector_paused():  # graphs and answers are many small objects (see bulk)
            if on_store is not None:
                body, P = on_store(store, query, progress)
                ANALYSES[kind].speak(body, P, query.lang)
                result = envelope(kind, query, body, evidence)
            else:
                graphs = project(store, version, query.rocket)
                result = run_on(graphs, kind, progress=progress, evidence=evidence, **params)
        record_analysis(kind, time.perf_counter() - started)
        return {**result, "graph_version": version}

    return CACHE.get_or_compute(key, compute, copied=not read_only)


def analyze_snapshot(
    snapshot: Snapshot, kind: str, *, progress: Progress | None = None, **params: Any
) -> dict[str, Any]:
    """Run one analysis on a snapshot, without a store or cache (notebooks, benchmarks).

    The kinds that compare dates see the snapshot as a store whose every date looks alike.
    """
    from graphsvc.analysis.graphs import graphs_of_snapshot

    if ANALYSES[kind].on_store is not None:
        from graphsvc.stores.snapshot_view import SnapshotView

        view = SnapshotView(snapshot, f"snapshot:{id(snapshot)}", today())
        return run_analysis(view, kind, progress=progress, **params)
    query = check_request(kind, **params)
    graphs = graphs_of_snapshot(snapshot)
    graphs = graphs.within(query.rocket) if query.rocket is not None else graphs
    result = run_on(graphs, kind, progress=progress, **params)
    result["graph_version"] = getattr(snapshot, "version", 0)
    return result


def analyze_graphs(
    P: nx.Graph, A: nx.Graph, kind: str, *, progress: Progress | None = None, **params: Any
) -> dict[str, Any]:
    """Run one kind on a NetworkX programme graph and its actor network: the answer's
    envelope (see :func:`run_on`)."""
    from graphsvc.analysis.graphs import graphs_of_networkx

    return run_on(graphs_of_networkx(P, A), kind, progress=progress, **params)


def run_on(
    graphs: Graphs,
    kind: str,
    *,
    progress: Progress | None = None,
    evidence: SurveyEvidence | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Run one kind on the graphs of a programme: the answer's envelope.

    The analysis returns facts (with what the survey's ``evidence`` adds); their
    sentences are made here, in both languages, and rocket names in ``lang``.
    """
    query = check_request(kind, **params)
    analysis = ANALYSES[kind]
    if query.actor is not None and query.actor not in graphs.network:
        message = (
            said(
                "errors.analysis.actor_not_in_rocket",
                actor=repr(query.actor),
                rocket=repr(query.rocket),
            )
            if query.rocket
            else said("errors.analysis.actor_not_found", actor=repr(query.actor))
        )
        raise NotFoundError(message, key=query.actor)
    if analysis.on_store is not None:
        raise ValidationError(said("errors.analysis.needs_store", kind=kind))
    body = analysis.run(graphs, query, progress)
    if evidence is not None and analysis.with_survey is not None:
        analysis.with_survey(body, graphs, query, evidence)
    analysis.speak(body, graphs.network, query.lang)
    return envelope(kind, query, body, evidence)


def envelope(
    kind: str, query: AnalysisParams, body: dict[str, Any], evidence: SurveyEvidence | None = None
) -> dict[str, Any]:
    """The answer of one analysis: what was asked, its result, and what the survey's ties
    in it rest on (``survey``: None when no wave has closed)."""
    return {
        "kind": kind,
        "rocket": query.rocket,
        "programme": query.programme,
        "actor": query.actor,
        "lang": query.lang,
        "as_of": query.as_of,
        "result": body,
        "survey": survey_note(evidence, query.rocket),
    }


def check_request(kind: str, **params: Any) -> AnalysisParams:
    """The parameters of one request, validated by its kind's model.

    Raises ValidationError naming the allowed values when the request cannot be answered.
    """
    if kind not in ANALYSES:
        raise ValidationError(
            said("errors.analysis.unknown_kind", kind=quoted(kind), allowed=", ".join(KINDS)),
            value=kind,
        )
    analysis = ANALYSES[kind]
    params = _dated(analysis, params)
    lang = params.get("lang", "fi")
    if lang not in LANGS:
        raise ValidationError(
            said("errors.analysis.unknown_lang", lang=quoted(lang), allowed=", ".join(LANGS)),
            value=lang,
        )
    if analysis.needs_actor and not params.get("actor"):
        raise ValidationError(said("errors.analysis.needs_actor", kind=kind))
    unknown = sorted(set(params) - set(analysis.params.model_fields))
    if unknown:
        names, allowed = ", ".join(unknown), ", ".join(sorted(analysis.extra_params()))
        message = (
            said("errors.analysis.unknown_params", kind=kind, names=names, allowed=allowed)
            if allowed
            else said("errors.analysis.no_extra_params", kind=kind, names=names)
        )
        raise ValidationError(message, value=unknown)
    try:
        return analysis.params(**params)
    except pydantic.ValidationError as e:
        problems = [
            said(
                "errors.analysis.param_problem",
                name=".".join(map(str, err["loc"])),
                value=quoted(err["input"]),
                problem=_param_problem(err),
            )
            for err in e.errors()
        ]
        joined = problems[-1]
        for problem in reversed(problems[:-1]):
            joined = said("errors.analysis.param_problems", first=problem, rest=joined)
        raise ValidationError(joined, value=params) from None


#: The message of a refused parameter per pydantic error type, and the name of its limit
#: in the error's ``ctx``.
_PARAM_PROBLEMS = {
    "int_parsing": ("errors.analysis.param.int_parsing", ""),
    "int_type": ("errors.analysis.param.int_type", ""),
    "int_from_float": ("errors.analysis.param.int_from_float", ""),
    "greater_than_equal": ("errors.analysis.param.ge", "ge"),
    "less_than_equal": ("errors.analysis.param.le", "le"),
    "string_too_long": ("errors.analysis.param.too_long", "max_length"),
}


def _param_problem(err: Any) -> Said:
    """What pydantic found wrong with one parameter, in its words (lower case) in English;
    a kind of problem above in Finnish too, when its English is pydantic's exactly."""
    english = str(err["msg"]).lower()
    key, limit = _PARAM_PROBLEMS.get(err["type"], ("", ""))
    found = said(key, limit=str((err.get("ctx") or {}).get(limit, ""))) if key else None
    if found is None or found.in_lang("en") != english:
        return said("errors.analysis.param.other", english=english)
    return found


def _dated(analysis: Analysis, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with their dates as ISO days (ValidationError naming a malformed one)."""
    params = dict(params)
    if "from" in params:  # the public name of ``since``
        params["since"] = params.pop("from")
    if params.get("as_of") is not None:
        if analysis.compares_dates:
            message = said("errors.analysis.no_as_of", kind=analysis.name)
            raise ValidationError(message, value=params["as_of"])
        params["as_of"] = parse_day(params["as_of"])
    if analysis.name == "change":
        params["since"], params["to"] = check_dates(params.get("since"), params.get("to"))
    return params


def clear_cache() -> None:
    """Forget every cached graph and result."""
    CACHE.clear()


def project(store: GraphStore, version: int, rocket: str | None) -> Graphs:
    """The graphs of the store (or of one rocket's part), cached per version and rocket."""
    from graphsvc.analysis.graphs import graphs_of_snapshot

    def read() -> Graphs:
        with collector_paused():
            snapshot = store.snapshot()
        return graphs_of_snapshot(snapshot)

    whole = CACHE.get_or_compute((store.url, version, "graphs", None), read)
    if rocket is None:
        return whole
    return CACHE.get_or_compute(
        (store.url, version, "graphs", rocket), lambda: whole.within(rocket)
    )
