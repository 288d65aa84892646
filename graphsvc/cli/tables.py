"""Terminal output shared by every command: tables that fit the width, and safe plain lines.

Names and other user text reach the terminal only through :func:`terminal_safe`: a
stored name holding ESC, CSI, OSC or another C0/C1 control, or a bidi override,
would otherwise recolour the terminal, set its title, write a hyperlink or make a
line read backwards. Such characters are shown as visible escapes (``\\x1b``).

Tables fit the terminal width (``COLUMNS`` when output is not a terminal, else 80), see
:mod:`graphsvc.cli.table_fit`: the key column is never cut, columns that do not fit are
dropped with a note naming them, and a table too narrow even for its key and one more
column becomes a list of ``name: value`` blocks.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

from graphsvc.cli.table_fit import Fit, fit_columns, table_width, wrap_cell
from graphsvc.messages import CATALOGUE, DEFAULT_LANG, lang_of, text

#: Where a command's ``--lang`` and ``--columns`` are kept (``click.Context.meta``).
LANG_META = "graphsvc.lang"
COLUMNS_META = "graphsvc.columns"

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


def say(sentence: str, *, err: bool = False, indent: str = "") -> None:
    """Print a sentence wrapped at the terminal width (words such as paths are never split)."""
    for line in wrap_sentence(terminal_safe(sentence), width(), indent):
        click.echo(line, err=err)


def wrap_sentence(sentence: str, at: int, indent: str = "") -> list[str]:
    """``sentence`` as lines of at most ``at`` characters, a word longer than that alone.

    >>> wrap_sentence("a gap in the network", 10, "  ")
    ['  a gap in', '    the', '    network']
    """
    lines = textwrap.wrap(
        sentence,
        width=max(at, len(indent) + 1),
        initial_indent=indent,
        subsequent_indent=indent + "  " if indent else "",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent]


def width() -> int:
    """The terminal width: ``COLUMNS`` when set, the terminal's own, else 80."""
    return Console().width


def current_lang() -> str:
    """The language of the running command (its ``--lang``; Finnish by default)."""
    ctx = click.get_current_context(silent=True)
    return lang_of(ctx.meta.get(LANG_META)) if ctx is not None else DEFAULT_LANG


def print_table(
    title: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    key: int = 0,
    names: Sequence[str] | None = None,
) -> None:
    """Print rows under a title as a table that fits the terminal width (text, never markup).

    ``key`` is the column holding the keys the next command needs (never cut); ``names``
    are the names ``--columns`` takes (default: the headers shown, ``_`` for spaces).
    """
    heads = [terminal_safe(c) for c in columns]
    cells = [[_plain(v) for v in row] for row in rows]
    names = list(names or [h.replace(" ", "_") for h in heads])
    at = width()
    fit = fit_columns(heads, cells, key=key, width=at, chosen=_chosen(names, heads))
    if title:
        say(title)
    if fit.vertical:
        _print_blocks(heads, cells, fit, at)
    else:
        _print_grid(heads, cells, fit)
    hidden = [names[i] for i in fit.hidden]
    if hidden:
        say(text("cli.columns.hidden", current_lang(), hidden=", ".join(hidden), example=hidden[0]))


def _print_grid(heads: list[str], cells: list[list[str]], fit: Fit) -> None:
    table = Table(box=box.HEAVY_HEAD, show_lines=False, width=table_width(fit.widths))
    for index in fit.shown:
        table.add_column(heads[index], width=fit.widths[index], no_wrap=True, overflow="crop")
    for row in cells:
        table.add_row(*("\n".join(wrap_cell(row[i], fit.widths[i])) for i in fit.shown))
    Console(highlight=False, soft_wrap=False, width=table_width(fit.widths)).print(table)


def _print_blocks(heads: list[str], cells: list[list[str]], fit: Fit, at: int) -> None:
    """One block per row: the key alone on a line, then ``name: value`` lines."""
    for number, row in enumerate(cells):
        if number:
            click.echo("")
        click.echo(row[fit.key])
        for index in fit.shown:
            if index == fit.key or not row[index]:
                continue
            pair = f"{heads[index]}: {row[index]}".replace("\n", " ")
            for line in textwrap.wrap(
                pair, max(at, 8), initial_indent="  ", subsequent_indent="    "
            ):
                click.echo(line)


def _chosen(names: list[str], heads: list[str]) -> list[int] | None:
    """The column indexes named by ``--columns``, or None; a name not among them is an error."""
    ctx = click.get_current_context(silent=True)
    wanted = ctx.meta.get(COLUMNS_META) if ctx is not None else None
    if not wanted:
        return None
    known = {alias: i for i, h in enumerate(heads) if h for alias in _aliases(h)}
    known.update({n.casefold(): i for i, n in enumerate(names) if n})
    wanted = [w.replace(" ", "_") for w in wanted]
    unknown = [w for w in wanted if w.casefold() not in known]
    if unknown:
        raise click.BadParameter(
            text(
                "cli.columns.unknown",
                current_lang(),
                value=", ".join(unknown),
                allowed=", ".join(n for n in names if n),
            ),
            param_hint="--columns",
        )
    return [known[w.casefold()] for w in wanted]


def _aliases(head: str) -> set[str]:
    """What ``--columns`` may call a column headed ``head``: the header (``_`` for spaces)
    and, for a catalogue column (``cli.col.<name>``), its name and its English header."""
    found = {head.replace(" ", "_").casefold()}
    for key, message in CATALOGUE.items():
        if key.startswith("cli.col.") and head in (message.fi, message.en):
            found |= {key.removeprefix("cli.col."), message.en.replace(" ", "_").casefold()}
    return found


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    return terminal_safe(str(value))
