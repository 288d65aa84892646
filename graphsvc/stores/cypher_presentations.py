"""The Cypher of the Neo4j store's presentations.

``(:Presentation {key, title, map, as_of, created_by, updated_at, captions, views})``:
the slides as two lists of the same length, in order (Neo4j keeps lists of strings, not
lists of maps). The label comes from the enum; values always travel as parameters.
"""

from __future__ import annotations

from graphsvc.presentation_model import PresentationLabel

PRES = PresentationLabel.PRESENTATION.value

#: (name, statement) of the constraint presentation writes rely on.
SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_presentation_key",
        f"CREATE CONSTRAINT graphsvc_presentation_key IF NOT EXISTS FOR (p:{PRES}) "
        "REQUIRE p.key IS UNIQUE",
    ),
)

_ROWS = "WITH p ORDER BY p.key RETURN collect(properties(p)) AS rows"
ALL_PRESENTATIONS = f"MATCH (p:{PRES}) {_ROWS}"
GET_PRESENTATION = f"MATCH (p:{PRES} {{key: $key}}) {_ROWS}"
#: props: every property of the node, key included.
CREATE_PRESENTATION = f"CREATE (p:{PRES}) SET p = $props"
REPLACE_PRESENTATION = f"MATCH (p:{PRES} {{key: $props.key}}) SET p = $props"
DELETE_PRESENTATION = f"MATCH (p:{PRES} {{key: $key}}) DELETE p RETURN count(*) AS deleted"
CLEAR = f"MATCH (p:{PRES}) DELETE p"
#: The backup's records of presentations, and how they are written back.
ALL_RECORDS = {PRES: ALL_PRESENTATIONS}
CREATE_RECORDS = {PRES: f"UNWIND $rows AS r CREATE (p:{PRES}) SET p = r"}
