"""The one message catalogue: every sentence a person reads, in Finnish (first) and English.

Each layer that speaks to people has its own section module (``ui``, ``maps``, ``analysis``,
``cli``, ``report``, ``errors``) holding ``MESSAGES: dict[str, Message]``; keys are unique
across all sections and start with the section's name (``"ui.nav_search"``). Sentences are made with
:func:`text`, which fills ``str.format`` placeholders and formats numbers and dates in the
reader's locale (Finnish: decimal comma, non-breaking space between thousands, ``”…”``
quotes) through Babel.

>>> text("analysis.count.rockets.many", "fi", n=1234.5)
'1\\xa0234,5 kantorakettia'
>>> text("analysis.count.rockets.many", "en", n=1234.5)
'1,234.5 rockets'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from babel.dates import format_date, format_datetime, format_time, get_timezone
from babel.numbers import format_decimal, format_percent

LANGS: Final = ("fi", "en")
DEFAULT_LANG: Final = "fi"
LOCALES: Final = {"fi": "fi_FI", "en": "en_GB"}
_QUOTES: Final = {"fi": ("\u201d", "\u201d"), "en": ("\u201c", "\u201d")}


@dataclass(frozen=True)
class Message:
    """One sentence in both languages; placeholders are ``str.format`` names."""

    fi: str
    en: str

    def in_lang(self, lang: str) -> str:
        """The sentence in ``lang`` (Finnish for an unknown language)."""
        return self.en if lang == "en" else self.fi


@dataclass(frozen=True)
class Said:
    """A catalogue message and its values, kept unformatted so that each reader gets it in
    their own language (an error raised in a service is read in the CLI, a page or the API).

    >>> Said("errors.unexpected_value", {"value": "x", "allowed": "a, b"}).in_lang("en")
    "'x' is not allowed: use one of a, b"
    """

    key: str
    values: Mapping[str, Any]

    def in_lang(self, lang: str) -> str:
        """The message in ``lang``, its values localised (a Said value in the same language)."""
        return text(self.key, lang, **self.values)


def said(key: str, /, **values: Any) -> Said:
    """The message ``key`` with ``values``, for any reader (KeyError for an unknown key).

    Values that are codes, keys or a person's input go in as strings: numbers and dates are
    formatted in the reader's locale (a row 1234 reads ``1 234`` in Finnish).
    """
    CATALOGUE[key].in_lang(DEFAULT_LANG).format(**values)
    return Said(key, values)


def _collect() -> dict[str, Message]:
    """Every section's messages in one table; a key defined twice is a programming error."""
    from graphsvc.messages import analysis, cli, errors, maps, report, ui

    table: dict[str, Message] = {}
    for section in (ui, maps, analysis, cli, report, errors):
        prefix = section.__name__.rsplit(".", 1)[1] + "."
        for key, message in section.MESSAGES.items():
            if not key.startswith(prefix) or key in table:
                raise RuntimeError(f"message key {key!r} is misplaced or defined twice")
            table[key] = message
    return table


def lang_of(lang: str | None) -> str:
    """``lang`` if it is a catalogue language, else the default (Finnish)."""
    return lang if lang in LANGS else DEFAULT_LANG


def number(value: float, lang: str, digits: int = 2) -> str:
    """``value`` in the reader's locale, with at most ``digits`` decimals.

    >>> number(0.5, "fi"), number(12000, "en")
    ('0,5', '12,000')
    """
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=LOCALES[lang_of(lang)]))


def percent(value: float, lang: str) -> str:
    """A share (0.25) as a percentage in the reader's locale.

    >>> percent(0.25, "fi"), percent(0.25, "en")
    ('25\\xa0%', '25%')
    """
    return str(format_percent(value, locale=LOCALES[lang_of(lang)]))


def date(value: dt.date | dt.datetime, lang: str) -> str:
    """A date (or the date and time of a datetime) in the reader's locale.

    >>> date(dt.date(2026, 12, 2), "fi"), date(dt.date(2026, 12, 2), "en")
    ('2.12.2026', '2 Dec 2026')
    """
    locale = LOCALES[lang_of(lang)]
    if isinstance(value, dt.datetime):
        return str(format_datetime(value, format="short", locale=locale))
    return str(format_date(value, format="medium", locale=locale))


#: The time zone clock times are shown in (the programme's own).
LOCAL_ZONE: Final = "Europe/Helsinki"


def clock(value: dt.datetime, lang: str) -> str:
    """The clock time of a moment in Finland, in the reader's locale.

    >>> moment = dt.datetime(2026, 12, 7, 12, 5, tzinfo=dt.UTC)
    >>> clock(moment, "fi"), clock(moment, "en")
    ('14.05', '14:05')
    """
    zone = get_timezone(LOCAL_ZONE)
    return str(format_time(value, format="short", tzinfo=zone, locale=LOCALES[lang_of(lang)]))


def quote(value: str, lang: str) -> str:
    """``value`` between the reader's quotation marks (Finnish ``”…”``).

    >>> quote("Kouvola", "fi")
    '”Kouvola”'
    """
    opening, closing = _QUOTES[lang_of(lang)]
    return f"{opening}{value}{closing}"


def _localised(value: Any, lang: str) -> Any:
    """A placeholder's value as the reader writes it (numbers and dates per locale)."""
    if isinstance(value, Said):
        return value.in_lang(lang)
    if isinstance(value, bool) or not isinstance(value, (int, float, dt.date)):
        return value
    if isinstance(value, dt.date):
        return date(value, lang)
    return number(value, lang)


def text(key: str, lang: str, /, **values: Any) -> str:
    """The message ``key`` in ``lang`` with its placeholders filled and localised.

    Raises KeyError for a key the catalogue does not hold (a programming error).
    """
    lang = lang_of(lang)
    filled = {name: _localised(value, lang) for name, value in values.items()}
    return CATALOGUE[key].in_lang(lang).format(**filled)


def texts(keys: Mapping[str, str], lang: str) -> dict[str, str]:
    """Several messages without placeholders at once: ``{name: text(key, lang)}``."""
    return {name: text(key, lang) for name, key in keys.items()}


CATALOGUE: Final[dict[str, Message]] = _collect()
