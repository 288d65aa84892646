"""The portfolio sheets: ``programmes``, ``rockets`` and ``themes``, and the references to them.

A workbook may hold several programmes, each with its own rockets or focus areas, and
the themes its actions address. A rocket key is unique only within its programme: an
action's ``rocket`` cell names rockets by their own key (the row's ``programme`` column,
if any, says whose), or as ``programme:key``. :class:`Portfolio` is what a reference may
name: the store's programmes, rockets and themes, then those the workbook adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from graphsvc.loaders import checks
from graphsvc.loaders.checks import Problems
from graphsvc.loaders.files import Sheet
from graphsvc.messages import said
from graphsvc.model import (
    BUILTIN_ROCKETS,
    BUILTIN_THEMES,
    PROGRAMME_KEY,
    Edge,
    Label,
    Node,
    ProgrammeKind,
    RelType,
    RocketKind,
    local_rocket_key,
    rocket_key,
)
from graphsvc.model_rules import allowed, theme_key
from graphsvc.values import quoted

_BUILTIN = {r.key: r for r in BUILTIN_ROCKETS}


@dataclass
class Portfolio:
    """The programmes, rockets and themes references may name."""

    #: programme key -> kind
    programmes: dict[str, str] = field(default_factory=lambda: {PROGRAMME_KEY: "programme"})
    #: a rocket's stored key -> the key of its programme
    rockets: dict[str, str] = field(
        default_factory=lambda: {r.key: PROGRAMME_KEY for r in BUILTIN_ROCKETS}
    )
    themes: set[str] = field(default_factory=lambda: {t.key for t in BUILTIN_THEMES})

    def owners(self, local: str) -> list[str]:
        """The programmes that have a rocket with this key of their own."""
        return sorted(p for k, p in self.rockets.items() if local_rocket_key(k) == local)

    def rocket_words(self) -> str:
        """Every rocket a cell may name, as a cell would name it."""
        return allowed(self.rockets)


def programme_sheet(
    sheet: Sheet, problems: Problems, portfolio: Portfolio
) -> tuple[list[Node], list[Edge]]:
    """The programmes of the sheet and the strategies they carry out (``part_of``)."""
    keys = checks.keys(problems, sheet, "key", unique=True)
    names = checks.required(problems, sheet, "name")
    kinds = checks.choice(problems, sheet, "kind", ProgrammeKind)
    starts = checks.dates(problems, sheet, "period_start", year_ok=True)
    ends = checks.dates(problems, sheet, "period_end", year_ok=True)
    portfolio.programmes.update(zip(keys.tolist(), kinds.tolist(), strict=True))
    parents = checks.column(sheet, "part_of")
    unknown = (parents != "") & (~parents.isin(list(portfolio.programmes)) | (parents == keys))
    checks.report_bad(
        problems,
        sheet,
        "part_of",
        parents,
        unknown,
        lambda v: said("errors.load.not_a_programme", value=quoted(v)),
        allowed(sorted(portfolio.programmes)),
    )
    columns = {
        "name": names.tolist(),
        "name_en": checks.column(sheet, "name_en").tolist(),
        "kind": kinds.tolist(),
        "period_start": starts.tolist(),
        "period_end": ends.tolist(),
        "description": checks.column(sheet, "description").tolist(),
    }
    nodes = [
        Node(Label.PROGRAMME, key, {n: v[i] for n, v in columns.items() if v[i]})
        for i, key in enumerate(keys.tolist())
    ]
    edges = [
        Edge(RelType.CARRIES_OUT, key, parent)
        for key, parent in zip(keys.tolist(), parents.tolist(), strict=True)
        if parent
    ]
    return nodes, edges


def rocket_sheet(
    sheet: Sheet, problems: Problems, portfolio: Portfolio
) -> tuple[list[Node], list[Edge]]:
    """The rockets of the sheet (renames of the built-in ones, other programmes' own) and
    ``PART_OF`` their programme."""
    local = checks.keys(problems, sheet, "key", unique=False).str.lower()
    owner = checks.column(sheet, "programme").str.lower()
    owner = owner.where(owner != "", PROGRAMME_KEY)
    _known_programmes(problems, sheet, owner, portfolio)
    qualified = pd.Series(
        [rocket_key(p, k) for p, k in zip(owner.tolist(), local.tolist(), strict=True)],
        index=local.index,
    )
    fixed = (owner == PROGRAMME_KEY) & (local != "") & ~local.isin(list(_BUILTIN))
    checks.report_bad(
        problems,
        sheet,
        "key",
        local,
        fixed,
        lambda v: said("errors.load.not_a_rocket", value=quoted(v), allowed=allowed(_BUILTIN)),
        allowed(_BUILTIN),
    )
    colon = local.str.contains(":", regex=False)
    checks.report_bad(
        problems, sheet, "key", local, colon, lambda v: said("errors.load.rocket_colon")
    )
    repeated = qualified.duplicated(keep="first") & (local != "")
    checks.report_bad(
        problems,
        sheet,
        "key",
        local,
        repeated,
        lambda v: said("errors.load.rocket_twice", value=quoted(v)),
    )
    kinds = checks.choice(problems, sheet, "kind", RocketKind)
    numbers = _numbers(problems, sheet)
    names = {n: checks.column(sheet, n).tolist() for n in ("name_fi", "name_en")}
    nodes: list[Node] = []
    edges: list[Edge] = []
    seen: dict[str, int] = {}
    for i, (key, programme) in enumerate(zip(qualified.tolist(), owner.tolist(), strict=True)):
        seen[programme] = seen.get(programme, 0) + 1
        builtin = _BUILTIN.get(key) if programme == PROGRAMME_KEY else None
        if (programme == PROGRAMME_KEY and builtin is None) or ":" in local.iloc[i]:
            continue
        props = {
            "number": builtin.number if builtin else numbers[i] or seen[programme],
            "name_fi": names["name_fi"][i] or (builtin.name_fi if builtin else local.iloc[i]),
            "name_en": names["name_en"][i] or (builtin.name_en if builtin else ""),
            "kind": builtin.kind.value if builtin else kinds.iloc[i] or RocketKind.FOCUS_AREA,
        }
        nodes.append(Node(Label.ROCKET, key, {k: v for k, v in props.items() if v != ""}))
        if builtin is None:
            edges.append(Edge(RelType.PART_OF, key, programme))
            portfolio.rockets[key] = programme
    return nodes, edges


def _known_programmes(
    problems: Problems, sheet: Sheet, owner: pd.Series, portfolio: Portfolio
) -> None:
    """A problem for each ``programme`` cell naming no programme."""
    checks.report_bad(
        problems,
        sheet,
        "programme",
        owner,
        ~owner.isin(list(portfolio.programmes)),
        lambda v: said("errors.load.not_a_programme", value=quoted(v)),
        allowed(sorted(portfolio.programmes)),
    )


def _numbers(problems: Problems, sheet: Sheet) -> list[int]:
    """The optional ``number`` column as whole numbers (0 where empty)."""
    values = checks.column(sheet, "number")
    bad = (values != "") & ~values.str.fullmatch(r"\d{1,3}")
    checks.report_bad(
        problems,
        sheet,
        "number",
        values,
        bad,
        lambda v: said("errors.load.not_a_number", value=quoted(v)),
    )
    return [int(v) if v.isdigit() else 0 for v in values.tolist()]


def theme_sheet(sheet: Sheet, problems: Problems, portfolio: Portfolio) -> list[Node]:
    """The themes of the sheet (new ones, or new names of the built-in ones)."""
    keys = checks.keys(problems, sheet, "key", unique=True).str.lower()
    names = checks.required(problems, sheet, "name_fi").tolist()
    english = checks.column(sheet, "name_en").tolist()
    portfolio.themes.update(k for k in keys.tolist() if k)
    return [
        Node(
            Label.THEME,
            key,
            {"name_fi": names[i], **({"name_en": english[i]} if english[i] else {})},
        )
        for i, key in enumerate(keys.tolist())
    ]


def action_rockets(sheet: Sheet, problems: Problems, portfolio: Portfolio) -> list[list[str]]:
    """Each action row's rockets as stored keys, primary first; a problem for a row that
    names none, names a rocket no programme has, or one that several programmes have
    without saying whose."""
    owner = checks.column(sheet, "programme").str.lower()
    given = owner != ""
    _known_programmes(problems, sheet, owner[given], portfolio)
    cells = [checks.split_list(v) for v in checks.column(sheet, "rocket").str.lower().tolist()]
    found: list[list[str]] = []
    for row, items, programme in zip(sheet.frame.index, cells, owner.tolist(), strict=True):
        keys = []
        if not items:
            problems.add(
                sheet,
                int(row),
                "rocket",
                "",
                said("errors.load.no_rocket"),
                portfolio.rocket_words(),
            )
        for item in items:
            key = _rocket(sheet, problems, portfolio, int(row), item, programme)
            if key is not None:
                keys.append(key)
        found.append(list(dict.fromkeys(keys)))
    return found


def _rocket(
    sheet: Sheet, problems: Problems, portfolio: Portfolio, row: int, item: str, programme: str
) -> str | None:
    """The stored key of one rocket a cell names, or None with the problem recorded."""
    if ":" in item or programme:
        key = rocket_key(*item.split(":", 1)) if ":" in item else rocket_key(programme, item)
        if key in portfolio.rockets:
            return key
        if programme and programme not in portfolio.programmes:
            return None  # the programme column's problem is recorded
        mine = sorted(
            k for k, p in portfolio.rockets.items() if p == (programme or key.split(":")[0])
        )
        message = said("errors.load.not_a_rocket_of", value=quoted(item), allowed=allowed(mine))
        problems.add(sheet, row, "rocket", item, message, allowed(mine) or portfolio.rocket_words())
        return None
    owners = portfolio.owners(item)
    if len(owners) == 1:
        return rocket_key(owners[0], item)
    if not owners:
        words = portfolio.rocket_words()
        message = said("errors.value.not_one_of", value=quoted(item), allowed=words)
        problems.add(sheet, row, "rocket", item, message, words)
        return None
    choices = allowed(rocket_key(p, item) for p in owners)
    message = said(
        "errors.load.ambiguous_rocket", value=quoted(item), programmes=allowed(owners), keys=choices
    )
    problems.add(sheet, row, "rocket", item, message, choices)
    return None


def action_themes(sheet: Sheet, problems: Problems, portfolio: Portfolio) -> list[list[str]]:
    """Each action row's themes as keys (a built-in theme also by its Finnish or English
    word); a problem for a theme that neither the workbook nor the store has."""
    found: list[list[str]] = []
    words = allowed(sorted(portfolio.themes))
    for row, value in zip(sheet.frame.index, checks.column(sheet, "themes").tolist(), strict=True):
        keys = []
        for item in checks.split_list(value) if value else []:
            key = theme_key(item)
            if key in portfolio.themes:
                keys.append(key)
            else:
                message = said("errors.load.unknown.theme", value=quoted(item), allowed=words)
                problems.add(sheet, int(row), "themes", item, message, words)
        found.append(list(dict.fromkeys(keys)))
    return found
