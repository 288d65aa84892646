"""Account storage in the SQLite file of the graph (tables from migration 0002_accounts)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graphsvc.accounts.base import ApiKey, AuditEntry, User, utc_now
from graphsvc.errors import ConflictError, StoreError, StoreUnavailableError
from graphsvc.model import UserRole
from graphsvc.stores.sqlite_connections import ThreadConnections

_PRAGMAS = ("PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 30000")

INSERT_USER = "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)"
GET_USER = "SELECT name, role, password_hash, created_at FROM users WHERE name = ?"
FIND_USERS = "SELECT name, role, password_hash, created_at FROM users ORDER BY name"
SET_PASSWORD = "UPDATE users SET password_hash = ? WHERE name = ?"
DELETE_USER = "DELETE FROM users WHERE name = ?"
INSERT_KEY = (
    "INSERT INTO api_keys (key_id, name, role, key_hash, created_at, revoked_at) "
    "VALUES (?, ?, ?, ?, ?, NULL)"
)
GET_KEY_BY_HASH = (
    "SELECT key_id, name, role, created_at, revoked_at FROM api_keys WHERE key_hash = ?"
)
FIND_KEYS = (
    "SELECT key_id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id"
)
REVOKE_KEY = "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL"
INSERT_AUDIT = (
    "INSERT INTO audit_log (at, who, role, action, object, outcome) VALUES (?, ?, ?, ?, ?, ?)"
)
FIND_AUDIT = (
    "SELECT at, who, role, action, object, outcome FROM audit_log "
    "ORDER BY seq DESC LIMIT ? OFFSET ?"
)
COUNT_AUDIT = "SELECT count(*) FROM audit_log"


class SQLiteAccounts:
    """Users, API keys and the audit log in the graph's SQLite file (one connection per thread)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._connections = ThreadConnections(self.path, _PRAGMAS)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connections.get()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.IntegrityError as e:
            raise ConflictError(f"already exists: {e}") from e
        except sqlite3.OperationalError as e:
            raise StoreUnavailableError(f"SQLite file {self.path} is busy or locked: {e}") from e
        except sqlite3.Error as e:
            raise StoreError(f"SQLite refused an account write: {e}") from e

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._connections.get().execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreUnavailableError(f"cannot read SQLite file {self.path}: {e}") from e
        except sqlite3.Error as e:
            raise StoreError(f"SQLite refused an account read: {e}") from e

    def ensure_schema(self) -> None:
        """Nothing to do: the SQLite store's migrations create the account tables."""
        self._read(COUNT_AUDIT)

    def add_user(self, user: User) -> None:
        """Store a new user (ConflictError if the name is taken)."""
        with self._write() as conn:
            params = (user.name, user.role.value, user.password_hash, user.created_at)
            conn.execute(INSERT_USER, params)

    def get_user(self, name: str) -> User | None:
        """The user with this name, or None."""
        rows = self._read(GET_USER, (name,))
        return _user(rows[0]) if rows else None

    def find_users(self) -> list[User]:
        """Every user, ordered by name."""
        return [_user(row) for row in self._read(FIND_USERS)]

    def set_user_password(self, name: str, password_hash: str) -> bool:
        """Replace a user's password hash; False if there is no such user."""
        with self._write() as conn:
            return conn.execute(SET_PASSWORD, (password_hash, name)).rowcount > 0

    def delete_user(self, name: str) -> bool:
        """Remove a user; False if there was none."""
        with self._write() as conn:
            return conn.execute(DELETE_USER, (name,)).rowcount > 0

    def add_key(self, key: ApiKey, key_hash: str) -> None:
        """Store a new API key with the hash of its secret."""
        with self._write() as conn:
            params = (key.key_id, key.name, key.role.value, key_hash, key.created_at)
            conn.execute(INSERT_KEY, params)

    def get_key_by_hash(self, key_hash: str) -> ApiKey | None:
        """The key whose secret hashes to ``key_hash``, or None."""
        rows = self._read(GET_KEY_BY_HASH, (key_hash,))
        return _key(rows[0]) if rows else None

    def find_keys(self) -> list[ApiKey]:
        """Every key, revoked ones too, oldest first."""
        return [_key(row) for row in self._read(FIND_KEYS)]

    def revoke_key(self, key_id: str) -> bool:
        """Mark a key revoked; False if there is no such active key."""
        with self._write() as conn:
            return conn.execute(REVOKE_KEY, (utc_now(), key_id)).rowcount > 0

    def append_audit(self, entry: AuditEntry) -> None:
        """Append one entry to the audit log."""
        with self._write() as conn:
            conn.execute(
                INSERT_AUDIT,
                (entry.at, entry.who, entry.role, entry.action, entry.object, entry.outcome),
            )

    def find_audit(self, *, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first."""
        return [AuditEntry(*row) for row in self._read(FIND_AUDIT, (limit, offset))]

    def count_audit(self) -> int:
        """How many audit entries there are."""
        return int(self._read(COUNT_AUDIT)[0][0])

    def close(self) -> None:
        """Close every connection this object opened."""
        self._connections.close()


def _user(row: tuple[Any, ...]) -> User:
    return User(row[0], UserRole(row[1]), row[2], row[3])


def _key(row: tuple[Any, ...]) -> ApiKey:
    return ApiKey(row[0], row[1], UserRole(row[2]), row[3], row[4])
