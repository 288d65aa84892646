"""Every Cypher statement of the Neo4j store; values always travel as parameters.

Labels and relationship types cannot be parameters, so the statements that need them
are built here, once, at import time, from the members of :class:`~graphsvc.model.Label`
and :class:`~graphsvc.model.RelType`, into tables keyed by those members. No query text
is ever assembled from anything else, and nothing here is built after import.
"""

from __future__ import annotations

from graphsvc.model import ENDPOINTS, Label, RelType

#: The label of the one node holding the graph version (not part of the model vocabulary).
META_LABEL = "_GraphsvcMeta"
#: The ``id`` of that node.
META_ID = "graph"
#: The hidden property that search matches: folded name and key. Never returned.
SEARCH_PROPERTY = "_search"

A, R, K, T, F = Label.ACTOR, RelType.RUNS, Label.ROCKET, Label.ACTION, RelType.FUELS

PING = "RETURN 1 AS ok"


def _each_type(template: str, **parts: str) -> dict[RelType, str]:
    """``template`` for each relationship type: ``{t}`` the type, ``{s}`` and ``{e}`` the
    labels at its start and end, the other fields from ``parts`` (run once, at import)."""
    return {t: template.format(t=t, s=s, e=e, **parts) for t, (s, e) in ENDPOINTS.items()}


# -- schema -------------------------------------------------------------------------------

SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"

#: (name, statement) of every constraint and index, each idempotent (IF NOT EXISTS).
SCHEMA: tuple[tuple[str, str], ...] = (
    *(
        (
            f"graphsvc_{label.lower()}_key",
            f"CREATE CONSTRAINT graphsvc_{label.lower()}_key IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.key IS UNIQUE",
        )
        for label in Label
    ),
    *(
        (
            f"graphsvc_{label.lower()}_search",
            f"CREATE TEXT INDEX graphsvc_{label.lower()}_search IF NOT EXISTS "
            f"FOR (n:{label}) ON (n.{SEARCH_PROPERTY})",
        )
        for label in Label
    ),
    (
        "graphsvc_meta_id",
        f"CREATE CONSTRAINT graphsvc_meta_id IF NOT EXISTS "
        f"FOR (m:{META_LABEL}) REQUIRE m.id IS UNIQUE",
    ),
)

# -- the graph version, and the lock that serialises writers ---------------------------------

#: Taken first in every write transaction: setting a property locks the meta node until
#: commit, so graphsvc writers run one after another and read each other's committed work.
#: A constant value, not one read from the node: read-then-write can deadlock two writers.
LOCK = f"MATCH (m:{META_LABEL} {{id: $id}}) SET m.lock = true RETURN true AS locked"
ADD_META = f"MERGE (m:{META_LABEL} {{id: $id}}) ON CREATE SET m.version = 0"
BUMP_VERSION = f"MATCH (m:{META_LABEL} {{id: $id}}) SET m.version = m.version + 1"
GET_VERSION = f"MATCH (m:{META_LABEL} {{id: $id}}) RETURN m.version AS version"

# -- recorded migrations of the graph's data ----------------------------------------------

MIGRATION_LABEL = "_GraphsvcMigration"
MIGRATION_RAN = f"MATCH (m:{MIGRATION_LABEL} {{name: $name}}) RETURN true AS ran"
RECORD_MIGRATION = (
    f"MERGE (m:{MIGRATION_LABEL} {{name: $name}}) ON CREATE SET m.applied_at = datetime()"
)

# -- node writes (per label) -----------------------------------------------------------------

