"""Account storage in the graph's Neo4j database, as nodes with internal ``_Graphsvc*`` labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphsvc.accounts.base import ApiKey, AuditEntry, Session, User, utc_now
from graphsvc.audit_chain import GENESIS, row_hash
from graphsvc.model import UserRole
from graphsvc.stores import cypher, cypher_audit


class Neo4jAccounts:
    """Users, API keys and the audit log beside the graph, through the Neo4j store's driver.

    It runs its statements through the store's retrying, error-wrapping transaction
    functions, so driver errors become graphsvc errors exactly as for the graph.
    """

    def __init__(self, store: Any) -> None:
        self._store = store

    def _write(self, query: str, **params: Any) -> list[Any]:
        return list(self._store.write_work(lambda tx: list(tx.run(query, **params))))

    def _read(self, query: str, **params: Any) -> list[Any]:
        return list(self._store.read_work(lambda tx: list(tx.run(query, **params))))

    def ensure_schema(self) -> None:
        """Create the account constraints and indexes (idempotent) and the audit counter, and
        chain audit rows written before the hash chain existed."""
        existing = {r["name"] for r in self._read(cypher.SHOW_CONSTRAINTS)}
        existing |= {r["name"] for r in self._read(cypher.SHOW_INDEXES)}
        for name, statement in (*cypher.ACCOUNT_SCHEMA, *cypher_audit.AUDIT_SCHEMA):
            if name not in existing:
                self._store.write_work(lambda tx, s=statement: tx.run(s).consume())
        self._write(cypher_audit.ENSURE_AUDIT_COUNTER)
        if self._read(cypher_audit.COUNT_UNCHAINED)[0]["n"]:
            self._store.write_work(_chain_unchained_rows)

    def add_user(self, user: User) -> None:
        """Store a new user (ConflictError if the name is taken)."""
        self._write(
            cypher.CREATE_USER,
            name=user.name,
            role=user.role.value,
            password_hash=user.password_hash,
            created_at=user.created_at,
        )

    def get_user(self, name: str) -> User | None:
        """The user with this name, or None."""
        rows = self._read(cypher.GET_USER, name=name)
        return _user(rows[0]) if rows else None

    def find_users(self) -> list[User]:
        """Every user, ordered by name."""
        return [_user(r) for r in self._read(cypher.FIND_USERS)]

    def set_user_password(self, name: str, password_hash: str) -> bool:
        """Replace a user's password hash; False if there is no such user."""
        rows = self._write(cypher.SET_USER_PASSWORD, name=name, password_hash=password_hash)
        return bool(rows and rows[0]["n"])

    def delete_user(self, name: str) -> bool:
        """Remove a user and their sessions; False if there was no such user."""
        rows = self._write(cypher.DELETE_USER, name=name)
        return bool(rows and rows[0]["n"])

    def add_key(self, key: ApiKey, key_hash: str) -> None:
        """Store a new API key with the hash of its secret."""
        self._write(
            cypher.CREATE_KEY,
            key_id=key.key_id,
            name=key.name,
            role=key.role.value,
            key_hash=key_hash,
            created_at=key.created_at,
        )

    def get_key_by_hash(self, key_hash: str) -> ApiKey | None:
        """The key whose secret hashes to ``key_hash``, or None."""
        rows = self._read(cypher.GET_KEY_BY_HASH, key_hash=key_hash)
        return _key(rows[0]) if rows else None

    def find_keys(self) -> list[ApiKey]:
        """Every key, revoked ones too, oldest first."""
        return [_key(r) for r in self._read(cypher.FIND_KEYS)]

    def revoke_key(self, key_id: str) -> bool:
        """Mark a key revoked; False if there is no such active key."""
        rows = self._write(cypher.REVOKE_KEY, key_id=key_id, now=utc_now())
        return bool(rows and rows[0]["n"])

    def append_audit(self, entry: AuditEntry) -> AuditEntry:
        """Append one entry, chained: the counter node's lock makes appends one sequence."""

        def work(tx: Any) -> AuditEntry:
            head = tx.run(cypher_audit.NEXT_AUDIT_SEQ).single()
            seq, prev_hash = int(head["seq"]), head["prev_hash"] or GENESIS
            chained = AuditEntry(
                *entry.values, seq, prev_hash, row_hash(seq, entry.values, prev_hash)
            )
            tx.run(cypher_audit.CREATE_AUDIT, chained.__dict__).consume()
            return chained

        result: AuditEntry = self._store.write_work(work)
        return result

    def find_audit(self, *, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first."""
        rows = self._read(cypher_audit.FIND_AUDIT, limit=limit, offset=offset)
        return [AuditEntry(**dict(r)) for r in rows]

    def count_audit(self) -> int:
        """How many audit entries there are."""
        return int(self._read(cypher_audit.COUNT_AUDIT)[0]["n"])

    def audit_chain(self) -> list[AuditEntry]:
        """Every audit entry with its hashes, oldest first."""
        return [AuditEntry(**dict(r)) for r in self._read(cypher_audit.AUDIT_CHAIN)]

    def audit_appended(self) -> int:
        """How many entries were ever appended (the counter node)."""
        rows = self._read(cypher_audit.AUDIT_APPENDED)
        return int(rows[0]["n"] or 0) if rows else 0

    def pseudonym_of(self, key: str, create_as: str | None = None) -> str | None:
        """The actor's audit pseudonym; stores ``create_as`` when it has none."""
        if create_as is None:
            rows = self._read(cypher_audit.GET_PSEUDONYM, key=key)
        else:
            rows = self._write(
                cypher_audit.ADD_PSEUDONYM, key=key, pseudonym=create_as, now=utc_now()
            )
        return str(rows[0]["pseudonym"]) if rows else None

    def keys_of(self, pseudonyms: Sequence[str]) -> dict[str, str]:
        """``{pseudonym: actor key}`` for the pseudonyms still mapped."""
        rows = self._read(cypher_audit.KEYS_OF, pseudonyms=list(pseudonyms))
        return {r["pseudonym"]: r["key"] for r in rows}

    def forget_actor(self, key: str) -> bool:
        """Delete the actor's pseudonym mapping (erasure)."""
        rows = self._write(cypher_audit.DELETE_PSEUDONYM, key=key)
        return bool(rows and rows[0]["n"])

    def add_session(self, session: Session) -> None:
        """Store a new session."""
        self._write(cypher.CREATE_SESSION, **session.__dict__)

    def get_session(self, token_hash: str) -> Session | None:
        """The session whose token hashes to ``token_hash``, or None."""
        rows = self._read(cypher.GET_SESSION, token_hash=token_hash)
        return Session(**dict(rows[0])) if rows else None

    def delete_session(self, token_hash: str) -> bool:
        """End one session; False if there was none."""
        rows = self._write(cypher.DELETE_SESSION, token_hash=token_hash)
        return bool(rows and rows[0]["n"])

    def delete_user_sessions(self, name: str) -> int:
        """End every session of ``name``; how many there were."""
        rows = self._write(cypher.DELETE_USER_SESSIONS, name=name)
        return int(rows[0]["n"]) if rows else 0

    def delete_expired(self, now: float, stale_before: float) -> int:
        """Remove expired sessions and stale, unlocked failure counts."""
        self._write(cypher.DELETE_STALE_FAILURES, now=now, stale_before=stale_before)
        rows = self._write(cypher.DELETE_EXPIRED_SESSIONS, now=now)
        return int(rows[0]["n"]) if rows else 0

    def count_sign_in_failure(self, subject: str, now: float, stale_before: float) -> int:
        """Count one failure of ``subject``; the failures of its current burst."""
        rows = self._write(
            cypher.COUNT_FAILURE, subject=subject, now=now, stale_before=stale_before
        )
        return int(rows[0]["failures"])

    def lock_sign_in(self, subject: str, until: float) -> None:
        """Refuse sign-ins of ``subject`` until ``until``."""
        self._write(cypher.LOCK_SIGN_IN, subject=subject, until=until)

    def sign_in_locked_until(self, subjects: list[str]) -> float:
        """The latest lock end of any of ``subjects``, 0.0 when none is locked."""
        return float(self._read(cypher.LOCKED_UNTIL, subjects=subjects)[0]["until"])

    def clear_sign_in_failures(self, subject: str) -> None:
        """Forget the failures and lock of ``subject``."""
        self._write(cypher.CLEAR_FAILURES, subject=subject)

    def close(self) -> None:
        """Nothing to release: the store owns the driver."""


def _chain_unchained_rows(tx: Any) -> None:
    """Give rows written before the chain existed their hashes (once, under the counter lock)."""
    counter = tx.run(cypher_audit.LOCK_AUDIT_COUNTER).single()[0] or 0
    prev_hash, updates, last_seq = GENESIS, [], 0
    for record in tx.run(cypher_audit.AUDIT_CHAIN):
        entry = AuditEntry(**dict(record))
        digest = entry.hash or row_hash(entry.seq, entry.values, prev_hash)
        if not entry.hash:
            updates.append({"seq": entry.seq, "prev_hash": prev_hash, "hash": digest})
        prev_hash, last_seq = digest, entry.seq
    tx.run(cypher_audit.CHAIN_ROWS, rows=updates).consume()
    tx.run(cypher_audit.SET_AUDIT_HEAD, seq=max(counter, last_seq), hash=prev_hash).consume()


def _user(row: Any) -> User:
    return User(row["name"], UserRole(row["role"]), row["password_hash"], row["created_at"])


def _key(row: Any) -> ApiKey:
    return ApiKey(
        row["key_id"], row["name"], UserRole(row["role"]), row["created_at"], row["revoked_at"]
    )
