"""Neo4jStore: the programme graph in Neo4j (a server, a cluster or Aura) over Bolt."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction, Session
from neo4j import exceptions as neo4j_errors

from graphsvc.errors import (
    ConflictError,
    GraphsvcError,
    StoreError,
    StoreUnavailableError,
    ValidationError,
)
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.messages import Said, said
from graphsvc.model import LIST_PROPERTIES, Edge, Label, Node, RelType, Role
from graphsvc.model_rules import parse_enum
from graphsvc.records import (
    Batch,
    GapMark,
    History,
    Participation,
    Snapshot,
    WriteReport,
    check_gap_id,
    check_gap_mark,
    prepare_batch,
)
from graphsvc.stores import (
    cypher,
    cypher_gap_marks,
    cypher_history,
    cypher_indicators,
    cypher_presentations,
    cypher_survey,
)
from graphsvc.stores.base import (
    BatchWrites,
    SharedQueries,
    assemble_snapshot,
    duplicate_error,
    erasable_ends,
    indicator_not_found,
    not_found,
    rocket_not_found,
    search_needle,
)
from graphsvc.stores.history import as_history
from graphsvc.stores.neo4j_gap_marks import delete_mark, to_marks, write_mark
from graphsvc.stores.neo4j_history import (
    add_missing_periods,
    all_periods,
    graph_on,
    history_days,
    migrate_themes,
    write_batch,
)
from graphsvc.stores.neo4j_indicators import to_indicators, to_observations
from graphsvc.stores.neo4j_presentations import Neo4jPresentations
from graphsvc.stores.neo4j_programme import programme_graph, programme_periods
from graphsvc.stores.neo4j_survey import Neo4jSurveys
from graphsvc.stores.neo4j_tx import (
    META,
    add_missing_builtins,
    lock,
    read_graph,
    read_page,
    rows_of,
    run,
    to_node,
)
from graphsvc.stores.ordering import by_label_then_key, by_label_then_name, by_name, edge_order

T = TypeVar("T")
_LABELS = frozenset(label.value for label in Label)
_TYPES = frozenset(t.value for t in RelType)
_UNREACHABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.AuthError,
    neo4j_errors.DatabaseUnavailable,
)


class Neo4jStore(BatchWrites, SharedQueries, Neo4jPresentations, Neo4jSurveys):
    """A GraphStore on Neo4j 5.13+ over Bolt: ``bolt://``, ``neo4j://`` (routing), ``neo4j+s://``.

    Writes run as retrying transaction functions that lock one meta node first, so
    they are serialised, safe to repeat and all or nothing; sessions share bookmarks, so
    a read sees the store's earlier writes in a cluster too. ``user``/``password`` None
    means no authentication. Raises StoreUnavailableError when the server cannot be
    reached (also at construction) and ValidationError for a malformed URL.
    """

    _WHO_RUNS = cypher.WHO_RUNS
    _ACTIONS_OF = cypher.ACTIONS_OF

    def __init__(
        self,
        url: str,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        connect_timeout: float = 15.0,
    ) -> None:
        self.url = url
        self._database = database
        self._bookmarks = GraphDatabase.bookmark_manager()
        auth = (user, password) if user and password is not None else None
        try:
            self._driver: Driver = GraphDatabase.driver(
                url,
                auth=auth,
                connection_timeout=connect_timeout,
                max_transaction_retry_time=connect_timeout,
                notifications_min_severity="OFF",
                user_agent="graphsvc",
            )
        except (neo4j_errors.ConfigurationError, ValueError) as e:
            raise ValidationError(said("errors.store.neo4j_url", url=url, problem=f"{e}")) from e
        try:
            with self._errors():
                self._driver.verify_connectivity()
                if database is None:  # resolve the home database once, not in every session
                    with self._driver.session() as session:
                        self._database = session.run(cypher.PING).consume().database
        except ValueError as e:  # the driver's word for an address it cannot even resolve
            self._driver.close()
            raise ValidationError(said("errors.store.neo4j_url", url=url, problem=f"{e}")) from e
        except GraphsvcError:
            self._driver.close()
            raise

    # -- transactions and errors ------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into graphsvc errors (always ``from e``)."""
        try:
            yield
        except _UNREACHABLE as e:
            raise StoreUnavailableError(self._said("errors.store.neo4j_unreachable", e)) from e
        except neo4j_errors.ConstraintError as e:
            raise ConflictError(self._said("errors.store.neo4j_duplicate", e)) from e
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as e:
            raise StoreError(self._said("errors.store.neo4j_refused", e)) from e

    def _said(self, key: str, problem: Exception) -> Said:
        """The message ``key`` about this server and the driver's ``problem``."""
        return said(key, url=f"{self.url}", problem=f"{problem}")

    def _session(self) -> Session:
        """A session that sees every write this store made (causal chaining in a cluster)."""
        return self._driver.session(database=self._database, bookmark_manager=self._bookmarks)

    def write_work(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one managed write transaction (for the account store beside it)."""
        with self._errors(), self._session() as session:
            return session.execute_write(work)

    def read_work(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one managed read transaction (for the account store beside it)."""
        with self._errors(), self._session() as session:
            return session.execute_read(work)

    def _read_one(self, query: str, **params: Any) -> list[Any]:
        return self.read_work(lambda tx: run(tx, query, **params))

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    # -- schema and writes ------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create missing constraints and indexes, the meta node and the built-in nodes."""
        existing = set()
        for query in (cypher.SHOW_CONSTRAINTS, cypher.SHOW_INDEXES):
            existing |= {r["name"] for r in self._read_one(query)}
        rules = (
            *cypher.SCHEMA,
            *cypher_history.SCHEMA,
            *cypher_indicators.SCHEMA,
            *cypher_presentations.SCHEMA,
            *cypher_survey.SCHEMA,
            *cypher_gap_marks.SCHEMA,
        )
        for name, statement in rules:
            if name not in existing:
                try:
                    self.write_work(partial(run, query=statement))
                except StoreError as e:
                    # another process creating the same rule at the same moment is fine
                    if "AlreadyExists" not in str(getattr(e.__cause__, "code", "")):
                        raise

        def builtins(tx: ManagedTransaction) -> None:
            lock(tx)
            changed = add_missing_builtins(tx)
            add_missing_periods(tx)
            if migrate_themes(tx) or changed:
                tx.run(cypher.BUMP_VERSION, META).consume()

        self.write_work(builtins)

    def apply(self, batch: Batch) -> WriteReport:
        """Apply a batch in one transaction, all or nothing (see GraphStore.apply)."""
        prepared = prepare_batch(batch)

        return self.write_work(partial(write_batch, batch=prepared))

    def insert_node(self, node: Node, edges: Sequence[Edge] = ()) -> WriteReport:
        """Create a node and its edges in one transaction (see GraphStore.insert_node)."""
        prepared = prepare_batch(Batch(nodes=[node], edges=edges))

        def work(tx: ManagedTransaction) -> WriteReport:
            lock(tx)  # before the check, so that two creates of one key run one after the other
            if run(tx, cypher.GET_NODE[node.label], key=node.key):
                raise duplicate_error(node)
            return write_batch(tx, prepared)

        try:
            return self.write_work(work)
        except ConflictError as e:  # the key's uniqueness constraint
            raise duplicate_error(node) from e

    def erase_node(self, label: Label, key: str) -> int:
        """Remove a node, its relationships and all their history (see GraphStore)."""
        label = parse_enum(Label, label, "label")
        ends = [[t.value, s, e] for t, s, e in erasable_ends(label)]

        def work(tx: ManagedTransaction) -> int:
            lock(tx)
            current = run(tx, cypher.DELETE_NODES[label], keys=[key])[0]["nodes"]
            if not run(tx, cypher_history.NODE_PERIODS, ids=[[label.value, key]])[0]["rows"]:
                if not current:
                    raise not_found(label, key)
            tx.run(cypher_history.ERASE_NODE_PERIODS, label=label.value, key=key).consume()
            edges = run(tx, cypher_history.ERASE_EDGE_PERIODS, types=ends, key=key)
            if label is Label.ACTOR:  # the respondent's survey answers and links go too
                run(tx, cypher_survey.ERASE_ANSWERS, actor=key, year=None)
                tx.run(cypher_survey.ERASE_LINKS, actor=key).consume()
            tx.run(cypher.BUMP_VERSION, META).consume()
            return int(edges[0]["items"]) if edges else 0

        return self.write_work(work)

    def clear(self) -> None:
        """Delete all graph data, its history, presentations and surveys, then recreate the
        programme and rockets."""

        def work(tx: ManagedTransaction) -> None:
            lock(tx)
            tx.run(cypher.CLEAR).consume()
            tx.run(cypher_history.CLEAR_PERIODS).consume()
            tx.run(cypher_indicators.CLEAR).consume()
            tx.run(cypher_presentations.CLEAR).consume()
            tx.run(cypher_survey.CLEAR).consume()
            tx.run(cypher_gap_marks.CLEAR).consume()
            add_missing_builtins(tx)
            add_missing_periods(tx)
            tx.run(cypher.BUMP_VERSION, META).consume()

        self.write_work(work)

    # -- reads ------------------------------------------------------------------------------

    def _rows(self, query: str, **params: Any) -> list[Any] | None:
        return self.read_work(lambda tx: rows_of(tx, query, **params))

    def get_node(self, label: Label, key: str) -> Node:
        """The node with this label and key, or NotFoundError."""
        label = parse_enum(Label, label, "label")
        records = self._read_one(cypher.GET_NODE[label], key=key)
        if not records:
            raise not_found(label, key)
        return to_node(label, key, records[0]["props"])

    def _node_page(self, label: Label, limit: int, offset: int) -> list[Node]:
        return self.read_work(partial(read_page, label=label, offset=offset, limit=limit))

    def _filter_candidates(self, label: Label, filters: dict[str, str]) -> list[Node]:
        wanted = [
            {
                "name": k,
                "value": v if k in LIST_PROPERTIES else str(v),
                "list": k in LIST_PROPERTIES,
            }
            for k, v in filters.items()
        ]
        rows = self._rows(cypher.FILTERED_NODES[label], filters=wanted) or []
        return [to_node(label, k, p) for k, p in rows]

    def _count_all(self, label: Label) -> int:
        return int(self._read_one(cypher.COUNT_NODES[label])[0]["count"])

    def find_edges(
        self, rel_type: RelType | None = None, *, start: str | None = None, end: str | None = None
    ) -> list[Edge]:
        """Relationships filtered by type and end keys, ordered by (type, start, end)."""
        types = (
            list(RelType)
            if rel_type is None
            else [parse_enum(RelType, rel_type, "relationship type")]
        )
        table = (
            cypher.EDGES_FROM
            if start is not None
            else cypher.EDGES_TO
            if end is not None
            else cypher.EDGES_ALL
        )

        def work(tx: ManagedTransaction) -> list[Edge]:
            return [
                Edge(t, a, b, props)
                for t in types
                for a, b, props in rows_of(tx, table[t], start=start, end=end) or []
            ]

        return sorted(self.read_work(work), key=edge_order)

    def neighbours(self, label: Label, key: str) -> list[tuple[Edge, Node]]:
        """Every relationship of a node with the node at its other end."""
        label = parse_enum(Label, label, "label")
        rows = self._rows(cypher.NEIGHBOURS[label], key=key)
        if rows is None:
            raise not_found(label, key)
        pairs = []
        for rel_type, start, end, props, labels, other_key, other_props in rows:
            other = [x for x in labels if x in _LABELS]
            if rel_type in _TYPES and other:
                edge = Edge(RelType(rel_type), start, end, props)
                pairs.append((edge, to_node(Label(other[0]), other_key, other_props)))
        return sorted(pairs, key=lambda p: (p[0].type.value, *by_label_then_key(p[1])))

    def _participations(
        self, query: str, label: Label, key: str, other: Label
    ) -> list[Participation]:
        rows = self._rows(query, key=key)
        if rows is None:
            raise not_found(label, key)
        return [Participation(to_node(other, k, p), Role(role)) for k, p, role in rows]

    def _rocket_nodes(self, query: str, rocket_key: str, label: Label) -> list[Node]:
        rows = self._rows(query, key=rocket_key)
        if rows is None:
            raise rocket_not_found(rocket_key)
        distinct = {k: to_node(label, k, p) for k, p in rows}
        return sorted(distinct.values(), key=by_name)

    def rocket_actions(self, rocket_key: str) -> list[Node]:
        """Actions fuelling a rocket, by title."""
        return self._rocket_nodes(cypher.ROCKET_ACTIONS, rocket_key, Label.ACTION)

    def rocket_actors(self, rocket_key: str) -> list[Node]:
        """Distinct actors running an action that fuels a rocket, by name."""
        return self._rocket_nodes(cypher.ROCKET_ACTORS, rocket_key, Label.ACTOR)

    def search(
        self, text: str, *, labels: Sequence[Label] | None = None, limit: int = 50
    ) -> list[Node]:
        """Nodes whose name or key contains the text, case- and accent-insensitively."""
        needle = search_needle(text)
        wanted = [parse_enum(Label, x, "label") for x in labels] if labels else list(Label)

        def work(tx: ManagedTransaction) -> list[Node]:
            return [
                to_node(label, k, p)
                for label in wanted
                for k, p in rows_of(tx, cypher.SEARCH[label], needle=needle) or []
            ]

        return sorted(self.read_work(work), key=by_label_then_name)[:limit]

    def snapshot(
        self, rocket: str | None = None, *, as_of: str | None = None, programme: str | None = None
    ) -> Snapshot:
        """All nodes and relationships (or one rocket's part, or one programme's), now or as
        they stood on the day ``as_of``, read in one transaction."""

        def work(tx: ManagedTransaction) -> Snapshot:
            if rocket is not None and not run(tx, cypher.GET_NODE[Label.ROCKET], key=rocket):
                raise rocket_not_found(rocket)
            if programme is not None:
                nodes, edges = programme_graph(tx, programme, as_of)
            else:
                nodes, edges = read_graph(tx) if as_of is None else graph_on(tx, as_of)
            version = run(tx, cypher.GET_VERSION, **META)
            return assemble_snapshot(
                nodes,
                edges,
                int(version[0]["version"]) if version else 0,
                rocket,
                programme_part=programme is not None,
            )

        return self.read_work(work)

    def find_indicators(self) -> list[Indicator]:
        """Every indicator, by key."""
        return to_indicators(self._rows(cypher_indicators.ALL_INDICATORS))

    def get_indicator(self, key: str) -> Indicator:
        """The indicator with this key, or NotFoundError."""
        found = to_indicators(self._rows(cypher_indicators.INDICATORS, keys=[key]))
        if not found:
            raise indicator_not_found(key)
        return found[0]

    def find_observations(self, indicator: str | None = None) -> list[Observation]:
        """The yearly values of one indicator (or of all), by indicator and year."""
        if indicator is None:
            return to_observations(self._rows(cypher_indicators.ALL_VALUES))
        return to_observations(self._rows(cypher_indicators.VALUES_OF, key=indicator))

    def find_gap_marks(self) -> list[GapMark]:
        """Every handled mark, by gap id."""
        return to_marks(self._rows(cypher_gap_marks.ALL_MARKS))

    def mark_gap(self, mark: GapMark) -> bool:
        """Mark a gap handled, replacing its mark (see GraphStore.mark_gap)."""
        checked = check_gap_mark(mark)
        return self.write_work(partial(write_mark, mark=checked))

    def unmark_gap(self, gap_id: str) -> bool:
        """Remove a gap's mark; False if it had none."""
        check_gap_id(gap_id)
        return self.write_work(partial(delete_mark, gap_id=gap_id))

    def history_days(self) -> list[str]:
        """Every day on which something began or ended, in order (see GraphStore)."""
        return self.read_work(history_days)

    def history(self, *, programme: str | None = None) -> History:
        """Every validity period (or a programme's), read in one transaction (see GraphStore)."""
        if programme is not None:
            return self.read_work(lambda tx: as_history(*programme_periods(tx, programme)))
        return self.read_work(all_periods)

    def version(self) -> int:
        """The graph version: grows with every committed change."""
        records = self._read_one(cypher.GET_VERSION, **META)
        return int(records[0]["version"]) if records else 0