#: Whether a stored property map is identical to ``row`` (value types included: 1 is not 1.0).
_SAME_NODE = (
    "properties(old) = row AND all(k IN keys(row) WHERE valueType(old[k]) = valueType(row[k]))"
)
_SAME_EDGE = (
    "properties(old) = row.props "
    "AND all(k IN keys(row.props) WHERE valueType(old[k]) = valueType(row.props[k]))"
)
_CREATED = "FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | "
_UPDATED = "FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | "
#: ``$rows`` are complete stored property maps (with ``key`` and the search text); creates
#: the new nodes, replaces the changed ones and counts each outcome. Writers hold the meta
#: lock, so CREATE is safe here (and the key constraint would refuse a duplicate anyway).
UPSERT_NODES: dict[Label, str] = {
    label: f"UNWIND $rows AS row OPTIONAL MATCH (old:{label} {{key: row.key}}) "
    f"WITH row, old, CASE WHEN old IS NULL THEN 'created' WHEN {_SAME_NODE} THEN 'unchanged' "
    "ELSE 'updated' END AS outcome "
    f"{_CREATED}CREATE (n:{label}) SET n = row) {_UPDATED}SET old = row) "
    "RETURN outcome, count(*) AS count"
    for label in Label
}
#: Creates one node from ``$row``; the key's uniqueness constraint refuses a duplicate.
CREATE_NODE: dict[Label, str] = {label: f"CREATE (n:{label}) SET n = $row" for label in Label}
#: Creates only the nodes in ``$rows`` whose key is not there yet (built-ins keep renames).
ADD_MISSING_NODES: dict[Label, str] = {
    label: f"UNWIND $rows AS row OPTIONAL MATCH (old:{label} {{key: row.key}}) "
    f"WITH row WHERE old IS NULL CREATE (n:{label}) SET n = row RETURN count(n) AS created"
    for label in Label
}
#: Deletes nodes and every relationship they have; counts each only once.
DELETE_NODES: dict[Label, str] = {
    label: f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) OPTIONAL MATCH (n)-[r]-() "
    "WITH collect(DISTINCT n) AS nodes, collect(DISTINCT r) AS rels "
    "FOREACH (r IN rels | DELETE r) FOREACH (n IN nodes | DELETE n) "
    "RETURN size(nodes) AS nodes, size(rels) AS rels"
    for label in Label
}
#: Every node of the model's labels, with its relationships.
CLEAR = "MATCH (n) WHERE " + " OR ".join(f"n:{label}" for label in Label) + " DETACH DELETE n"

# -- relationship writes (per type) ----------------------------------------------------------

#: ``[i, start exists]`` for each ``$rows`` item (``i``, ``start``, ``end``) missing an end.
MISSING_ENDS = _each_type(
    "UNWIND $rows AS row OPTIONAL MATCH (a:{s} {{key: row.start}}) "
    "OPTIONAL MATCH (b:{e} {{key: row.end}}) WITH row, a, b WHERE a IS NULL OR b IS NULL "
    "RETURN collect([row.i, a IS NOT NULL]) AS rows"
)
#: ``$rows`` (``start``, ``end``, ``props``) whose ends exist; writes the new and changed ones.
UPSERT_EDGES = _each_type(
    "UNWIND $rows AS row MATCH (a:{s} {{key: row.start}}) MATCH (b:{e} {{key: row.end}}) "
    "OPTIONAL MATCH (a)-[old:{t}]->(b) "
    "WITH a, b, row, old, CASE WHEN old IS NULL THEN 'created' WHEN {same} "
    "THEN 'unchanged' ELSE 'updated' END AS outcome "
    "{created}CREATE (a)-[r:{t}]->(b) SET r = row.props) {updated}SET old = row.props) "
    "RETURN outcome, count(*) AS count",
    same=_SAME_EDGE,
    created=_CREATED,
    updated=_UPDATED,
)
#: Creates only the relationships in ``$rows`` (``start``, ``end``) that are not there yet.
ADD_MISSING_EDGES = _each_type(
    "UNWIND $rows AS row MATCH (a:{s} {{key: row.start}}) MATCH (b:{e} {{key: row.end}}) "
    "WITH a, b WHERE NOT EXISTS {{ (a)-[:{t}]->(b) }} CREATE (a)-[r:{t}]->(b) "
    "RETURN count(r) AS created"
)
DELETE_EDGES = _each_type(
    "UNWIND $rows AS row MATCH (a:{s} {{key: row.start}})-[r:{t}]->(b:{e} {{key: row.end}}) "
    "DELETE r RETURN count(r) AS deleted"
)

