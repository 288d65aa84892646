"""The Cypher of the Neo4j store's indicators.

``(:Indicator {key, name_fi, …})-[:MEASURES]->(:Rocket|:Programme)``, an optional
``-[:OWNED_BY]->(:Actor)`` (it goes with the actor when the actor leaves), and one
``(:IndicatorValue {indicator, year, value, provisional, note, source})-[:VALUE_OF]->``
per year. Labels and types come from the enums; values always travel as parameters.
"""

from __future__ import annotations

from graphsvc.indicator_model import IndicatorLabel, IndicatorRel
from graphsvc.model import Label

IND = IndicatorLabel.INDICATOR.value
VAL = IndicatorLabel.VALUE.value
MEASURES = IndicatorRel.MEASURES.value
OWNED_BY = IndicatorRel.OWNED_BY.value
VALUE_OF = IndicatorRel.VALUE_OF.value

#: (name, statement) of the constraints indicator writes rely on.
SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_indicator_key",
        f"CREATE CONSTRAINT graphsvc_indicator_key IF NOT EXISTS FOR (i:{IND}) "
        "REQUIRE i.key IS UNIQUE",
    ),
    (
        "graphsvc_indicator_value_year",
        f"CREATE CONSTRAINT graphsvc_indicator_value_year IF NOT EXISTS FOR (v:{VAL}) "
        "REQUIRE (v.indicator, v.year) IS UNIQUE",
    ),
)

_INDICATOR_ROW = (
    f"OPTIONAL MATCH (i)-[:{MEASURES}]->(t) OPTIONAL MATCH (i)-[:{OWNED_BY}]->(a:{Label.ACTOR}) "
    "WITH i, t, a ORDER BY i.key "
    "RETURN collect([i.key, properties(i), t.key, a.key]) AS rows"
)
ALL_INDICATORS = f"MATCH (i:{IND}) {_INDICATOR_ROW}"
INDICATORS = f"UNWIND $keys AS k MATCH (i:{IND} {{key: k}}) {_INDICATOR_ROW}"
_VALUE_ROW = (
    "WITH v ORDER BY v.indicator, v.year "
    "RETURN collect([v.indicator, v.year, properties(v)]) AS rows"
)
ALL_VALUES = f"MATCH (v:{VAL}) {_VALUE_ROW}"
VALUES_OF = f"MATCH (v:{VAL} {{indicator: $key}}) {_VALUE_ROW}"
VALUES = f"UNWIND $pairs AS p MATCH (v:{VAL} {{indicator: p[0], year: p[1]}}) {_VALUE_ROW}"
ACTORS = f"UNWIND $keys AS k MATCH (a:{Label.ACTOR} {{key: k}}) RETURN collect(a.key) AS rows"

DELETE_VALUES = (
    f"UNWIND $pairs AS p MATCH (v:{VAL} {{indicator: p[0], year: p[1]}}) DETACH DELETE v"
)
DELETE_INDICATORS = (
    f"UNWIND $keys AS k MATCH (i:{IND} {{key: k}}) "
    f"OPTIONAL MATCH (v:{VAL} {{indicator: k}}) DETACH DELETE v, i"
)
#: rows: [key, props]; the indicator's relationships are dropped, then linked anew below.
UPSERT_INDICATORS = (
    f"UNWIND $rows AS r MERGE (i:{IND} {{key: r[0]}}) SET i = r[1], i.key = r[0] "
    f"WITH i OPTIONAL MATCH (i)-[old:{MEASURES}|{OWNED_BY}]->() DELETE old"
)
#: rows: [indicator key, key of what it measures or of its owner], per label of that end.
LINK: dict[tuple[str, str], str] = {
    (rel, label): (
        f"UNWIND $rows AS r MATCH (i:{IND} {{key: r[0]}}), (t:{label} {{key: r[1]}}) "
        f"MERGE (i)-[:{rel}]->(t)"
    )
    for rel, label in (
        (MEASURES, Label.ROCKET.value),
        (MEASURES, Label.PROGRAMME.value),
        (OWNED_BY, Label.ACTOR.value),
    )
}
#: rows: [indicator, year, props]
UPSERT_VALUES = (
    f"UNWIND $rows AS r MATCH (i:{IND} {{key: r[0]}}) "
    f"MERGE (v:{VAL} {{indicator: r[0], year: r[1]}}) SET v = r[2], v.indicator = r[0], "
    f"v.year = r[1] MERGE (v)-[:{VALUE_OF}]->(i)"
)
CLEAR = f"MATCH (n) WHERE n:{IND} OR n:{VAL} DETACH DELETE n"
