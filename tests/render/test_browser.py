"""In headless Chromium: hostile names never run, the network is drawn, menus work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium_browser import launched_chromium

from graphsvc.records import Snapshot
from graphsvc.render import MapFindings, build_map_data, render_page
from graphsvc.render.findings import Highlight, Introduction, NodeFinding
from graphsvc.services.maps import write_map
from graphsvc.stores.base import GraphStore

from .hostile import IMG, SCRIPT
from .watch import open_watched

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
#: A function, not a bare expression: the map's CSP refuses the eval Playwright polls with.
MAP_READY = "() => window.graphsvcMap && window.graphsvcMap.ready"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with launched_chromium() as launched:
        yield launched


def test_hostile_map_draws_without_running_any_name(
    browser: object, hostile_snapshot: Snapshot, tmp_path: Path
) -> None:
    findings = MapFindings(
        introductions=(Introduction("far", "plain", 1.0, SCRIPT),),
        nodes=(NodeFinding("Actor", "evil", Highlight.SINGLE_POINT, IMG),),
    )
    data = build_map_data(hostile_snapshot, title=SCRIPT, findings=findings)
    path = tmp_path / "hostile.html"
    path.write_text(render_page(data), encoding="utf-8")

    watched = open_watched(browser, path, "window.graphsvcMap && window.graphsvcMap.ready")
    page, dialogs, problems, requests = (
        watched.page,
        watched.dialogs,
        watched.problems,
        watched.requests,
    )

    assert page.locator("#gs-map canvas").count() == 1
    assert page.evaluate("window.graphsvcMap.network.body.data.nodes.length") == len(data.nodes)
    assert page.evaluate("window.graphsvcMap.network.body.data.edges.length") == len(data.edges)
    # The recommended introduction is drawn dashed, the other edges solid.
    dashed = page.evaluate(
        """() => Object.values(window.graphsvcMap.network.body.edges)
                   .filter(e => e.options.dashes).map(e => [e.fromId, e.toId])"""
    )
    keys = {n.id: n.key for n in data.nodes}
    assert [{keys[a], keys[b]} for a, b in dashed] == [{"far", "plain"}]
    # Tooltips are elements whose text is the name: no element was parsed from it.
    evil = next(n.id for n in data.nodes if n.key == "evil")
    tip = page.evaluate(
        """id => { const t = window.graphsvcMap.network.body.nodes[id].options.title;
                   return [t instanceof HTMLElement, t.textContent,
                           t.querySelectorAll('script, img, a').length]; }""",
        evil,
    )
    assert tip[0] is True and SCRIPT in tip[1] and IMG in tip[1] and tip[2] == 0
    # The search menu lists matches as text.
    page.fill("#gs-search", "alert(1)")
    assert page.locator("#gs-results button").count() >= 2
    assert page.locator("#gs-results img, #gs-results script").count() == 0
    # The filter menu hides a group.
    before = page.evaluate("window.graphsvcMap.network.body.nodeIndices.length")
    page.uncheck("input.gs-group[value='action']")
    after = page.evaluate("window.graphsvcMap.network.body.nodeIndices.length")
    assert after == before - 3
    page.check("input.gs-group[value='action']")
    page.select_option("#gs-rocket", label="Logistinen keskus")
    assert page.evaluate("window.graphsvcMap.network.body.nodeIndices.length") < before
    page.select_option("#gs-rocket", value="")
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-hostile.png"))
    page.close()

    assert dialogs == []
    assert problems == []  # no script error, no CSP violation
    assert all(u.startswith("file://") for u in requests)


def test_overview_drills_down_to_a_rocket_map(
    browser: object, hostile_store: GraphStore, tmp_path: Path
) -> None:
    write_map(hostile_store, tmp_path / "overview.html", overview=True, gaps=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((tmp_path / "overview.html").as_uri())
    page.wait_for_function(MAP_READY, timeout=20_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-overview.png"))
    # Click the logistics rocket where vis-network drew it.
    x, y = page.evaluate(
        """() => { const net = window.graphsvcMap.network, data = JSON.parse(
                       document.getElementById("graphsvc-map-data").textContent);
                   const id = data.nodes.find(n => n.label === "Logistinen keskus").id;
                   const p = net.canvasToDOM(net.getPosition(id));
                   const box = document.getElementById("gs-map").getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }"""
    )
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.url.endswith("/rocket-logistics.html")
    page.wait_for_function(MAP_READY, timeout=20_000)
    assert "Logistinen keskus" in page.title()
    page.screenshot(path=str(ARTIFACTS / "map-rocket.png"))
    page.close()
    assert dialogs == []
