"""In headless Chromium, at desktop and phone size: the year slider of a timeline map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_browser import launched_chromium
from playwright.sync_api import expect

from graphsvc.services.maps import write_map
from graphsvc.stores.base import GraphStore

from .hostile import SCRIPT
from .watch import open_watched

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
#: What the page draws now: the year shown, and each node and link on the map (by keys) as
#: began (haloed), ended (faded) or kept.
DRAWN = """() => {
  const m = window.graphsvcMap;
  const data = JSON.parse(document.getElementById('graphsvc-map-data').textContent);
  const key = {};
  data.nodes.forEach(n => { key[n.id] = n.k; });
  const look = (halo, opacity) => halo ? 'began' : (opacity < 1 ? 'ended' : 'kept');
  const nodes = {}, edges = {};
  m.shownIds().forEach(id => { nodes[key[id]] = look(m.haloOf(id), m.opacityOf(id)); });
  m.links().forEach(l => { edges[key[l.from] + '>' + key[l.to]] = look(l.halo, l.opacity); });
  return { year: document.getElementById('gs-year-shown').textContent, nodes, edges };
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium() as launched:
        yield launched


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_year_slider_shows_each_year_with_what_began_and_ended(
    browser: Any, history_store: GraphStore, tmp_path: Path, size: str
) -> None:
    path = tmp_path / "timeline.html"
    write_map(history_store, path, from_year=2022, to_year=2024)
    watched = open_watched(
        browser, path, "window.graphsvcMap && window.graphsvcMap.ready", SIZES[size]
    )
    page = watched.page
    slider = page.get_by_label("Vuosi")
    expect(slider).to_be_visible()
    box = slider.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= SIZES[size]["width"]

    # The last year first: z began (haloed), evil's run of x ended (faded), gamma is gone.
    drawn = page.evaluate(DRAWN)
    assert drawn["year"] == "2024"
    assert drawn["nodes"]["z"] == "began" and drawn["nodes"]["alpha"] == "kept"
    assert "gamma" not in drawn["nodes"]
    assert drawn["edges"]["delta>z"] == "began" and drawn["edges"]["evil>x"] == "ended"
    if size == "phone":  # the legend is in the drawer, closed at first
        assert not page.locator("#gs-began-count").is_visible()
        page.get_by_role("button", name="Suodattimet ja tiedot").click()
    assert page.locator("#gs-began-count").inner_text() == "1"

    slider.focus()
    page.keyboard.press("ArrowLeft")
    drawn = page.evaluate(DRAWN)
    assert drawn["year"] == "2023" and slider.get_attribute("aria-valuetext") == "2023"
    assert drawn["nodes"]["gamma"] == "ended" and drawn["nodes"]["delta"] == "began"
    assert "z" not in drawn["nodes"] and "delta>z" not in drawn["edges"]
    assert drawn["edges"]["gamma>y"] == "ended" and drawn["edges"]["alpha>evil"] == "began"
    assert drawn["edges"]["evil>x"] == "kept"
    assert page.locator("#gs-ended-count").inner_text() == "1"

    page.keyboard.press("ArrowLeft")
    drawn = page.evaluate(DRAWN)
    assert drawn["year"] == "2022" and "delta" not in drawn["nodes"]
    assert set(drawn["nodes"].values()) == {"kept"}  # nothing before the first year to compare
    assert drawn["nodes"]["gamma"] == "kept"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"map-timeline-{size}.png"))

    # Play steps a year on; pause stops it there.
    page.get_by_role("button", name="Toista vuodet").click()
    pause = page.get_by_role("button", name="Tauko")
    expect(pause).to_be_visible()
    expect(page.locator("#gs-year-shown")).to_have_text("2023", timeout=5000)
    pause.click()
    expect(page.get_by_role("button", name="Toista vuodet")).to_be_visible()
    page.wait_for_timeout(2000)
    assert page.evaluate(DRAWN)["year"] == "2023"

    # The hostile name is text in its tooltip, and nothing ran.
    tip = page.evaluate(
        """() => { const net = window.graphsvcMap.network;
                   const data = JSON.parse(
                       document.getElementById('graphsvc-map-data').textContent);
                   const evil = data.nodes.find(n => n.k === 'evil');
                   const t = net.body.nodes[evil.id].options.title;
                   return [t.textContent, t.querySelectorAll('script, img').length]; }"""
    )
    assert SCRIPT in tip[0] and tip[1] == 0
    assert page.locator("img").count() == 0
    page.close()
    assert watched.dialogs == []
    assert watched.problems == []  # no script error, no CSP violation
    assert all(u.startswith("file://") for u in watched.requests)
