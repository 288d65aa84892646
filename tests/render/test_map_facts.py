"""What the page gets to size, filter and link by: measures, cut points, status, focus, links."""

from __future__ import annotations

import json
import re
from pathlib import Path

from graphsvc.records import Snapshot
from graphsvc.render import MapFindings, build_map_data
from graphsvc.render.mapdata import page_json
from graphsvc.render.nodefacts import PAGE_MEASURES
from graphsvc.services.maps import UI_LINKS, build_map, map_data, write_map
from graphsvc.stores.base import GraphStore

DATA = re.compile(r'<script type="application/json" id="graphsvc-map-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict:
    match = DATA.search(html)
    assert match
    return dict(json.loads(match.group(1)))


def test_every_node_carries_the_page_measures(hostile_snapshot: Snapshot) -> None:
    findings = MapFindings(measures={"betweenness": {"img": 0.5, "evil": 0.25}})
    data = build_map_data(hostile_snapshot, title="t", findings=findings)
    assert data.measures == list(PAGE_MEASURES) and data.measure_shown == "degree"
    by_key = {n.key: n for n in data.nodes}
    assert by_key["img"].measures == [2, 0.5, None, None]  # runs a1 and a2
    assert by_key["a1"].measures == [3, None, None, None]  # two runners and its rocket
    assert by_key["a1"].status == "ongoing" and by_key["img"].status is None
    # img joins a1 to a2, evil joins plain (and a3) to a1: both cut the graph; far does not.
    assert {n.key for n in data.nodes if n.cut_point} == {"img", "evil", "plain"}
    record = next(r for r in page_json(data)["nodes"] if r["k"] == "img")
    assert record["m"] == [2, 0.5, None, None] and record["cut"] == 1


def test_a_file_links_nowhere_a_served_page_into_the_ui(
    hostile_store: GraphStore, tmp_path: Path
) -> None:
    path = tmp_path / "focus.html"
    write_map(hostile_store, path, focus="img", depth=2)
    written = path.read_text(encoding="utf-8")
    data = page_data(written)
    assert data["links"] == {} and 'class="gs-nav"' not in written
    focal = data["nodes"][data["focus"]]
    assert focal["k"] == "img" and focal["group"] == "actor_education"
    served = build_map(hostile_store, focus="img", depth=2, ui_links=True, gaps_link="/g?gaps=1")
    assert page_data(served)["links"] == {**UI_LINKS, "gaps": "/g?gaps=1"}
    assert '<a href="/actors/img">' in served and '<a href="/">' in served
    assert 'href="/g?gaps=1"' in served


def test_the_sized_by_measure_is_offered_and_shown(hostile_store: GraphStore) -> None:
    data = map_data(hostile_store, size_by="closeness")
    assert data.measures == [*PAGE_MEASURES, "closeness"] and data.measure_shown == "closeness"
    html = build_map(hostile_store, size_by="betweenness", lang="en")
    assert '<option value="two_step_reach">two-step reach</option>' in html
    assert page_data(html)["measureShown"] == "betweenness"
