"""The import of a workbook: read, validate, resolve references, then one all-or-nothing batch.

:func:`plan_import` turns a workbook into the :class:`~graphsvc.stores.base.Batch` that
would make the store agree with it (or raises ImportRejectedError listing every
problem); :func:`preview` says what that batch would change without writing.
Two rules keep re-imports safe: an optional column that a sheet does not have
leaves the stored values of that property alone (so a workbook exported without
contacts does not erase them), and an action's ``rocket`` cell is its complete list
of rockets (``FUELS`` to rockets no longer listed are removed).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graphsvc.errors import ImportRejectedError, NotFoundError
from graphsvc.indicator_model import validate_indicator, validate_observation
from graphsvc.loaders.checks import Problems, TooManyProblems
from graphsvc.loaders.files import read_workbook
from graphsvc.loaders.portfolio_rows import Portfolio
from graphsvc.loaders.rows import Records, validate_workbook
from graphsvc.loaders.stages import STAGES, Progress
from graphsvc.messages import said
from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.model_rules import validate_edge, validate_node
from graphsvc.records import Batch, WriteReport, prepare_batch
from graphsvc.settings import Settings
from graphsvc.stores.base import GraphStore
from graphsvc.values import quoted

#: Above this many keys to look up, read all keys of the label at once.
_BULK_LOOKUP = 50


@dataclass
class ImportPlan:
    """A validated workbook: the batch to apply and what the report says about the input."""

    source: str
    batch: Batch
    rows: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _step(progress: Progress | None, stage: str) -> None:
    if progress is not None:
        progress(stage, STAGES.index(stage), len(STAGES))


def plan_import(
    store: GraphStore,
    path: Path,
    settings: Settings,
    progress: Progress | None = None,
    on: str | None = None,
) -> ImportPlan:
    """Read and validate a workbook against the store; raise ImportRejectedError on problems.

    The error lists up to ``settings.max_import_errors`` problems, each a dict with
    file, row, column, value, message and allowed. With ``on`` (a day), the workbook is
    the network as it stood that day: ``store`` is the graph as of that day, the batch
    is valid from it, and what the store holds but the workbook's sheets no longer list
    ends then (see :func:`unlisted`).
    """
    _step(progress, "reading")
    book = read_workbook(path, settings)
    _step(progress, "validating")
    problems = Problems(settings.max_import_errors)
    records = Records()
    try:
        records = validate_workbook(book, problems, stored_portfolio(store))
        if not problems.errors:
            _step(progress, "checking references")
            _resolve(store, records, problems)
            _resolve_indicators(store, records, problems)
    except TooManyProblems:
        pass
    if problems.errors:
        count = f"{len(problems.errors)}{'+' if problems.full else ''}"
        many = "one" if len(problems.errors) == 1 else "many"
        found = said(f"errors.load.problems_found.{many}", source=book.source, count=count)
        if problems.full:
            found = said("errors.load.stopped_counting", found=found)
        raise ImportRejectedError(found, errors=problems.errors)
    nodes = _keep_absent_columns(store, records)
    stale = _stale_ties(store, records)
    node_ends, edge_ends = unlisted(store, records) if on is not None else ([], [])
    batch = Batch(
        nodes,
        records.edges,
        [*stale, *edge_ends],
        node_ends,
        on,
        indicators=records.indicators.indicators,
        observations=records.indicators.observations,
    )
    prepared = prepare_batch(batch, records_checked=True)
    return ImportPlan(book.source, prepared, records.rows, book.notes)


#: The sheets whose nodes, and whose relationships, a dated workbook lists completely.
_LISTED_NODES = {"actors": Label.ACTOR, "actions": Label.ACTION}
_LISTED_TIES = {"participation": RelType.RUNS, "collaborations": RelType.COLLABORATES_WITH}


def unlisted(
    store: GraphStore, records: Records
) -> tuple[list[tuple[Label, str]], list[tuple[RelType, str, str]]]:
    """The actors, actions, participations and collaborations ``store`` holds that the
    workbook's sheets do not list (only for the sheets it has): they end on its day; the
    survey's ties are the survey's to end.

    A workbook speaks for the programmes its actions fuel first: what belongs to another
    programme of the portfolio (an action fuelling another programme's rocket, an actor
    running such an action, a collaboration of such an actor) is not its to end.
    """
    listed = {(n.label, n.key) for n in records.nodes}
    ties = {(e.type, e.start, e.end) for e in records.edges}
    theirs = _others_part(store, records)
    node_ends = [
        (label, n.key)
        for sheet, label in _LISTED_NODES.items()
        if sheet in records.rows
        for n in store.find_nodes(label)
        if (label, n.key) not in listed and n.key not in theirs
    ]
    edge_ends = [
        (rel_type, e.start, e.end)
        for sheet, rel_type in _LISTED_TIES.items()
        if sheet in records.rows
        for e in store.find_edges(rel_type)
        if (rel_type, e.start, e.end) not in ties and not _theirs(e, theirs) and not _surveyed(e)
    ]
    return node_ends, edge_ends


def _surveyed(edge: Edge) -> bool:
    """Whether a tie is the survey's (``source`` survey): the survey ends its own ties
    (graphsvc.services.survey_close), a workbook that leaves it out does not."""
    return edge.type is RelType.COLLABORATES_WITH and edge.props.get("source") == "survey"


def _theirs(edge: Edge, theirs: set[str]) -> bool:
    """Whether a participation is in another programme's action, or a collaboration has an
    actor of another programme."""
    if edge.type is RelType.RUNS:
        return edge.end in theirs
    return bool({edge.start, edge.end} & theirs)


def _others_part(store: GraphStore, records: Records) -> set[str]:
    """The keys of the actions that fuel a rocket of a programme none of the workbook's
    actions fuels first (its primary rocket), and of the actors running them. While another
    programme has actions, actors who run nothing are not the workbook's to end either:
    nobody can tell whose they are."""
    owner = {e.start: e.end for e in store.find_edges(RelType.PART_OF)}
    owner.update((e.start, e.end) for e in records.edges if e.type is RelType.PART_OF)
    covered = {owner.get(rockets[0]) for rockets in records.rockets_of.values() if rockets}
    fuels = store.find_edges(RelType.FUELS)
    primary = {e.start: e.end for e in fuels if e.props.get("primary")}
    outside = {a for a, r in primary.items() if owner.get(r) not in covered}
    outside |= {
        e.start for e in fuels if e.start not in primary and owner.get(e.end) not in covered
    }
    outside -= set(records.rockets_of)
    if not outside:
        return set()
    runs = store.find_edges(RelType.RUNS)
    idle = {n.key for n in store.find_nodes(Label.ACTOR)} - {e.start for e in runs}
    return outside | idle | {e.start for e in runs if e.end in outside}


def _existing_keys(store: GraphStore, label: Label, keys: list[str]) -> set[str]:
    if len(keys) > _BULK_LOOKUP:
        return {n.key for n in store.find_nodes(label)}
    found = set()
    for key in keys:
        try:
            store.get_node(label, key)
            found.add(key)
        except NotFoundError:
            pass
    return found


def _resolve(store: GraphStore, records: Records, problems: Problems) -> None:
    """Record a problem for each reference that neither the workbook nor the store defines."""
    wanted: dict[Label, list[str]] = {}
    for label, key in records.unresolved:
        wanted.setdefault(label, []).append(key)
    for label, keys in wanted.items():
        existing = _existing_keys(store, label, keys)
        for key in keys:
            if key in existing:
                continue
            for sheet, row, column in records.unresolved[(label, key)]:
                problems.add(
                    sheet,
                    row,
                    column,
                    key,
                    said(f"errors.load.unknown.{label.value.lower()}", value=quoted(key)),
                )


def _resolve_indicators(store: GraphStore, records: Records, problems: Problems) -> None:
    """Record a problem for each owner and each indicator that neither the workbook nor the
    store defines (an owner must be an actor now)."""
    found = records.indicators
    if found.owners:
        actors = _existing_keys(store, Label.ACTOR, sorted(found.owners))
        for key, places in found.owners.items():
            if key not in actors:
                for sheet, row, column in places:
                    message = said("errors.load.unknown.actor", value=quoted(key))
                    problems.add(sheet, row, column, key, message)
    if found.indicators_named:
        stored = {i.key for i in store.find_indicators()}
        for key, places in found.indicators_named.items():
            if key not in stored:
                for sheet, row, column in places:
                    message = said("errors.load.unknown.indicator", value=quoted(key))
                    problems.add(sheet, row, column, key, message)


def _keep_absent_columns(store: GraphStore, records: Records) -> list[Node]:
    """The nodes, with stored values kept for the optional columns their sheet lacks."""
    nodes = records.nodes
    for label, absent in records.absent.items():
        if not absent:
            continue
        mine = [n for n in nodes if n.label is label]
        if len(mine) > _BULK_LOOKUP:
            stored = {n.key: n for n in store.find_nodes(label)}
        else:
            stored = {}
            for node in mine:
                try:
                    stored[node.key] = store.get_node(label, node.key)
                except NotFoundError:
                    pass
        if not stored:
            continue
        merged = []
        for node in nodes:
            old = stored.get(node.key) if node.label is label else None
            if old is None:
                merged.append(node)
                continue
            props = {k: v for k, v in node.props.items() if k not in absent}
            props.update({k: old.props[k] for k in absent if k in old.props})
            merged.append(Node(label, node.key, props))
        nodes = merged
    return nodes


def _stale_ties(store: GraphStore, records: Records) -> list[tuple[RelType, str, str]]:
    """``FUELS`` and ``ADDRESSES`` of the workbook's actions to rockets and themes their
    ``rocket`` and ``themes`` cells no longer list."""
    stale = []
    for rel_type, listed in (
        (RelType.FUELS, records.rockets_of),
        (RelType.ADDRESSES, records.themes_of),
    ):
        if listed:
            stale += [
                (rel_type, e.start, e.end)
                for e in store.find_edges(rel_type)
                if e.start in listed and e.end not in listed[e.start]
            ]
    return stale


def stored_portfolio(store: GraphStore) -> Portfolio:
    """The programmes, rockets and themes of the store, for a workbook's references."""
    portfolio = Portfolio()
    for node in store.find_nodes(Label.PROGRAMME):
        portfolio.programmes[node.key] = str(node.props.get("kind", "programme"))
    portfolio.rockets.update((e.start, e.end) for e in store.find_edges(RelType.PART_OF))
    portfolio.themes.update(n.key for n in store.find_nodes(Label.THEME))
    return portfolio


