"""Every problem of a submitted form, in the page's language, each tied to its field.

A :class:`FormCheck` reads the fields of one request and keeps going after a problem, so
the form comes back listing all of them at once (an error summary at the top linking to
each field, and the message beside the field). The rules are the model's
(:mod:`graphsvc.model_rules`, :mod:`graphsvc.values`); only the words are the UI's, from
the message catalogue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from fastapi import Request

from graphsvc import messages
from graphsvc.api.ui.pages import label_of
from graphsvc.api.ui.session import form_value, form_values
from graphsvc.errors import ValidationError
from graphsvc.model_rules import is_valid_business_id, is_valid_email, validate_key
from graphsvc.values import (
    FORBIDDEN_CHARACTERS,
    LIST_ITEM_TEXT,
    LIST_ITEMS,
    QUOTED_PREFIX,
    text_limit,
)


@dataclass(frozen=True)
class Problem:
    """One problem of a form: the field it is about (its input's id is ``f-<field>``; ''
    for the form as a whole) and what to do, in the page's language."""

    field: str
    message: str


@dataclass
class FormCheck:
    """The fields of one submitted form, read and checked one by one."""

    request: Request
    lang: str
    problems: list[Problem] = field(default_factory=list)

    def say(self, name: str, key: str, **values: Any) -> None:
        """Record the problem ``ui.<key>`` of field ``name``."""
        label = messages.text(f"ui.{name}", self.lang) if name else ""
        self.problems.append(
            Problem(name, messages.text(f"ui.{key}", self.lang, field=label, **values))
        )

    def quoted(self, value: str) -> str:
        """What the person typed, shortened and quoted as the reader quotes."""
        short = value if len(value) <= QUOTED_PREFIX else value[: QUOTED_PREFIX - 1] + "…"
        return messages.quote(short, self.lang)

    def text(self, name: str, *, required: bool = False) -> str | None:
        """A text field (CRLF as LF), or None when empty; length and characters checked."""
        value = form_value(self.request, name).replace("\r\n", "\n")
        if not value:
            if required:
                self.say(name, "err_required")
            return None
        self._characters(name, value, text_limit(name), "err_too_long")
        return value

    def _characters(self, name: str, value: str, limit: int, too_long: str, **at: Any) -> bool:
        if len(value) > limit:
            self.say(name, too_long, n=len(value), limit=limit, **at)
            return False
        bad = FORBIDDEN_CHARACTERS.search(value)
        if bad:
            code = f"U+{ord(bad.group()):04X}"
            self.say(name, "err_character", code=code, position=bad.start() + 1)
            return False
        return True

    def items(self, name: str) -> list[str] | None:
        """A ``;``-separated list field, or None when empty; each item checked."""
        value = form_value(self.request, name).replace("\r\n", "\n")
        items = [part.strip() for part in value.split(";") if part.strip()]
        if len(items) > LIST_ITEMS:
            self.say(name, "err_list_count", n=len(items), limit=LIST_ITEMS)
        for position, item in enumerate(items, start=1):
            if not self._characters(name, item, LIST_ITEM_TEXT, "err_list_item", position=position):
                break
        return items or None

    def choice(self, name: str, enum: type[StrEnum], prefix: str, *, required: bool) -> str | None:
        """An enum field (a select), or None when empty."""
        value = form_value(self.request, name)
        if not value:
            if required:
                self.say(name, "err_required")
            return None
        if value not in {m.value for m in enum}:
            names = ", ".join(label_of(self.lang, prefix, m.value) for m in enum)
            self.say(name, "err_choice", value=self.quoted(value), allowed=names)
        return value

    def key(self, name: str = "key") -> str:
        """A new node's key."""
        value = form_value(self.request, name)
        if not value:
            self.say(name, "err_required")
            return value
        try:
            validate_key(value)
        except ValidationError:
            self.say(name, "err_key", value=self.quoted(value))
        return value

    def day(self, name: str, stored: Any = None) -> str | None:
        """A date field (``<input type="date">`` sends ``YYYY-MM-DD``), or None when empty.

        A value imported as free text (``keväällä 2025``) is shown in a text input and kept
        when it comes back unchanged (``stored``); a changed one must be a date.
        """
        value = form_value(self.request, name)
        if not value:
            return None
        if stored is not None and value == str(stored):
            return value
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            self.say(name, "err_date", value=self.quoted(value))
            return value
        if len(value) != 10:
            self.say(name, "err_date", value=self.quoted(value))
        return value

    def period(self, start: str | None, end: str | None, name: str = "end") -> None:
        """An end before the start is a problem of the end field."""
        try:
            starts, ends = dt.date.fromisoformat(start or ""), dt.date.fromisoformat(end or "")
        except ValueError:
            return
        if ends < starts:
            day = messages.date
            self.say(
                name, "err_end_before_start", end=day(ends, self.lang), start=day(starts, self.lang)
            )

    def email(self, name: str) -> str | None:
        """An e-mail field."""
        value = self.text(name)
        if value and not is_valid_email(value):
            self.say(name, "err_email", value=self.quoted(value))
        return value

    def business_id(self, name: str = "business_id") -> str | None:
        """A Finnish business id (Y-tunnus) with its check digit."""
        value = self.text(name)
        if value and not is_valid_business_id(value):
            self.say(name, "err_business_id", value=self.quoted(value))
        return value

    def values(self, name: str) -> list[str]:
        """Every value of a repeated field (checkboxes)."""
        return form_values(self.request, name)
