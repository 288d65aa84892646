"""How a table fits a width: which columns are shown, how wide each is, or a vertical list.

Plain functions of the headers and cell texts; :mod:`graphsvc.cli.tables` prints the result.
The key column keeps its full width. Every other column may wrap down to a narrow width
(:data:`NARROWEST`, or its longest header word); columns are taken in order while they fit
at that width, and the space left is shared out to those that wrap most.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

#: The narrowest a wrapping column is made (unless its whole text is narrower).
NARROWEST = 8
#: Words up to this long are kept whole: a column is never made narrower than its longest.
WHOLE_WORD = 16


@dataclass(frozen=True)
class Fit:
    """The columns shown (indexes, in order), their widths, the hidden ones, or a list."""

    key: int
    shown: list[int]
    widths: dict[int, int]
    hidden: list[int]
    vertical: bool


def table_width(widths: dict[int, int]) -> int:
    """The printed width of a boxed table with these column widths (a border and a space
    either side of each cell).

    >>> table_width({0: 5, 1: 10})
    22
    """
    return sum(widths.values()) + 3 * len(widths) + 1


def wrap_cell(value: str, width: int) -> list[str]:
    """A cell's text as lines of at most ``width`` characters (long words are split).

    >>> wrap_cell("Kaakkois-Suomen ammattikorkeakoulu", 12)
    ['Kaakkois-', 'Suomen', 'ammattikorke', 'akoulu']
    """
    width = max(width, 1)
    lines: list[str] = []
    for part in value.split("\n"):
        lines += textwrap.wrap(part, width=width, break_long_words=False) or [""]
    return [line[i : i + width] for line in lines for i in range(0, max(len(line), 1), width)]


def _natural(heads: Sequence[str], cells: Sequence[Sequence[str]], index: int) -> int:
    """The width a column needs to show every cell on one line."""
    longest = max((len(line) for row in cells for line in row[index].split("\n")), default=0)
    return max(len(heads[index]), longest, 1)


def _narrowest(
    heads: Sequence[str], cells: Sequence[Sequence[str]], natural: int, index: int
) -> int:
    header_word = max(len(w) for w in heads[index].split() or [""])
    word = min(_longest_word(cells, index), WHOLE_WORD)
    return min(natural, max(NARROWEST, header_word, word))


def fit_columns(
    heads: Sequence[str],
    cells: Sequence[Sequence[str]],
    *,
    key: int,
    width: int,
    chosen: Sequence[int] | None = None,
) -> Fit:
    """Which columns fit in ``width``, and how wide each one is.

    ``chosen`` (from ``--columns``) limits and orders the columns; the key is always shown.

    >>> fit = fit_columns(["key", "name", "kind"], [["a-1", "Alpha Oy", "company"]],
    ...                   key=0, width=22)
    >>> fit.shown, fit.hidden, fit.vertical
    ([0, 1], [2], False)
    >>> fit_columns(["#", "key"], [["1", "a-1"]], key=1, width=80).shown
    [0, 1]
    >>> fit_columns(["key", "name"], [["a-1", "Alpha"]], key=0, width=10).vertical
    True
    """
    wanted = [i for i in (chosen if chosen is not None else range(len(heads))) if i != key]
    natural = {i: _natural(heads, cells, i) for i in (key, *wanted)}
    widths = {key: natural[key]}
    hidden: list[int] = []
    for index in wanted:
        trial = {**widths, index: _narrowest(heads, cells, natural[index], index)}
        if table_width(trial) <= width:
            widths = trial
        else:
            hidden.append(index)
    if len(widths) == 1 and wanted:
        return Fit(key, [key, *wanted], natural, [], vertical=True)
    words = {i: min(natural[i], _longest_word(cells, i)) for i in widths}
    _whole_words(widths, words, width - table_width(widths))
    _share_out(widths, natural, width - table_width(widths))
    order = range(len(heads)) if chosen is None else [key, *wanted]
    return Fit(key, [i for i in order if i in widths], widths, hidden, vertical=False)


def _longest_word(cells: Sequence[Sequence[str]], index: int) -> int:
    return max((len(w) for row in cells for w in row[index].split()), default=0)


def _whole_words(widths: dict[int, int], words: dict[int, int], spare: int) -> None:
    """Widen columns so that no word of theirs is split, cheapest first, while space lasts."""
    for index in sorted(widths, key=lambda i: words[i] - widths[i]):
        need = words[index] - widths[index]
        if 0 < need <= spare:
            widths[index] += need
            spare -= need


def _share_out(widths: dict[int, int], natural: dict[int, int], spare: int) -> None:
    """Give the spare characters, one at a time, to the column furthest from its natural width."""
    for _ in range(max(spare, 0)):
        index, need = max(((i, natural[i] - w) for i, w in widths.items()), key=lambda p: p[1])
        if need <= 0:
            return
        widths[index] += 1
