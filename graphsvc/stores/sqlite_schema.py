"""The SQLite schema as named, ordered migrations, each recorded once it has run."""

from __future__ import annotations

import sqlite3

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
]


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
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(name)
    return ran
