"""Reading in a real browser: sign in, the dashboard, who runs an action, the maps, languages."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import Server, Watch, screenshot, sign_in, wait_for_map
from .ui_data import EDITOR, VIEWER

pytestmark = pytest.mark.browser
#: The lowest WCAG contrast ratio between the text and background colours of ``selector``.
CONTRAST_JS = """(selector) => {
    const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const lum = (c) => {
        const [r, g, b] = rgb(c).map((v) => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el) => {
        for (; el; el = el.parentElement) {
            const c = getComputedStyle(el).backgroundColor;
            if (c && !c.startsWith("rgba(0, 0, 0, 0)")) return c;
        }
        return "rgb(255, 255, 255)";
    };
    let worst = 21;
    for (const el of document.querySelectorAll(selector)) {
        const a = lum(getComputedStyle(el).color), b = lum(background(el));
        worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
    }
    return worst;
}"""


def test_sign_in_leads_to_the_finnish_dashboard(page: Any, watch: Watch) -> None:
    page.goto("/")
    assert "/sign-in" in page.url, "an anonymous visitor must be sent to the sign-in form"
    assert page.locator("html").get_attribute("lang") == "fi"
    page.get_by_label("Käyttäjätunnus").fill(VIEWER[0])
    page.get_by_label("Salasana").fill("wrong password!")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.get_by_text("Väärä käyttäjätunnus tai salasana.").wait_for()
    sign_in(page, VIEWER)
    page.get_by_role("heading", name="Kantoraketit ja laukaisualusta").wait_for()
    cards = page.locator("#rocket-cards .card")
    assert cards.count() == 6
    assert "Logistinen keskus" in cards.nth(0).inner_text()
    assert "Laukaisualusta" in cards.nth(5).inner_text()
    logistics = cards.nth(0).inner_text()
    assert re.search(r"2\s+Toimenpiteet", logistics), logistics  # rrt and ratakoulutus
    heat = page.locator("table#coverage")
    heat.wait_for()
    assert heat.locator("tbody tr").count() >= 5
    assert page.locator("table#coverage td[class^='heat-']").count() > 0
    assert page.locator("[style]").count() == 0, "no inline styles: the CSP forbids them"
    worst = page.evaluate(CONTRAST_JS, "table#coverage td, table#coverage th, .badge, .muted")
    assert worst >= 4.5, f"text contrast {worst:.2f}:1 is below 4.5:1"
    screenshot(page, "dashboard")
    assert watch.csp_errors == []


def test_who_runs_an_action_and_what_an_actor_runs(page: Any) -> None:
    sign_in(page, VIEWER, "/search")
    field = page.get_by_label("Toimenpide tai toimija")
    field.fill("TERMINAALIN")  # case does not matter
    field.press("Enter")
    result = page.locator("article.result", has_text="RRT-terminaalin kehittäminen")
    runners = result.locator(".runner-list").inner_text()
    assert "VR-Yhtymä Oyj" in runners and "vetäjä" in runners
    assert "Kaakkois-Suomen ammattikorkeakoulu (Xamk)" in runners and "kumppani" in runners
    screenshot(page, "search-action")
    page.get_by_label("Toimenpide tai toimija").fill("aanekas")  # accents do not matter
    page.get_by_role("button", name="Hae").click()
    actor = page.locator("article.result", has_text="Lähiruokapiiri Äänekäs")
    assert "Lähiruoan markkinapaikka" in actor.inner_text()
    actor.get_by_role("link", name="Lähiruokapiiri Äänekäs").click()
    page.get_by_role("heading", name="Lähiruokapiiri Äänekäs").wait_for()
    screenshot(page, "search-actor")


def test_rocket_page_gaps_and_maps(page: Any, watch: Watch) -> None:
    sign_in(page, VIEWER, "/rockets/logistics")
    page.get_by_role("heading", name="Logistinen keskus").wait_for()
    page.get_by_role("link", name="Raketin aukot").click()
    page.get_by_role("heading", name="Yhteistyön aukot").wait_for()
    assert page.locator("#rocket-filter").input_value() == "logistics"
    # the worklist: the rocket's gaps under its name, each with its next step
    assert page.get_by_role("heading", name=re.compile("^Logistinen keskus")).is_visible()
    assert page.get_by_text(
        "Kutsu asukastoimija mukaan kantorakettiin Logistinen keskus."
    ).is_visible()
    page.locator("#rocket-filter").select_option("centre")  # ui.js submits on change
    page.wait_for_url(re.compile(r"rocket=centre"))
    assert page.get_by_role("link", name="Elävä keskusta").first.is_visible()
    screenshot(page, "gaps")
    page.get_by_role("link", name="Suositukset").click()
    page.get_by_role("heading", name="Suositellut esittelyt").wait_for()
    screenshot(page, "recommendations")
    page.goto("/rockets/logistics")
    page.get_by_role("link", name="Raketin verkostokartta").click()
    wait_for_map(page)
    assert "Logistinen keskus" in page.title()
    screenshot(page, "map-rocket", full_page=False)
    page.goto("/maps/rocket/centre?gaps=1")
    wait_for_map(page)
    screenshot(page, "map-rocket-gaps", full_page=False)
    page.goto("/maps/network")
    wait_for_map(page)
    screenshot(page, "map-network", full_page=False)
    assert watch.csp_errors == []


def test_focus_map_of_an_actor(page: Any, watch: Watch) -> None:
    sign_in(page, VIEWER, "/actors/xamk")
    page.get_by_label("Syvyys").select_option("2")
    page.get_by_role("button", name="Lähiverkoston kartta").click()
    assert "depth=2" in page.url
    response_headers = page.evaluate("() => document.contentType")
    assert response_headers == "text/html"
    wait_for_map(page)
    assert "Kaakkois-Suomen ammattikorkeakoulu (Xamk)" in page.title()
    screenshot(page, "map-focus", full_page=False)
    assert watch.csp_errors == []


def test_map_pages_send_a_strict_csp(page: Any, ui_server: Server) -> None:
    sign_in(page, VIEWER)
    response = page.goto("/maps/actor/kouvola?depth=2")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    wait_for_map(page)


def test_english_switch_is_remembered(page: Any) -> None:
    sign_in(page, EDITOR)
    assert page.get_by_role("link", name="Yleiskuva").count() == 1
    page.get_by_role("link", name="In English").click()
    page.get_by_role("heading", name="Rockets and the launch pad").wait_for()
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "dashboard-en")
    page.get_by_role("link", name="Who runs it?").click()
    page.get_by_label("Action or actor").wait_for()
    page.goto("/maps/rocket/wellbeing")
    wait_for_map(page)
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto("/search")
    page.get_by_role("link", name="Suomeksi").click()
    page.get_by_label("Toimenpide tai toimija").wait_for()


def test_keyboard_skip_link_and_labels(page: Any) -> None:
    sign_in(page, VIEWER, "/search")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Siirry sisältöön"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
            .map(e => e.name)"""
    )
    assert unlabelled == []
