"""Erasure of a person or organisation (GDPR art. 17), complete: graph, audit log, files.

The order makes a retry safe: the audit row is written with the actor's pseudonym, the
pseudonym mapping is deleted, then the store drops its own copies of the deleted bytes.
If a step fails after the graph delete, erasing the same key again (404) still deletes
the mapping.
"""

from __future__ import annotations

import logging
from typing import Any

from graphsvc.accounts.base import AccountStore
from graphsvc.errors import NotFoundError
from graphsvc.services import editing
from graphsvc.services.accounts import record
from graphsvc.services.audit_log import known_pseudonym
from graphsvc.stores.base import GraphStore

log = logging.getLogger("graphsvc.erasure")


def erase_actor(
    store: GraphStore, accounts: AccountStore, key: str, *, who: str, role: str
) -> dict[str, Any]:
    """Erase actor ``key``: the node and its relationships in one transaction, then its
    audit pseudonym mapping, then (SQLite) the WAL copy. Audited as ``actor.erase``
    with the pseudonym only. Returns a receipt without any erased data; raises
    NotFoundError (after deleting any leftover mapping) when there is no such actor."""
    ref = f"Actor:{known_pseudonym(accounts, store, key)}"
    try:
        receipt = editing.erase_actor(store, key)
    except Exception as e:
        if isinstance(e, NotFoundError):
            accounts.forget_actor(key)
        record(
            accounts,
            who=who,
            role=role,
            action="actor.erase",
            obj=ref,
            outcome=f"failed: {type(e).__name__}",
        )
        raise
    record(accounts, who=who, role=role, action="actor.erase", obj=ref)
    accounts.forget_actor(key)
    if not store.forget_deleted():
        log.warning("erasure: the store could not yet drop its copy of deleted rows")
    return receipt
