"""The table of analyses: per kind its function, its parameters, its sentences and its tables.

This one table drives everything that differs per kind: the ``graphsvc analyze`` options
(generated from the parameters models), the query model of ``GET /api/v1/analysis/{kind}``,
validation, dispatch, the sentences of the answer and the CLI tables. Adding an analysis
is one :class:`Analysis` entry here, its function in :mod:`graphsvc.analysis` and its
section in docs/analysis.md.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.fields import FieldInfo

from graphsvc.dates import DAY_SHAPE
from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.services import analysis_tables as tables
from graphsvc.services import analysis_text as sentences
from graphsvc.services import change_tables, change_text, overlap_tables, overlap_text

if TYPE_CHECKING:
    import networkx as nx

    from graphsvc.analysis.graphs import Graphs
    from graphsvc.services.survey_evidence import SurveyEvidence
    from graphsvc.stores.base import GraphStore

Progress = Callable[[str], None]


class AnalysisParams(BaseModel):
    """What every analysis takes: where it looks, about whom, in which language, how much."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rocket: str | None = Field(None, max_length=128, description="Only this rocket (its key)")
    programme: str | None = Field(
        None,
        max_length=128,
        description="Only this programme's part of the portfolio (its key; a strategy: its "
        "programmes)",
    )
    actor: str | None = Field(None, max_length=128, description="The actor (its key)")
    lang: Literal["fi", "en"] = Field("fi", description="Language of sentences and names")
    top: int | None = Field(None, ge=1, le=500, description="Size of ranked lists")
    as_of: str | None = Field(
        None,
        max_length=10,
        description="The graph as it stood then: YYYY-MM-DD or YYYY",
        json_schema_extra=DAY_SHAPE,
    )


class SeededParams(AnalysisParams):
    """An analysis whose answer depends on a random seed."""

    seed: int = Field(0, ge=0, le=2**31 - 1, description="Random seed")


class SampledParams(SeededParams):
    """An analysis that samples source actors above 5,000 actors."""

    pivots: int | None = Field(None, ge=0, le=1000, description="Sampled source actors (0 = exact)")


class RecommendParams(AnalysisParams):
    """Introductions: the link-prediction score and how many pairs per actor."""

    method: Literal["resource_allocation", "adamic_adar"] = Field(
        "resource_allocation", description="Link-prediction score"
    )
    per_actor: int = Field(3, ge=1, le=50, description="Pairs per actor at most")


