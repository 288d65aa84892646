"""Map words, looked up in the ``maps.`` section of :mod:`graphsvc.messages`."""

from __future__ import annotations

from functools import cache
from typing import Any

from graphsvc.messages import lang_of, text
from graphsvc.messages.maps import MESSAGES


def word(name: str, lang: str, /, **values: Any) -> str:
    """The map word ``maps.<name>`` in ``lang``, numbers in the reader's locale.

    >>> word("nodes_edges", "fi", nodes=1200, edges=3)
    '1\\xa0200 solmua, 3 yhteyttä'
    """
    if not values:  # the common case, once per tooltip line: a cached table
        return words(lang)[name]
    return text(f"maps.{name}", lang, **values)


def word_or(name: str, lang: str, default: str) -> str:
    """The map word ``name``, or ``default`` when there is none (an unknown kind or status)."""
    return words(lang).get(name, default)


def measure_name(measure: str, lang: str) -> str:
    """A measure's display name in ``lang``, or the measure itself when it has none.

    >>> measure_name("betweenness", "fi")
    'välittäjyys'
    """
    return word_or(f"measure_{measure}", lang, measure)


@cache
def words(lang: str) -> dict[str, str]:
    """Every map word in ``lang`` without its ``maps.`` prefix (for the page template)."""
    lang = lang_of(lang)
    return {key.removeprefix("maps."): m.in_lang(lang) for key, m in MESSAGES.items()}
