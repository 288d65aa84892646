"""Analysis results shaped for templates: the coverage heatmap, gap sections, recommendations."""

from __future__ import annotations

from typing import Any

from graphsvc.api.ui.pages import Page
from graphsvc.model import Node


def coverage_table(result: Any, rockets: list[Node], page: Page) -> dict[str, Any] | None:
    """The kind × rocket heatmap."""
    return None


def gap_sections(result: Any, page: Page) -> list[dict[str, Any]]:
    """The gap report as titled sections of items."""
    return []


def recommendations(result: Any, page: Page) -> list[dict[str, Any]]:
    """Recommended introductions as table rows."""
    return []