def preview(store: GraphStore, batch: Batch) -> WriteReport:
    """What applying ``batch`` would do (the counts of ``store.apply``), without writing."""
    snapshot = store.snapshot()
    nodes = {(n.label, n.key): n.props for n in snapshot.nodes}
    edges = {(e.type, e.start, e.end): e.props for e in snapshot.edges}
    report = WriteReport()
    new_nodes = {(n.label, n.key): n.props for n in map(validate_node, batch.nodes)}
    report.nodes_created, report.nodes_updated, report.nodes_unchanged = _tally(nodes, new_nodes)
    new_edges = {(e.type, e.start, e.end): e.props for e in map(validate_edge, batch.edges)}
    report.edges_created, report.edges_updated, report.edges_unchanged = _tally(edges, new_edges)
    ended = {key for _, key in batch.node_deletes}
    gone = {d for d in batch.edge_deletes if d in edges}
    gone |= {d for d in edges if d[1] in ended or d[2] in ended}
    report.edges_deleted = len(gone)
    report.nodes_deleted = sum(1 for d in set(batch.node_deletes) if d in nodes)
    if batch.indicators or batch.observations:
        _preview_indicators(store, batch, report)
    return report


def _preview_indicators(store: GraphStore, batch: Batch, report: WriteReport) -> None:
    """The indicator counts that applying ``batch`` would give."""
    old = {i.key: i for i in store.find_indicators()}
    new = {i.key: i for i in map(validate_indicator, batch.indicators)}
    counts = _tally(old, new)
    report.indicators_created, report.indicators_updated, report.indicators_unchanged = counts
    old_values = {(o.indicator, o.year): o for o in store.find_observations()}
    new_values = {(o.indicator, o.year): o for o in map(validate_observation, batch.observations)}
    counts = _tally(old_values, new_values)
    report.values_created, report.values_updated, report.values_unchanged = counts


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _tally(old: Mapping[K, V], new: Mapping[K, V]) -> tuple[int, int, int]:
    """How many items of ``new`` (by key) would be created, updated and left unchanged."""
    created = updated = 0
    for key, item in new.items():
        if key not in old:
            created += 1
        elif old[key] != item:
            updated += 1
    return created, updated, len(new) - created - updated
