"""The audit log's privacy and integrity: actors named by pseudonyms, and the chain check.

An audit row never holds an actor's key (a citizen's key is often their name): it names
the actor as ``Actor:~<16 hex digits>``, a random pseudonym kept in a mapping beside the
accounts. The audit view shows the key again while the mapping exists; erasure deletes
the mapping, so the rows stay (and keep verifying) but no longer identify anyone.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from graphsvc.accounts.base import AccountStore, AuditEntry
from graphsvc.audit_chain import ChainReport, verify_chain
from graphsvc.errors import NotFoundError
from graphsvc.model import Label
from graphsvc.stores.base import GraphStore

#: A pseudonym as it appears inside an audit row's object (``~`` is never part of a key).
PSEUDONYM = re.compile(r"~[0-9a-f]{16}")
#: Path parameters that always name an actor, and the route prefixes whose ``{key}`` does.
_ACTOR_PARAMS = ("actor_key", "actor")
_ACTOR_ROUTES = ("/api/v1/actors/", "/actors/", "/actor/")


def new_pseudonym() -> str:
    """A fresh random pseudonym (64 bits: collisions are not a practical concern)."""
    return "~" + secrets.token_hex(8)


def pseudonym(accounts: AccountStore, key: str) -> str:
    """The actor's pseudonym, created (and kept until erasure) on first use."""
    return accounts.pseudonym_of(key) or accounts.pseudonym_of(key, new_pseudonym()) or ""


def actor_ref(accounts: AccountStore, key: str) -> str:
    """How an audit row names actor ``key``: ``Actor:~…``."""
    return f"Actor:{pseudonym(accounts, key)}"


def known_pseudonym(accounts: AccountStore, store: GraphStore, key: str) -> str:
    """The pseudonym of an actor that has one or exists; otherwise an unlinked one, so a
    row about an absent (perhaps erased) key stores no trace of that key."""
    found = accounts.pseudonym_of(key)
    if found:
        return found
    try:
        store.get_node(Label.ACTOR, key)
    except NotFoundError:
        return new_pseudonym()
    return pseudonym(accounts, key)


def refused_object(
    accounts: AccountStore, store: GraphStore, route: str | None, params: Mapping[str, str]
) -> str:
    """The object of a refused request's audit row: the route with its path parameters
    filled in, actors by pseudonym; ``-`` when no route matched (the raw path may hold
    anything, names included)."""
    if route is None:
        return "-"
    filled = route
    for name, value in params.items():
        is_actor = name in _ACTOR_PARAMS or (name == "key" and route.startswith(_ACTOR_ROUTES))
        shown = known_pseudonym(accounts, store, value) if is_actor else value
        filled = filled.replace("{" + name + "}", shown)
    return filled


def entries_public(accounts: AccountStore, entries: Sequence[AuditEntry]) -> list[dict[str, Any]]:
    """Audit entries as JSON, each pseudonym replaced by the actor's key while the actor's
    mapping exists (erased actors stay pseudonymous)."""
    found = {p for e in entries for p in PSEUDONYM.findall(e.object)}
    keys = accounts.keys_of(sorted(found)) if found else {}

    def resolve(text: str) -> str:
        return PSEUDONYM.sub(lambda m: keys.get(m.group(0), m.group(0)), text)

    return [{**e.__dict__, "object": resolve(e.object)} for e in entries]


def verify(accounts: AccountStore) -> ChainReport:
    """Check the whole audit log's hash chain (and that no newest rows were cut off)."""
    appended = accounts.audit_appended()  # first: rows appended meanwhile only add rows
    return verify_chain((e.chain_row() for e in accounts.audit_chain()), appended)
