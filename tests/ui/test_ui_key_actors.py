"""The "Avaintoimijat / Key actors" page in a real browser at 1366×768 and 390×844: the
measures explained in both languages, the ranking by a chosen measure, the brokers, a
what-if answer, the rocket filter, the phone layout and accessibility.

The server serves the demo data set; the expected figures come from the same analyses
run directly on the server's store (``run_analysis``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from graphsvc import messages
from graphsvc.api.ui.key_actor_sections import MEASURES, RANKED
from graphsvc.model import Label
from graphsvc.services.analysis import run_analysis

from .conftest import Server, open_demo_store, screenshot, serving, sign_in
from .ui_data import VIEWER

pytestmark = pytest.mark.browser
VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def key_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app on the demo data set."""
    store = open_demo_store(tmp_path_factory.mktemp("ui-key-actors"))
    with serving(store) as server:
        yield server
    store.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def viewer(request: Any, browser: Any, key_ui: Server) -> Iterator[Any]:
    """A viewer's page at desktop or phone size."""
    context = browser.new_context(base_url=key_ui.url, viewport=VIEWPORTS[request.param])
    context.set_default_timeout(30_000)
    opened = context.new_page()
    sign_in(opened, VIEWER)
    opened.size = request.param
    yield opened
    context.close()


