"""The message catalogue: both languages for every message, and locale-aware formatting."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from graphsvc import messages
from graphsvc.messages import CATALOGUE, text


def _placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_speaks_both_languages_with_the_same_placeholders(key: str) -> None:
    message = CATALOGUE[key]
    assert message.fi.strip() and message.en.strip(), key
    assert _placeholders(message.fi) == _placeholders(message.en), key


def test_numbers_and_dates_follow_the_readers_locale() -> None:
    assert messages.number(1234.5, "fi") == "1\xa0234,5"
    assert messages.number(1234.5, "en") == "1,234.5"
    assert messages.date(dt.date(2026, 3, 1), "fi") == "1.3.2026"
    assert messages.quote("x", "fi") == "\u201dx\u201d"


def test_placeholders_are_localised_and_an_unknown_language_falls_back_to_finnish() -> None:
    assert text("analysis.count.rockets.many", "fi", n=0.25) == "0,25 kantorakettia"
    assert text("analysis.count.rockets.many", "sv", n=2) == "2 kantorakettia"
    with pytest.raises(KeyError):
        text("cli.no_such_message", "fi")


def test_an_error_raised_with_a_said_message_reads_in_each_language_and_survives_pickling():
    import pickle

    from graphsvc.errors import ValidationError, rows_in_lang
    from graphsvc.messages import said

    error = ValidationError(said("errors.unexpected_value", value="x", allowed="a, b"))
    assert error.message == "'x' is not allowed: use one of a, b" == str(error)
    assert error.in_lang("fi") == "'x' ei käy: käytä jotakin näistä: a, b"
    copy = pickle.loads(pickle.dumps(error))  # an analysis error crosses the process pool
    assert copy.in_lang("fi") == error.in_lang("fi") and copy.message == error.message
    assert ValidationError("plain").in_lang("fi") == "plain"
    row = {"row": 3, "message": error.message, "said": error.said}
    assert rows_in_lang([row], "fi") == [{"row": 3, "message": error.in_lang("fi")}]


def test_said_refuses_a_key_the_catalogue_does_not_hold():
    from graphsvc.messages import said

    with pytest.raises(KeyError):
        said("errors.no_such_message")
