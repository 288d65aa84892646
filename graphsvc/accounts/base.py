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
        """Remove a user; False if there was none."""

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
