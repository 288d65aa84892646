"""A page opened in headless Chromium with its dialogs, errors and requests recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Watched:
    """The page, and what it did: dialogs opened, script errors, requested addresses."""

    page: Any
    dialogs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


DESKTOP = {"width": 1280, "height": 800}


def open_watched(
    browser: Any, path: Path, ready: str, viewport: dict[str, int] = DESKTOP
) -> Watched:
    """Open ``path`` in a new page (``viewport`` sized), recording as it loads, and wait for
    ``ready`` (a JS expression) to hold.

    The expression is polled as a function: Playwright evaluates a bare string with ``eval``
    on every poll, which the page's Content-Security-Policy (no 'unsafe-eval') refuses."""
    page = browser.new_page(viewport=viewport)
    watched = Watched(page)
    page.on("dialog", lambda d: (watched.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: watched.problems.append(str(e)))
    page.on("console", lambda m: watched.problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: watched.requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_function(f"() => ({ready})", timeout=20_000)
    return watched
