"""An analysis over its time budget reaches the dashboard in the page's language, on a real
server and in a real browser, at desktop and phone size, accessible."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import SIZES, free_port, make_app, open_loaded_store, screenshot, sign_in
from .ui_data import VIEWER


@pytest.fixture(scope="module")
def hurried_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose analyses have a budget and limit no analysis keeps (0.01 s)."""
    import uvicorn

    store = open_loaded_store(Path(tmp_path_factory.mktemp("hurried")))
    app = make_app(store)
    app.state.analysis.pool.budget = app.state.analysis.pool.limit = 0.01  # stopped, not cached
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


#: The budget (0.01 s) is met either way: the pool stops the analysis at its budget, or the
#: worker at its limit, whichever comes first on a busy machine.
SAID = {
    "fi": (
        "Analyysi ei ole käytettävissä: analyysi 'coverage' kestää kauemmin kuin sille varattu "
        "aika 0.01 s; työ keskeytettiin: pyydä pienempää osaa",
        "Analyysi ei ole käytettävissä: keskeytetty 0.01 sekunnin rajan jälkeen; pyydä "
        "pienempää osaa",
    ),
    "en": (
        "The analysis is not available: analysis 'coverage' takes longer than its budget of "
        "0.01 s; it was stopped: ask for a smaller part",
        "The analysis is not available: stopped after its limit of 0.01 s; ask for a smaller part",
    ),
}


@pytest.mark.parametrize(
    ("lang", "size", "said"),
    [("fi", "desktop", SAID["fi"]), ("fi", "phone", SAID["fi"]), ("en", "desktop", SAID["en"])],
)  # fmt: skip
def test_an_analysis_over_budget_is_explained_in_the_page_language(
    browser: Any, hurried_url: str, lang: str, size: str, said: tuple[str, ...]
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(base_url=hurried_url, viewport=SIZES[size])
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        sign_in(page, VIEWER)
        page.goto(f"/?lang={lang}")
        notice = page.locator("p.notice.error").first
        notice.wait_for()
        assert notice.inner_text().startswith(said), notice.inner_text()
        box = notice.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= SIZES[size]["width"]
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= SIZES[size]["width"], scroll
        screenshot(page, f"store-messages-over-budget-{lang}-{size}")
        results = Axe().run(page)
        bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, results.generate_report()
    finally:
        context.close()
