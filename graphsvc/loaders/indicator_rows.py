"""Row validation of the ``indicators`` and ``indicator_values`` sheets -> indicator records.

Every cell is checked on its own, so one row can name several problems, each with its
column: a missing baseline or target, a target year that is not after the baseline year,
a value that is not a number (``1 234,5`` with a Finnish decimal comma is 1234.5), an
owner or an indicator that the workbook does not define (left to the caller to look up
in the store).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphsvc.errors import ValidationError
from graphsvc.indicator_model import (
    FIELD,
    MEASURABLE,
    Direction,
    Indicator,
    Observation,
    check_machine_source,
    parse_number,
    parse_year,
)
from graphsvc.loaders import checks
from graphsvc.loaders.checks import Problems
from graphsvc.loaders.files import Sheet
from graphsvc.messages import Said, said
from graphsvc.model_rules import allowed
from graphsvc.values import quoted

INDICATOR_COLUMNS = (
    "key",
    "name_fi",
    "direction",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
    "rocket",
)
INDICATOR_OPTIONAL = ("name_en", "unit", "owner", "source", "machine_source")
VALUE_COLUMNS = ("indicator", "year", "value")
VALUE_OPTIONAL = ("provisional", "note", "source")
#: Columns held to a rule of their own (not free text).
RULED = frozenset(
    {"key", "direction", "rocket", "owner", "machine_source", "indicator", "provisional"}
    | {"baseline_year", "baseline_value", "target_year", "target_value", "year", "value"}
)
_TRUE = frozenset({"true", "1", "yes", "kyllä", "x", "ennakko", "provisional"})
_FALSE = frozenset({"", "false", "0", "no", "ei"})
_DIRECTIONS = frozenset(d.value for d in Direction)

Location = tuple[Sheet, int, str]


@dataclass
class IndicatorRecords:
    """What the two sheets write, and the references left to the store."""

    indicators: list[Indicator] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    #: owner (actor) key -> where the sheet names it, for owners the workbook lacks
    owners: dict[str, list[Location]] = field(default_factory=dict)
    #: indicator key -> where, for values of indicators the workbook lacks
    indicators_named: dict[str, list[Location]] = field(default_factory=dict)


def _parsed(
    problems: Problems,
    sheet: Sheet,
    name: str,
    parse: Callable[[str], Any],
    *,
    needed: bool = True,
) -> list[Any]:
    """The column parsed cell by cell (None where empty or refused; problems recorded)."""
    values = checks.required(problems, sheet, name) if needed else checks.column(sheet, name)
    out: list[Any] = []
    for row, text in zip(sheet.frame.index.tolist(), values.tolist(), strict=True):
        if not text:
            out.append(None)
            continue
        try:
            out.append(parse(text))
        except ValidationError as e:
            problems.add(sheet, int(row), name, text, _detail(e, name))
            out.append(None)
    return out


def _detail(error: ValidationError, name: str) -> str | Said:
    """A parser's message without its own ``name: `` prefix (the location names it)."""
    found = error.said
    if found is not None and found.key == FIELD and found.values.get("what") == name:
        return found.values["problem"]  # type: ignore[no-any-return]
    return found or error.message


