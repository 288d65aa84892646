"""Every row of the packaged workbook is valid against the model and docs/formats.md."""

from __future__ import annotations

import re
from datetime import date

from graphsvc.model import (
    BUILTIN_ROCKETS,
    LIST_PROPERTIES,
    ROCKET_KEYS,
    ActorKind,
    Edge,
    Label,
    Node,
    RelType,
    Role,
    Status,
)
from graphsvc.model_rules import is_valid_business_id, validate_edge, validate_node

from .conftest import Network

Rows = dict[str, list[dict[str, str]]]

HEADERS = {  # as docs/formats.md lists them
    "actors": "key,name,kind,sector,municipality,business_id,website,tags,verified_at,"
    "contact_name,contact_email,contact_phone",
    "actions": "key,title,rocket,status,start,end,themes,description",
    "participation": "actor,action,role",
    "rockets": "key,name_fi,name_en",
    "collaborations": "actor_a,actor_b,kind,since,source",
}
THEMES = {"tyollisyys", "ymparisto", "osallisuus"}


def _node(label: Label, row: dict[str, str], skip: tuple[str, ...] = ()) -> Node:
    props: dict[str, object] = {}
    for column, value in row.items():
        if column == "key" or column in skip or value == "":
            continue
        props[column] = value.split(";") if column in LIST_PROPERTIES else value
    return validate_node(Node(label, row["key"], props))


def test_headers_are_the_workbook_columns(workbook: Rows) -> None:
    for sheet, header in HEADERS.items():
        assert list(workbook[sheet][0]) == header.split(","), sheet


def test_actors_are_valid_and_of_every_kind(workbook: Rows) -> None:
    actors = workbook["actors"]
    assert 280 <= len(actors) <= 320
    assert len({a["key"] for a in actors}) == len(actors)
    assert len({a["name"] for a in actors}) == len(actors)
    for row in actors:
        _node(Label.ACTOR, row)
    assert {a["kind"] for a in actors} == {k.value for k in ActorKind}


def test_business_ids_are_valid_unique_and_unissued(workbook: Rows) -> None:
    ids = [a["business_id"] for a in workbook["actors"] if a["business_id"]]
    assert all(is_valid_business_id(i) and i.startswith("9") for i in ids)
    assert len(set(ids)) == len(ids)
    companies = [a for a in workbook["actors"] if a["kind"] in ("company", "city_company")]
    assert all(a["business_id"] for a in companies)


def test_contacts_are_invented_and_undeliverable(workbook: Rows) -> None:
    with_contact = [a for a in workbook["actors"] if a["contact_name"]]
    assert 0.2 * len(workbook["actors"]) < len(with_contact) < 0.8 * len(workbook["actors"])
    for row in with_contact:
        assert row["contact_email"].endswith("@esimerkki.example")
        assert re.fullmatch(r"\+358 0 555 \d{5}", row["contact_phone"])
    websites = [a["website"] for a in workbook["actors"] if a["website"]]
    assert all(re.fullmatch(r"https://www\.[a-z0-9-]+\.example", w) for w in websites)


def test_text_has_finnish_letters_and_no_markup(workbook: Rows) -> None:
    names = " ".join(a["name"] + a["contact_name"] for a in workbook["actors"]).casefold()
    assert all(letter in names for letter in "äöå")
    for sheet, rows in workbook.items():
        for row in rows:
            assert not any(c in value for value in row.values() for c in "<>"), (sheet, row)


def test_actions_are_valid_and_spread_over_every_rocket(workbook: Rows) -> None:
    actions = workbook["actions"]
    assert len(actions) == 200
    assert len({a["title"] for a in actions}) == len(actions)
    primary: dict[str, int] = {}
    for row in actions:
        _node(Label.ACTION, row, skip=("rocket", "themes"))
        rockets = row["rocket"].split(";")
        assert set(rockets) <= set(ROCKET_KEYS) and len(set(rockets)) == len(rockets)
        primary[rockets[0]] = primary.get(rockets[0], 0) + 1
        assert row["status"] in {s.value for s in Status}
        assert not row["themes"] or set(row["themes"].split(";")) <= THEMES
        assert row["description"].startswith("Kuvitteellinen esimerkki")
        if row["start"] or row["end"]:
            start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
            assert date(2025, 1, 1) <= start <= end <= date(2029, 12, 31)
    assert set(primary) == set(ROCKET_KEYS) and min(primary.values()) >= 20
    assert {t for a in actions for t in a["themes"].split(";") if t} == THEMES


def test_participation_refers_to_known_actors_and_actions(workbook: Rows) -> None:
    actors = {a["key"] for a in workbook["actors"]}
    actions = {a["key"] for a in workbook["actions"]}
    seen = set()
    for row in workbook["participation"]:
        assert row["actor"] in actors and row["action"] in actions
        edge = validate_edge(Edge(RelType.RUNS, row["actor"], row["action"], {"role": row["role"]}))
        assert edge.props["role"] == row["role"]
        assert (row["actor"], row["action"]) not in seen
        seen.add((row["actor"], row["action"]))
    assert {action for _, action in seen} == actions
    assert {r["role"] for r in workbook["participation"]} == {r.value for r in Role}


def test_every_action_has_at_most_one_lead(network: Network) -> None:
    for action, team in network.teams.items():
        assert list(team.values()).count("lead") <= 1, action


def test_rockets_sheet_names_the_builtin_rockets(workbook: Rows) -> None:
    expected = [{"key": r.key, "name_fi": r.name_fi, "name_en": r.name_en} for r in BUILTIN_ROCKETS]
    assert workbook["rockets"] == expected


def test_collaborations_are_distinct_ties_between_known_actors(workbook: Rows) -> None:
    actors = {a["key"] for a in workbook["actors"]}
    pairs = set()
    for row in workbook["collaborations"]:
        a, b = row["actor_a"], row["actor_b"]
        assert a in actors and b in actors and a != b
        assert frozenset((a, b)) not in pairs
        pairs.add(frozenset((a, b)))
        props = {k: row[k] for k in ("kind", "since", "source")}
        validate_edge(Edge(RelType.COLLABORATES_WITH, a, b, props))
        assert date.fromisoformat(row["since"]) <= date(2025, 12, 31)
        assert "kuvitteellinen" in row["source"]
    assert len(pairs) >= 40
