"""The new user's first run: ``graphsvc serve --demo``, sign in with the printed credentials,
find who runs an action, the gaps of a rocket and its map — in Finnish, in a real browser."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import Watch, free_port, wait_for_map

pytestmark = pytest.mark.browser
SIGN_IN_LINE = re.compile(r"demo sign-in: (demo-viewer) / (\S+) \(viewer\)")


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[tuple[str, tuple[str, str]]]:
    """``graphsvc serve --demo`` as a user runs it; yields its URL and the viewer's sign-in."""
    port = free_port()
    command = [sys.executable, "-m", "graphsvc", "--store", f"sqlite:///{tmp_path / 'demo.db'}"]
    command += ["serve", "--demo", "--port", str(port), "--lang", "en"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        credentials = None
        assert process.stdout is not None
        for line in process.stdout:
            found = SIGN_IN_LINE.search(line)
            if found:
                credentials = (found.group(1), found.group(2))
            if line.startswith("graphsvc on http"):
                break
        assert credentials, "serve --demo printed no demo sign-in"
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1)  # noqa: S310 - loopback
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("graphsvc serve --demo did not start") from None
                time.sleep(0.2)
        yield url, credentials
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_first_run_with_the_demo(browser: Any, demo_server: tuple, watch: Watch) -> None:
    url, (name, password) = demo_server
    context = browser.new_context(base_url=url, viewport={"width": 1360, "height": 900})
    page = context.new_page()
    watch.follow(page, url)
    page.goto("/")
    page.get_by_label("Käyttäjätunnus").fill(name)
    page.get_by_label("Salasana").fill(password)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.get_by_role("heading", name="Kantoraketit ja laukaisualusta").wait_for()
    assert page.locator("html").get_attribute("lang") == "fi"
    assert "Kuvitteellinen esimerkkiaineisto" in page.get_by_role("note").inner_text()
    # who runs an action
    page.get_by_role("link", name="Kuka toteuttaa?").click()
    page.get_by_label("Toimenpide tai toimija").fill("asema")
    page.get_by_role("button", name="Hae").click()
    first = page.locator("article.result").first
    assert re.search(r"vetäjä|kumppani|rahoittaja|osallistuja", first.inner_text())
    # the gaps of a rocket
    page.get_by_role("link", name="Yleiskuva").click()
    card = page.locator("#rocket-cards .card", has_text="Elävä keskusta")
    card.get_by_role("link", name="Aukot").click()
    page.get_by_role("heading", name="Yhteistyön aukot").wait_for()
    assert page.locator("section.panel .gap-item").count() > 0
    # and its map
    page.get_by_role("link", name="Yleiskuva").click()
    card = page.locator("#rocket-cards .card", has_text="Elävä keskusta")
    card.get_by_role("link", name="Kartta").click()
    wait_for_map(page)
    assert page.locator("html").get_attribute("lang") == "fi"
    assert "Elävä keskusta" in page.title()
    context.close()
    assert watch.dialogs == [] and watch.csp_errors == [] and watch.external == []
