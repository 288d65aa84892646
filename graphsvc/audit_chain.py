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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
    """The outcome of :func:`verify_chain`: rows checked, and the first broken link if any."""

    rows: int
    broken_at: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        """Whether every link holds."""
        return self.broken_at is None

    def describe(self) -> str:
        """One line for people: ``N rows, chain intact`` or where and how it breaks."""
        if self.intact:
            return f"{self.rows} rows, chain intact"
        return f"chain broken at row {self.broken_at}: {self.problem}"


def verify_chain(rows: Iterable[ChainRow], appended: int) -> ChainReport:
    """Check rows in ``seq`` order against each other and against ``appended``.

    ``appended`` is how many rows the store says were ever appended (its counter).
    """
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        if row.seq != expected_seq:
            gap = f"rows {expected_seq}-{row.seq - 1} are missing"
            return ChainReport(count, row.seq, gap if row.seq > expected_seq else "out of order")
        if row.prev_hash != prev_hash:
            return ChainReport(
                count,
                row.seq,
                f"prev_hash is {_short(row.prev_hash)} but row {row.seq - 1} hashes to "
                f"{_short(prev_hash)} (the row before it was changed or replaced)",
            )
        computed = row_hash(row.seq, row.values, prev_hash)
        if row.hash != computed:
            return ChainReport(
                count,
                row.seq,
                f"stored hash {_short(row.hash)} but its content hashes to {_short(computed)} "
                "(the row was changed)",
            )
        prev_hash, expected_seq = computed, expected_seq + 1
    if appended > count:
        return ChainReport(
            count,
            count + 1,
            f"{appended} rows were appended but the log ends at row {count} "
            f"(rows {count + 1}-{appended} were removed)",
        )
    return ChainReport(count)


def _short(value: str | None) -> str:
    return "none" if not value else value[:12] + "…"
