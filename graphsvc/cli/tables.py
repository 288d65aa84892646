"""Terminal output shared by every command: readable tables (rich) and safe plain lines.

Names and other user text reach the terminal only through :func:`terminal_safe`: a
stored name holding ESC, CSI, OSC or another C0/C1 control, or a bidi override,
would otherwise recolour the terminal, set its title, write a hyperlink or make a
line read backwards. Such characters are shown as visible escapes (``\\x1b``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

#: C0 controls but tab and line feed, DEL, C1 controls, and the bidi controls.
_TERMINAL_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
#: The same characters in JSON text, which json.dumps leaves raw above U+001F.
_JSON_CONTROLS = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    r"""``text`` with every terminal control character shown as a visible escape.

    >>> terminal_safe("Kinno\x1b]0;owned\x07 Oy \u202eabc")
    'Kinno\\x1b]0;owned\\x07 Oy \\u202eabc'
    """
    return _TERMINAL_CONTROLS.sub(_visible, text)


def json_terminal_safe(text: str) -> str:
    r"""JSON text with the controls that json.dumps leaves raw written as ``\uXXXX`` escapes.

    The JSON document is unchanged (the same values parse back); only the bytes differ.

    >>> json_terminal_safe('{"name": "a\u202eb"}')
    '{"name": "a\\u202eb"}'
    """
    return _JSON_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(text: str, *, err: bool = False) -> None:
    """Print one line (or several) holding user text, with terminal controls made visible."""
    click.echo(terminal_safe(text), err=err)


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Print rows under a title as an aligned table (text only, never markup)."""
    table = Table(title=_plain(title), title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(_plain(column))
    for row in rows:
        table.add_row(*("" if v is None else _plain(v) for v in row))
    Console(highlight=False, soft_wrap=False).print(table)


def _plain(value: Any) -> Text:
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    return Text(terminal_safe(str(value)))
