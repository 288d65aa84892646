"""People, API keys and the audit log, kept in the same database as the graph."""

from __future__ import annotations

from urllib.parse import urlparse

from graphsvc.accounts.base import AccountStore, ApiKey, AuditEntry, Session, User
from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.stores import NEO4J_SCHEMES
from graphsvc.stores.base import GraphStore

__all__ = ["AccountStore", "ApiKey", "AuditEntry", "Session", "User", "open_accounts"]


def open_accounts(store: GraphStore) -> AccountStore:
    """The account store living beside ``store`` (same SQLite file or same Neo4j database).

    The store's URL scheme picks the kind, as :func:`graphsvc.stores.open_store` does.
    Several API workers opened on the same store URL therefore share users, keys and
    the audit log. Raises ValidationError for a store kind without account storage.
    A view of one programme (``whole``) has the accounts of the store it cuts.
    """
    store = getattr(store, "whole", store)
    scheme = urlparse(store.url).scheme
    accounts: AccountStore
    if scheme == "sqlite":
        from graphsvc.accounts.sqlite_accounts import SQLiteAccounts
        from graphsvc.stores.sqlite_store import path_from_url

        accounts = SQLiteAccounts(path_from_url(store.url))
    elif scheme in NEO4J_SCHEMES:
        from graphsvc.accounts.neo4j_accounts import Neo4jAccounts

        accounts = Neo4jAccounts(store)
    else:
        raise ValidationError(said("errors.account.no_storage", url=store.url))
    accounts.ensure_schema()
    return accounts
