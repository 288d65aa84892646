"""The audit log is tamper-evident on both stores: a hash chain that ``audit verify`` checks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_factory import wipe_everything

from graphsvc.accounts import AccountStore, open_accounts
from graphsvc.audit_chain import GENESIS, row_hash
from graphsvc.cli import main
from graphsvc.services import audit_log
from graphsvc.services.accounts import record
from graphsvc.stores.base import GraphStore
from graphsvc.stores.sqlite_store import SQLiteStore


@pytest.fixture
def accounts(store: GraphStore) -> Iterator[AccountStore]:
    """The account store beside an empty store, with an empty audit log (wiped again after,
    so no tampered log is left for later tests)."""
    wipe_everything(store)
    opened = open_accounts(store)
    yield opened
    opened.close()
    wipe_everything(store)


def _append(accounts: AccountStore, n: int, who: str = "cli:test") -> None:
    for i in range(n):
        record(accounts, who=who, role="admin", action="key.create", obj=f"ApiKey:{i}")


def _tamper(store: GraphStore, sql: str, cypher: str) -> None:
    """Change the log behind graphsvc's back: SQL without the triggers, or plain Cypher."""
    if isinstance(store, SQLiteStore):
        conn = sqlite3.connect(store.path, isolation_level=None)
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.execute(sql)
        conn.close()
    else:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(store.url) as driver:
            driver.execute_query(cypher)


def _verify_cli(store: GraphStore) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--store", store.url, "audit", "verify", "--lang", "en"])
    return result.exit_code, result.output


def test_concurrent_appends_form_one_intact_chain(store: GraphStore, accounts: AccountStore):
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda w: _append(accounts, 15, who=f"cli:w{w}"), range(6)))
    rows = accounts.audit_chain()
    assert [e.seq for e in rows] == list(range(1, 91))
    assert rows[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert audit_log.verify(accounts).describe() == "90 rows, chain intact"
    assert _verify_cli(store) == (0, "90 rows, chain intact\n")


def test_a_changed_row_is_reported_at_its_number(store: GraphStore, accounts: AccountStore):
    _append(accounts, 5)
    _tamper(
        store,
        "UPDATE audit_log SET outcome = 'ok (edited)' WHERE seq = 3",
        "MATCH (e:_GraphsvcAudit {seq: 3}) SET e.outcome = 'ok (edited)'",
    )
    report = audit_log.verify(accounts)
    assert (report.intact, report.broken_at) == (False, 3)
    assert "the row was changed" in report.problem
    code, output = _verify_cli(store)
    assert code == 1 and output.startswith("chain broken at row 3: stored hash")


def test_a_rehashed_row_breaks_the_link_to_the_next(store: GraphStore, accounts: AccountStore):
    _append(accounts, 4)
    row = accounts.audit_chain()[1]
    forged = row_hash(2, (*row.values[:5], "forged"), row.prev_hash)
    _tamper(
        store,
        f"UPDATE audit_log SET outcome = 'forged', hash = '{forged}' WHERE seq = 2",
        f"MATCH (e:_GraphsvcAudit {{seq: 2}}) SET e.outcome = 'forged', e.hash = '{forged}'",
    )
    report = audit_log.verify(accounts)
    assert report.broken_at == 3 and "the row before it was changed" in report.problem


def test_removed_rows_are_reported(store: GraphStore, accounts: AccountStore):
    _append(accounts, 5)
    _tamper(
        store,
        "DELETE FROM audit_log WHERE seq IN (2, 5)",
        "MATCH (e:_GraphsvcAudit) WHERE e.seq IN [2, 5] DELETE e",
    )
    report = audit_log.verify(accounts)
    assert report.broken_at == 3 and report.problem == "rows 2-2 are missing"
    _tamper(
        store,
        "DELETE FROM audit_log WHERE seq > 1",
        "MATCH (e:_GraphsvcAudit) WHERE e.seq > 1 DELETE e",
    )
    report = audit_log.verify(accounts)
    assert report.broken_at == 2 and "5 rows were appended but the log ends at row 1" in (
        report.problem
    )
    assert _verify_cli(store)[0] == 1


def test_rows_written_before_the_chain_are_chained(store: GraphStore, accounts: AccountStore):
    legacy = [(f"2026-01-0{i}", "cli:old", "admin", "import", "workbook", "ok") for i in (1, 2)]
    if isinstance(store, SQLiteStore):
        return _legacy_sqlite_file_is_chained(Path(store.path).with_name("old.db"), legacy)
    from neo4j import GraphDatabase

    with GraphDatabase.driver(store.url) as driver:
        driver.execute_query("MATCH (n) WHERE n:_GraphsvcAudit OR n:_GraphsvcCounter DELETE n")
        for seq, row in enumerate(legacy, 1):
            driver.execute_query(
                "CREATE (:_GraphsvcAudit {seq: $seq, at: $r[0], who: $r[1], role: $r[2], "
                "action: $r[3], object: $r[4], outcome: $r[5]})",
                seq=seq,
                r=list(row),
            )
        driver.execute_query("CREATE (:_GraphsvcCounter {id: 'audit', seq: 2})")
    reopened = open_accounts(store)
    _append(reopened, 1)
    assert audit_log.verify(reopened).describe() == "3 rows, chain intact"
    assert [e.values for e in reopened.audit_chain()[:2]] == legacy


def _legacy_sqlite_file_is_chained(path: Path, legacy: list[tuple[str, ...]]) -> None:
    from graphsvc.stores.sqlite_schema import MIGRATIONS, _statements

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, script in MIGRATIONS[:2]:  # a file made before 0004_audit_chain
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, 'then')", (name,))
    conn.executemany(
        "INSERT INTO audit_log (at, who, role, action, object, outcome) VALUES (?,?,?,?,?,?)",
        legacy,
    )
    conn.close()
    store = SQLiteStore(f"sqlite:///{path}")
    store.ensure_schema()
    accounts = open_accounts(store)
    _append(accounts, 1)
    assert audit_log.verify(accounts).describe() == "3 rows, chain intact"
    assert [e.values for e in accounts.audit_chain()[:2]] == legacy
    with pytest.raises(Exception, match="append-only"):
        sqlite3.connect(path).execute("UPDATE audit_log SET outcome = 'x'")
    accounts.close()
    store.close()
