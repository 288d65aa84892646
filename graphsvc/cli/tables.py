"""Readable tables for the terminal (rich), shared by every command."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print rows under a title as an aligned table (text only, never markup)."""
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else _plain(v) for v in row))
    Console(highlight=False, soft_wrap=False).print(table)


def _plain(value: Any) -> Any:
    from rich.text import Text

    if isinstance(value, list):
        value = "; ".join(map(str, value))
    return Text(str(value))
