"""Fixtures of the web UI tests: a real uvicorn server on a loopback port and Debian's Chromium.

The store is a SQLite file loaded through the real workbook import; the browser is
``/usr/bin/chromium`` driven by Playwright (never a downloaded browser).
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from chromium_browser import launched_chromium

from graphsvc.stores.base import GraphStore

from .ui_data import EDITOR, VIEWER, write_workbook

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def open_loaded_store(folder: Path) -> GraphStore:
    """A SQLite store in ``folder`` holding the UI workbook and the two test users."""
    from graphsvc.accounts import open_accounts
    from graphsvc.services import accounts as account_service
    from graphsvc.services.workbook import import_workbook
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{folder / 'ui.db'}")
    store.ensure_schema()
    import_workbook(store, write_workbook(folder / "workbook"))
    accounts = open_accounts(store)
    account_service.add_user(accounts, EDITOR[0], "editor", EDITOR[1])
    account_service.add_user(accounts, VIEWER[0], "viewer", VIEWER[1])
    accounts.close()
    return store


def open_demo_store(folder: Path) -> GraphStore:
    """A SQLite store in ``folder`` holding the demo data set's yearly rounds (with their
    indicators and values, 2021–2024) and the two test users."""
    from graphsvc.accounts import open_accounts
    from graphsvc.services import accounts as account_service
    from graphsvc.services.workbook import import_demo
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(f"sqlite:///{folder / 'demo.db'}")
    store.ensure_schema()
    import_demo(store)
    accounts = open_accounts(store)
    account_service.add_user(accounts, EDITOR[0], "editor", EDITOR[1])
    account_service.add_user(accounts, VIEWER[0], "viewer", VIEWER[1])
    accounts.close()
    return store


def make_app(store: GraphStore) -> Any:
    """The real app factory on ``store``, with the rate limit off for the test run."""
    from pydantic import SecretStr

    from graphsvc.api.app import create_app
    from graphsvc.settings import Settings

    settings = Settings(
        store=store.url,
        rate_limit_per_minute=0,
        session_secret=SecretStr("ui-tests-session-secret-0123456789"),
    )
    return create_app(settings, store=store)


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running server: its base URL and the store it serves (shared with the test)."""

    url: str
    store: GraphStore


@contextmanager
def serving(store: GraphStore) -> Iterator[Server]:
    """uvicorn serving the app on ``store`` on a free loopback port, in a thread."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(make_app(store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the UI test server did not start")
        time.sleep(0.05)
    try:
        yield Server(f"http://127.0.0.1:{port}", store)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """uvicorn serving the app on the UI workbook, for the whole session."""
    store = open_loaded_store(tmp_path_factory.mktemp("ui"))
    with serving(store) as server:
        yield server
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright (skipped when it is not installed)."""
    with launched_chromium() as launched:
        yield launched


@dataclass
class Watch:
    """What a page did that a test must notice: dialogs opened, CSP violations reported."""

    dialogs: list[str] = field(default_factory=list)
    csp_errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def follow(self, page: Any, origin: str) -> None:
        """Record the dialogs, CSP reports and requests to other origins of ``page``."""

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        def on_console(message: Any) -> None:
            if "Content Security Policy" in message.text:
                self.csp_errors.append(message.text)

        def on_request(request: Any) -> None:
            if not request.url.startswith((origin, "data:", "blob:", "about:")):
                self.external.append(request.url)

        page.on("dialog", on_dialog)
        page.on("console", on_console)
        page.on("request", on_request)


@pytest.fixture
def watch() -> Watch:
    """A fresh record of dialogs and CSP violations."""
    return Watch()


@pytest.fixture
def page(browser: Any, ui_server: Server, watch: Watch) -> Iterator[Any]:
    """A fresh browser context and page; a dialog or a request to another origin fails the test."""
    context = browser.new_context(base_url=ui_server.url, viewport={"width": 1360, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    watch.follow(opened, ui_server.url)
    yield opened
    context.close()
    assert watch.dialogs == [], f"a dialog opened: {watch.dialogs}"
    assert watch.external == [], f"the page asked another origin (not offline): {watch.external}"


#: The viewport sizes a person reads the UI at.
SIZES = {"desktop": {"width": 1360, "height": 900}, "phone": {"width": 390, "height": 844}}


def signed_in_at(browser: Any, url: str, size: str, timeout: int = 10_000) -> Iterator[Any]:
    """A page signed in as the viewer at ``size`` (of SIZES); its context closed afterwards."""
    from .ui_data import VIEWER

    context = browser.new_context(base_url=url, viewport=SIZES[size])
    context.set_default_timeout(timeout)
    opened = context.new_page()
    sign_in(opened, VIEWER)
    yield opened
    context.close()


def sign_in(page: Any, user: tuple[str, str], next_path: str = "/") -> None:
    """Sign in through the form and wait for the page behind it."""
    page.goto(f"/sign-in?next={next_path}")
    page.get_by_label(re.compile("Käyttäjätunnus|User name")).fill(user[0])
    page.get_by_label(re.compile("^(Salasana|Password)$")).fill(user[1])
    page.get_by_role("button", name=re.compile("Kirjaudu sisään|Sign in")).click()
    page.wait_for_url(lambda url: "/sign-in" not in url)


def fits_width(page: Any) -> bool:
    """Whether the page fits its viewport's width (nothing to scroll sideways)."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


def screenshot(page: Any, name: str, full_page: bool = True) -> Path:
    """Save a screenshot to ``test-artifacts/ui/NAME.png`` (the whole page by default)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if page.locator("body[data-ready='1']").count():
        page.wait_for_timeout(1500)  # let a map's physics settle: a picture, not a test
    page.screenshot(path=str(path), full_page=full_page)
    return path


def wait_for_map(page: Any) -> None:
    """Wait until vis-network has drawn the map, then check the canvas is not blank."""
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    painted = page.evaluate(
        """() => {
            const c = document.querySelector('#gs-map canvas');
            if (!c) return -1;
            const ctx = c.getContext('2d');
            const d = ctx.getImageData(0, 0, c.width, c.height).data;
            let coloured = 0;
            for (let i = 0; i < d.length; i += 16) {
                if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) coloured++;
            }
            return coloured;
        }"""
    )
    assert painted > 50, f"the map canvas looks empty ({painted} coloured samples)"
