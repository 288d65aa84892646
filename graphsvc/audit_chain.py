"""The audit log's hash chain: the canonical encoding of a row, its hash, and the check.

Each row's ``hash`` is SHA-256 over the canonical JSON of ``[seq, at, who, role, action,
object, outcome, prev_hash]``, where ``prev_hash`` is the previous row's ``hash``
(:data:`GENESIS` for the first). Changing, removing or reordering a row breaks the
chain at that row or the next; removing the newest rows shows as fewer rows than were
appended (each store keeps that count beside the log).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graphsvc.messages import text

#: The ``prev_hash`` of the first row.
GENESIS = "0" * 64
#: The fields of a row that its hash covers, in order (besides ``seq`` and ``prev_hash``).
FIELDS = ("at", "who", "role", "action", "object", "outcome")


def row_hash(seq: int, values: Sequence[str], prev_hash: str) -> str:
    """The hash of one row: ``values`` are the row's :data:`FIELDS`, in that order.

    >>> row_hash(1, ["t", "cli", "admin", "import", "workbook", "ok"], GENESIS)[:12]
    '170eaf86ace7'
    """
    canonical = json.dumps(
        [seq, *values, prev_hash], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


@dataclass(frozen=True)
class ChainRow:
    """One stored row as the check reads it: its number, field values and both hashes."""

    seq: int
    values: tuple[str, ...]
    prev_hash: str | None
    hash: str | None


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :func:`verify_chain`: rows checked, and the first broken link if any.

    ``reason`` names how the chain breaks (``missing``, ``out_of_order``, ``prev_hash``,
    ``hash``, ``removed``; empty when intact) and ``facts`` the values its sentence names;
    the sentence itself is the catalogue's ``cli.out.chain.<reason>``.
    """

    rows: int
    broken_at: int | None = None
    reason: str = ""
    facts: Mapping[str, str] = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        """Whether every link holds."""
        return self.broken_at is None

    @property
    def problem(self) -> str:
        """How the chain breaks, in English (empty when intact)."""
        return self.problem_in("en")

    def problem_in(self, lang: str) -> str:
        """How the chain breaks, in ``lang`` (empty when intact)."""
        if self.intact:
            return ""
        none = text("cli.out.chain.no_hash", lang)
        return text(
            f"cli.out.chain.{self.reason}", lang, **{k: v or none for k, v in self.facts.items()}
        )

    def describe(self) -> str:
        """One line for people, in English: ``N rows, chain intact`` or where and how it breaks."""
        return self.describe_in("en")

    def describe_in(self, lang: str) -> str:
        """:meth:`describe` in ``lang``.

        >>> ChainReport(3).describe_in("fi")
        '3 riviä, ketju ehjä'
        """
        if self.intact:
            return text("cli.out.chain.intact", lang, rows=str(self.rows))
        return text(
            "cli.out.chain.broken", lang, row=str(self.broken_at), problem=self.problem_in(lang)
        )

    def facts_public(self) -> dict[str, Any]:
        """The report as JSON-ready facts (:meth:`from_facts` reads them back)."""
        return {
            "rows": self.rows,
            "broken_at": self.broken_at,
            "reason": self.reason,
            "facts": dict(self.facts),
        }

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any]) -> ChainReport:
        """The report that :meth:`facts_public` gave."""
        return cls(facts["rows"], facts["broken_at"], facts["reason"], dict(facts["facts"]))


def verify_chain(rows: Iterable[ChainRow], appended: int) -> ChainReport:
    """Check rows in ``seq`` order against each other and against ``appended``.

    ``appended`` is how many rows the store says were ever appended (its counter).
    """
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        if row.seq != expected_seq:
            if row.seq < expected_seq:
                return ChainReport(count, row.seq, "out_of_order")
            gap = {"first": str(expected_seq), "last": str(row.seq - 1)}
            return ChainReport(count, row.seq, "missing", gap)
        if row.prev_hash != prev_hash:
            hashes = {"stored": _short(row.prev_hash), "computed": _short(prev_hash)}
            return ChainReport(count, row.seq, "prev_hash", {**hashes, "before": str(row.seq - 1)})
        computed = row_hash(row.seq, row.values, prev_hash)
        if row.hash != computed:
            hashes = {"stored": _short(row.hash), "computed": _short(computed)}
            return ChainReport(count, row.seq, "hash", hashes)
        prev_hash, expected_seq = computed, expected_seq + 1
    if appended > count:
        removed = {"appended": str(appended), "count": str(count)}
        return ChainReport(
            count, count + 1, "removed", {**removed, "first": str(count + 1), "last": str(appended)}
        )
    return ChainReport(count)


def _short(value: str | None) -> str:
    """The first 12 hex digits of a hash; empty for none (the sentence says ``none``)."""
    return value[:12] + "…" if value else ""