def _fits_the_width(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def _names(page: Any, table: str) -> list[str]:
    return [
        t.split("\n")[0].strip()
        for t in page.locator(f"#{table} tbody tr td:nth-child(2)").all_inner_texts()
    ]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_measure_is_explained(viewer: Any, lang: str) -> None:
    """Each measure has its name and a plain-language explanation in the page's language."""
    page = viewer
    page.goto(f"/key-actors?lang={lang}")
    assert page.locator("h1").inner_text() == messages.text("ui.key_title", lang)
    terms = page.locator("#measures dt").all_inner_texts()
    explanations = page.locator("#measures dd").all_inner_texts()
    for name in MEASURES:
        assert messages.text(f"ui.key_measure_{name}", lang) in terms
        assert messages.text(f"ui.key_explain_{name}", lang) in explanations
    assert "_" not in " ".join(terms)  # no raw codes such as two_step_reach
    screenshot(page, f"key-actors-{lang}-{page.size}")
    assert _fits_the_width(page)


def test_the_ranking_follows_the_chosen_measure(viewer: Any, key_ui: Server) -> None:
    """By default the broker measure ranks; choosing "Kumppanit" ranks by partners."""
    page = viewer
    central = run_analysis(key_ui.store, "centrality", lang="fi")["result"]["actors"]
    by_betweenness = min(central, key=lambda a: (a["ranks"]["betweenness"], a["name"]))
    page.goto("/key-actors")
    assert page.locator("#central tbody tr").count() == min(RANKED, len(central))
    assert _names(page, "central")[0] == by_betweenness["name"]
    figure = page.locator("#central tbody tr").first.locator("td").nth(2).inner_text()
    assert figure == messages.number(by_betweenness["betweenness"], "fi", 3)
    page.get_by_label("Järjestä mittarin mukaan").select_option(label="Kumppanit")
    page.wait_for_url(re.compile("measure=degree"))
    degrees = [int(t) for t in page.locator("#central tbody tr td:nth-child(4)").all_inner_texts()]
    assert degrees == sorted(degrees, reverse=True)
    assert degrees[0] == max(a["degree"] for a in central)
    first = page.locator("#central tbody tr").first
    key = first.get_attribute("data-key")
    assert first.get_by_role("link", name="Kartta").get_attribute("href") == (
        f"/maps/actor/{key}?depth=2"
    )
    first.locator("td").nth(1).get_by_role("link").click()
    page.wait_for_url(re.compile(f"/actors/{key}$"))


def _only_lead(store: Any) -> tuple[str, str]:
    """An actor that alone leads an action others run too, and that action's title."""
    for action in store.find_nodes(Label.ACTION):
        runs = store.who_runs(action.key)
        leads = [p for p in runs if p.role.value == "lead"]
        if len(leads) == 1 and len(runs) > 1:
            return leads[0].node.key, str(action.props["title"])
    raise AssertionError("the demo data has no action with one lead and partners")


def test_brokers_and_a_what_if_answer(viewer: Any, key_ui: Server) -> None:
    """The first broker is listed; choosing an actor shows what the network would lose,
    down to the action it alone leads."""
    page = viewer
    brokers = run_analysis(key_ui.store, "brokers", lang="fi", top=10)["result"]["brokers"]
    page.goto("/key-actors")
    assert page.locator("#brokers tbody tr").first.get_attribute("data-key") == brokers[0]["key"]
    actor, title = _only_lead(key_ui.store)
    answer = run_analysis(key_ui.store, "whatif", lang="fi", actor=actor)["result"]
    page.get_by_label("Toimija", exact=True).select_option(actor)
    page.get_by_role("button", name="Näytä vaikutus").click()
    page.wait_for_url(re.compile(f"actor={actor}"))
    result = page.locator("#whatif-result")
    assert result.is_visible()
    name = answer["actor"]["name"]
    assert result.locator("h3").inner_text() == f"Jos {name} jättäytyisi pois"
    text = result.inner_text()
    ties = messages.number(answer["ties_lost"], "fi", 0)
    assert re.search(rf"Menetetyt yhteistyösiteet\s+{ties}\b", text), text
    main = answer["main_component"]
    assert f"{main['before']} → {main['after']}" in text
    lost = result.get_by_role("link", name=title, exact=True)
    assert lost.count() == 1 and lost.is_visible()
    assert "city_company" not in text and "_" not in text
    screenshot(page, f"key-actors-whatif-{page.size}")
    assert _fits_the_width(page)


def test_a_rocket_filter_and_unknown_values(viewer: Any, key_ui: Server) -> None:
    """The centre's key actors are the centre's; bad values get a clear answer."""
    page = viewer
    central = run_analysis(key_ui.store, "centrality", lang="fi", rocket="centre")
    expected = {a["key"] for a in central["result"]["actors"]}
    page.goto("/key-actors")
    page.get_by_label("Kantoraketti").select_option("centre")
    page.wait_for_url(re.compile("rocket=centre"))
    keys = page.locator("#central tbody tr").evaluate_all("rs => rs.map(r => r.dataset.key)")
    assert keys and set(keys) <= expected
    page.goto("/key-actors?actor=nobody-here")
    assert "nobody-here" in page.locator("#whatif-problem").inner_text()
    response = page.goto("/key-actors?measure=fame&lang=en")
    assert response is not None and response.status == 422
    assert "“fame”" in page.locator("main").inner_text()
    assert "betweenness, degree" in page.locator("main").inner_text()


def test_the_key_actors_page_is_accessible(viewer: Any) -> None:
    """No serious or critical axe violations, with a what-if answer open."""
    from axe_playwright_python.sync_playwright import Axe

    page = viewer
    page.goto("/key-actors")
    key = page.locator("#central tbody tr").first.get_attribute("data-key")
    page.goto(f"/key-actors?actor={key}")
    assert page.locator("#whatif-result").is_visible()
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, results.generate_report()
    assert _fits_the_width(page)


def test_key_actors_as_of_an_earlier_year(viewer: Any, key_ui: Server) -> None:
    """The year selector ranks the network as it stood then."""
    page = viewer
    central = run_analysis(key_ui.store, "centrality", lang="fi", as_of="2022")["result"]
    first = min(central["actors"], key=lambda a: (a["ranks"]["betweenness"], a["name"]))
    page.goto("/key-actors")
    page.get_by_label("Vuosi").select_option("2022")
    page.wait_for_url(re.compile("as_of=2022"))
    assert page.locator("#as-of-note").is_visible()
    assert _names(page, "central")[0] == first["name"]
    hrefs = page.locator("#central a[href*='measure=degree']").first.get_attribute("href")
    assert "as_of=2022" in str(hrefs)
