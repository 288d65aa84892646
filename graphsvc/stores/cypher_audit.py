"""Cypher of the audit log (hash chain, actor pseudonyms) and of backup and restore.

The graph's own statements are in :mod:`graphsvc.stores.cypher`; these touch only the
internal ``_Graphsvc*`` labels. Values always travel as parameters.
"""

from __future__ import annotations

from graphsvc.stores.cypher import AUDIT_LABEL, COUNTER_LABEL, KEY_LABEL, USER_LABEL

PSEUDONYM_LABEL = "_GraphsvcPseudonym"

#: (name, statement) of the audit log's own constraints, each idempotent.
AUDIT_SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_pseudonym_key",
        f"CREATE CONSTRAINT graphsvc_pseudonym_key IF NOT EXISTS FOR (p:{PSEUDONYM_LABEL}) "
        "REQUIRE p.key IS UNIQUE",
    ),
    (
        "graphsvc_pseudonym_value",
        f"CREATE CONSTRAINT graphsvc_pseudonym_value IF NOT EXISTS FOR (p:{PSEUDONYM_LABEL}) "
        "REQUIRE p.pseudonym IS UNIQUE",
    ),
)
ENSURE_AUDIT_COUNTER = f"MERGE (c:{COUNTER_LABEL} {{id: 'audit'}}) ON CREATE SET c.seq = 0"

# -- the chain: the counter node is locked first, so appends form one sequence ---------------

#: Locks the counter first (a constant SET takes its write lock until commit), then reads
#: it: the next number and the newest row's hash. Reading before the lock could let two
#: appends read the same number; a concurrent append waits here for this one to commit.
NEXT_AUDIT_SEQ = (
    f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) SET c.lock = true "
    "WITH c SET c.seq = c.seq + 1 RETURN c.seq AS seq, c.hash AS prev_hash"
)
CREATE_AUDIT = (
    f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) SET c.hash = $hash "
    f"CREATE (:{AUDIT_LABEL} {{seq: $seq, at: $at, who: $who, role: $role, action: $action, "
    "object: $object, outcome: $outcome, prev_hash: $prev_hash, hash: $hash})"
)
_AUDIT_FIELDS = (
    "e.at AS at, e.who AS who, e.role AS role, e.action AS action, e.object AS object, "
    "e.outcome AS outcome, e.seq AS seq, e.prev_hash AS prev_hash, e.hash AS hash"
)
FIND_AUDIT = (
    f"MATCH (e:{AUDIT_LABEL}) RETURN {_AUDIT_FIELDS} ORDER BY e.seq DESC SKIP $offset LIMIT $limit"
)
AUDIT_CHAIN = f"MATCH (e:{AUDIT_LABEL}) RETURN {_AUDIT_FIELDS} ORDER BY e.seq"
COUNT_AUDIT = f"MATCH (e:{AUDIT_LABEL}) RETURN count(e) AS n"
AUDIT_APPENDED = f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) RETURN c.seq AS n"
#: Rows written before the chain existed (chained once by ensure_schema).
COUNT_UNCHAINED = f"MATCH (e:{AUDIT_LABEL}) WHERE e.hash IS NULL RETURN count(e) AS n"
LOCK_AUDIT_COUNTER = (
    f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) SET c.lock = true RETURN c.seq AS seq"
)
CHAIN_ROWS = (
    f"UNWIND $rows AS row MATCH (e:{AUDIT_LABEL} {{seq: row.seq}}) "
    "SET e.prev_hash = row.prev_hash, e.hash = row.hash"
)
SET_AUDIT_HEAD = f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) SET c.seq = $seq, c.hash = $hash"

# -- pseudonyms: key -> random id, deleted on erasure ----------------------------------------

ADD_PSEUDONYM = (
    f"MERGE (p:{PSEUDONYM_LABEL} {{key: $key}}) "
    "ON CREATE SET p.pseudonym = $pseudonym, p.created_at = $now RETURN p.pseudonym AS pseudonym"
)
GET_PSEUDONYM = f"MATCH (p:{PSEUDONYM_LABEL} {{key: $key}}) RETURN p.pseudonym AS pseudonym"
KEYS_OF = (
    f"UNWIND $pseudonyms AS s MATCH (p:{PSEUDONYM_LABEL} {{pseudonym: s}}) "
    "RETURN p.pseudonym AS pseudonym, p.key AS key"
)
DELETE_PSEUDONYM = (
    f"MATCH (p:{PSEUDONYM_LABEL} {{key: $key}}) WITH p, p.key AS gone DELETE p "
    "RETURN count(gone) AS n"
)

# -- backup and restore: every internal record, as property maps -----------------------------

#: The internal labels a backup carries (sessions are left out: they do not survive restore).
BACKED_UP_LABELS = (USER_LABEL, KEY_LABEL, PSEUDONYM_LABEL, AUDIT_LABEL)
ALL_RECORDS: dict[str, str] = {
    label: f"MATCH (n:{label}) RETURN collect(properties(n)) AS rows" for label in BACKED_UP_LABELS
}
CREATE_RECORDS: dict[str, str] = {
    label: f"UNWIND $rows AS row CREATE (n:{label}) SET n = row" for label in BACKED_UP_LABELS
}
COUNT_RECORDS: dict[str, str] = {
    label: f"MATCH (n:{label}) RETURN count(n) AS n" for label in BACKED_UP_LABELS
}
GET_AUDIT_HEAD = f"MATCH (c:{COUNTER_LABEL} {{id: 'audit'}}) RETURN c.seq AS seq, c.hash AS hash"
