"""Hostile and unusual values round-trip byte for byte; bad vocabulary is refused clearly."""

from __future__ import annotations

import pytest

from graphsvc.errors import ValidationError
from graphsvc.model import Edge, Label, Node, RelType

HOSTILE = [
    'O\'Brien "quoted"',
    "back`tick` `x`",
    "x'}) DETACH DELETE n //",
    "MATCH (n) DETACH DELETE n",
    "'; DROP TABLE nodes; --",
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "emoji 🚀🌲 and ÅÄÖ åäö",
    "line\nbreak\ttab \\ backslash % _",
    '=HYPERLINK("http://x")',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips(store, text):
    props = {"name": text, "kind": "citizen", "tags": [text, "plain"], "sector": text}
    store.upsert_nodes([Node(Label.ACTOR, "hostile", props)])
    store.upsert_nodes([Node(Label.ACTION, "act", {"title": text, "description": text})])
    store.upsert_edges([Edge(RelType.RUNS, "hostile", "act", {"role": "lead"})])
    assert store.get_node(Label.ACTOR, "hostile").props == props
    assert store.who_runs("act")[0].node.props["name"] == text
    assert store.actions_of("hostile")[0].node.props["description"] == text
    assert store.count_nodes(Label.ACTOR) == 1


def test_search_for_hostile_text_finds_exactly_it(store):
    store.upsert_nodes([Node(Label.ACTOR, "h", {"name": HOSTILE[2], "kind": "company"})])
    store.upsert_nodes([Node(Label.ACTOR, "p", {"name": "Plain", "kind": "company"})])
    assert [n.key for n in store.search("DETACH DELETE")] == ["h"]
    assert [n.key for n in store.search("'})")] == ["h"]


def test_types_round_trip(store):
    store.upsert_nodes(
        [Node(Label.ROCKET, "centre", {"number": 4, "name_fi": "K", "kind": "rocket"})]
    )
    store.upsert_nodes([Node(Label.ACTOR, "a", {"name": "T", "tags": ["x", "y"]})])
    store.upsert_nodes([Node(Label.ACTION, "a", {"title": "T"})])
    store.upsert_edges([Edge(RelType.FUELS, "a", "centre", {"primary": True})])
    number = store.get_node(Label.ROCKET, "centre").props["number"]
    assert number == 4 and type(number) is int
    assert store.get_node(Label.ACTOR, "a").props["tags"] == ["x", "y"]
    assert store.find_edges(RelType.FUELS)[0].props["primary"] is True


def test_none_and_empty_lists_are_dropped(store):
    store.upsert_nodes([Node(Label.ACTOR, "a", {"name": "T", "tags": [], "sector": None})])
    assert store.get_node(Label.ACTOR, "a").props == {"name": "T"}


@pytest.mark.parametrize(
    ("node", "message"),
    [
        (Node("Person", "x", {}), "label 'Person' is not one of Programme, Rocket, Action, Actor"),
        (Node(Label.ACTOR, "x", {"kind": "firm"}), "'firm' is not one of company, education"),
        (Node(Label.ACTOR, "x", {"colour": "red"}), "unknown property colour; allowed: name, kind"),
        (Node(Label.ACTION, "x", {"status": "open"}), "'open' is not one of proposed, planned"),
        (Node(Label.ACTOR, "bad key!", {}), "not a valid key"),
        (Node(Label.ACTOR, "x", {"business_id": "1234567-8"}), "not a valid Y-tunnus"),
        (Node(Label.ACTOR, "x", {"contact_email": "nobody"}), "not an e-mail address"),
        (Node(Label.ACTOR, "x", {"sector": float("nan")}), "sector must be text, a finite number"),
        (Node(Label.ACTOR, "x", {"sector": float("inf")}), "sector must be text, a finite number"),
    ],
)
def test_bad_nodes_are_refused_with_allowed_values(store, node, message):
    with pytest.raises(ValidationError, match=message):
        store.upsert_nodes([node])
    assert store.count_nodes(Label.ACTOR) == 0


def test_bad_relationships_are_refused(store):
    store.upsert_nodes(
        [Node(Label.ACTOR, "a", {"name": "A"}), Node(Label.ACTION, "b", {"title": "B"})]
    )
    with pytest.raises(
        ValidationError, match="'boss' is not one of lead, partner, funder, participant"
    ):
        store.upsert_edges([Edge(RelType.RUNS, "a", "b", {"role": "boss"})])
    with pytest.raises(ValidationError, match="relationship type 'LIKES' is not one of RUNS"):
        store.upsert_edges([Edge("LIKES", "a", "b")])
    with pytest.raises(ValidationError, match="cannot collaborate with itself"):
        store.upsert_edges([Edge(RelType.COLLABORATES_WITH, "a", "a")])
    assert store.find_edges(RelType.RUNS) == []
