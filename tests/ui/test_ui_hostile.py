"""Hostile names (script tags, event handlers, ``href``) never run, on pages or on maps."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Server, Watch, sign_in, wait_for_map
from .ui_data import HOSTILE_HREF, HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_TITLE, VIEWER

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/search?q=alert",
    "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/actors/hostile-script",
    "/actors/hostile-img",
    "/actors/hostile-href",
    "/actions/hostile-action",
    "/actions/asema",
    "/rockets/centre",
    "/gaps?rocket=centre",
    "/recommendations",
    "/actors?q=alert",
    "/actions?q=alert",
    "/key-actors",
]
MAPS = [
    "/maps/network",
    "/maps/network?gaps=1",
    "/maps/rocket/centre",
    "/maps/actor/hostile-href?depth=2",
    "/maps/actor/hostile-img?gaps=1",
]


def test_hostile_names_are_shown_as_text(page: Any, watch: Watch, ui_server: Server) -> None:
    sign_in(page, VIEWER)
    for path in PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert response.headers.get("x-content-type-options") == "nosniff"
        assert response.headers.get("referrer-policy") == "no-referrer"
        assert page.locator("main img").count() == 0, f"{path}: markup from a name was parsed"
        assert page.locator("main script").count() == 0, path
        assert page.locator("a[href^='javascript']").count() == 0, path
    page.goto("/search?q=alert")
    text = page.locator("main").inner_text()
    for name in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_TITLE):
        assert name in text, f"{name!r} should be shown literally"
    page.goto("/actors/hostile-href")
    assert page.get_by_role("heading", name=HOSTILE_HREF).is_visible()
    assert watch.dialogs == [] and watch.csp_errors == []


def test_hostile_names_on_maps(page: Any, watch: Watch) -> None:
    sign_in(page, VIEWER)
    for path in MAPS:
        response = page.goto(path)
        assert "default-src 'none'" in response.headers["content-security-policy"], path
        wait_for_map(page)
        assert page.locator("img").count() == 0, path
    page.goto("/maps/actor/hostile-href?depth=2")
    wait_for_map(page)
    page.locator("#gs-search").fill("alert")
    page.locator("#gs-results li").first.wait_for()
    shown = page.locator("#gs-results").inner_text()
    assert HOSTILE_HREF in shown or HOSTILE_IMG in shown
    box = page.locator("#gs-map canvas").bounding_box()
    for dx in range(0, int(box["width"]), 60):  # hover across the map to open tooltips
        page.mouse.move(box["x"] + dx, box["y"] + box["height"] / 2)
    assert watch.dialogs == [] and watch.csp_errors == []
