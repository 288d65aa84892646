"""Row validation: workbook sheets -> model Node and Edge records, with every problem found.

The sheet layouts (:data:`SPECS`) are the workbook format of docs/formats.md. References
(a participation row naming an actor and an action, a collaboration naming two
actors) are resolved against the workbook here; those it does not define are
returned in :attr:`Records.unresolved` for the caller to look up in the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from graphsvc.loaders import checks
from graphsvc.loaders.checks import Problems
from graphsvc.loaders.files import REQUIRED_SHEETS, RawWorkbook, Sheet, import_error
from graphsvc.loaders.indicator_rows import (
    INDICATOR_COLUMNS,
    INDICATOR_OPTIONAL,
    RULED,
    VALUE_COLUMNS,
    VALUE_OPTIONAL,
    IndicatorRecords,
    indicator_sheet,
    value_sheet,
)
from graphsvc.loaders.portfolio_rows import (
    Portfolio,
    action_rockets,
    action_themes,
    programme_sheet,
    rocket_sheet,
    theme_sheet,
)
from graphsvc.messages import said
from graphsvc.model import (
    CONTACT_FIELDS,
    LIST_PROPERTIES,
    ActorKind,
    Edge,
    Label,
    Node,
    RelType,
    Role,
    Status,
)
from graphsvc.model_rules import is_valid_business_id, is_valid_email
from graphsvc.values import quoted

_YEAR_TEXT = re.compile(r"[0-9]{4}")
#: The words a ``confirmed`` cell may hold, Finnish and English.
_TRUTH = {"true": True, "false": False, "kyllä": True, "ei": False, "yes": True, "no": False}
_TRUTH_WORDS = ", ".join(_TRUTH)


@dataclass(frozen=True)
class SheetSpec:
    """The columns of one sheet: required ones first, then optional ones."""

    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column of the sheet, in the order exports write them."""
        return self.required + self.optional


ACTOR_COLUMNS = ("sector", "municipality", "business_id", "website", "tags", "verified_at")
SPECS: dict[str, SheetSpec] = {
    "actors": SheetSpec(("key", "name", "kind"), (*ACTOR_COLUMNS, *CONTACT_FIELDS)),
    "actions": SheetSpec(
        ("key", "title", "rocket"),
        ("programme", "status", "start", "end", "themes", "description"),
    ),
    "participation": SheetSpec(("actor", "action"), ("role",)),
    "programmes": SheetSpec(
        ("key", "name"), ("name_en", "kind", "part_of", "period_start", "period_end", "description")
    ),
    "rockets": SheetSpec(("key",), ("programme", "name_fi", "name_en", "number", "kind")),
    "themes": SheetSpec(("key", "name_fi"), ("name_en",)),
    "collaborations": SheetSpec(
        ("actor_a", "actor_b"), ("kind", "since", "source", "year", "respondent", "confirmed")
    ),
    "indicators": SheetSpec(INDICATOR_COLUMNS, INDICATOR_OPTIONAL),
    "indicator_values": SheetSpec(VALUE_COLUMNS, VALUE_OPTIONAL),
}
#: The sheets that define nodes, and the label of those nodes.
NODE_SHEETS: dict[str, Label] = {
    "actors": Label.ACTOR,
    "actions": Label.ACTION,
    "programmes": Label.PROGRAMME,
    "rockets": Label.ROCKET,
    "themes": Label.THEME,
}

#: Columns that other checks already hold to a rule (keys, rocket keys, choices).
_NOT_FREE_TEXT: dict[str, frozenset[str]] = {
    "actors": frozenset({"key", "kind"}),
    "actions": frozenset({"key", "rocket", "programme", "status", "themes"}),
    "participation": frozenset({"actor", "action", "role"}),
    "programmes": frozenset({"key", "kind", "part_of", "period_start", "period_end"}),
    "rockets": frozenset({"key", "programme", "number", "kind"}),
    "themes": frozenset({"key"}),
    "collaborations": frozenset({"actor_a", "actor_b", "year", "respondent", "confirmed"}),
    "indicators": RULED,
    "indicator_values": RULED,
}

Location = tuple[Sheet, int, str]


