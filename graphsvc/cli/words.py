"""Column headers of the command line's own tables, through the catalogue."""

from __future__ import annotations

from graphsvc.messages import text


def heads(names: tuple[str, ...], lang: str) -> list[str]:
    """Column headers ``cli.col.<name>`` in ``lang``.

    >>> heads(("key", "name"), "fi")
    ['avain', 'nimi']
    """
    return [text(f"cli.col.{name}", lang) for name in names]
