"""The map page stays fast by design (issue 13, speed): in Chromium on the demo data, each
change of the view hands vis-network one update per kind of look (rings, fading of the few
nodes it draws itself, links), never one per node, nothing when nothing changed, and is
drawn at the next frame; actors and actions are drawn by the page at their new size and
opacity in that frame, and vis-network's own sizes (where a click finds a node) follow."""

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
    page.wait_for_function(  # vis-network's sizes follow the frame drawn at the new sizes
        """() => { const m = window.graphsvcMap, b = m.network.body;
        return Object.keys(b.nodes)
          .every(id => b.nodes[id].options.size === m.sizeOf(Number(id))); }"""
    )
    resized = page.evaluate(
        """() => { const m = window.graphsvcMap, b = m.network.body;
        return [Object.keys(b.nodes).map(Number)
          .map(id => [b.nodes[id].options.size, m.sizeOf(id)]),
          m.keyActors().filter(id => b.nodes[id]).map(id => m.ringOf(id))]; }"""
    )
    assert all(drawn == wanted for drawn, wanted in resized[0]), [
        p for p in resized[0] if p[0] != p[1]
    ][:5]
    assert [s for s, _ in resized[0]] != [s for s, _ in sized]
    assert resized[1] and all(width == 6 for width in resized[1]), resized[1]


#: Pick an actor that a new measure makes larger, with no other node near it; centre the view
#: on it, then read the canvas at a point between its old and new rim before the change and
#: in the first frame drawn after it (the page draws actors at its own sizes: map-draw.js).
DRAWN_RIM = """measure => new Promise(resolve => {
  const m = window.graphsvcMap, net = m.network, ids = net.body.nodeIndices.slice();
  const data = JSON.parse(document.getElementById('graphsvc-map-data').textContent);
  const group = {}; data.nodes.forEach(n => { group[n.id] = n.group; });
  const pos = net.getPositions(ids), before = {}, after = {};
  ids.forEach(id => { before[id] = m.sizeOf(id); });
  m.applyView('measure=' + measure);  // the page's sizes are known at once
  ids.forEach(id => { after[id] = m.sizeOf(id); });
  const room = id => Math.min(...ids.filter(j => j !== id).map(j =>
    Math.hypot(pos[j].x - pos[id].x, pos[j].y - pos[id].y)
    - after[id] - Math.max(before[j], after[j])));
  const pick = ids.filter(id => group[id].indexOf('actor_') === 0 && after[id] > before[id] + 4)
    .filter(id => room(id) > 1).sort((a, b) => (after[b] - before[b]) - (after[a] - before[a]))[0];
  if (pick === undefined) {  // say what there was instead
    const grown = ids.filter(id => after[id] > before[id] + 4);
    resolve({grown: grown.length, rooms: grown.map(room).sort((a, b) => b - a).slice(0, 5)});
    return;
  }
  const r = (before[pick] + after[pick]) / 2;
  const at = `zoom=3&x=${Math.round(pos[pick].x)}&y=${Math.round(pos[pick].y)}`;
  const canvas = document.querySelector('#gs-map canvas'), ctx2d = canvas.getContext('2d');
  const ratio = window.devicePixelRatio || 1;
  function rim() {  // up and to the right of the centre: labels are drawn below nodes
    const d = r * Math.SQRT1_2, p = net.canvasToDOM({x: pos[pick].x + d, y: pos[pick].y - d});
    const x = Math.round(p.x * ratio), y = Math.round(p.y * ratio);
    return Array.from(ctx2d.getImageData(x, y, 1, 1).data.slice(0, 3));
  }
  net.once('afterDrawing', () => requestAnimationFrame(() => {
    const outside = rim();
    net.once('afterDrawing', () => resolve({ id: pick, before: outside, after: rim(),
      fill: data.options.groups[group[pick]].color.background }));
    m.applyView(at + '&measure=' + measure);
  }));
  m.applyView(at);
})"""


def _rgb(hex_colour: str) -> list[int]:
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]


def test_the_first_frame_after_a_new_measure_draws_the_new_size(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    seen = page.evaluate(DRAWN_RIM, "two_step_reach")
    assert "id" in seen, seen
    assert seen["before"] != _rgb(seen["fill"]), seen  # outside the node before the change
    assert seen["after"] == _rgb(seen["fill"]), seen  # inside it in the next frame


#: In the key-actors view, zoomed onto actor ``id``: the canvas pixel at its centre in the
#: first frame drawn, and its group's fill.
CENTRE_PIXEL = """id => new Promise(resolve => {
  const m = window.graphsvcMap, net = m.network, at = net.getPosition(id);
  const data = JSON.parse(document.getElementById('graphsvc-map-data').textContent);
  const group = data.nodes.find(n => n.id === id).group;
  const ctx2d = document.querySelector('#gs-map canvas').getContext('2d');
  net.once('afterDrawing', () => {
    const p = net.canvasToDOM(at), ratio = window.devicePixelRatio || 1;
    const x = Math.round(p.x * ratio), y = Math.round(p.y * ratio);
    resolve({ pixel: Array.from(ctx2d.getImageData(x, y, 1, 1).data.slice(0, 3)),
              fill: data.options.groups[group].color.background });
  });
  m.applyView(`view=key&zoom=4&x=${Math.round(at.x)}&y=${Math.round(at.y)}`);
})"""
#: Two actors with room around them (no other node within their size): one key actor, one not.
TWO_ACTORS = """() => {
  const m = window.graphsvcMap, net = m.network, ids = net.body.nodeIndices.slice();
  const data = JSON.parse(document.getElementById('graphsvc-map-data').textContent);
  const actor = {}; data.nodes.forEach(n => { actor[n.id] = n.group.indexOf('actor_') === 0; });
  const pos = net.getPositions(ids), key = new Set(m.keyActors());
  const alone = id => ids.every(j => j === id ||
    Math.hypot(pos[j].x - pos[id].x, pos[j].y - pos[id].y) > m.sizeOf(id) + m.sizeOf(j) + 2);
  const pick = wanted => ids.find(id => actor[id] && key.has(id) === wanted && alone(id));
  return [pick(true), pick(false)];
}"""


def test_the_key_actors_view_fades_the_others_in_the_frame_it_draws(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    key, other = page.evaluate(TWO_ACTORS)
    assert key is not None and other is not None
    shown = page.evaluate(CENTRE_PIXEL, key)
    assert shown["pixel"] == _rgb(shown["fill"]), shown  # drawn again above the veil
    faded = page.evaluate(CENTRE_PIXEL, other)
    fill = _rgb(faded["fill"])
    assert faded["pixel"] != fill and all(  # the veil of white over it
        p >= f for p, f in zip(faded["pixel"], fill, strict=True)
    ), faded
    screenshot(page, "map-key-actors-veil", full_page=False)