def indicator_sheet(
    sheet: Sheet, problems: Problems, actors: set[str], out: IndicatorRecords
) -> set[str]:
    """Validate the ``indicators`` sheet into ``out``; the set of its keys."""
    rows = sheet.frame.index.tolist()
    keys = checks.keys(problems, sheet, "key", unique=True).tolist()
    names = checks.required(problems, sheet, "name_fi").tolist()
    direction = checks.choice(problems, sheet, "direction", Direction)
    checks.required(problems, sheet, "direction")
    years = {n: _parsed(problems, sheet, n, parse_year) for n in ("baseline_year", "target_year")}
    numbers = {
        n: _parsed(problems, sheet, n, parse_number) for n in ("baseline_value", "target_value")
    }
    measures = checks.required(problems, sheet, "rocket").str.lower()
    checks.report_bad(
        problems,
        sheet,
        "rocket",
        measures,
        (measures != "") & ~measures.isin(list(MEASURABLE)),
        lambda v: said("errors.value.not_one_of", value=quoted(v), allowed=allowed(MEASURABLE)),
        allowed(MEASURABLE),
    )
    sources = checks.valid(
        problems,
        sheet,
        "machine_source",
        _is_machine_source,
        lambda v: _machine_source_problem(v) or "",
    ).tolist()
    owners = _owners(problems, sheet, actors, out)
    text = {n: checks.column(sheet, n).tolist() for n in ("name_en", "unit", "source")}
    for i, row in enumerate(rows):
        base_year, target_year = years["baseline_year"][i], years["target_year"][i]
        if base_year is not None and target_year is not None and target_year <= base_year:
            problems.add(
                sheet,
                row,
                "target_year",
                target_year,
                said(
                    "errors.model.indicator.target_year",
                    target=str(target_year),
                    baseline=str(base_year),
                ),
            )
            continue
        base, target = numbers["baseline_value"][i], numbers["target_value"][i]
        if base is not None and base == target:
            problems.add(sheet, row, "target_value", target, said("errors.load.target_is_baseline"))
            continue
        cells = (keys[i], names[i], direction.iloc[i], base_year, target_year, base, target)
        if any(c in (None, "") for c in cells) or measures.iloc[i] not in MEASURABLE:
            continue  # a problem is recorded: the import is refused
        if (
            direction.iloc[i] not in _DIRECTIONS
            or sources[i]
            and not _is_machine_source(sources[i])
        ):
            continue
        out.indicators.append(
            Indicator(
                key=keys[i],
                name_fi=names[i],
                name_en=text["name_en"][i],
                unit=text["unit"][i],
                direction=Direction(direction.iloc[i]),
                baseline_year=base_year,
                baseline_value=base,
                target_year=target_year,
                target_value=target,
                measures=measures.iloc[i],
                source=text["source"][i],
                machine_source=sources[i],
                owner=owners[i] or None,
            )
        )
    return set(keys)


def _is_machine_source(value: str) -> bool:
    return _machine_source_problem(value) is None


def _machine_source_problem(value: str) -> str | Said | None:
    try:
        check_machine_source(value)
    except ValidationError as e:
        return e.said or e.message
    return None


def _owners(problems: Problems, sheet: Sheet, actors: set[str], out: IndicatorRecords) -> list[str]:
    owners = checks.column(sheet, "owner")
    for row, value in checks.cells(owners, (owners != "") & ~owners.isin(list(actors))):
        out.owners.setdefault(value, []).append((sheet, row, "owner"))
    return owners.tolist()


def value_sheet(
    sheet: Sheet, problems: Problems, indicators: set[str], out: IndicatorRecords
) -> None:
    """Validate the ``indicator_values`` sheet into ``out``."""
    named = checks.keys(problems, sheet, "indicator", unique=False)
    for row, key in checks.cells(named, (named != "") & ~named.isin(list(indicators))):
        out.indicators_named.setdefault(key, []).append((sheet, row, "indicator"))
    years = _parsed(problems, sheet, "year", parse_year)
    numbers = _parsed(problems, sheet, "value", parse_number)
    marks = checks.column(sheet, "provisional").str.lower()
    checks.report_bad(
        problems,
        sheet,
        "provisional",
        checks.column(sheet, "provisional"),
        ~marks.isin(list(_TRUE | _FALSE)),
        lambda v: said("errors.load.not_true_or_false", value=quoted(v)),
        "true, false (or kyllä, ei; empty is false)",
    )
    notes, sources = checks.column(sheet, "note").tolist(), checks.column(sheet, "source").tolist()
    seen: dict[tuple[str, int], int] = {}
    for i, row in enumerate(sheet.frame.index.tolist()):
        key, year, number = named.iloc[i], years[i], numbers[i]
        if not key or year is None or number is None:
            continue
        if (key, year) in seen:
            problems.add(
                sheet,
                row,
                "year",
                year,
                said(
                    "errors.load.value_twice",
                    key=quoted(key),
                    year=str(year),
                    row=str(seen[(key, year)]),
                ),
            )
            continue
        seen[(key, year)] = row
        provisional = marks.iloc[i] in _TRUE
        out.observations.append(Observation(key, year, number, provisional, notes[i], sources[i]))
