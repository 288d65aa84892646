"""The SQLite schema as named, ordered migrations, each recorded once it has run."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from graphsvc.audit_chain import GENESIS, row_hash
from graphsvc.stores.sqlite_history import migrate_themes
from graphsvc.stores.theme_migration import NAME as THEMES_MIGRATION

#: (name, SQL script); append only, never edit a migration that has shipped.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_graph",
        """
        CREATE TABLE nodes (
            label TEXT NOT NULL,
            key TEXT NOT NULL,
            props TEXT NOT NULL,
            search TEXT NOT NULL,
            PRIMARY KEY (label, key)
        ) WITHOUT ROWID;
        CREATE TABLE edges (
            type TEXT NOT NULL,
            start_label TEXT NOT NULL,
            start_key TEXT NOT NULL,
            end_label TEXT NOT NULL,
            end_key TEXT NOT NULL,
            props TEXT NOT NULL,
            PRIMARY KEY (type, start_key, end_key),
            FOREIGN KEY (start_label, start_key) REFERENCES nodes (label, key) ON DELETE CASCADE,
            FOREIGN KEY (end_label, end_key) REFERENCES nodes (label, key) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX edges_by_start ON edges (start_label, start_key);
        CREATE INDEX edges_by_end ON edges (end_label, end_key, type);
        CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta (name, value) VALUES ('version', 0);
        """,
    ),
    (
        "0002_accounts",
        """
        CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE api_keys (
            key_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            outcome TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    ),
    (
        "0003_sessions",
        """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_name TEXT NOT NULL,
            user_created_at TEXT NOT NULL,
            csrf_token TEXT NOT NULL,
            created_at REAL NOT NULL,
            expires_at REAL NOT NULL
        );
        CREATE INDEX sessions_by_user ON sessions (user_name);
        CREATE INDEX sessions_by_expiry ON sessions (expires_at);
        CREATE TABLE sign_in_failures (
            subject TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            last_at REAL NOT NULL,
            locked_until REAL NOT NULL
        );
        """,
    ),
    (
        "0004_audit_chain",
        """
        ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
        ALTER TABLE audit_log ADD COLUMN hash TEXT;
        DROP TRIGGER audit_log_no_update;
        """,
    ),
    (
        "0005_actor_pseudonyms",
        """
        CREATE TABLE actor_pseudonyms (
            key TEXT PRIMARY KEY,
            pseudonym TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        """,
    ),
    (
        "0006_history",
        """
        CREATE TABLE node_periods (
            label TEXT NOT NULL,
            key TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            props TEXT,
            PRIMARY KEY (label, key, valid_from)
        ) WITHOUT ROWID;
        CREATE TABLE edge_periods (
            type TEXT NOT NULL,
            start_key TEXT NOT NULL,
            end_key TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            props TEXT,
            PRIMARY KEY (start_key, end_key, type, valid_from)
        ) WITHOUT ROWID;
        CREATE INDEX edge_periods_by_end ON edge_periods (end_key);
        INSERT INTO node_periods (label, key, valid_from, valid_to, props)
            SELECT label, key,
                CASE WHEN label IN ('Programme', 'Rocket') THEN '0001-01-01' ELSE date('now') END,
                NULL, props
            FROM nodes;
        INSERT INTO edge_periods (type, start_key, end_key, valid_from, valid_to, props)
            SELECT type, start_key, end_key,
                CASE WHEN type = 'PART_OF' THEN '0001-01-01' ELSE date('now') END, NULL, props
            FROM edges;
        """,
    ),
    (
        "0007_indicators",
        """
        CREATE TABLE indicators (
            key TEXT PRIMARY KEY,
            props TEXT NOT NULL,
            measures_label TEXT NOT NULL,
            measures_key TEXT NOT NULL,
            owner_label TEXT,
            owner_key TEXT,
            FOREIGN KEY (measures_label, measures_key)
                REFERENCES nodes (label, key) ON DELETE CASCADE,
            FOREIGN KEY (owner_label, owner_key) REFERENCES nodes (label, key) ON DELETE SET NULL
        );
        CREATE INDEX indicators_by_measures ON indicators (measures_label, measures_key);
        CREATE INDEX indicators_by_owner ON indicators (owner_label, owner_key);
        CREATE TABLE indicator_values (
            indicator TEXT NOT NULL REFERENCES indicators (key) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            props TEXT NOT NULL,
            PRIMARY KEY (indicator, year)
        ) WITHOUT ROWID;
        """,
    ),
    (
        "0008_presentations",
        """
        CREATE TABLE presentations (
            key TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            map TEXT NOT NULL,
            as_of TEXT,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            slides TEXT NOT NULL
        );
        """,
    ),
    (
        "0009_gap_marks",
        """
        CREATE TABLE gap_marks (
            gap_id TEXT PRIMARY KEY,
            marked_by TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            note TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    # actions' ``themes`` become ADDRESSES to Theme nodes: a Python step, see STEPS
    (THEMES_MIGRATION, ""),
    (
        "0011_survey",
        """
        CREATE TABLE survey_waves (year INTEGER PRIMARY KEY, doc TEXT NOT NULL);
        CREATE TABLE survey_links (
            token_hash TEXT PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES survey_waves (year) ON DELETE CASCADE,
            actor TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            revoked_at TEXT
        ) WITHOUT ROWID;
        CREATE INDEX survey_links_by_respondent ON survey_links (year, actor);
        CREATE TABLE survey_answers (
            year INTEGER NOT NULL REFERENCES survey_waves (year) ON DELETE CASCADE,
            actor TEXT NOT NULL,
            doc TEXT NOT NULL,
            PRIMARY KEY (year, actor)
        ) WITHOUT ROWID;
        CREATE INDEX survey_answers_by_respondent ON survey_answers (actor);
        """,
    ),
]

_LEGACY_AUDIT_ROWS = (
    "SELECT seq, at, who, role, action, object, outcome FROM audit_log ORDER BY seq"
)
_CHAIN_ROW = "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"
_AUDIT_TRIGGERS = """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log WHEN NEW.hash IS NULL
BEGIN SELECT RAISE(ABORT, 'an audit row needs its chain hash'); END;
"""


def _chain_existing_rows(conn: sqlite3.Connection) -> None:
    """0004: give every row written before the chain its hashes, then forbid updates again."""
    prev_hash = GENESIS
    for seq, *values in conn.execute(_LEGACY_AUDIT_ROWS).fetchall():
        digest = row_hash(seq, values, prev_hash)
        conn.execute(_CHAIN_ROW, (prev_hash, digest, seq))
        prev_hash = digest
    for statement in _statements(_AUDIT_TRIGGERS):
        conn.execute(statement)


#: Python steps that run after a migration's script, in the same transaction.
STEPS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0004_audit_chain": _chain_existing_rows,
    THEMES_MIGRATION: migrate_themes,
}


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Run the migrations not yet recorded, each in its own transaction; return their names."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    ran = []
    for name, script in MIGRATIONS:
        if name in applied:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(script):
                conn.execute(statement)
            if name in STEPS:
                STEPS[name](conn)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(name)
    return ran


def _statements(script: str) -> list[str]:
    """The complete statements of a script (a trigger body's inner ``;`` does not split it)."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    return statements
