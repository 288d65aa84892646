"""The Cypher of the Neo4j store's survey.

``(:SurveyWave {year, doc})`` and ``(:SurveyAnswer {id, year, actor, doc})`` keep the
records as JSON text (Neo4j keeps no lists of maps); ``(:SurveyLink {token_hash, year,
actor, issued_at, revoked_at})`` one link each. Labels come from the enum; values always
travel as parameters.
"""

from __future__ import annotations

from graphsvc.survey_model import SurveyLabel

WAVE = SurveyLabel.WAVE.value
LINK = SurveyLabel.LINK.value
ANSWER = SurveyLabel.ANSWER.value

#: (name, statement) of the constraints and indexes the survey relies on.
SCHEMA: tuple[tuple[str, str], ...] = (
    (
        "graphsvc_survey_wave_year",
        f"CREATE CONSTRAINT graphsvc_survey_wave_year IF NOT EXISTS FOR (w:{WAVE}) "
        "REQUIRE w.year IS UNIQUE",
    ),
    (
        "graphsvc_survey_link_hash",
        f"CREATE CONSTRAINT graphsvc_survey_link_hash IF NOT EXISTS FOR (l:{LINK}) "
        "REQUIRE l.token_hash IS UNIQUE",
    ),
    (
        "graphsvc_survey_link_actor",
        f"CREATE INDEX graphsvc_survey_link_actor IF NOT EXISTS FOR (l:{LINK}) ON (l.actor)",
    ),
    (
        "graphsvc_survey_answer_id",
        f"CREATE CONSTRAINT graphsvc_survey_answer_id IF NOT EXISTS FOR (a:{ANSWER}) "
        "REQUIRE a.id IS UNIQUE",
    ),
    (
        "graphsvc_survey_answer_actor",
        f"CREATE INDEX graphsvc_survey_answer_actor IF NOT EXISTS FOR (a:{ANSWER}) ON (a.actor)",
    ),
)

ALL_WAVES = f"MATCH (w:{WAVE}) WITH w ORDER BY w.year RETURN collect(w.doc) AS rows"
GET_WAVE = f"MATCH (w:{WAVE} {{year: $year}}) RETURN collect(w.doc) AS rows"
CREATE_WAVE = f"CREATE (w:{WAVE} {{year: $year, doc: $doc}})"
REPLACE_WAVE = f"MATCH (w:{WAVE} {{year: $year}}) SET w.doc = $doc"
_LINK_ROW = "[l.year, l.actor, l.token_hash, l.issued_at, l.revoked_at]"
LINKS_OF_WAVE = (
    f"MATCH (l:{LINK} {{year: $year}}) WITH l ORDER BY l.actor, l.issued_at "
    f"RETURN collect({_LINK_ROW}) AS rows"
)
LINK_BY_HASH = f"MATCH (l:{LINK} {{token_hash: $hash}}) RETURN collect({_LINK_ROW}) AS rows"
CREATE_LINK = f"CREATE (l:{LINK}) SET l = $props"
REVOKE_LINKS = (
    f"OPTIONAL MATCH (l:{LINK} {{year: $year, actor: $actor}}) WHERE l.revoked_at IS NULL "
    "SET l.revoked_at = $at RETURN count(l) AS revoked"
)
LIVE_LINK = (
    f"OPTIONAL MATCH (l:{LINK} {{token_hash: $hash, year: $year, actor: $actor}}) "
    "WHERE l.revoked_at IS NULL RETURN count(l) AS live"
)
SAVE_ANSWER = f"MERGE (a:{ANSWER} {{id: $id}}) SET a.year = $year, a.actor = $actor, a.doc = $doc"
ANSWERS = (
    f"MATCH (a:{ANSWER}) WHERE ($year IS NULL OR a.year = $year) "
    "AND ($actor IS NULL OR a.actor = $actor) "
    "WITH a ORDER BY a.year, a.actor RETURN collect(a.doc) AS rows"
)
ERASE_ANSWERS = (
    f"OPTIONAL MATCH (a:{ANSWER} {{actor: $actor}}) WHERE $year IS NULL OR a.year = $year "
    "DELETE a RETURN count(a) AS erased"
)
ERASE_LINKS = f"MATCH (l:{LINK} {{actor: $actor}}) DELETE l"
CLEAR = f"MATCH (n) WHERE n:{WAVE} OR n:{LINK} OR n:{ANSWER} DELETE n"
#: The backup's records of the survey, and how they are written back.
ALL_RECORDS = {
    label: f"MATCH (n:{label}) RETURN collect(properties(n)) AS rows"
    for label in (WAVE, LINK, ANSWER)
}
CREATE_RECORDS = {
    label: f"UNWIND $rows AS r CREATE (n:{label}) SET n = r" for label in (WAVE, LINK, ANSWER)
}
