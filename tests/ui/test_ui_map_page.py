"""The map page as a person uses it, served by the UI on the demo data, in Chromium at
1366×768 and 390×844: readable labels, click to profile, filters in the URL, the phone
drawer, exports and the map as text, each checked on what the page shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from .conftest import Server, open_demo_store, screenshot, serving, sign_in, wait_for_map
from .ui_data import VIEWER

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
#: The DOM position (in the page) of node ``id`` as vis-network drew it.
WHERE = """id => { const net = window.graphsvcMap.network;
  const p = net.canvasToDOM(net.getPosition(id));
  const box = document.getElementById('gs-map').getBoundingClientRect();
  return [box.left + p.x, box.top + p.y]; }"""
#: Centre the map on node ``id`` zoomed in (so no other node covers it), and return WHERE.
CLOSE_UP = """id => { const net = window.graphsvcMap.network;
  net.moveTo({position: net.getPosition(id), scale: 2.5, animation: false});
  net.redraw();
  const p = net.canvasToDOM(net.getPosition(id));
  const box = document.getElementById('gs-map').getBoundingClientRect();
  return [box.left + p.x, box.top + p.y]; }"""
#: The page data's nodes, as {key, id, group, label}.
NODES = """() => JSON.parse(document.getElementById('graphsvc-map-data').textContent)
  .nodes.map(n => ({k: n.k, id: n.id, group: n.group, label: n.label, m: n.m || null}))"""


@pytest.fixture(scope="module")
def demo_maps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app serving the demo data set (about 500 nodes) and the two test users."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-map-page"))
    with serving(store) as server:
        yield server
    store.close()


def opened(browser: Any, server: Server, size: dict[str, int], **options: Any) -> Any:
    """A signed-in page at ``size`` (its context is closed with it)."""
    context = browser.new_context(base_url=server.url, viewport=size, **options)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    sign_in(page, VIEWER)
    return page


@pytest.fixture
def desktop(browser: Any, demo_maps: Server) -> Iterator[Any]:
    page = opened(browser, demo_maps, DESKTOP, accept_downloads=True)
    yield page
    assert page.problems == []
    page.context.close()


@pytest.fixture
def phone(browser: Any, demo_maps: Server) -> Iterator[Any]:
    page = opened(browser, demo_maps, PHONE, has_touch=True, is_mobile=True)
    yield page
    assert page.problems == []
    page.context.close()


def clickable(page: Any, candidates: list[dict[str, Any]]) -> dict[str, Any]:
    """The first of ``candidates`` that a click at its centre, zoomed in, reaches (not
    covered by a node drawn over it)."""
    for node in candidates:
        x, y = page.evaluate(CLOSE_UP, node["id"])
        hit = page.evaluate(
            """([x, y]) => {
                const box = document.getElementById('gs-map').getBoundingClientRect();
                const at = {x: x - box.left, y: y - box.top};
                return window.graphsvcMap.network.getNodeAt(at); }""",
            [x, y],
        )
        if hit == node["id"]:
            return node
    raise AssertionError("every candidate is covered by another node")


def overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for a, b in combinations(boxes, 2)
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]


def zoom_to(page: Any, scale: float) -> list[dict[str, Any]]:
    """Zoom the map to ``scale`` around its centre, draw, and return the label boxes."""
    page.evaluate(
        """s => { const net = window.graphsvcMap.network;
                  net.moveTo({position: {x: 0, y: 0}, scale: s, animation: false});
                  net.redraw(); }""",
        scale,
    )
    page.wait_for_timeout(150)
    return list(page.evaluate("window.graphsvcMap.labelBoxes()"))


def no_sideways_scroll(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def test_labels_never_overlap_and_more_appear_as_one_zooms_in(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    fit = page.evaluate("window.graphsvcMap.network.getScale()")
    shown = page.evaluate("window.graphsvcMap.network.body.nodeIndices.length")
    counts = []
    for factor in (1, 2, 4, 8):
        boxes = zoom_to(page, fit * factor)
        assert boxes, f"no label at {factor}× the overview zoom"
        assert overlapping(boxes) == [], f"labels overlap at {factor}×"
        inside = page.locator("#gs-map").bounding_box()["width"]  # boxes are map-relative
        assert all(b["x"] >= 0 and b["x"] + b["w"] <= inside for b in boxes)  # none cut off
        counts.append(len(boxes))
        if factor == 1:
            assert len(boxes) < shown / 2  # only some labels at the overview
            names = {b["text"] for b in boxes}
            assert {"Logistinen keskus", "Elävä keskusta"} <= names  # the landmarks first
            screenshot(page, "map-page-labels-overview", full_page=False)
    assert counts[1] > counts[0]  # zooming in shows more labels
    # Drawn labels are the largest nodes: the labelled actors at the overview are, on
    # average, larger than the actors left unlabelled.
    zoom_to(page, fit)
    sizes = page.evaluate(
        """() => { const m = window.graphsvcMap, on = new Set(m.labelBoxes().map(b => b.id));
                   const data = JSON.parse(
                       document.getElementById('graphsvc-map-data').textContent);
                   const actors = data.nodes.filter(n => n.group.startsWith('actor_'));
                   const avg = l => l.reduce((s, n) => s + m.sizeOf(n.id), 0)
                                    / Math.max(l.length, 1);
                   return [avg(actors.filter(n => on.has(n.id))),
                           avg(actors.filter(n => !on.has(n.id)))]; }"""
    )
    assert sizes[0] > sizes[1]


def test_tooltip_uses_the_page_font_and_size_follows_the_measure(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    nodes = page.evaluate(NODES)
    actors = [n for n in nodes if n["group"].startswith("actor_") and n["m"]]
    broker = clickable(page, sorted(actors, key=lambda n: -(n["m"][1] or 0)))
    x, y = page.evaluate(CLOSE_UP, broker["id"])
    page.mouse.move(x, y)
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible")
    fonts = page.evaluate(
        "() => [getComputedStyle(document.querySelector('div.vis-tooltip')).fontFamily,"
        " getComputedStyle(document.body).fontFamily]"
    )
    assert fonts[0] == fonts[1]
    assert tip.inner_text().startswith(broker["label"].rstrip("…"))
    # Hovering fades every node but the one hovered and its neighbours.
    faded = page.evaluate(
        """id => { const m = window.graphsvcMap, net = m.network;
                   const near = new Set([id, ...net.getConnectedNodes(id)]);
                   const ids = net.body.nodeIndices;
                   return [ids.filter(i => near.has(i)).every(i => m.opacityOf(i) === 1),
                           ids.filter(i => !near.has(i)).every(i => m.opacityOf(i) < 0.5)]; }""",
        broker["id"],
    )
    assert faded == [True, True]
    page.mouse.move(2, 2)
    page.get_by_label("Solmun koko").select_option(label="välittäjyys")
    assert "measure=betweenness" in page.url
    by_betweenness = page.evaluate("id => window.graphsvcMap.sizeOf(id)", broker["id"])
    top = max(actors, key=lambda n: n["m"][1] or 0)
    assert page.evaluate("id => window.graphsvcMap.sizeOf(id)", top["id"]) == 25  # the largest
    assert by_betweenness > 5
    page.get_by_label("Solmun koko").select_option(label="yhteyksien määrä")
    assert "measure=" not in page.url  # the default is left out of the fragment


def test_a_click_opens_the_profile_with_links_and_focus(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    nodes = page.evaluate(NODES)
    actors = [n for n in nodes if n["group"].startswith("actor_") and n["m"]]
    actor = clickable(page, sorted(actors, key=lambda n: -n["m"][0]))
    x, y = page.evaluate(CLOSE_UP, actor["id"])
    page.mouse.click(x, y)
    profile = page.locator("#gs-profile")
    profile.wait_for(state="visible")
    assert page.locator("#gs-profile-name").inner_text() == page.evaluate(
        "id => JSON.parse(document.getElementById('graphsvc-map-data').textContent)"
        ".nodes.find(n => n.id === id).t[0]",
        actor["id"],
    )
    text = profile.inner_text()
    assert "Toimenpiteet" in text and "Mittarit" in text and "välittäjyys" in text
    assert "@" not in text  # no contact data
    link = profile.get_by_role("link", name="Avaa sivu sovelluksessa")
    assert link.get_attribute("href") == f"/actors/{actor['k']}"
    profile.get_by_role("button", name="Kohdista tähän").click()
    assert f"focus={actor['k']}" in page.url
    far = page.evaluate(
        """key => { const m = window.graphsvcMap;
                    const data = JSON.parse(
                        document.getElementById('graphsvc-map-data').textContent);
                    return data.nodes.filter(n => m.opacityOf(n.id) < 0.5).length; }""",
        actor["k"],
    )
    assert far > 0  # nodes beyond the neighbourhood are faded
    screenshot(page, "map-page-profile-focus", full_page=False)
    page.get_by_role("button", name="Näytä koko kartta").click()
    assert "focus=" not in page.url
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"/actors/{actor['k']}")


def test_the_focal_actor_is_marked_centred_and_linked(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    nodes = page.evaluate(NODES)
    key = next(n["k"] for n in nodes if n["group"] == "actor_education")
    page.goto(f"/maps/actor/{key}?depth=2")
    wait_for_map(page)
    focal = page.evaluate(
        "JSON.parse(document.getElementById('graphsvc-map-data').textContent).focus"
    )
    assert page.evaluate(f"window.graphsvcMap.ringOf({focal})") == 7
    x, y = page.evaluate(WHERE, focal)
    box = page.locator("#gs-map").bounding_box()
    assert (
        abs(x - (box["x"] + box["width"] / 2)) < 5 and abs(y - (box["y"] + box["height"] / 2)) < 5
    )
    assert any(b["id"] == focal for b in page.evaluate("window.graphsvcMap.labelBoxes()"))
    nav = page.get_by_role("navigation", name="Sovellus")
    assert nav.get_by_role("link", name="Etusivu").get_attribute("href") == "/"
    assert nav.get_by_role("link", name="Toimijan sivu").get_attribute("href") == f"/actors/{key}"
    assert page.locator("#gs-profile").is_visible()  # the focal actor's profile is open
    screenshot(page, "map-page-focus-actor", full_page=False)


def test_the_fragment_restores_the_view_and_reports_changes(desktop: Any) -> None:
    page = desktop
    fragment = "kind=company,education&measure=pagerank&view=key&zoom=1.5&x=10&y=-20"
    page.goto(f"/maps/network#{fragment}")
    wait_for_map(page)
    assert page.evaluate("window.graphsvcMap.viewState()") == fragment
    groups = page.evaluate(
        """() => { const net = window.graphsvcMap.network;
                   const shown = net.body.nodeIndices.map(id => net.body.nodes[id].options.group);
                   return [...new Set(shown)]; }"""
    )
    assert sorted(groups) == ["actor_company", "actor_education"]
    assert page.get_by_label("Solmun koko").input_value() == "pagerank"
    assert page.get_by_label("Korosta").input_value() == "key"
    assert page.evaluate("window.graphsvcMap.network.getScale()") == pytest.approx(1.5)
    assert page.evaluate("window.graphsvcMap.keyActors().length") > 0
    page.evaluate(
        """() => { window.seen = [];
                   document.addEventListener('graphsvc:viewchange',
                                             e => window.seen.push(e.detail)); }"""
    )
    page.get_by_label("Toimenpiteen tila").select_option("ongoing")
    seen = page.evaluate("window.seen")
    assert seen and "status=ongoing" in seen[-1] and page.url.endswith("#" + seen[-1])
    page.evaluate("window.graphsvcMap.applyView('rocket=centre')")
    assert page.get_by_label("Raketit").input_value() == "centre"
    shown = page.evaluate("window.graphsvcMap.network.body.nodeIndices.length")
    page.evaluate("window.graphsvcMap.applyView('')")
    assert page.evaluate("window.graphsvcMap.network.body.nodeIndices.length") > shown
    assert "#" not in page.url
    page.get_by_label("Vähintään").evaluate(
        "r => { r.value = '0.5'; r.dispatchEvent(new Event('input', {bubbles: true})); }"
    )
    assert "min=0.5" in page.url
    assert no_sideways_scroll(page)


def test_gaps_overlay_toggles_and_the_map_as_text(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    gaps = page.get_by_role("link", name="Avaa kartta aukkoineen")
    page.get_by_label("Solmun koko").select_option("pagerank")
    assert gaps.get_attribute("href").endswith("gaps=1#measure=pagerank")
    page.goto("/maps/network?gaps=1")
    wait_for_map(page)
    box = page.get_by_label("Näytä aukot ja suositellut esittelyt")
    assert box.is_checked()
    dashed = """() => { const body = window.graphsvcMap.network.body;
                         const dashes = id => {
                             const o = body.edges[id].options;
                             return o.dashes && !o.hidden; };
                         return body.edgeIndices.filter(dashes).length; }"""
    assert page.evaluate(dashed) > 0
    box.uncheck()
    assert page.evaluate(dashed) == 0 and "gaps=0" in page.url
    box.check()
    summary = page.locator("#gs-text summary")
    summary.focus()
    page.keyboard.press("Enter")
    nodes = page.locator("#gs-text-nodes button")
    nodes.first.wait_for()  # filled when the details open
    assert nodes.count() > 10
    assert re.match(
        r"^\d[\d\u00a0 ]* / \d[\d\u00a0 ]* solmua näkyvissä",
        page.locator("#gs-text-count").inner_text(),
    )
    findings = page.locator("#gs-text-findings button")
    assert findings.count() > 0
    findings.first.focus()
    page.keyboard.press("Enter")
    assert page.locator("#gs-profile").is_visible()


def test_pictures_of_the_view_with_the_legend(desktop: Any, tmp_path: Path) -> None:
    page = desktop
    page.goto("/maps/network")
    wait_for_map(page)
    with page.expect_download() as got:
        page.get_by_role("button", name="Lataa PNG").click()
    png = tmp_path / "map.png"
    got.value.save_as(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    with page.expect_download() as got:
        page.get_by_role("button", name="Lataa SVG").click()
    assert got.value.suggested_filename == "verkostokartta.svg"
    svg = tmp_path / "map.svg"
    got.value.save_as(svg)
    picture = svg.read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "Yritys (" in picture and "Solmun koko" in picture
    labels = page.evaluate("window.graphsvcMap.labelBoxes().map(b => b.text)")
    assert all(f">{name}</text>" in picture for name in labels[:5] if "&" not in name)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_the_map_page_passes_axe(browser: Any, demo_maps: Server, size: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = opened(browser, demo_maps, DESKTOP if size == "desktop" else PHONE)
    page.goto("/maps/network?gaps=1")
    wait_for_map(page)
    if size == "desktop":
        page.locator("#gs-text summary").click()
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
    assert no_sideways_scroll(page)
    page.context.close()


def test_on_a_phone_the_panel_is_a_drawer_and_a_tap_opens_the_profile(phone: Any) -> None:
    page = phone
    page.goto("/maps/network")
    wait_for_map(page)
    panel = page.locator("#gs-panel")
    assert not panel.is_visible() or panel.bounding_box()["x"] + panel.bounding_box()["width"] <= 0
    canvas = page.locator("#gs-map").bounding_box()
    assert canvas["width"] >= PHONE["width"] - 2 and canvas["height"] >= 0.6 * PHONE["height"]
    assert no_sideways_scroll(page)
    screenshot(page, "map-page-phone", full_page=False)
    toggle = page.get_by_role("button", name="Suodattimet ja tiedot")
    assert toggle.get_attribute("aria-expanded") == "false"
    nodes = page.evaluate(NODES)
    rocket = next(n for n in nodes if n["group"] == "rocket")
    x, y = page.evaluate(WHERE, rocket["id"])
    page.tap("#gs-map", position={"x": x - canvas["x"], "y": y - canvas["y"]})
    page.locator("#gs-profile").wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#gs-profile-name").inner_text() == rocket["label"]
    page.wait_for_timeout(400)  # the drawer slides in
    box = panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    screenshot(page, "map-page-phone-profile", full_page=False)
    toggle.click()
    page.wait_for_timeout(400)
    assert not page.locator("#gs-profile").is_visible()


def test_the_year_is_part_of_the_view(desktop: Any) -> None:
    page = desktop
    page.goto("/maps/network?from=2021&to=2024#year=2022&kind=company")
    wait_for_map(page)
    assert page.locator("#gs-year-shown").inner_text() == "2022"
    assert page.get_by_label("Vuosi").get_attribute("aria-valuetext") == "2022"
    page.get_by_label("Vuosi").focus()
    page.keyboard.press("ArrowRight")
    assert page.locator("#gs-year-shown").inner_text() == "2023"
    assert page.evaluate("window.graphsvcMap.viewState()") == "kind=company&year=2023"
    assert page.url.endswith("#kind=company&year=2023")


def pinch(page: Any, x: float, y: float, start: float, end: float) -> None:
    """Two fingers at ``x, y`` moving from ``start`` to ``end`` pixels apart (Chromium's
    touch input, as a phone sends it)."""
    cdp = page.context.new_cdp_session(page)

    def touch(kind: str, gap: float | None) -> None:
        points = [] if gap is None else [{"x": x - gap / 2, "y": y}, {"x": x + gap / 2, "y": y}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    touch("touchStart", start)
    for step in range(1, 11):
        touch("touchMove", start + (end - start) * step / 10)
        page.wait_for_timeout(16)
    touch("touchEnd", None)


def test_on_a_phone_two_fingers_zoom_the_map(phone: Any) -> None:
    page = phone
    page.goto("/maps/network")
    wait_for_map(page)
    before = page.evaluate("window.graphsvcMap.network.getScale()")
    box = page.locator("#gs-map").bounding_box()
    pinch(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, 60, 240)
    page.wait_for_timeout(300)
    after = page.evaluate("window.graphsvcMap.network.getScale()")
    assert after > 1.5 * before
    assert "zoom=" in page.url  # the zoom is part of the view
