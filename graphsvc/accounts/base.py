"""The records and the protocol of account storage: people, API keys and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from graphsvc.audit_chain import ChainRow
from graphsvc.model import UserRole


def utc_now() -> str:
    """The current UTC time as an ISO 8601 string with microseconds (sortable)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class User:
    """A person who signs in to the web UI; only the password's argon2 hash is kept."""

    name: str
    role: UserRole
    password_hash: str
    created_at: str


@dataclass(frozen=True)
class ApiKey:
    """An API key as stored: its public id, name and role; the secret itself only as a hash."""

    key_id: str
    name: str
    role: UserRole
    created_at: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        """Whether the key has not been revoked."""
        return self.revoked_at is None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the append-only audit log; never holds contact data.

    An actor is named by its pseudonym (``Actor:~3f9a…``), never by its key. ``seq``,
    ``prev_hash`` and ``hash`` are set by the store when the entry is appended.
    """

    at: str
    who: str
    role: str
    action: str
    object: str
    outcome: str
    seq: int = 0
    prev_hash: str = ""
    hash: str = ""

    @property
    def values(self) -> tuple[str, str, str, str, str, str]:
        """The fields the chain hash covers, in :data:`graphsvc.audit_chain.FIELDS` order."""
        return (self.at, self.who, self.role, self.action, self.object, self.outcome)

    def chain_row(self) -> ChainRow:
        """This entry as the chain check reads it."""
        return ChainRow(self.seq, self.values, self.prev_hash, self.hash)


@dataclass(frozen=True)
class Session:
    """A signed-in browser, as stored: the hash of its cookie token, never the token itself.

    ``user_created_at`` binds the session to one user record: a user removed and added
    again under the same name is a different user, whose old cookies stay dead.
    Times are Unix seconds; ``expires_at`` is fixed when the session starts.
    """

    token_hash: str
    user_name: str
    user_created_at: str
    csrf_token: str
    created_at: float
    expires_at: float


@runtime_checkable
class AccountStore(Protocol):
    """Users, API keys and the audit log, kept in the same database as the graph.

    Several API workers share one AccountStore through the database, so nothing
    here may live only in memory. Writes raise ConflictError on a duplicate and
    StoreUnavailableError when the database cannot be reached.
    """

    def ensure_schema(self) -> None:
        """Create what account storage needs if it is missing (idempotent)."""

    def add_user(self, user: User) -> None:
        """Store a new user (ConflictError if the name is taken)."""

    def get_user(self, name: str) -> User | None:
        """The user with this name, or None."""

    def find_users(self) -> list[User]:
        """Every user, ordered by name."""

    def set_user_password(self, name: str, password_hash: str) -> bool:
        """Replace a user's password hash; False if there is no such user."""

    def delete_user(self, name: str) -> bool:
        """Remove a user and, in the same transaction, every session of theirs;
        False if there was no such user."""

    def add_key(self, key: ApiKey, key_hash: str) -> None:
        """Store a new API key with the hash of its secret."""

    def get_key_by_hash(self, key_hash: str) -> ApiKey | None:
        """The key whose secret hashes to ``key_hash`` (revoked or not), or None."""

    def find_keys(self) -> list[ApiKey]:
        """Every key (revoked ones too), ordered by creation time."""

    def revoke_key(self, key_id: str) -> bool:
        """Mark a key revoked; False if there is no such active key."""

    def append_audit(self, entry: AuditEntry) -> AuditEntry:
        """Append one entry, numbered and hash-chained to the one before (one at a time
        across every worker); returns it with ``seq`` and the hashes. Entries are never
        changed or removed."""

    def find_audit(self, *, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first."""

    def count_audit(self) -> int:
        """How many audit entries there are."""

    def add_session(self, session: Session) -> None:
        """Store a new session."""

    def get_session(self, token_hash: str) -> Session | None:
        """The session whose token hashes to ``token_hash`` (expired or not), or None."""

    def delete_session(self, token_hash: str) -> bool:
        """End one session; False if there was none."""

    def delete_user_sessions(self, name: str) -> int:
        """End every session of the user ``name``; how many there were."""

    def delete_expired(self, now: float, stale_before: float) -> int:
        """Remove sessions expired at ``now`` and sign-in failure counts older than
        ``stale_before`` that hold no lock; how many sessions were removed."""

    def count_sign_in_failure(self, subject: str, now: float, stale_before: float) -> int:
        """Count one failed sign-in of ``subject`` (``account:NAME``, ``address:IP``) and
        return the failures of its current burst; a burst whose last failure was before
        ``stale_before`` and that holds no lock starts again at 1. Atomic across workers."""

    def lock_sign_in(self, subject: str, until: float) -> None:
        """Refuse sign-ins of ``subject`` until ``until`` (never shortens a lock)."""

    def sign_in_locked_until(self, subjects: list[str]) -> float:
        """The latest lock end of any of ``subjects`` (0.0 when none is locked)."""

    def clear_sign_in_failures(self, subject: str) -> None:
        """Forget the failures and lock of ``subject`` (after a successful sign-in)."""

    def audit_chain(self) -> list[AuditEntry]:
        """Every audit entry with its hashes, oldest first (for the chain check and backups)."""

    def audit_appended(self) -> int:
        """How many entries were ever appended (the counter beside the log)."""

    def pseudonym_of(self, key: str, create_as: str | None = None) -> str | None:
        """The audit pseudonym of actor ``key``; if it has none, store ``create_as`` as its
        pseudonym (None: only look it up)."""

    def keys_of(self, pseudonyms: Sequence[str]) -> dict[str, str]:
        """``{pseudonym: actor key}`` for those of ``pseudonyms`` still mapped."""

    def forget_actor(self, key: str) -> bool:
        """Delete the actor's pseudonym mapping (erasure); False if it had none."""

    def close(self) -> None:
        """Release connections owned by the account store."""
