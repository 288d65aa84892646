"""Gap findings and measures are drawn: dashed introductions, highlighted nodes, sizes."""

from __future__ import annotations

from graphsvc.records import Snapshot
from graphsvc.render import MapFindings, build_map_data, render_page
from graphsvc.render.findings import Highlight, Introduction, Measure, NodeFinding
from graphsvc.render.page import legend
from graphsvc.render.style import vis_edge_styles

FINDINGS = MapFindings(
    introductions=(Introduction("far", "plain", 0.8, "Both fuel Logistinen keskus"),),
    nodes=(
        NodeFinding("Action", "a3", Highlight.SOLO_ACTION, "Only one actor runs this"),
        NodeFinding("Actor", "alone", Highlight.ISOLATED_ACTOR),
        NodeFinding("Actor", "img", Highlight.SINGLE_POINT),
        NodeFinding("Actor", "not-in-map", Highlight.SINGLE_POINT),
    ),
    measure=Measure("betweenness", {"img": 1.0, "evil": 0.25, "far": 0.0}),
)


def test_introductions_are_dashed_edges(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title="t", findings=FINDINGS)
    by_key = {n.key: n.id for n in data.nodes if n.group != "action"}
    intros = [e for e in data.edges if e.style == "intro"]
    assert [(e.start, e.end) for e in intros] == [(by_key["far"], by_key["plain"])]
    assert intros[0].tooltip == ["Both fuel Logistinen keskus"]
    styles = vis_edge_styles()
    assert styles["intro"]["dashes"] and not styles["runs"]["dashes"]
    assert all(not styles[e.style]["dashes"] for e in data.edges if e.style != "intro")


def test_findings_highlight_nodes_and_are_listed(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title="t", findings=FINDINGS, lang="en")
    marked = {n.key: n.highlights for n in data.nodes if n.highlights}
    assert marked == {"a3": ["solo_action"], "alone": ["isolated_actor"], "img": ["single_point"]}
    texts = {f.text for f in data.findings}
    assert texts == {
        "Only one actor runs this",
        "Yksinäinen Oy: Isolated actor",
        "<img src=x onerror=alert(1)>: Single point of failure",
    }
    assert [h["text"] for h in legend(data)["highlights"]] == [
        "Action run by a single actor",
        "Isolated actor",
        "Single point of failure",
    ]


def test_actors_are_sized_by_the_measure(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title="t", findings=FINDINGS)
    size = {n.key: n.size for n in data.nodes}
    assert size["img"] > size["evil"] > size["far"]
    assert size["plain"] is None and size["a1"] is None  # no value, no action sizing
    assert "Solmun koko: välittäjyys" in render_page(data)


def test_without_findings_nothing_is_dashed_or_highlighted(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title="t")
    assert not any(e.style == "intro" for e in data.edges)
    assert not any(n.highlights for n in data.nodes) and not data.findings
