"""The map page stays fast by design (issue 13, speed): in Chromium on the demo data, each
change of the view hands vis-network one update per kind of look (rings, fading, sizes),
never one per node, nothing when nothing changed, and is drawn at the next frame with the
sizes and rings it asked for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Server, open_demo_store, screenshot, serving, sign_in, wait_for_map
from .ui_data import VIEWER

pytestmark = pytest.mark.browser

#: Apply ``fragment`` and count, during the call, the update events of the node and link
#: data sets and the frames drawn; then wait for the next frame and say whether it came.
COUNTED = """fragment => new Promise(resolve => {
  const m = window.graphsvcMap, net = m.network, tally = {nodes: 0, edges: 0, drawnDuring: 0};
  const nodes = net.body.data.nodes.getDataSet(), edges = net.body.data.edges.getDataSet
    ? net.body.data.edges.getDataSet() : net.body.data.edges;
  const onNodes = () => { tally.nodes++; }, onEdges = () => { tally.edges++; };
  const onDraw = () => { tally.drawnDuring++; };
  nodes.on('update', onNodes); edges.on('update', onEdges); net.on('afterDrawing', onDraw);
  m.applyView(fragment);
  nodes.off('update', onNodes); edges.off('update', onEdges); net.off('afterDrawing', onDraw);
  const timer = setTimeout(() => { tally.drawnAfter = false; resolve(tally); }, 2000);
  net.once('afterDrawing', () => { clearTimeout(timer); tally.drawnAfter = true; resolve(tally); });
})"""


@pytest.fixture(scope="module")
def demo_maps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app serving the demo data set (about 500 nodes)."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-map-speed"))
    with serving(store) as server:
        yield server
    store.close()


@pytest.fixture
def desktop(browser: Any, demo_maps: Server) -> Iterator[Any]:
    context = browser.new_context(base_url=demo_maps.url, viewport={"width": 1366, "height": 768})
    context.set_default_timeout(30_000)
    page = context.new_page()
    sign_in(page, VIEWER)
    yield page
    context.close()


@pytest.mark.parametrize(
    "fragment",
    [
        "kind=company,education,action",
        "rocket=centre",
        "status=ongoing",
        "min=0.2",
        "view=key",
        "measure=pagerank",
        "gaps=1",
    ],
)
def test_a_change_is_one_update_per_data_set_drawn_at_the_next_frame(
    desktop: Any, fragment: str
) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    tally = page.evaluate(COUNTED, fragment)
    # One update for the rings and one for the fading at most, never one per node.
    assert tally["nodes"] <= 2 and tally["edges"] <= 1, tally
    assert tally["drawnAfter"], tally
    # The same view again changes nothing, so nothing is handed to vis-network.
    again = page.evaluate(COUNTED, fragment)
    assert again["nodes"] == 0 and again["edges"] == 0, again
    screenshot(page, f"map-speed-{fragment.split('=')[0]}", full_page=False)


def test_a_new_measure_resizes_and_keeps_the_rings(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    page.evaluate(COUNTED, "view=key")
    sized = page.evaluate(
        """() => { const m = window.graphsvcMap, b = m.network.body;
        return Object.keys(b.nodes).map(Number)
          .map(id => [b.nodes[id].options.size, m.sizeOf(id)]); }"""
    )
    page.evaluate(COUNTED, "view=key&measure=pagerank")
    resized = page.evaluate(
        """() => { const m = window.graphsvcMap, b = m.network.body;
        return [Object.keys(b.nodes).map(Number)
          .map(id => [b.nodes[id].options.size, m.sizeOf(id)]),
          m.keyActors().filter(id => b.nodes[id]).map(id => b.nodes[id].options.borderWidth)]; }"""
    )
    assert all(drawn == wanted for drawn, wanted in resized[0]), [
        p for p in resized[0] if p[0] != p[1]
    ][:5]
    assert [s for s, _ in resized[0]] != [s for s, _ in sized]
    assert resized[1] and all(width == 6 for width in resized[1]), resized[1]
