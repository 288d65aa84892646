"""Every SQL statement of the SQLite graph store; values always travel as parameters."""

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 30000",
    "PRAGMA cache_size = -65536",
    "PRAGMA secure_delete = ON",
)
#: Copies every WAL frame into the database and empties the WAL file (after an erasure).
CHECKPOINT_TRUNCATE = "PRAGMA wal_checkpoint(TRUNCATE)"

BUMP_VERSION = "UPDATE meta SET value = value + 1 WHERE name = 'version'"
GET_VERSION = "SELECT value FROM meta WHERE name = 'version'"

GET_NODE = "SELECT props FROM nodes WHERE label = ? AND key = ?"
INSERT_NODE = "INSERT INTO nodes (label, key, props, search) VALUES (?, ?, ?, ?)"
INSERT_NODE_IF_MISSING = (
    "INSERT INTO nodes (label, key, props, search) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
UPDATE_NODE = "UPDATE nodes SET props = ?, search = ? WHERE label = ? AND key = ?"
DELETE_NODE = "DELETE FROM nodes WHERE label = ? AND key = ?"
FIND_NODES = "SELECT key, props FROM nodes WHERE label = ? ORDER BY key"
FIND_NODES_PAGE = "SELECT key, props FROM nodes WHERE label = ? ORDER BY key LIMIT ? OFFSET ?"
COUNT_NODES = "SELECT count(*) FROM nodes WHERE label = ?"
ALL_NODES = "SELECT label, key, props FROM nodes"
SEARCH_NODES = (
    "SELECT label, key, props FROM nodes WHERE search LIKE ? ESCAPE '\\' "
    "AND (? IS NULL OR label IN (SELECT value FROM json_each(?)))"
)

GET_EDGE = "SELECT props FROM edges WHERE type = ? AND start_key = ? AND end_key = ?"
INSERT_EDGE = (
    "INSERT INTO edges (type, start_label, start_key, end_label, end_key, props) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
UPDATE_EDGE = "UPDATE edges SET props = ? WHERE type = ? AND start_key = ? AND end_key = ?"
DELETE_EDGE = "DELETE FROM edges WHERE type = ? AND start_key = ? AND end_key = ?"
FIND_EDGES = (
    "SELECT type, start_key, end_key, props FROM edges "
    "WHERE (? IS NULL OR type = ?) AND (? IS NULL OR start_key = ?) AND (? IS NULL OR end_key = ?) "
    "ORDER BY type, start_key, end_key"
)
NODE_EDGES = (
    "SELECT type, start_label, start_key, end_label, end_key, props FROM edges "
    "WHERE (start_label = ? AND start_key = ?) OR (end_label = ? AND end_key = ?)"
)
ALL_EDGES = "SELECT type, start_key, end_key, props FROM edges"

#: Participations: the other node and the RUNS props, by the key of one end.
RUNNERS_OF_ACTION = (
    "SELECT n.key, n.props, e.props FROM edges e "
    "JOIN nodes n ON n.label = e.start_label AND n.key = e.start_key "
    "WHERE +e.type = ? AND e.end_label = ? AND e.end_key = ?"
)
ACTIONS_OF_ACTOR = (
    "SELECT n.key, n.props, e.props FROM edges e "
    "JOIN nodes n ON n.label = e.end_label AND n.key = e.end_key "
    "WHERE +e.type = ? AND e.start_label = ? AND e.start_key = ?"
)
ACTIONS_OF_ROCKET = (
    "SELECT n.key, n.props FROM edges e "
    "JOIN nodes n ON n.label = e.start_label AND n.key = e.start_key "
    "WHERE +e.type = ? AND e.end_label = ? AND e.end_key = ?"
)
ACTORS_OF_ROCKET = (
    "SELECT DISTINCT n.key, n.props FROM edges f "
    "JOIN edges r ON +r.type = ? AND r.end_label = f.start_label AND r.end_key = f.start_key "
    "JOIN nodes n ON n.label = r.start_label AND n.key = r.start_key "
    "WHERE +f.type = ? AND f.end_label = ? AND f.end_key = ?"
)

CLEAR_EDGES = "DELETE FROM edges"
CLEAR_NODES = "DELETE FROM nodes"

#: History (graphsvc.stores.history): validity periods of nodes and relationships.
_NODE_PERIOD = "SELECT label, key, valid_from, valid_to, props FROM node_periods"
_EDGE_PERIOD = "SELECT type, start_key, end_key, valid_from, valid_to, props FROM edge_periods"
ALL_NODE_PERIODS = _NODE_PERIOD
NODE_PERIODS = _NODE_PERIOD + " WHERE label = ? AND key = ?"
ALL_EDGE_PERIODS = _EDGE_PERIOD
EDGE_PERIODS = _EDGE_PERIOD + " WHERE type = ? AND start_key = ? AND end_key = ?"
EDGE_PERIODS_TOUCHING = (
    "SELECT type, start_key, end_key, valid_from, valid_to, props FROM edge_periods "
    "WHERE start_key IN (SELECT value FROM json_each(?)) UNION "
    "SELECT type, start_key, end_key, valid_from, valid_to, props FROM edge_periods "
    "WHERE end_key IN (SELECT value FROM json_each(?))"
)
DELETE_NODE_PERIOD = "DELETE FROM node_periods WHERE label = ? AND key = ? AND valid_from = ?"
DELETE_EDGE_PERIOD = (
    "DELETE FROM edge_periods WHERE type = ? AND start_key = ? AND end_key = ? AND valid_from = ?"
)
INSERT_NODE_PERIOD = (
    "INSERT INTO node_periods (label, key, valid_from, valid_to, props) VALUES (?, ?, ?, ?, ?)"
)
INSERT_NODE_PERIOD_IF_MISSING = INSERT_NODE_PERIOD + " ON CONFLICT DO NOTHING"
INSERT_EDGE_PERIOD = (
    "INSERT INTO edge_periods (type, start_key, end_key, valid_from, valid_to, props) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_EDGE_PERIOD_IF_MISSING = INSERT_EDGE_PERIOD + " ON CONFLICT DO NOTHING"
#: The same with the columns in primary-key order (sorted rows insert fastest).
INSERT_EDGE_PERIOD_BY_KEY = (
    "INSERT INTO edge_periods (start_key, end_key, type, valid_from, valid_to, props) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
#: What holds on a day (both parameters the day).
NODES_ON = (
    "SELECT label, key, props FROM node_periods "
    "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND props IS NOT NULL"
)
EDGES_ON = (
    "SELECT type, start_key, end_key, props FROM edge_periods "
    "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND props IS NOT NULL"
)
#: The days on which something began or ended, for timelines.
HISTORY_DAYS = (
    "SELECT valid_from FROM node_periods UNION SELECT valid_to FROM node_periods "
    "WHERE valid_to IS NOT NULL UNION SELECT valid_from FROM edge_periods "
    "UNION SELECT valid_to FROM edge_periods WHERE valid_to IS NOT NULL"
)
CLEAR_NODE_PERIODS = "DELETE FROM node_periods"
CLEAR_EDGE_PERIODS = "DELETE FROM edge_periods"
ERASE_NODE_PERIODS = "DELETE FROM node_periods WHERE label = ? AND key = ?"
#: The relationships of one erased node: (type, start key or NULL, end key or NULL).
ERASE_EDGE_PERIODS = (
    "DELETE FROM edge_periods WHERE type = ? AND (start_key = ? OR end_key = ?) "
    "RETURNING type, start_key, end_key"
)