class ChangeParams(SampledParams):
    """What changed from one day to another (default: from the first year with history to now)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    since: str | None = Field(
        None,
        max_length=10,
        alias="from",
        description="The earlier date: YYYY-MM-DD or YYYY (default: the first year with history)",
        json_schema_extra=DAY_SHAPE,
    )
    to: str | None = Field(
        None,
        max_length=10,
        description="The later date: YYYY-MM-DD or YYYY (default: now)",
        json_schema_extra=DAY_SHAPE,
    )


class OverlapParams(AnalysisParams):
    """Two programmes side by side (the whole portfolio is read)."""

    programmes: str | None = Field(
        None,
        max_length=257,
        description="The two programmes compared, A,B (default: the first two growth "
        "programmes, the built-in one first)",
        examples=["elinvoiman-kasvu,hyvinvoinnin-kasvu"],
    )


#: An analysis of one graph: its result from the graphs (arrays, NetworkX on demand).
Run = Callable[["Graphs", Any, Progress | None], dict[str, Any]]
#: An analysis of the store at several dates: its result and the graph its sentences name.
RunOnStore = Callable[["GraphStore", Any, Progress | None], tuple[dict[str, Any], "nx.Graph"]]
#: What the survey adds to a result (before its sentences are made).
WithSurvey = Callable[[dict[str, Any], "Graphs", Any, "SurveyEvidence"], None]


@dataclass(frozen=True)
class Analysis:
    """One kind of analysis: how to run it, what it takes, how to say and show its facts."""

    name: str
    run: Run
    params: type[AnalysisParams]
    speak: Callable[[dict[str, Any], nx.Graph, str], None]
    tables: Callable[[dict[str, Any], str, int], list[tables.Table]]
    needs_actor: bool = False
    #: Set for the kinds that read the store themselves (``run`` unused).
    on_store: RunOnStore | None = None
    #: The kinds that compare dates (from and to) refuse ``as_of``.
    compares_dates: bool = False
    #: Set for the kinds that use the latest closed survey wave's answers (wishes).
    with_survey: WithSurvey | None = None

    def extra_params(self) -> tuple[str, ...]:
        """The parameters this kind takes besides those every analysis takes."""
        return tuple(f for f in self.params.model_fields if f not in AnalysisParams.model_fields)


def _summary(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.summary import summary_of

    return summary_of(g.programme, g.network, progress=progress)


def _centrality(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.centrality import centrality

    return centrality(g.network, top=q.top, pivots=q.pivots, seed=q.seed, progress=progress)


def _brokers(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.brokers import brokers

    return brokers(g.network, top=q.top or 20, pivots=q.pivots, seed=q.seed, progress=progress)


def _gaps(store: GraphStore, q: Any, progress: Progress | None) -> tuple[dict[str, Any], nx.Graph]:
    from graphsvc.analysis.gaps import gaps_of
    from graphsvc.services.dated_graphs import graphs_on
    from graphsvc.services.gap_marks import attach

    graphs = graphs_on(store, None, q.rocket)
    measuring = [i for i in store.find_indicators() if q.rocket in (None, i.measures)]
    body = gaps_of(graphs.programme, graphs.network, progress=progress, indicators=measuring)
    attach(body, store.find_gap_marks())
    if q.top:
        body["gaps"] = _top_per_kind(body["gaps"], q.top)
    return body, graphs.network


def _recommend(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.recommend import introductions

    return introductions(
        g.network, q.actor, top=q.top or 20, method=q.method, per_actor=q.per_actor
    )


def _recommend_wishes(body: dict[str, Any], g: Graphs, q: Any, evidence: SurveyEvidence) -> None:
    from graphsvc.analysis.recommend import with_wishes

    with_wishes(body, g.network, evidence.wishes, top=q.top or 20, actor=q.actor)


def _coverage(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.coverage import coverage_of

    return coverage_of(g.programme)


def _communities(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.communities import communities

    return communities(g.network, seed=q.seed)


def _whatif(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    from graphsvc.analysis.whatif import whatif_of

    return whatif_of(g.programme, str(q.actor), g.network)


def _no_graph(g: Graphs, q: Any, progress: Progress | None) -> dict[str, Any]:
    raise NotImplementedError  # pragma: no cover - the kinds with on_store read the store


def _change(
    store: GraphStore, q: Any, progress: Progress | None
) -> tuple[dict[str, Any], nx.Graph]:
    from graphsvc.analysis.change import change_of
    from graphsvc.services.dated_graphs import first_day, graphs_on

    since = q.since or first_day(store)
    then, now = (graphs_on(store, day, q.rocket) for day in (since, q.to))
    body = change_of(
        (then.programme, then.network),
        (now.programme, now.network),
        top=q.top or 20,
        pivots=q.pivots,
        seed=q.seed,
    )
    return {"from": since, "to": q.to, **body}, now.network


def _timeline(
    store: GraphStore, q: Any, progress: Progress | None
) -> tuple[dict[str, Any], nx.Graph]:
    from graphsvc.analysis.change import timeline_of
    from graphsvc.services.dated_graphs import graphs_on, timeline_years

    dated = [(str(y), graphs_on(store, str(y), q.rocket)) for y in timeline_years(store)]
    latest = dated[-1][1] if dated else graphs_on(store, None, q.rocket)
    return timeline_of([(y, g.programme, g.network) for y, g in dated]), latest.network


def _overlap(
    store: GraphStore, q: Any, progress: Progress | None
) -> tuple[dict[str, Any], nx.Graph]:
    from graphsvc.services.overlap import overlap_on

    if q.programme is not None or q.rocket is not None:
        raise ValidationError(said("analysis.overlap.not_scoped"))
    return overlap_on(store, q.programmes, q.top or 20)


def _top_per_kind(found: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    kept = []
    for gap in found:
        seen[gap["kind"]] = seen.get(gap["kind"], 0) + 1
        if seen[gap["kind"]] <= top:
            kept.append(gap)
    return kept


#: Every analysis, in the order the docs present them.
ANALYSES: dict[str, Analysis] = {
    a.name: a
    for a in (
        Analysis("summary", _summary, AnalysisParams, sentences.summary, tables.summary),
        Analysis("centrality", _centrality, SampledParams, sentences.none, tables.centrality),
        Analysis("brokers", _brokers, SampledParams, sentences.brokers, tables.brokers),
        Analysis("gaps", _no_graph, AnalysisParams, sentences.gaps, tables.gaps, on_store=_gaps),
        Analysis(
            "recommend",
            _recommend,
            RecommendParams,
            sentences.recommend,
            tables.recommend,
            with_survey=_recommend_wishes,
        ),
        Analysis("coverage", _coverage, AnalysisParams, sentences.coverage, tables.coverage),
        Analysis(
            "communities", _communities, SeededParams, sentences.communities, tables.communities
        ),
        Analysis(
            "whatif", _whatif, AnalysisParams, sentences.whatif, tables.whatif, needs_actor=True
        ),
        Analysis(
            "change",
            _no_graph,
            ChangeParams,
            change_text.change,
            change_tables.change,
            on_store=_change,
            compares_dates=True,
        ),
        Analysis(
            "timeline",
            _no_graph,
            AnalysisParams,
            change_text.timeline,
            change_tables.timeline,
            on_store=_timeline,
            compares_dates=True,
        ),
        Analysis(
            "overlap",
            _no_graph,
            OverlapParams,
            overlap_text.overlap,
            overlap_tables.overlap,
            on_store=_overlap,
        ),
    )
}
#: The kinds, in the order of the table.
KINDS: tuple[str, ...] = tuple(ANALYSES)


def all_params() -> dict[str, tuple[FieldInfo, tuple[str, ...]]]:
    """Every parameter any analysis takes, with the kinds that take it (in table order).

    >>> all_params()["method"][1]
    ('recommend',)
    """
    found: dict[str, tuple[FieldInfo, tuple[str, ...]]] = {}
    for analysis in ANALYSES.values():
        for name, info in analysis.params.model_fields.items():
            kinds = found[name][1] if name in found else ()
            found[name] = (found[name][0] if name in found else info, (*kinds, analysis.name))
    return found


def query_model() -> type[BaseModel]:
    """One model of every parameter (those of a single kind optional), for the API's query."""
    fields: dict[str, Any] = {}
    for name, (info, kinds) in all_params().items():
        if len(kinds) == len(ANALYSES):
            fields[name] = (info.annotation, info)
        else:
            described = f"{info.description} ({', '.join(kinds)})"
            optional = FieldInfo.merge_field_infos(info, default=None, description=described)
            fields[name] = (typing.Optional[info.annotation], optional)  # noqa: UP045
    return create_model("AnalysisQuery", **fields)
