"""Backup and restore of the SQLite store through SQLite's online backup API.

A backup is a complete SQLite database file: graph, users, API keys, pseudonyms and the
audit log, copied from one read snapshot while the service keeps writing (WAL readers
never block writers). A restore copies such a file into an empty store the same way.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from graphsvc.errors import StoreError, StoreUnavailableError, ValidationError
from graphsvc.messages import said
from graphsvc.stores.sqlite_schema import migrate

#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
_GRAPHSVC_SCHEMA = "SELECT 1 FROM migrations WHERE name = '0001_graph'"


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at ``source`` into a new file ``target`` in one step (one read
    snapshot, so the copy is consistent), written beside it first, then renamed."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with _connect(source) as src, _connect(partial) as dst:
            src.backup(dst)
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
    except sqlite3.Error as e:
        partial.unlink(missing_ok=True)
        message = said(
            "errors.store.backup_failed", source=f"{source}", target=f"{target}", problem=f"{e}"
        )
        raise StoreUnavailableError(message) from e
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)


def restore_database(backup: Path, target: Path) -> None:
    """Copy the backup file ``backup`` over the (empty) store file ``target``, then run any
    migrations newer than the backup. ValidationError if ``backup`` is not a graphsvc
    SQLite backup."""
    check_backup_file(backup)
    try:
        with _connect(backup) as src, _connect(target) as dst:
            src.backup(dst)
            migrate(dst)
    except sqlite3.Error as e:
        message = said(
            "errors.store.restore_failed", backup=f"{backup}", target=f"{target}", problem=f"{e}"
        )
        raise StoreError(message) from e


def check_backup_file(path: Path) -> None:
    """ValidationError unless ``path`` is a SQLite file holding a graphsvc store."""
    with open(path, "rb") as f:
        magic = f.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise ValidationError(said("errors.store.not_sqlite_backup", path=f"{path}"))
    try:
        with _connect(path) as conn:
            found = conn.execute(_GRAPHSVC_SCHEMA).fetchone()
    except sqlite3.Error:
        found = None
    if not found:
        raise ValidationError(said("errors.store.not_store_backup", path=f"{path}"))


def _connect(path: Path) -> closing[sqlite3.Connection]:
    """A plain autocommit connection to ``path``, closed (not only committed) on exit."""
    return closing(sqlite3.connect(path, isolation_level=None, timeout=30))
