"""Spreadsheet formula neutralisation: the quote prefix that exports add and imports remove.

A cell whose text starts with ``= + - @``, a tab, CR or LF is run as a formula by
spreadsheet programs (CSV injection). Exports prefix such text with one ``'``;
imports remove that one quote again, so that export -> import gives back the
same value. Text that already starts with quotes before such a character gets
one more quote, which keeps the mapping reversible for every string.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a column is a pandas Series; the text functions need no pandas
    import pandas as pd

#: Characters that make a spreadsheet treat a cell as a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")


def _needs_quote(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """The cell text to write so that no spreadsheet runs it as a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("Kouvola"), neutralise("'=x")
    ("'=HYPERLINK(1)", 'Kouvola', "''=x")
    """
    return "'" + text if _needs_quote(text) else text


def unneutralise(text: str) -> str:
    """The value behind a neutralised cell (the inverse of :func:`neutralise`).

    >>> unneutralise("'=HYPERLINK(1)"), unneutralise("'quoted"), unneutralise("''=x")
    ('=HYPERLINK(1)', "'quoted", "'=x")
    """
    return text[1:] if text.startswith("'") and _needs_quote(text) else text


def unneutralise_column(values: pd.Series) -> pd.Series:
    """:func:`unneutralise` applied to a column of text, touching only quoted cells."""
    quoted = values.str.startswith("'")
    if not quoted.any():
        return values
    values = values.copy()
    values[quoted] = values[quoted].map(unneutralise)
    return values
