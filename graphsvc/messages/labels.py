"""Codes as words: an enum value (a kind, role, status, gap kind) in the reader's language.

The names are the web UI's catalogue entries ``ui.<prefix>_<value>`` (``ui.kind_city``), so
the command line and the pages call a thing by the same word.
"""

from __future__ import annotations

from graphsvc.messages import CATALOGUE, text


def label(prefix: str, value: object, lang: str) -> str:
    """The name of ``value`` (``ui.<prefix>_<value>``) in ``lang``, else the value itself.

    >>> label("prole", "lead", "fi"), label("kind", "city", "en"), label("kind", "x", "en")
    ('vetäjä', 'City unit', 'x')
    """
    key = f"ui.{prefix}_{value}"
    return text(key, lang) if key in CATALOGUE else ("" if value is None else str(value))


def yes_no(value: object, lang: str) -> str:
    """A truth value as a word (``kyllä`` / ``ei``).

    >>> yes_no(True, "fi"), yes_no(False, "en")
    ('kyllä', 'no')
    """
    return text("cli.yes" if value else "cli.no", lang)
