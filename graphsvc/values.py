"""What a stored text value may hold and how long it may be, and how messages quote values.

One rule for every writer: the API schemas, the web forms, the workbook importer and
the stores' own validation (:func:`graphsvc.model_rules.validate_node`) all call these, so
a value refused in one place is refused in every place, with the same words.

Refused characters, and why:

- C0 controls except tab and line feed (U+0000-U+0008, U+000B-U+001F). XML 1.0 cannot
  hold them, so GraphML, GEXF and XLSX exports would break, and a terminal runs ESC.
- carriage return (U+000D): XML parsers turn CR and CRLF into LF (XML 1.0, 2.11), so a
  value with CR never comes back from GraphML or GEXF as it went in, and in a terminal
  a CR moves back to the start of the line to print over what was there. Line breaks
  are LF; the web forms turn the CRLF that browsers send into LF before this check.
- DEL and the C1 controls (U+007F-U+009F): no text holds them except by a decoding
  mistake, and U+009B is a terminal's CSI.
- lone surrogates (U+D800-U+DFFF): not characters; UTF-8 cannot encode them.
- U+FFFE and U+FFFF: not characters; XML 1.0 forbids them.
"""

from __future__ import annotations

import re
from typing import Any

from graphsvc.messages import Said, said

#: Most characters of one text property (names, titles, sector, contact fields, ...).
SHORT_TEXT = 500
#: Most characters of a long text property (``description``).
LONG_TEXT = 20_000
#: Most characters of one item of a list property (``tags``, ``themes``).
LIST_ITEM_TEXT = 200
#: Most items of a list property.
LIST_ITEMS = 100
#: The properties that may hold LONG_TEXT characters; every other text holds SHORT_TEXT.
LONG_PROPERTIES: frozenset[str] = frozenset({"description"})
#: How many characters of a submitted value an error message may quote.
QUOTED_PREFIX = 40

#: The characters no stored text may hold (see the module docstring).
FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def text_limit(name: str) -> int:
    """The most characters the text property ``name`` may hold.

    >>> text_limit("description"), text_limit("name")
    (20000, 500)
    """
    return LONG_TEXT if name in LONG_PROPERTIES else SHORT_TEXT


def character_problem(text: str) -> Said | None:
    """Why ``text`` cannot be stored (its first refused character), or None when it can.

    >>> character_problem("line\\nbreak\\ttab") is None
    True
    >>> character_problem("bell\\x07").in_lang("en")
    'has the control character U+0007 at position 5: remove it (tab and line feed are allowed)'
    """
    match = FORBIDDEN_CHARACTERS.search(text)
    if match is None:
        return None
    char = match.group()
    what = "cr" if char == "\r" else "control"
    if "\ud800" <= char <= "\udfff":
        what = "surrogate"
    elif char in "\ufffe\uffff":
        what = "non_character"
    return said(
        f"errors.value.character.{what}",
        code=f"U+{ord(char):04X}",
        position=str(match.start() + 1),
    )


def text_problem(text: str, limit: int) -> Said | None:
    """Why ``text`` cannot be stored as a property of at most ``limit`` characters, or None.

    >>> text_problem("x" * 501, 500).in_lang("en")
    'is 501 characters long, more than the limit of 500'
    """
    if len(text) > limit:
        return said("errors.value.too_long", n=len(text), limit=limit)
    return character_problem(text)


def list_problem(items: list[str]) -> Said | None:
    """Why the items of a list property cannot be stored, or None when they can.

    >>> list_problem(["rail", "x" * 201]).in_lang("en")
    'item 2 is 201 characters long, more than the limit of 200'
    """
    if len(items) > LIST_ITEMS:
        return said("errors.value.too_many_items", n=len(items), limit=LIST_ITEMS)
    for position, item in enumerate(items, start=1):
        problem = text_problem(item, LIST_ITEM_TEXT)
        if problem:
            return said("errors.value.item", position=str(position), problem=problem)
    return None


def joined(parts: list[str | Said]) -> str | Said:
    """Messages one after another, ``; `` between them, each read in the reader's language.

    >>> joined(["a", said("errors.value.item", position="2", problem="b")]).in_lang("en")
    'a; item 2 b'
    """
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2  # halves, so that a long list nests only log2(n) deep
    return said("errors.value.joined", first=joined(parts[:half]), rest=joined(parts[half:]))


def quoted(value: Any) -> str:
    """``value`` for an error message: its repr, cut to a short prefix when it is long.

    A message never carries more than :data:`QUOTED_PREFIX` characters of what was sent.

    >>> quoted("compny")
    "'compny'"
    >>> quoted("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (100 characters)"
    """
    if isinstance(value, str) and len(value) > QUOTED_PREFIX:
        prefix = repr(value[:QUOTED_PREFIX])
        return f"{prefix[:-1]}…{prefix[-1]} ({len(value):,} characters)"
    text = repr(value)
    if len(text) > QUOTED_PREFIX + 2:
        return text[:QUOTED_PREFIX] + "…"
    return text


def shortened(value: Any) -> Any:
    """``value`` as an error report may carry it: text cut to the quoted prefix.

    >>> shortened("x" * 50)
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
    """
    if isinstance(value, str) and len(value) > QUOTED_PREFIX:
        return value[:QUOTED_PREFIX] + "…"
    if isinstance(value, list):
        return [shortened(v) for v in value[:10]]
    return value
