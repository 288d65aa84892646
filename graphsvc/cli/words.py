"""Column headers of the command line's own tables, and sentences made elsewhere, through
the catalogue."""

from __future__ import annotations

import re

from graphsvc.messages import CATALOGUE, Said, text


def heads(names: tuple[str, ...], lang: str) -> list[str]:
    """Column headers ``cli.col.<name>`` in ``lang``.

    >>> heads(("key", "name"), "fi")
    ['avain', 'nimi']
    """
    return [text(f"cli.col.{name}", lang) for name in names]


def in_lang(value: str | Said, lang: str) -> str:
    """A sentence made elsewhere in ``lang``: a catalogue message (Said) as the reader reads
    it, a plain text as it is.

    >>> in_lang(Said("cli.col.key", {}), "fi"), in_lang("as is", "fi")
    ('avain', 'as is')
    """
    return value.in_lang(lang) if isinstance(value, Said) else value


def step_word(step: str, lang: str) -> str:
    """A progress step named by an analysis or a load (``"eigenvector and PageRank"``) in
    ``lang``: the catalogue's ``cli.out.step.<step>``, or the step as it is.

    >>> step_word("checking references", "fi"), step_word("something new", "fi")
    ('tarkistetaan viittaukset', 'something new')
    """
    key = "cli.out.step." + re.sub(r"[^a-z0-9]+", "_", step.casefold()).strip("_")
    return text(key, lang) if key in CATALOGUE else step
