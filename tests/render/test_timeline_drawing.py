"""In headless Chromium, at desktop and phone size: what the page itself draws on a timeline
map (its links, and only the nodes of the year shown), read from the canvas, and what the
pointer finds there (no tooltip or profile of a node off the map; a link's tooltip as text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_browser import launched_chromium

from graphsvc.services.maps import write_map
from graphsvc.stores.base import GraphStore

from .hostile import SCRIPT
from .watch import Watched, open_watched

pytestmark = pytest.mark.browser

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}

#: Show ``view`` (a fragment, zoomed in on the canvas point halfway between the nodes of
#: ``keys``) and, in the first frame drawn after it, read the canvas pixel there: once the
#: frame is drawn (``when`` "frame"), or once the page has drawn the links, before the nodes
#: and labels come on top ("links"). Also the fill of the first node's group, the colour of
#: the link between the two, and where that point is in the page. The canvas is transparent
#: over the page's white: the pixel is given as seen, on white.
PIXEL_AT = """([keys, view, when]) => new Promise(resolve => {
  const m = window.graphsvcMap, net = m.network;
  const data = JSON.parse(document.getElementById('graphsvc-map-data').textContent);
  const ids = keys.map(k => data.nodes.find(n => n.k === k).id);
  const middle = () => { const at = net.getPositions(ids);
    return { x: ids.reduce((s, id) => s + at[id].x, 0) / ids.length,
             y: ids.reduce((s, id) => s + at[id].y, 0) / ids.length }; };
  const {x, y} = middle();
  const linkColour = ([a, b]) => { const e = data.edges.find(e => e.from === a && e.to === b);
    return e ? data.edgeStyles[e.s].color.color : null; };
  const groupFill = id =>
    data.options.groups[data.nodes.find(n => n.id === id).group].color.background;
  const canvas = document.querySelector('#gs-map canvas'), ctx2d = canvas.getContext('2d');
  net.once(when === 'links' ? 'beforeDrawing' : 'afterDrawing', () => {
    const p = net.canvasToDOM(middle()), ratio = window.devicePixelRatio || 1;
    const box = canvas.getBoundingClientRect();
    const px = Math.round(p.x * ratio), py = Math.round(p.y * ratio);
    const [r, g, b, a] = ctx2d.getImageData(px, py, 1, 1).data;
    const over = c => Math.round((c * a + 255 * (255 - a)) / 255);  // on the page's white
    resolve({ pixel: [over(r), over(g), over(b)],
              page: [box.left + p.x, box.top + p.y],
              fill: groupFill(ids[0]),
              link: linkColour(ids), faded: data.timeline.faded });
  });
  m.applyView(`${view}&zoom=3&x=${Math.round(x)}&y=${Math.round(y)}`);
})"""
WHITE = [255, 255, 255]
#: The texts of the tooltips shown now (vis-network's of nodes, the page's of links).
TIPS_SHOWN = """() => [...document.querySelectorAll('div.vis-tooltip')]
  .filter(t => t.offsetParent !== null && getComputedStyle(t).visibility === 'visible')
  .map(t => t.textContent)"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium() as launched:
        yield launched


@pytest.fixture(params=sorted(SIZES))
def timeline(
    request: pytest.FixtureRequest, browser: Any, history_store: GraphStore, tmp_path: Path
) -> Iterator[Watched]:
    """The gaps timeline of 2022–2024 (its introduction's reason names ``SCRIPT``), open."""
    path = tmp_path / "timeline.html"
    write_map(history_store, path, from_year=2022, to_year=2024, gaps=True)
    watched = open_watched(
        browser, path, "window.graphsvcMap && window.graphsvcMap.ready", SIZES[request.param]
    )
    # Physics off (a small map starts with it): the nodes stay where the pixels are read.
    watched.page.evaluate("window.graphsvcMap.network.setOptions({physics: {enabled: false}})")
    yield watched
    watched.page.close()
    assert watched.dialogs == [] and watched.problems == []


def _rgb(hex_colour: str) -> list[int]:
    return [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]


def _faded(colour: list[int], opacity: float) -> list[int]:
    return [round(c * opacity + 255 * (1 - opacity)) for c in colour]


def test_the_page_draws_the_links_and_only_the_nodes_of_the_year_shown(
    timeline: Watched,
) -> None:
    page = timeline.page
    kept = page.evaluate(PIXEL_AT, [["alpha", "x"], "year=2024", "links"])
    assert kept["pixel"] == _rgb(kept["link"]), kept
    ended = page.evaluate(PIXEL_AT, [["evil", "x"], "year=2024", "links"])
    faded = _faded(_rgb(ended["link"]), ended["faded"])
    assert all(abs(p - f) <= 3 for p, f in zip(ended["pixel"], faded, strict=True)), ended
    began = page.evaluate(PIXEL_AT, [["z"], "year=2024", "frame"])
    assert began["pixel"] == _rgb(began["fill"]), began
    gone = page.evaluate(PIXEL_AT, [["z"], "year=2023", "frame"])
    assert gone["pixel"] == WHITE, gone  # z begins in 2024: nothing of it in 2023
    gone_link = page.evaluate(PIXEL_AT, [["delta", "z"], "year=2023", "links"])
    assert gone_link["pixel"] == WHITE, gone_link


def test_a_node_off_the_map_is_not_found_and_a_link_tooltip_is_text(timeline: Watched) -> None:
    page = timeline.page
    # In 2023, z is off the map: the pointer on where it stands finds nothing.
    where = page.evaluate(PIXEL_AT, [["z"], "year=2023", "frame"])["page"]
    page.mouse.move(*where)
    page.wait_for_timeout(600)  # vis-network's tooltip delay is 120 ms
    assert page.evaluate(TIPS_SHOWN) == []
    page.mouse.click(*where)
    assert page.evaluate("window.graphsvcMap.network.getSelectedNodes()") == []
    assert not page.locator("#gs-profile-name").is_visible()
    # In 2024 it is there, with its tooltip.
    where = page.evaluate(PIXEL_AT, [["z"], "year=2024", "frame"])["page"]
    page.mouse.move(where[0] + 1, where[1] + 1)
    page.wait_for_function(f"() => ({TIPS_SHOWN})().some(t => t.startsWith('Zeta'))")
    # The introduction (drawn by the page): its reason, as text, where the pointer rests on it.
    where = page.evaluate(PIXEL_AT, [["delta", "evil"], "year=2024&gaps=1", "links"])["page"]
    page.mouse.move(where[0] - 1, where[1])
    page.mouse.move(*where)
    shown = page.locator("div.vis-tooltip[data-link]")
    shown.wait_for(state="visible", timeout=5000)
    assert SCRIPT in shown.inner_text()
    assert shown.locator("script, img").count() == 0
