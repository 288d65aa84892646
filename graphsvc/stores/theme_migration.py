"""The recorded migration of action themes: a ``themes`` list property becomes ``ADDRESSES``.

Before themes were nodes, an action kept its themes as a list of words. The migration
turns every word of every period of every action into a relationship to a ``Theme``
(the built-in ones by their Finnish or English words, any other word a theme of its own
named by that word), with the same validity as the action's period, and removes the
property: every value is kept, history included. Both stores run :func:`plan_migration`
on their periods inside one transaction and record that it ran.
"""

from __future__ import annotations

from collections.abc import Iterable

from orjson import loads

from graphsvc.dates import BEGINNING
from graphsvc.model import BUILTIN_THEMES, Label, RelType
from graphsvc.model_rules import theme_key
from graphsvc.records import Batch
from graphsvc.stores.history import Period, dump_edge_props, dump_props, edge_from, node_from
from graphsvc.stores.history_plan import HistoryPlan

#: The name under which both stores record the migration.
NAME = "0010_themes"


def plan_migration(node_periods: Iterable[Period]) -> HistoryPlan:
    """What the migration writes, given every node period: the actions' periods without
    ``themes``, the ``ADDRESSES`` periods that replace them, the themes that are not built
    in (from the beginning), and the current rows of all of these."""
    result = HistoryPlan()
    by_action: dict[str, list[Period]] = {}
    for p in node_periods:
        if p.item[0] == Label.ACTION.value:
            by_action.setdefault(p.item[1], []).append(p)
    new_themes: dict[str, str] = {}
    for key, periods in sorted(by_action.items()):
        periods.sort(key=lambda p: p.valid_from)
        words = [_themes(p) for p in periods]
        if not any(words):
            continue
        for p in periods:
            if p.props is not None and "themes" in loads(p.props):
                props = {k: v for k, v in loads(p.props).items() if k != "themes"}
                result.removed_nodes.append(p)
                result.added_nodes.append(p._replace(props=dump_props(props)))
        for word in dict.fromkeys(w for found in words for w in found):
            new_themes.setdefault(theme_key(word), word)
        result.added_edges.extend(_edge_periods(key, periods, words))
    builtin = {t.key for t in BUILTIN_THEMES}
    for key, word in sorted(new_themes.items()):
        if key not in builtin:
            named = dump_props({"name_fi": word.strip()})
            result.added_nodes.append(Period((Label.THEME.value, key), BEGINNING, None, named))
    _current_rows(result)
    return result


def _themes(period: Period) -> list[str]:
    if period.props is None:
        return []
    return [w for w in loads(period.props).get("themes") or [] if w.strip()]


def _edge_periods(action: str, periods: list[Period], words: list[list[str]]) -> list[Period]:
    """Each theme's periods: present where the action's period names it, an end recorded
    where it stops naming it (or the action ends) until it names it again."""
    found: list[Period] = []
    keys = dict.fromkeys(theme_key(w) for ws in words for w in ws)
    present = dump_edge_props({})
    for theme in keys:
        item = (RelType.ADDRESSES.value, action, theme)
        held = False
        for i, (p, ws) in enumerate(zip(periods, words, strict=True)):
            here = theme in {theme_key(w) for w in ws}
            if here:
                found.append(Period(item, p.valid_from, p.valid_to, present))
            elif held:
                later = [
                    q.valid_from
                    for q, w in zip(periods[i:], words[i:], strict=True)
                    if theme in {theme_key(x) for x in w}
                ]
                found.append(Period(item, p.valid_from, later[0] if later else None, None))
            held = here
    return found


def _current_rows(result: HistoryPlan) -> None:
    """The open periods among those added are the current rows; the themes are new, the
    actions exist."""
    nodes = [node_from(p.item, p.props) for p in result.added_nodes if p.props and _open(p)]
    edges = [edge_from(p.item, p.props) for p in result.added_edges if p.props and _open(p)]
    result.current = Batch(nodes, edges)
    result.existing = {
        p.item for p in result.added_nodes if _open(p) and p.item[0] == Label.ACTION.value
    }
    result.texts = {
        p.item: str(p.props) for p in (*result.added_nodes, *result.added_edges) if _open(p)
    }


def _open(p: Period) -> bool:
    return p.valid_to is None and p.props is not None
