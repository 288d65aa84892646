"""Machine sources of indicators (``statfin:`` PxWeb tables, ``sotkanet:`` indicators), parsed.

A machine source says where an indicator's values can be read by a program:

- ``statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto`` is a
  Statistics Finland PxWeb table (``{db}/{path}/{table}`` as in the PxWeb API v1 URL) and
  the value codes to select per dimension code (several codes comma-separated);
- ``sotkanet:127?region=286`` is THL Sotkanet indicator 127 for region 286.

Codes may be percent-encoded (``%C3%A4`` for ``ä``). Also here: :func:`observation_source`,
the short text an observation carries about where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from graphsvc.errors import ValidationError
from graphsvc.messages import said
from graphsvc.values import FORBIDDEN_CHARACTERS, SHORT_TEXT, quoted

#: The services a machine source can name.
SERVICES: tuple[str, ...] = ("statfin", "sotkanet")
#: The two forms of a machine source, as a message shows them.
FORMS = said("errors.load.source.forms")
_SEGMENT = re.compile(r"[A-Za-z0-9_.\-]+")
_BAD_CODE = re.compile(r"[\s&=,?/\\]|[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class MachineSource:
    """A parsed machine source: ``service``, ``table`` and the selected codes per dimension."""

    service: str
    table: str
    selections: dict[str, list[str]] = field(default_factory=dict)

    def single(self, dimension: str) -> str | None:
        """The one code selected for ``dimension``, or None when none or several are selected.

        >>> parse_machine_source("sotkanet:127?region=286").single("region")
        '286'
        """
        codes = self.selections.get(dimension, [])
        return codes[0] if len(codes) == 1 else None


def _refuse(text: str, why: str, **values: str) -> ValidationError:
    """The refusal of ``text`` because of ``errors.load.source.<why>``."""
    reason = said(f"errors.load.source.{why}", **values)
    return ValidationError(
        said("errors.load.source.refused", value=quoted(text), why=reason, forms=FORMS),
        value=text,
    )


def parse_machine_source(text: str) -> MachineSource:
    """The machine source in ``text``; ValidationError naming the text and showing both forms.

    >>> source = parse_machine_source(
    ...     "statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto,miehet"
    ... )
    >>> source.table
    'StatFin/vaerak/statfin_vaerak_pxt_11ra.px'
    >>> source.selections
    {'Alue': ['KU286'], 'Tiedot': ['vaesto', 'miehet']}
    >>> parse_machine_source("sotkanet:127?region=286").selections
    {'region': ['286']}
    """
    raw = str(text or "").strip()
    service, colon, rest = raw.partition(":")
    if not colon or service.lower() not in SERVICES:
        raise _refuse(raw, "service")
    service = service.lower()
    table, _, query = rest.partition("?")
    if service == "statfin":
        segments = table.split("/")
        if len(segments) < 2 or not all(
            _SEGMENT.fullmatch(s) and s not in (".", "..") for s in segments
        ):
            raise _refuse(raw, "table", table=quoted(table))
    elif not table.isdigit():
        raise _refuse(raw, "number", table=quoted(table))
    selections: dict[str, list[str]] = {}
    for part in query.split("&") if query else []:
        key, equals, codes = part.partition("=")
        dimension = unquote(key).strip()
        values = [unquote(code).strip() for code in codes.split(",")]
        if not equals or not dimension or not all(values):
            raise _refuse(raw, "selection", part=quoted(part))
        if dimension in selections:
            raise _refuse(raw, "twice", dimension=dimension)
        if any(_BAD_CODE.search(c) for c in (dimension, *values)):
            raise _refuse(raw, "characters", part=quoted(part))
        selections[dimension] = values
    return MachineSource(service=service, table=table, selections=selections)


def observation_source(*parts: str) -> str:
    """The non-empty ``parts`` joined by commas, as an observation may store it.

    Controls are turned into spaces, runs of spaces into one, and the text is cut to
    the length of a short text.

    >>> observation_source("Tilastokeskus", "", "taulukko 11ra", "KU286 Kouvola")
    'Tilastokeskus, taulukko 11ra, KU286 Kouvola'
    """
    cleaned = (" ".join(FORBIDDEN_CHARACTERS.sub(" ", str(p)).split()) for p in parts if p)
    text = ", ".join(p for p in cleaned if p)
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"