# -- reads: each returns one record whose ``rows`` is a list (much faster than many records) --

#: Node rows are ``[key, stored properties]``; relationship rows ``[start, end, properties]``.
_NODE_ROWS = "RETURN collect([n.key, properties(n)]) AS rows"
_EDGE_ROWS = "RETURN collect([a.key, b.key, properties(r)]) AS rows"

GET_NODE: dict[Label, str] = {
    label: f"MATCH (n:{label} {{key: $key}}) RETURN properties(n) AS props" for label in Label
}
ALL_NODES: dict[Label, str] = {label: f"MATCH (n:{label}) {_NODE_ROWS}" for label in Label}
#: Every key of a label (the store sorts them: Cypher orders strings by UTF-16 code units,
#: Python and SQLite by code points, which differ beyond U+FFFF).
NODE_KEYS: dict[Label, str] = {
    label: f"MATCH (n:{label}) RETURN collect(n.key) AS rows" for label in Label
}
NODES_BY_KEYS: dict[Label, str] = {
    label: f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) {_NODE_ROWS}" for label in Label
}
#: A superset of the nodes matching ``$filters`` ({name, value, list}); the store narrows it.
FILTERED_NODES: dict[Label, str] = {
    label: f"MATCH (n:{label}) WHERE all(f IN $filters WHERE CASE WHEN f.list "
    "THEN f.value IN coalesce(n[f.name], []) "
    "ELSE n[f.name] IS NOT NULL AND (n[f.name] = f.value OR NOT n[f.name] IS :: STRING) END) "
    f"{_NODE_ROWS}"
    for label in Label
}
COUNT_NODES: dict[Label, str] = {
    label: f"MATCH (n:{label}) RETURN count(n) AS count" for label in Label
}
SEARCH: dict[Label, str] = {
    label: f"MATCH (n:{label}) WHERE n.{SEARCH_PROPERTY} CONTAINS $needle {_NODE_ROWS}"
    for label in Label
}

EDGES_ALL = _each_type("MATCH (a:{s})-[r:{t}]->(b:{e}) {rows}", rows=_EDGE_ROWS)
EDGES_FROM = _each_type(
    "MATCH (a:{s} {{key: $start}})-[r:{t}]->(b:{e}) WHERE $end IS NULL OR b.key = $end {rows}",
    rows=_EDGE_ROWS,
)
EDGES_TO = _each_type("MATCH (a:{s})-[r:{t}]->(b:{e} {{key: $end}}) {rows}", rows=_EDGE_ROWS)

# The questions below return no record at all when the asked-for node does not exist.

#: ``[type, start key, end key, properties, other's labels, other's key, other's properties]``.
NEIGHBOURS: dict[Label, str] = {
    label: f"MATCH (n:{label} {{key: $key}}) RETURN [(n)-[r]-(m) | [type(r), startNode(r).key, "
    "endNode(r).key, properties(r), labels(m), m.key, properties(m)]] AS rows"
    for label in Label
}
#: ``[key, properties, role]`` of the other end of each RUNS.
WHO_RUNS = (
    f"MATCH (x:{T} {{key: $key}}) "
    f"RETURN [(a:{A})-[r:{R}]->(x) | [a.key, properties(a), r.role]] AS rows"
)
ACTIONS_OF = (
    f"MATCH (a:{A} {{key: $key}}) "
    f"RETURN [(a)-[r:{R}]->(x:{T}) | [x.key, properties(x), r.role]] AS rows"
)
#: ``[key, properties]``, possibly repeated (the store keeps distinct keys).
ROCKET_ACTIONS = (
    f"MATCH (k:{K} {{key: $key}}) RETURN [(x:{T})-[:{F}]->(k) | [x.key, properties(x)]] AS rows"
)
ROCKET_ACTORS = (
    f"MATCH (k:{K} {{key: $key}}) "
    f"RETURN [(a:{A})-[:{R}]->(:{T})-[:{F}]->(k) | [a.key, properties(a)]] AS rows"
)

