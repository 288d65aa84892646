"""People, API keys and the audit log, kept in the same database as the graph."""

from __future__ import annotations

from graphsvc.accounts.base import AccountStore, ApiKey, AuditEntry, Session, User
from graphsvc.errors import ValidationError
from graphsvc.stores.base import GraphStore

__all__ = ["AccountStore", "ApiKey", "AuditEntry", "Session", "User", "open_accounts"]


def open_accounts(store: GraphStore) -> AccountStore:
    """The account store living beside ``store`` (same SQLite file or same Neo4j database).

    Several API workers opened on the same store URL therefore share users, keys and
    the audit log. Raises ValidationError for a store kind without account storage.
    """
    from graphsvc.stores.sqlite_store import SQLiteStore

    accounts: AccountStore
    if isinstance(store, SQLiteStore):
        from graphsvc.accounts.sqlite_accounts import SQLiteAccounts

        accounts = SQLiteAccounts(store.path)
    elif type(store).__name__ == "Neo4jStore":
        from graphsvc.accounts.neo4j_accounts import Neo4jAccounts

        accounts = Neo4jAccounts(store)
    else:
        raise ValidationError(f"store {type(store).__name__} has no account storage")
    accounts.ensure_schema()
    return accounts
