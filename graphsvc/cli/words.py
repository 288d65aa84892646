"""Codes as words: kinds, roles and statuses in the command's language, through the catalogue."""

from __future__ import annotations

from graphsvc.messages import CATALOGUE, text


def label(prefix: str, value: object, lang: str) -> str:
    """The name of an enum value (``ui.<prefix>_<value>``, as the web UI says it), else the value.

    >>> label("prole", "lead", "fi"), label("kind", "city", "en"), label("kind", "x", "en")
    ('vetäjä', 'City unit', 'x')
    """
    key = f"ui.{prefix}_{value}"
    return text(key, lang) if key in CATALOGUE else ("" if value is None else str(value))


def heads(names: tuple[str, ...], lang: str) -> list[str]:
    """Column headers ``cli.col.<name>`` in ``lang``.

    >>> heads(("key", "name"), "fi")
    ['avain', 'nimi']
    """
    return [text(f"cli.col.{name}", lang) for name in names]