# -- accounts: users, API keys, the audit log (graphsvc.accounts.neo4j_accounts) --------------
# Internal labels outside the model vocabulary: CLEAR and snapshots never touch them.

USER_LABEL, KEY_LABEL, AUDIT_LABEL, COUNTER_LABEL = (
    "_GraphsvcUser",
    "_GraphsvcApiKey",
    "_GraphsvcAudit",
    "_GraphsvcCounter",
)
SESSION_LABEL, THROTTLE_LABEL = "_GraphsvcSession", "_GraphsvcSignInFailures"
ACCOUNT_SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_user_name",
        f"CREATE CONSTRAINT graphsvc_user_name IF NOT EXISTS FOR (u:{USER_LABEL}) "
        "REQUIRE u.name IS UNIQUE",
    ),
    (
        "graphsvc_apikey_id",
        f"CREATE CONSTRAINT graphsvc_apikey_id IF NOT EXISTS FOR (k:{KEY_LABEL}) "
        "REQUIRE k.key_id IS UNIQUE",
    ),
    (
        "graphsvc_apikey_hash",
        f"CREATE CONSTRAINT graphsvc_apikey_hash IF NOT EXISTS FOR (k:{KEY_LABEL}) "
        "REQUIRE k.key_hash IS UNIQUE",
    ),
    (
        "graphsvc_counter_id",
        f"CREATE CONSTRAINT graphsvc_counter_id IF NOT EXISTS FOR (c:{COUNTER_LABEL}) "
        "REQUIRE c.id IS UNIQUE",
    ),
    (
        "graphsvc_audit_seq",
        f"CREATE CONSTRAINT graphsvc_audit_seq IF NOT EXISTS FOR (e:{AUDIT_LABEL}) "
        "REQUIRE e.seq IS UNIQUE",
    ),
    (
        "graphsvc_session_token",
        f"CREATE CONSTRAINT graphsvc_session_token IF NOT EXISTS FOR (s:{SESSION_LABEL}) "
        "REQUIRE s.token_hash IS UNIQUE",
    ),
    (
        "graphsvc_session_user",
        f"CREATE INDEX graphsvc_session_user IF NOT EXISTS FOR (s:{SESSION_LABEL}) "
        "ON (s.user_name)",
    ),
    (
        "graphsvc_session_expiry",
        f"CREATE INDEX graphsvc_session_expiry IF NOT EXISTS FOR (s:{SESSION_LABEL}) "
        "ON (s.expires_at)",
    ),
    (
        "graphsvc_throttle_subject",
        f"CREATE CONSTRAINT graphsvc_throttle_subject IF NOT EXISTS FOR (t:{THROTTLE_LABEL}) "
        "REQUIRE t.subject IS UNIQUE",
    ),
)
_USER_FIELDS = (
    "u.name AS name, u.role AS role, u.password_hash AS password_hash, u.created_at AS created_at"
)
CREATE_USER = (
    f"CREATE (u:{USER_LABEL} {{name: $name, role: $role, password_hash: $password_hash, "
    "created_at: $created_at})"
)
GET_USER = f"MATCH (u:{USER_LABEL} {{name: $name}}) RETURN {_USER_FIELDS}"
FIND_USERS = f"MATCH (u:{USER_LABEL}) RETURN {_USER_FIELDS} ORDER BY u.name"
SET_USER_PASSWORD = (
    f"MATCH (u:{USER_LABEL} {{name: $name}}) SET u.password_hash = $password_hash "
    "RETURN count(u) AS n"
)
DELETE_USER = (
    f"MATCH (u:{USER_LABEL} {{name: $name}}) "
    f"OPTIONAL MATCH (s:{SESSION_LABEL} {{user_name: $name}}) "
    "WITH u, u.name AS gone, collect(s) AS sessions "
    "FOREACH (s IN sessions | DELETE s) DELETE u RETURN count(gone) AS n"
)
_KEY_FIELDS = (
    "k.key_id AS key_id, k.name AS name, k.role AS role, k.created_at AS created_at, "
    "k.revoked_at AS revoked_at"
)
CREATE_KEY = (
    f"CREATE (k:{KEY_LABEL} {{key_id: $key_id, name: $name, role: $role, key_hash: $key_hash, "
    "created_at: $created_at})"
)
GET_KEY_BY_HASH = f"MATCH (k:{KEY_LABEL} {{key_hash: $key_hash}}) RETURN {_KEY_FIELDS}"
FIND_KEYS = f"MATCH (k:{KEY_LABEL}) RETURN {_KEY_FIELDS} ORDER BY k.created_at, k.key_id"
REVOKE_KEY = (
    f"MATCH (k:{KEY_LABEL} {{key_id: $key_id}}) WHERE k.revoked_at IS NULL "
    "SET k.revoked_at = $now RETURN count(k) AS n"
)
# The audit log's statements (hash chain, pseudonyms) are in graphsvc.stores.cypher_audit.
_SESSION_FIELDS = (
    "s.token_hash AS token_hash, s.user_name AS user_name, "
    "s.user_created_at AS user_created_at, s.csrf_token AS csrf_token, "
    "s.created_at AS created_at, s.expires_at AS expires_at"
)
CREATE_SESSION = (
    f"CREATE (:{SESSION_LABEL} {{token_hash: $token_hash, user_name: $user_name, "
    "user_created_at: $user_created_at, csrf_token: $csrf_token, created_at: $created_at, "
    "expires_at: $expires_at})"
)
GET_SESSION = f"MATCH (s:{SESSION_LABEL} {{token_hash: $token_hash}}) RETURN {_SESSION_FIELDS}"
DELETE_SESSION = (
    f"MATCH (s:{SESSION_LABEL} {{token_hash: $token_hash}}) WITH s, s.token_hash AS gone "
    "DELETE s RETURN count(gone) AS n"
)
DELETE_USER_SESSIONS = (
    f"MATCH (s:{SESSION_LABEL} {{user_name: $name}}) WITH s, s.token_hash AS gone "
    "DELETE s RETURN count(gone) AS n"
)
DELETE_EXPIRED_SESSIONS = (
    f"MATCH (s:{SESSION_LABEL}) WHERE s.expires_at <= $now WITH s, s.token_hash AS gone "
    "DELETE s RETURN count(gone) AS n"
)
DELETE_STALE_FAILURES = (
    f"MATCH (t:{THROTTLE_LABEL}) WHERE t.last_at < $stale_before AND t.locked_until <= $now "
    "DELETE t"
)
#: Takes the node's write lock (``SET t.lock``) before reading the count, so that
#: concurrent failures from several workers are all counted.
COUNT_FAILURE = (
    f"MERGE (t:{THROTTLE_LABEL} {{subject: $subject}}) "
    "ON CREATE SET t.failures = 0, t.last_at = $now, t.locked_until = 0.0 "
    "SET t.lock = true "
    "WITH t, (t.last_at < $stale_before AND t.locked_until <= $now) AS fresh "
    "SET t.failures = CASE WHEN fresh THEN 1 ELSE t.failures + 1 END, "
    "t.locked_until = CASE WHEN fresh THEN 0.0 ELSE t.locked_until END, "
    "t.last_at = $now "
    "REMOVE t.lock RETURN t.failures AS failures"
)
LOCK_SIGN_IN = (
    f"MATCH (t:{THROTTLE_LABEL} {{subject: $subject}}) WHERE t.locked_until < $until "
    "SET t.locked_until = $until"
)
LOCKED_UNTIL = (
    f"MATCH (t:{THROTTLE_LABEL}) WHERE t.subject IN $subjects "
    "RETURN coalesce(max(t.locked_until), 0.0) AS until"
)
CLEAR_FAILURES = f"MATCH (t:{THROTTLE_LABEL} {{subject: $subject}}) DELETE t"
