"""One SQLite connection per thread to one file: the graph store's and the accounts' shared pool."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from graphsvc.errors import StoreUnavailableError
from graphsvc.messages import said


class ThreadConnections:
    """Opens a file's connection for each thread on first use (autocommit mode, the given
    pragmas run once) and closes all of them together."""

    def __init__(self, path: str | Path, pragmas: Sequence[str], *, timeout: float = 5.0) -> None:
        self.path = path
        self._pragmas = tuple(pragmas)
        self._timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    def get(self) -> sqlite3.Connection:
        """This thread's connection, opened now if it has none (StoreUnavailableError if not)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(
                    self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
                )
                for pragma in self._pragmas:
                    conn.execute(pragma)
            except sqlite3.Error as e:
                raise StoreUnavailableError(
                    said("errors.store.sqlite_open", path=f"{self.path}", problem=f"{e}")
                ) from e
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection opened so far; a later :meth:`get` opens a new one."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
