"""Account storage in the SQLite file of the graph (migrations 0002 to 0005)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graphsvc.accounts.base import ApiKey, AuditEntry, Session, User, utc_now
from graphsvc.audit_chain import GENESIS, row_hash
from graphsvc.errors import ConflictError, StoreError, StoreUnavailableError
from graphsvc.messages import said
from graphsvc.model import UserRole
from graphsvc.stores.sqlite_connections import ThreadConnections

_PRAGMAS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 30000",
    "PRAGMA secure_delete = ON",
)

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
    "INSERT INTO audit_log (seq, at, who, role, action, object, outcome, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
FIND_AUDIT = (
    "SELECT at, who, role, action, object, outcome, seq, prev_hash, hash FROM audit_log "
    "ORDER BY seq DESC LIMIT ? OFFSET ?"
)
AUDIT_CHAIN = (
    "SELECT at, who, role, action, object, outcome, seq, prev_hash, hash FROM audit_log "
    "ORDER BY seq"
)
LAST_AUDIT = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
AUDIT_APPENDED = "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'audit_log'"
COUNT_AUDIT = "SELECT count(*) FROM audit_log"
INSERT_SESSION = (
    "INSERT INTO sessions (token_hash, user_name, user_created_at, csrf_token, created_at, "
    "expires_at) VALUES (?, ?, ?, ?, ?, ?)"
)
GET_SESSION = (
    "SELECT token_hash, user_name, user_created_at, csrf_token, created_at, expires_at "
    "FROM sessions WHERE token_hash = ?"
)
DELETE_SESSION = "DELETE FROM sessions WHERE token_hash = ?"
DELETE_USER_SESSIONS = "DELETE FROM sessions WHERE user_name = ?"
DELETE_EXPIRED_SESSIONS = "DELETE FROM sessions WHERE expires_at <= ?"
DELETE_STALE_FAILURES = "DELETE FROM sign_in_failures WHERE last_at < ? AND locked_until <= ?"
#: A burst is over (counting starts again) when its last failure is stale and no lock holds.
COUNT_FAILURE = (
    "INSERT INTO sign_in_failures (subject, failures, last_at, locked_until) "
    "VALUES (:subject, 1, :now, 0) ON CONFLICT (subject) DO UPDATE SET "
    "failures = CASE WHEN last_at < :stale_before AND locked_until <= :now "
    "THEN 1 ELSE failures + 1 END, "
    "locked_until = CASE WHEN last_at < :stale_before AND locked_until <= :now "
    "THEN 0 ELSE locked_until END, "
    "last_at = :now "
    "RETURNING failures"
)
LOCK_SIGN_IN = "UPDATE sign_in_failures SET locked_until = max(locked_until, ?) WHERE subject = ?"
LOCKED_UNTIL = (
    "SELECT max(locked_until) FROM sign_in_failures "
    "WHERE subject IN (SELECT value FROM json_each(?))"
)
CLEAR_FAILURES = "DELETE FROM sign_in_failures WHERE subject = ?"
ADD_PSEUDONYM = (
    "INSERT INTO actor_pseudonyms (key, pseudonym, created_at) VALUES (?, ?, ?) "
    "ON CONFLICT (key) DO NOTHING"
)
GET_PSEUDONYM = "SELECT pseudonym FROM actor_pseudonyms WHERE key = ?"
KEYS_OF = (
    "SELECT pseudonym, key FROM actor_pseudonyms "
    "WHERE pseudonym IN (SELECT value FROM json_each(?))"
)
DELETE_PSEUDONYM = "DELETE FROM actor_pseudonyms WHERE key = ?"


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
            raise ConflictError(said("errors.account.exists", problem=f"{e}")) from e
        except sqlite3.OperationalError as e:
            raise StoreUnavailableError(
                said("errors.account.sqlite_busy", path=f"{self.path}", problem=f"{e}")
            ) from e
        except sqlite3.Error as e:
            raise StoreError(said("errors.account.write_refused", problem=f"{e}")) from e

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._connections.get().execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreUnavailableError(
                said("errors.account.sqlite_read", path=f"{self.path}", problem=f"{e}")
            ) from e
        except sqlite3.Error as e:
            raise StoreError(said("errors.account.read_refused", problem=f"{e}")) from e

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
        """Remove a user and their sessions; False if there was no such user."""
        with self._write() as conn:
            conn.execute(DELETE_USER_SESSIONS, (name,))
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

    def append_audit(self, entry: AuditEntry) -> AuditEntry:
        """Append one entry, chained to the newest row (BEGIN IMMEDIATE serialises writers)."""
        with self._write() as conn:
            last = conn.execute(LAST_AUDIT).fetchone()
            appended = int(conn.execute(AUDIT_APPENDED).fetchone()[0])
            seq = max(appended, last[0] if last else 0) + 1
            prev_hash = last[1] if last else GENESIS
            digest = row_hash(seq, entry.values, prev_hash)
            conn.execute(INSERT_AUDIT, (seq, *entry.values, prev_hash, digest))
        return AuditEntry(*entry.values, seq, prev_hash, digest)

    def find_audit(self, *, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first."""
        return [AuditEntry(*row) for row in self._read(FIND_AUDIT, (limit, offset))]

    def count_audit(self) -> int:
        """How many audit entries there are."""
        return int(self._read(COUNT_AUDIT)[0][0])

    def add_session(self, session: Session) -> None:
        """Store a new session."""
        with self._write() as conn:
            conn.execute(INSERT_SESSION, tuple(session.__dict__.values()))

    def get_session(self, token_hash: str) -> Session | None:
        """The session whose token hashes to ``token_hash``, or None."""
        rows = self._read(GET_SESSION, (token_hash,))
        return Session(*rows[0]) if rows else None

    def delete_session(self, token_hash: str) -> bool:
        """End one session; False if there was none."""
        with self._write() as conn:
            return conn.execute(DELETE_SESSION, (token_hash,)).rowcount > 0

    def delete_user_sessions(self, name: str) -> int:
        """End every session of ``name``; how many there were."""
        with self._write() as conn:
            return int(conn.execute(DELETE_USER_SESSIONS, (name,)).rowcount)

    def delete_expired(self, now: float, stale_before: float) -> int:
        """Remove expired sessions and stale, unlocked failure counts."""
        with self._write() as conn:
            conn.execute(DELETE_STALE_FAILURES, (stale_before, now))
            return int(conn.execute(DELETE_EXPIRED_SESSIONS, (now,)).rowcount)

    def count_sign_in_failure(self, subject: str, now: float, stale_before: float) -> int:
        """Count one failure of ``subject``; the failures of its current burst."""
        params = {"subject": subject, "now": now, "stale_before": stale_before}
        with self._write() as conn:
            return int(conn.execute(COUNT_FAILURE, params).fetchone()[0])

    def lock_sign_in(self, subject: str, until: float) -> None:
        """Refuse sign-ins of ``subject`` until ``until``."""
        with self._write() as conn:
            conn.execute(LOCK_SIGN_IN, (until, subject))

    def sign_in_locked_until(self, subjects: list[str]) -> float:
        """The latest lock end of any of ``subjects``, 0.0 when none is locked."""
        rows = self._read(LOCKED_UNTIL, (json.dumps(subjects),))
        return float(rows[0][0] or 0.0)

    def clear_sign_in_failures(self, subject: str) -> None:
        """Forget the failures and lock of ``subject``."""
        with self._write() as conn:
            conn.execute(CLEAR_FAILURES, (subject,))

    def audit_chain(self) -> list[AuditEntry]:
        """Every audit entry with its hashes, oldest first."""
        return [AuditEntry(*row) for row in self._read(AUDIT_CHAIN)]

    def audit_appended(self) -> int:
        """How many entries were ever appended (SQLite's AUTOINCREMENT counter)."""
        return int(self._read(AUDIT_APPENDED)[0][0])

    def pseudonym_of(self, key: str, create_as: str | None = None) -> str | None:
        """The actor's audit pseudonym; stores ``create_as`` when it has none."""
        if create_as is not None:
            with self._write() as conn:
                conn.execute(ADD_PSEUDONYM, (key, create_as, utc_now()))
        rows = self._read(GET_PSEUDONYM, (key,))
        return str(rows[0][0]) if rows else None

    def keys_of(self, pseudonyms: Sequence[str]) -> dict[str, str]:
        """``{pseudonym: actor key}`` for the pseudonyms still mapped."""
        return dict(self._read(KEYS_OF, (json.dumps(list(pseudonyms)),)))

    def forget_actor(self, key: str) -> bool:
        """Delete the actor's pseudonym mapping (overwritten on disk: secure_delete)."""
        with self._write() as conn:
            return conn.execute(DELETE_PSEUDONYM, (key,)).rowcount > 0

    def close(self) -> None:
        """Close every connection this object opened."""
        self._connections.close()


def _user(row: tuple[Any, ...]) -> User:
    return User(row[0], UserRole(row[1]), row[2], row[3])


def _key(row: tuple[Any, ...]) -> ApiKey:
    return ApiKey(row[0], row[1], UserRole(row[2]), row[3], row[4])
