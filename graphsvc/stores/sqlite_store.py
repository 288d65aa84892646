"""SQLiteStore: the programme graph in one embedded SQLite file (WAL, synchronous=FULL)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from orjson import loads

from graphsvc.dates import today
from graphsvc.errors import StoreError, StoreUnavailableError, ValidationError
from graphsvc.indicator_model import Indicator, Observation
from graphsvc.messages import Said, said
from graphsvc.model import (
    Edge,
    Label,
    Node,
    RelType,
    Role,
)
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
from graphsvc.stores import history_plan, sql
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
from graphsvc.stores.indicator_plan import IndicatorWrites, has_indicator_writes, plan_indicators
from graphsvc.stores.ordering import by_label_then_key, by_label_then_name, by_name
from graphsvc.stores.sqlite_connections import ThreadConnections
from graphsvc.stores.sqlite_gap_marks import (
    ALL_MARKS,
    CLEAR_MARKS,
    delete_mark,
    to_marks,
    write_mark,
)
from graphsvc.stores.sqlite_history import (
    SQLitePeriods,
    all_periods,
    graph_on,
    history_days,
    insert_builtins,
    write_periods,
)
from graphsvc.stores.sqlite_indicators import (
    ALL_INDICATORS,
    ALL_VALUES,
    CLEAR_INDICATORS,
    GET_INDICATOR,
    VALUES_OF,
    SQLiteIndicatorTable,
    to_indicator,
    to_observation,
    write_indicators,
)
from graphsvc.stores.sqlite_presentations import CLEAR_PRESENTATIONS, SQLitePresentations
from graphsvc.stores.sqlite_programme import programme_graph, programme_periods
from graphsvc.stores.sqlite_schema import migrate
from graphsvc.stores.sqlite_survey import CLEAR_SURVEYS, ERASE_ANSWERS, ERASE_LINKS, SQLiteSurveys
from graphsvc.stores.sqlite_writes import write_current

URL_PREFIX = "sqlite:///"


#: The vocabulary by its stored text (a dict lookup per row instead of an enum call).
_LABELS = {label.value: label for label in Label}
_TYPES = {rel.value: rel for rel in RelType}


def path_from_url(url: str) -> Path:
    """The file path of a ``sqlite:///PATH`` URL (``sqlite:////abs`` for absolute paths)."""
    if not url.startswith(URL_PREFIX) or len(url) == len(URL_PREFIX):
        raise ValidationError(said("errors.store.sqlite_url", url=url))
    return Path(url[len(URL_PREFIX) :])


