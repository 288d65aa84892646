"""Every page of the UI, as the route table lists it, for the tests that walk them all.

The pages come from :data:`tests.ui.test_ui_routes.UI_ROUTES` (which fails when a served
route is missing from it), so a new page is walked as soon as it is in the table; a page
whose sample URL answers 404 in this branch is skipped with its URL named.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from .conftest import Server, open_loaded_store, serving, sign_in
from .test_ui_routes import UI_ROUTES, add_indicator, add_survey
from .ui_data import EDITOR, VIEWER

#: The viewport sizes of the issue: a laptop and a phone.
VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
USERS = {"anonymous": None, "viewer": VIEWER, "editor": EDITOR}


def pages_for(role: str) -> list[str]:
    """The sample URL of every page (GET, not a static file or a download) whose least role
    is ``role`` or below it, the sign-in form apart (it is seen signed out)."""
    admitted = {"anonymous": {"public"}, "viewer": {"viewer"}, "editor": {"viewer", "editor"}}
    return [
        sample
        for method, path, sample, _, least in UI_ROUTES
        if method == "GET"
        and not path.startswith("/static/")
        and "." not in path.rsplit("/", 1)[-1]  # a download (/actors.{fmt}), not a page
        and least in admitted[role]
    ]


def walk(roles: tuple[str, ...] = ("anonymous", "viewer", "editor")) -> list[tuple[str, str]]:
    """(role, URL) pairs: the sign-in form signed out, every page as a viewer, and as an
    editor every page again (editors see more controls) and the pages only they see."""
    return [(role, url) for role in roles for url in pages_for(role)]


@contextmanager
def walking_server(folder: Path) -> Iterator[Server]:
    """A server on the UI workbook with one indicator, so that every sample URL exists."""
    store = open_loaded_store(folder)
    add_indicator(store)
    add_survey(store)
    with serving(store) as server:
        yield server
    store.close()


class Visitors:
    """One signed-in browser context per (role, size), made on first use (signing in is
    slow on purpose: argon2)."""

    def __init__(self, browser: Any, server: Server) -> None:
        self.browser, self.server = browser, server
        self.contexts: dict[tuple[str, str], Any] = {}

    def page(self, role: str, size: str) -> Any:
        """A page signed in as ``role`` (signed out: ``anonymous``) at ``size`` (of VIEWPORTS)."""
        if (role, size) not in self.contexts:
            context = self.browser.new_context(base_url=self.server.url, viewport=VIEWPORTS[size])
            context.set_default_timeout(30_000)
            opened, user = context.new_page(), USERS[role]
            if user is not None:
                sign_in(opened, user)
            self.contexts[role, size] = context
        return self.contexts[role, size].pages[0]

    def close(self) -> None:
        """Close every context."""
        for context in self.contexts.values():
            context.close()


def open_page(page: Any, url: str) -> None:
    """Go to ``url`` (skipping the test when the page does not exist in this branch)."""
    answer = page.goto(url)
    if answer is not None and answer.status == 404:
        pytest.skip(f"{url} is not served in this branch")
    assert answer is not None and answer.status == 200, (url, answer and answer.status)
    if page.locator("body[data-ready]").count():
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def fits_the_width(page: Any) -> bool:
    """Whether the page scrolls sideways (it must not)."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
