"""The overview of large networks and the static PNG/SVG pictures."""

from __future__ import annotations

import pytest

from graphsvc.errors import ValidationError
from graphsvc.records import Snapshot
from graphsvc.render import build_map_data
from graphsvc.render.overview import build_overview_data
from graphsvc.render.static import render_static

from .hostile import CONTACTS, SCRIPT


def test_overview_has_rockets_and_communities_linking_to_their_maps(
    hostile_snapshot: Snapshot,
) -> None:
    communities = {"evil": 0, "img": 0, "far": 0, "plain": 1, "alone": 2}
    data = build_overview_data(
        hostile_snapshot,
        communities,
        title="o",
        link_pattern="/maps/rocket/{rocket}",
        community_pattern="/maps/community/{community}",
    )
    groups = [n.group for n in data.nodes]
    assert groups.count("rocket") == 5 and groups.count("launchpad") == 1
    supers = [n for n in data.nodes if n.group == "community"]
    # One community of three members; the two of one member share the "rest" node.
    assert sorted(n.label for n in supers) == [
        "Pienet yhteisöt ja erilliset toimijat (2)",
        "Yhteisö 1 (3)",
    ]
    first = next(n for n in supers if n.label.startswith("Yhteisö 1"))
    assert first.href == "/maps/community/1"
    # The rest (plain runs a3 of logistics; alone runs nothing) opens its main rocket's map.
    rest = next(n for n in supers if n.label.startswith("Pienet"))
    assert rest.href == "/maps/rocket/logistics"
    hrefs = {n.key: n.href for n in data.nodes}
    assert hrefs["logistics"] == "/maps/rocket/logistics"
    assert data.overview and not data.physics
    assert all(e.style in ("fuels", "link") for e in data.edges)


def test_png_and_svg_pictures(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title=SCRIPT)
    png = render_static(data, "png", dpi=40)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = render_static(data, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "<script" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    for value in CONTACTS.values():
        assert value not in svg
    assert render_static(data, "svg").decode("utf-8") == svg  # deterministic
    with pytest.raises(ValidationError, match="pdf"):
        render_static(data, "pdf")