@dataclass
class Records:
    """What a valid workbook writes, and what it leaves to the store to confirm."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    #: action key -> its rocket keys (primary first): the action's complete FUELS list
    rockets_of: dict[str, list[str]] = field(default_factory=dict)
    #: action key -> its theme keys, when the sheet has ``themes``: its complete ADDRESSES
    themes_of: dict[str, list[str]] = field(default_factory=dict)
    #: optional property columns a node sheet does not have (stored values are kept)
    absent: dict[Label, tuple[str, ...]] = field(default_factory=dict)
    #: (label, key) referenced but not defined in the workbook -> where
    unresolved: dict[tuple[Label, str], list[Location]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    #: the indicators and their values, with the references the store must confirm
    indicators: IndicatorRecords = field(default_factory=IndicatorRecords)


def validate_workbook(
    book: RawWorkbook, problems: Problems, portfolio: Portfolio | None = None
) -> Records:
    """Check every sheet and build the records; problems go to ``problems``.

    ``portfolio`` holds the programmes, rockets and themes the store has (by default the
    built-in ones). Raises checks.TooManyProblems when the cap is reached (the caller
    reports).
    """
    records = Records()
    portfolio = portfolio or Portfolio()
    for name in REQUIRED_SHEETS:
        if name not in book.sheets:
            found = ", ".join(book.sheets) or said("errors.load.no_sheets")
            message = said("errors.load.missing_sheet", source=book.source, name=name, found=found)
            problems.errors.append(import_error(book.source, message))
    usable = {}
    for name, sheet in book.sheets.items():
        spec = SPECS[name]
        records.rows[name] = len(sheet.frame)
        if checks.check_columns(problems, sheet, spec.required, spec.optional):
            usable[name] = sheet
            if name in NODE_SHEETS:
                absent = tuple(c for c in spec.optional if c not in sheet.frame.columns)
                records.absent[NODE_SHEETS[name]] = absent
    for name, sheet in usable.items():
        for column in SPECS[name].columns:
            if column in sheet.frame.columns and column not in _NOT_FREE_TEXT[name]:
                checks.free_text(problems, sheet, column, listed=column in LIST_PROPERTIES)
    _portfolio(usable, problems, records, portfolio)
    actors = _actors(usable["actors"], problems, records) if "actors" in usable else set()
    actions = set()
    if "actions" in usable:
        actions = _actions(usable["actions"], problems, records, portfolio)
    if "participation" in usable:
        _participation(usable["participation"], problems, records, actors, actions)
    if "collaborations" in usable:
        _collaborations(usable["collaborations"], problems, records, actors)
    indicators = set()
    if "indicators" in usable:
        indicators = indicator_sheet(usable["indicators"], problems, actors, records.indicators)
    if "indicator_values" in usable:
        value_sheet(usable["indicator_values"], problems, indicators, records.indicators)
    return records


def _nodes(label: Label, keys: pd.Series, columns: dict[str, list]) -> list[Node]:
    names = list(columns)
    return [
        Node(label, key, {name: value for name, value in zip(names, row, strict=True) if value})
        for key, *row in zip(keys.tolist(), *columns.values(), strict=True)
    ]


def _lists(values: pd.Series) -> list[list[str]]:
    return [checks.split_list(v) if v else [] for v in values.tolist()]


def _actors(sheet: Sheet, problems: Problems, records: Records) -> set[str]:
    keys = checks.keys(problems, sheet, "key", unique=True)
    columns = {
        "name": checks.required(problems, sheet, "name").tolist(),
        "kind": checks.choice(problems, sheet, "kind", ActorKind).tolist(),
    }
    checks.required(problems, sheet, "kind")
    bid = checks.valid(
        problems,
        sheet,
        "business_id",
        is_valid_business_id,
        lambda v: said("errors.load.business_id", value=quoted(v)),
    )
    email = checks.valid(
        problems,
        sheet,
        "contact_email",
        is_valid_email,
        lambda v: said("errors.load.email", value=quoted(v)),
    )
    for name in SPECS["actors"].optional:
        if name == "tags":
            columns[name] = _lists(checks.column(sheet, name))
        elif name == "verified_at":
            columns[name] = checks.dates(problems, sheet, name).tolist()
        else:
            columns[name] = checks.column(sheet, name).tolist()
    columns["business_id"], columns["contact_email"] = bid.tolist(), email.tolist()
    records.nodes.extend(_nodes(Label.ACTOR, keys, columns))
    return set(keys.tolist())


def _actions(sheet: Sheet, problems: Problems, records: Records, portfolio: Portfolio) -> set[str]:
    keys = checks.keys(problems, sheet, "key", unique=True)
    start = checks.dates(problems, sheet, "start")
    end = checks.dates(problems, sheet, "end")
    backwards = (start != "") & (end != "") & (end < start)
    checks.report_bad(
        problems,
        sheet,
        "end",
        end,
        backwards,
        lambda v: said("errors.load.end_before_start", value=quoted(v)),
    )
    rockets = action_rockets(sheet, problems, portfolio)
    themes = action_themes(sheet, problems, portfolio)
    columns = {
        "title": checks.required(problems, sheet, "title").tolist(),
        "description": checks.column(sheet, "description").tolist(),
        "status": checks.choice(problems, sheet, "status", Status).tolist(),
        "start": start.tolist(),
        "end": end.tolist(),
    }
    records.nodes.extend(_nodes(Label.ACTION, keys, columns))
    for key, items in zip(keys.tolist(), rockets, strict=True):
        unique = list(dict.fromkeys(items))
        records.rockets_of[key] = unique
        for i, rocket in enumerate(unique):
            records.edges.append(Edge(RelType.FUELS, key, rocket, {"primary": i == 0}))
    if "themes" in sheet.frame.columns:
        for key, items in zip(keys.tolist(), themes, strict=True):
            records.themes_of[key] = items
            records.edges.extend(Edge(RelType.ADDRESSES, key, theme) for theme in items)
    return set(keys.tolist())


def _portfolio(
    usable: dict[str, Sheet], problems: Problems, records: Records, portfolio: Portfolio
) -> None:
    """The programmes, themes and rockets of the workbook, added to ``portfolio``."""
    if "programmes" in usable:
        nodes, edges = programme_sheet(usable["programmes"], problems, portfolio)
        records.nodes.extend(nodes)
        records.edges.extend(edges)
    if "themes" in usable:
        records.nodes.extend(theme_sheet(usable["themes"], problems, portfolio))
    if "rockets" in usable:
        nodes, edges = rocket_sheet(usable["rockets"], problems, portfolio)
        records.nodes.extend(nodes)
        records.edges.extend(edges)


def _reference(
    problems: Problems, sheet: Sheet, name: str, label: Label, known: set[str], records: Records
) -> pd.Series:
    values = checks.keys(problems, sheet, name, unique=False)
    outside = (values != "") & ~values.isin(list(known))
    for row, value in checks.cells(values, outside):
        records.unresolved.setdefault((label, value), []).append((sheet, row, name))
    return values


def _participation(
    sheet: Sheet, problems: Problems, records: Records, actors: set[str], actions: set[str]
) -> None:
    actor = _reference(problems, sheet, "actor", Label.ACTOR, actors, records)
    action = _reference(problems, sheet, "action", Label.ACTION, actions, records)
    _no_repeats(problems, sheet, actor, action, "action")
    role = checks.choice(problems, sheet, "role", Role, default=Role.PARTNER.value)
    for start, end, value in zip(actor.tolist(), action.tolist(), role.tolist(), strict=True):
        records.edges.append(Edge(RelType.RUNS, start, end, {"role": value}))


def _collaborations(sheet: Sheet, problems: Problems, records: Records, actors: set[str]) -> None:
    a = _reference(problems, sheet, "actor_a", Label.ACTOR, actors, records)
    b = _reference(problems, sheet, "actor_b", Label.ACTOR, actors, records)
    same = (a != "") & (a == b)
    checks.report_bad(
        problems,
        sheet,
        "actor_b",
        b,
        same,
        lambda v: said("errors.load.self_collaboration", value=quoted(v)),
    )
    _no_repeats(problems, sheet, a, b, "actor_b")
    since = checks.dates(problems, sheet, "since", year_ok=True).tolist()
    kind, source = checks.column(sheet, "kind").tolist(), checks.column(sheet, "source").tolist()
    survey = _survey_columns(sheet, problems, a, b)
    for i, (start, end) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        props = {
            n: v for n, v in (("kind", kind[i]), ("since", since[i]), ("source", source[i])) if v
        }
        props.update({n: values[i] for n, values in survey.items() if values[i] != ""})
        records.edges.append(Edge(RelType.COLLABORATES_WITH, start, end, props))


def _survey_columns(
    sheet: Sheet, problems: Problems, a: pd.Series, b: pd.Series
) -> dict[str, list[Any]]:
    """The survey's columns of collaborations: the wave ``year``, the ``respondent`` who
    reported the tie (one of its two actors) and whether both sides did (``confirmed``)."""
    year = checks.valid(
        problems,
        sheet,
        "year",
        lambda v: bool(_YEAR_TEXT.fullmatch(v)),
        lambda v: said("errors.load.not_a_year", value=quoted(v)),
    )
    respondent = checks.column(sheet, "respondent")
    neither = (respondent != "") & (respondent != a) & (respondent != b)
    checks.report_bad(
        problems,
        sheet,
        "respondent",
        respondent,
        neither,
        lambda v: said("errors.load.respondent_not_an_end", value=quoted(v)),
    )
    confirmed = checks.column(sheet, "confirmed")
    checks.report_bad(
        problems,
        sheet,
        "confirmed",
        confirmed,
        (confirmed != "") & ~confirmed.str.lower().isin(list(_TRUTH)),
        lambda v: said("errors.load.not_true_or_false", value=quoted(v)),
        _TRUTH_WORDS,
    )
    return {
        "year": [int(v) if _YEAR_TEXT.fullmatch(v) else "" for v in year.tolist()],
        "respondent": respondent.tolist(),
        "confirmed": [_TRUTH.get(v.lower(), "") for v in confirmed.tolist()],
    }


def _no_repeats(
    problems: Problems, sheet: Sheet, first: pd.Series, second: pd.Series, name: str
) -> None:
    repeated = pd.DataFrame({"a": first, "b": second}).duplicated(keep="first")
    if repeated.any():
        pairs = list(zip(first.tolist(), second.tolist(), strict=True))
        rows = sheet.frame.index.tolist()
        earliest: dict[tuple[str, str], int] = {}
        for row, pair in zip(rows, pairs, strict=True):
            earliest.setdefault(pair, row)
        for row, (a, b) in zip(rows, pairs, strict=True):
            if earliest[(a, b)] != row:
                problems.add(
                    sheet,
                    row,
                    name,
                    b,
                    said(
                        "errors.load.paired",
                        first=str(first.name),
                        a=quoted(a),
                        second=name,
                        b=quoted(b),
                        row=str(earliest[(a, b)]),
                    ),
                )
