"""The pyvis Network of a map: filled in bulk, rendered through the escaping template."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium_browser import launched_chromium
from pyvis.network import Network

from graphsvc.records import Snapshot
from graphsvc.render import MapFindings, build_map_data, pyvis_network
from graphsvc.render.findings import Highlight, Introduction, NodeFinding
from graphsvc.render.page import asset

from .hostile import CLOSE, HOSTILE, HREF, IMG, SCRIPT
from .watch import open_watched


def hostile_network(snapshot: Snapshot) -> tuple[Network, int]:
    findings = MapFindings(
        introductions=(Introduction("far", "plain", 1.0, HREF),),
        nodes=(NodeFinding("Actor", "evil", Highlight.SINGLE_POINT, IMG),),
    )
    data = build_map_data(snapshot, title=SCRIPT, findings=findings)
    evil = next(n.id for n in data.nodes if n.key == "evil")
    return pyvis_network(data), evil


def test_network_holds_every_node_and_edge(hostile_snapshot: Snapshot) -> None:
    data = build_map_data(hostile_snapshot, title="t")
    net = pyvis_network(data)
    assert isinstance(net, Network)
    assert [n["id"] for n in net.nodes] == [n.id for n in data.nodes] == net.node_ids
    assert len(net.edges) == len(data.edges)
    assert net.get_node(net.node_ids[0])["label"] == data.nodes[0].label
    net.add_edge(net.node_ids[0], net.node_ids[1])  # pyvis's own API still works
    assert len(net.edges) == len(data.edges) + 1


def test_html_carries_no_raw_user_text(hostile_snapshot: Snapshot) -> None:
    html = hostile_network(hostile_snapshot)[0].generate_html()
    inlined = asset("vis-network.min.js").count("<script>")
    assert html.count("<script>") == 2 + inlined  # vis-network and the page script, no more
    for text in (*HOSTILE, CLOSE):
        assert text not in html
    assert "maija" not in html.lower()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with launched_chromium() as launched:
        yield launched


@pytest.mark.browser
def test_pyvis_page_draws_without_running_any_name(
    browser: object, hostile_snapshot: Snapshot, tmp_path: Path
) -> None:
    net, evil = hostile_network(hostile_snapshot)
    path = tmp_path / "pyvis.html"
    net.write_html(str(path))
    watched = open_watched(browser, path, "window.graphsvcPyvis && window.graphsvcPyvis.ready")
    page = watched.page

    assert page.locator("#gs-pyvis canvas").count() == 1
    assert page.locator("h1").inner_text() == SCRIPT
    nodes = page.evaluate("window.graphsvcPyvis.network.body.data.nodes.length")
    assert nodes == len(net.nodes)
    tip = page.evaluate(
        """id => { const t = window.graphsvcPyvis.network.body.nodes[id].options.title;
                   return [t instanceof HTMLElement, t.textContent,
                           t.querySelectorAll('script, img, a').length]; }""",
        evil,
    )
    assert tip[0] is True and SCRIPT in tip[1] and IMG in tip[1] and tip[2] == 0
    page.mouse.move(640, 400)
    page.wait_for_timeout(300)
    page.close()
    assert watched.dialogs == []
    assert watched.problems == []  # no script error
    assert all(u.startswith("file://") for u in watched.requests)
