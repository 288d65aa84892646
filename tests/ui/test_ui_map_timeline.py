"""Map pages over the years: ``?as_of=`` and ``?from=&to=`` over HTTP; the slider in Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch

from .conftest import Watch, make_app, open_loaded_store, screenshot, sign_in, wait_for_map
from .test_ui_routes import client_for
from .ui_data import HOSTILE_SCRIPT, VIEWER

DATA = re.compile(r'<script type="application/json" id="graphsvc-map-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real app; its store has the UI workbook (loaded today) and an actor who ran an
    action of its own in 2024 and left in 2025."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui-timeline"))
    store.apply(
        Batch(
            nodes=[
                Node(Label.ACTOR, "vanha", {"name": f"{HOSTILE_SCRIPT} Oy", "kind": "company"}),
                Node(Label.ACTION, "vanha-hanke", {"title": "Vanha hanke"}),
            ],
            edges=[
                Edge(RelType.RUNS, "vanha", "vanha-hanke", {"role": "lead"}),
                Edge(RelType.FUELS, "vanha-hanke", "centre", {"primary": True}),
            ],
            on="2024-05-01",
        )
    )
    store.apply(Batch(node_deletes=[(Label.ACTOR, "vanha")], on="2025-06-01"))
    yield make_app(store)
    store.close()


@pytest.fixture(scope="module")
def viewer(app: Any) -> TestClient:
    """A viewer's signed-in client."""
    return client_for(app, VIEWER)[0]


def map_json(html: str) -> dict[str, Any]:
    match = DATA.search(html)
    assert match, "no map data block"
    return dict(json.loads(match.group(1)))


def years_of(html: str) -> dict[str, int | None]:
    return {n["k"]: n.get("yr") for n in map_json(html)["nodes"]}


def test_a_timeline_map_page_has_the_slider_and_the_years(viewer: TestClient) -> None:
    answer = viewer.get("/maps/network?from=2024&to=2026")
    assert answer.status_code == 200
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert '<label for="gs-year">Vuosi</label>' in answer.text
    assert map_json(answer.text)["years"] == [2024, 2025, 2026]
    found = years_of(answer.text)
    assert found["vanha"] == 1 and found["vanha-hanke"] is None and found["kouvola"] == 4
    assert HOSTILE_SCRIPT not in answer.text  # the name travels escaped
    rocket = viewer.get("/maps/rocket/centre?from=2024&to=2025&lang=en")
    assert rocket.status_code == 200 and "Year" in rocket.text
    assert set(years_of(rocket.text)) >= {"vanha", "vanha-hanke", "centre"}
    actor = viewer.get("/maps/actor/kouvola?from=2025")  # to: this year
    assert actor.status_code == 200
    assert map_json(actor.text)["years"][0] == 2025 and years_of(actor.text)["kouvola"] == 2


def test_an_as_of_map_page_shows_that_day(viewer: TestClient) -> None:
    then = viewer.get("/maps/network?as_of=2024&lang=fi")
    assert then.status_code == 200 and 'id="gs-year"' not in then.text
    keys = set(years_of(then.text))
    assert "vanha" in keys and "kouvola" not in keys
    assert "tilanne 31.12.2024" in then.text
    # The day is normalised before the page cache: written two ways, it is one page.
    assert viewer.get("/maps/network?as_of=2024-12-31&lang=fi").text == then.text
    assert "kouvola" in set(years_of(viewer.get("/maps/network").text))


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("from=20x4", "from year &#39;20x4&#39; is not a date"),
        ("from=2026&to=2024", "from &#39;2026&#39; is after to &#39;2024&#39;"),
        ("as_of=2024&from=2025", "either an as-of date or a timeline"),
        ("to=2025", "needs a from year"),
        ("as_of=%3Cscript%3Ex", "is not a date"),
    ],
)
def test_a_wrong_period_gets_the_error_page(viewer: TestClient, query: str, shown: str) -> None:
    answer = viewer.get(f"/maps/network?{query}&lang=en")
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert shown in answer.text
    assert "<script>x" not in answer.text


def test_the_period_is_checked_only_after_signing_in(app: Any) -> None:
    anonymous, _ = client_for(app, None)
    answer = anonymous.get("/maps/network?from=20x4")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/sign-in")


@pytest.mark.browser
def test_the_served_timeline_map_plays_under_the_header_csp(page: Any, watch: Watch) -> None:
    sign_in(page, VIEWER)
    page.goto("/maps/network?from=2025&to=2026")
    wait_for_map(page)
    slider = page.get_by_label("Vuosi")
    assert slider.is_visible() and page.locator("#gs-year-shown").inner_text() == "2026"
    everything = page.evaluate("window.graphsvcMap.shownIds().length")
    assert everything > 6
    # The workbook was loaded today: at the end of 2025 only the rockets and the pad stood.
    slider.focus()
    page.keyboard.press("ArrowLeft")
    assert page.locator("#gs-year-shown").inner_text() == "2025"
    assert page.evaluate("window.graphsvcMap.shownIds().length") == 6
    page.keyboard.press("ArrowRight")
    assert page.locator("#gs-began-count").inner_text() == str(everything - 6)
    screenshot(page, "map-timeline", full_page=False)
    assert watch.csp_errors == []