class SQLiteStore(BatchWrites, SharedQueries, SQLitePresentations, SQLiteSurveys):
    """A GraphStore in one SQLite file; one connection per thread, writes in BEGIN IMMEDIATE."""

    _WHO_RUNS = sql.RUNNERS_OF_ACTION
    _ACTIONS_OF = sql.ACTIONS_OF_ACTOR

    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        self.url = url
        self.path = path_from_url(url)
        self._connections = ThreadConnections(self.path, sql.PRAGMAS, timeout=timeout)
        self._connections.get()

    # -- connections and transactions -------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        conn = self._connections.get()
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.OperationalError as e:
            raise StoreUnavailableError(self._said("errors.store.sqlite_busy", e)) from e
        try:
            yield conn
        except BaseException as e:
            conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise StoreError(self._said("errors.store.sqlite_refused", e)) from e
            raise
        else:
            conn.execute("COMMIT")

    def _said(self, key: str, problem: Exception) -> Said:
        """The message ``key`` about this file and the driver's ``problem``."""
        return said(key, path=f"{self.path}", problem=f"{problem}")

    def close(self) -> None:
        """Close every connection this store opened."""
        self._connections.close()

    def forget_deleted(self) -> bool:
        """Checkpoint the WAL into the file and truncate it, so that with ``secure_delete``
        no deleted row survives in either file; False if readers kept it from finishing."""
        conn = self._connections.get()
        for _ in range(3):
            try:
                busy = conn.execute(sql.CHECKPOINT_TRUNCATE).fetchone()[0]
            except sqlite3.Error as e:
                message = self._said("errors.store.sqlite_checkpoint", e)
                raise StoreUnavailableError(message) from e
            if not busy:
                return True
        return False

    def ensure_schema(self) -> None:
        """Run pending migrations and add the built-in programme and rockets where missing."""
        conn = self._connections.get()
        try:
            migrate(conn)
        except sqlite3.Error as e:
            raise StoreUnavailableError(self._said("errors.store.sqlite_prepare", e)) from e
        with self._transaction(write=True) as conn:
            self._insert_builtins(conn)

    def _insert_builtins(self, conn: sqlite3.Connection) -> None:
        insert_builtins(conn)

    # -- writes -----------------------------------------------------------------------

    def apply(self, batch: Batch) -> WriteReport:
        """Apply a batch in one transaction, all or nothing (see GraphStore.apply)."""
        batch = prepare_batch(batch)
        with self._transaction(write=True) as conn:
            return self._write(conn, batch)

    def insert_node(self, node: Node, edges: Sequence[Edge] = ()) -> WriteReport:
        """Create a node and its edges in one transaction (see GraphStore.insert_node)."""
        batch = prepare_batch(Batch(nodes=[node], edges=edges))
        with self._transaction(write=True) as conn:
            if conn.execute(sql.GET_NODE, (node.label.value, node.key)).fetchone() is not None:
                raise duplicate_error(node)
            return self._write(conn, batch)

    @staticmethod
    def _write(conn: sqlite3.Connection, batch: Batch) -> WriteReport:
        """Write a prepared batch's history and current rows, then its indicators; its
        report."""
        plan = history_plan.plan(batch, batch.on or today(), SQLitePeriods(conn))
        if plan.changed:
            write_periods(conn, plan)
            write_current(conn, plan)
        indicators = IndicatorWrites()
        if has_indicator_writes(batch):
            indicators = plan_indicators(batch, SQLiteIndicatorTable(conn), plan.report)
            write_indicators(conn, indicators)
        if plan.changed or indicators.changed:
            conn.execute(sql.BUMP_VERSION)
        return plan.report

    def erase_node(self, label: Label, key: str) -> int:
        """Remove a node, its relationships and all their history (see GraphStore)."""
        label = parse_enum(Label, label, "label")
        with self._transaction(write=True) as conn:
            nodes = conn.execute(sql.DELETE_NODE, (label.value, key)).rowcount
            nodes += conn.execute(sql.ERASE_NODE_PERIODS, (label.value, key)).rowcount
            edges = set()
            for rel_type, as_start, as_end in erasable_ends(label):
                params = (rel_type.value, key if as_start else None, key if as_end else None)
                edges |= set(conn.execute(sql.ERASE_EDGE_PERIODS, params).fetchall())
            if not nodes:
                raise not_found(label, key)
            if label is Label.ACTOR:  # the respondent's survey answers and links go too
                conn.execute(ERASE_ANSWERS, (key, None))
                conn.execute(ERASE_LINKS, (key,))
            conn.execute(sql.BUMP_VERSION)
        return len(edges)

    def clear(self) -> None:
        """Delete all graph data, its history, presentations and surveys, then recreate the
        programme and rockets."""
        with self._transaction(write=True) as conn:
            for statement in (
                CLEAR_SURVEYS,
                CLEAR_PRESENTATIONS,
                CLEAR_MARKS,
                CLEAR_INDICATORS,
                sql.CLEAR_EDGES,
                sql.CLEAR_NODES,
                sql.CLEAR_EDGE_PERIODS,
                sql.CLEAR_NODE_PERIODS,
            ):
                conn.execute(statement)
            self._insert_builtins(conn)
            conn.execute(sql.BUMP_VERSION)

    # -- reads ------------------------------------------------------------------------

    def _read(self, query: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """The rows of one statement: it sees one snapshot on its own, so no BEGIN/COMMIT."""
        try:
            return self._connections.get().execute(query, params).fetchall()
        except sqlite3.Error as e:
            if getattr(e, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                raise StoreUnavailableError(self._said("errors.store.sqlite_busy", e)) from e
            raise StoreError(self._said("errors.store.sqlite_refused", e)) from e

    def get_node(self, label: Label, key: str) -> Node:
        """The node with this label and key, or NotFoundError."""
        label = parse_enum(Label, label, "label")
        rows = self._read(sql.GET_NODE, (label.value, key))
        if not rows:
            raise not_found(label, key)
        return Node(label, key, loads(rows[0][0]))

    def _node_page(self, label: Label, limit: int, offset: int) -> list[Node]:
        rows = self._read(sql.FIND_NODES_PAGE, (label.value, limit, offset))
        return [Node(label, k, loads(p)) for k, p in rows]

    def _filter_candidates(self, label: Label, filters: dict[str, str]) -> list[Node]:
        return [Node(label, k, loads(p)) for k, p in self._read(sql.FIND_NODES, (label.value,))]

    def _count_all(self, label: Label) -> int:
        return int(self._read(sql.COUNT_NODES, (label.value,))[0][0])

    def find_edges(
        self, rel_type: RelType | None = None, *, start: str | None = None, end: str | None = None
    ) -> list[Edge]:
        """Relationships filtered by type and end keys, ordered by (type, start, end)."""
        t = None if rel_type is None else parse_enum(RelType, rel_type, "relationship type").value
        rows = self._read(sql.FIND_EDGES, (t, t, start, start, end, end))
        return [Edge(RelType(r[0]), r[1], r[2], loads(r[3])) for r in rows]

    def neighbours(self, label: Label, key: str) -> list[tuple[Edge, Node]]:
        """Every relationship of a node with the node at its other end."""
        label = parse_enum(Label, label, "label")
        with self._transaction(write=False) as conn:
            if conn.execute(sql.GET_NODE, (label.value, key)).fetchone() is None:
                raise not_found(label, key)
            result = []
            for t, sl, sk, el, ek, props in conn.execute(
                sql.NODE_EDGES, (label.value, key, label.value, key)
            ):
                other_label, other_key = (el, ek) if (sl, sk) == (label.value, key) else (sl, sk)
                other = conn.execute(sql.GET_NODE, (other_label, other_key)).fetchone()
                edge = Edge(RelType(t), sk, ek, loads(props))
                result.append((edge, Node(Label(other_label), other_key, loads(other[0]))))
        result.sort(key=lambda pair: (pair[0].type.value, by_label_then_key(pair[1])))
        return result

    def _participations(
        self, query: str, label: Label, key: str, other: Label
    ) -> list[Participation]:
        with self._transaction(write=False) as conn:
            if conn.execute(sql.GET_NODE, (label.value, key)).fetchone() is None:
                raise not_found(label, key)
            rows = conn.execute(query, (RelType.RUNS.value, label.value, key)).fetchall()
        return [Participation(Node(other, k, loads(p)), Role(loads(e)["role"])) for k, p, e in rows]

    def _rocket_rows(self, query: str, params: tuple[Any, ...], rocket_key: str) -> list[Any]:
        with self._transaction(write=False) as conn:
            if conn.execute(sql.GET_NODE, (Label.ROCKET.value, rocket_key)).fetchone() is None:
                raise rocket_not_found(rocket_key)
            return conn.execute(query, params).fetchall()

    def rocket_actions(self, rocket_key: str) -> list[Node]:
        """Actions fuelling a rocket, by title."""
        params = (RelType.FUELS.value, Label.ROCKET.value, rocket_key)
        rows = self._rocket_rows(sql.ACTIONS_OF_ROCKET, params, rocket_key)
        return sorted((Node(Label.ACTION, k, loads(p)) for k, p in rows), key=by_name)

    def rocket_actors(self, rocket_key: str) -> list[Node]:
        """Distinct actors running an action that fuels a rocket, by name."""
        params = (RelType.RUNS.value, RelType.FUELS.value, Label.ROCKET.value, rocket_key)
        rows = self._rocket_rows(sql.ACTORS_OF_ROCKET, params, rocket_key)
        return sorted((Node(Label.ACTOR, k, loads(p)) for k, p in rows), key=by_name)

    def search(
        self, text: str, *, labels: Sequence[Label] | None = None, limit: int = 50
    ) -> list[Node]:
        """Nodes whose name or key contains the text, case- and accent-insensitively."""
        needle = search_needle(text)
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        wanted = (
            json.dumps([parse_enum(Label, x, "label").value for x in labels]) if labels else None
        )
        rows = self._read(sql.SEARCH_NODES, (pattern, wanted, wanted))
        found = sorted((Node(Label(lb), k, loads(p)) for lb, k, p in rows), key=by_label_then_name)
        return found[:limit]

    def snapshot(
        self, rocket: str | None = None, *, as_of: str | None = None, programme: str | None = None
    ) -> Snapshot:
        """All nodes and relationships (or one rocket's part, or one programme's), now or as
        they stood on the day ``as_of``, read in one transaction."""
        with self._transaction(write=False) as conn:
            if (
                rocket is not None
                and conn.execute(sql.GET_NODE, (Label.ROCKET.value, rocket)).fetchone() is None
            ):
                raise rocket_not_found(rocket)
            if programme is not None:
                nodes, edges = programme_graph(conn, programme, as_of)
            elif as_of is not None:
                nodes, edges = graph_on(conn, as_of)
            else:
                nodes = [Node(_LABELS[lb], k, loads(p)) for lb, k, p in conn.execute(sql.ALL_NODES)]
                edges = [
                    Edge(_TYPES[t], s, e, loads(p)) for t, s, e, p in conn.execute(sql.ALL_EDGES)
                ]
            version = int(conn.execute(sql.GET_VERSION).fetchone()[0])
        return assemble_snapshot(
            nodes, edges, version, rocket, programme_part=programme is not None
        )

    def find_indicators(self) -> list[Indicator]:
        """Every indicator, by key."""
        return [to_indicator(r) for r in self._read(ALL_INDICATORS)]

    def get_indicator(self, key: str) -> Indicator:
        """The indicator with this key, or NotFoundError."""
        rows = self._read(GET_INDICATOR, (key,))
        if not rows:
            raise indicator_not_found(key)
        return to_indicator(rows[0])

    def find_observations(self, indicator: str | None = None) -> list[Observation]:
        """The yearly values of one indicator (or of all), by indicator and year."""
        rows = self._read(ALL_VALUES) if indicator is None else self._read(VALUES_OF, (indicator,))
        return [to_observation(r) for r in rows]

    def find_gap_marks(self) -> list[GapMark]:
        """Every handled mark, by gap id."""
        return to_marks(self._read(ALL_MARKS))

    def mark_gap(self, mark: GapMark) -> bool:
        """Mark a gap handled, replacing its mark (see GraphStore.mark_gap)."""
        mark = check_gap_mark(mark)
        with self._transaction(write=True) as conn:
            return write_mark(conn, mark)

    def unmark_gap(self, gap_id: str) -> bool:
        """Remove a gap's mark; False if it had none."""
        check_gap_id(gap_id)
        with self._transaction(write=True) as conn:
            return delete_mark(conn, gap_id)

    def history_days(self) -> list[str]:
        """Every day on which something began or ended, in order (see GraphStore)."""
        with self._transaction(write=False) as conn:
            return history_days(conn)

    def history(self, *, programme: str | None = None) -> History:
        """Every validity period (or a programme's), read in one transaction (see GraphStore)."""
        with self._transaction(write=False) as conn:
            if programme is not None:
                return as_history(*programme_periods(conn, programme))
            return as_history(*all_periods(conn))

    def version(self) -> int:
        """The graph version: grows with every committed change."""
        return int(self._read(sql.GET_VERSION)[0][0])
