"""Vitality indicator use cases shared by the CLI, the API and the web UI.

Lists and details of indicators, their progress in a year with the network facts of the
rocket (or programme) each one measures, and the editors' changes: indicators and yearly
values, written as one Batch each and audited. Indicator JSON is
:func:`~graphsvc.indicator_model.indicator_as_dict` plus the owner's and the measured
rocket's names; no contact data, whatever the role.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphsvc.dates import today
from graphsvc.errors import ConflictError, NotFoundError, ValidationError
from graphsvc.indicator_model import (
    Indicator,
    IndicatorProgress,
    Observation,
    indicator_as_dict,
    observation_as_dict,
    parse_year,
)
from graphsvc.messages import lang_of, said
from graphsvc.model import PROGRAMME_KEY, ROCKET_KEYS, Label
from graphsvc.records import Batch
from graphsvc.services.accounts import Author
from graphsvc.services.as_of import store_on
from graphsvc.stores.base import GraphStore

#: Gap sentences shown beside each rocket's indicators.
GAP_TEXTS = 5


def this_year() -> int:
    """The current year (the default year of progress)."""
    return int(today()[:4])


def _names(store: GraphStore, indicators: list[Indicator], lang: str) -> dict[str, str]:
    """Names of the owners and of what the indicators measure, by key."""
    names = {}
    for rocket in store.find_nodes(Label.ROCKET):
        names[rocket.key] = str(rocket.props.get(f"name_{lang}") or rocket.name)
    try:
        names[PROGRAMME_KEY] = store.get_node(Label.PROGRAMME, PROGRAMME_KEY).name
    except NotFoundError:
        names[PROGRAMME_KEY] = PROGRAMME_KEY
    for owner in {i.owner for i in indicators if i.owner}:
        try:
            names[owner] = store.get_node(Label.ACTOR, owner).name
        except NotFoundError:
            names[owner] = owner
    return names


def programme_order(indicator: Indicator) -> tuple[int, str]:
    """The programme's own indicators first, then the rockets' in number order and the
    launch pad's, each by key."""
    order = (PROGRAMME_KEY, *ROCKET_KEYS)
    return order.index(indicator.measures), indicator.key


def indicator_public(indicator: Indicator, names: dict[str, str]) -> dict[str, Any]:
    """An indicator's JSON with the names of its rocket and owner."""
    return {
        **indicator_as_dict(indicator),
        "rocket_name": names.get(indicator.measures, indicator.measures),
        "owner_name": names.get(indicator.owner) if indicator.owner else None,
    }


def list_indicators(store: GraphStore, lang: str = "fi") -> dict[str, Any]:
    """Every indicator, by key, with how many yearly values it has."""
    indicators = store.find_indicators()
    names = _names(store, indicators, lang_of(lang))
    counts: dict[str, int] = {}
    for o in store.find_observations():
        counts[o.indicator] = counts.get(o.indicator, 0) + 1
    items = [{**indicator_public(i, names), "values": counts.get(i.key, 0)} for i in indicators]
    return {"items": items}


def show_indicator(store: GraphStore, key: str, year: int | None = None, lang: str = "fi") -> dict:
    """One indicator with all its values and its progress in ``year`` (default: now)."""
    from graphsvc.analysis.indicators import indicator_progress

    indicator = store.get_indicator(key)
    values = store.find_observations(key)
    year = this_year() if year is None else parse_year(year)
    names = _names(store, [indicator], lang_of(lang))
    return {
        **indicator_public(indicator, names),
        "observations": [observation_as_dict(o) for o in values],
        "progress": progress_public(indicator_progress(indicator, values, year)),
    }


def progress_public(p: IndicatorProgress) -> dict[str, Any]:
    """The progress facts of one indicator as JSON."""
    return {
        "year": p.year,
        "latest": observation_as_dict(p.latest) if p.latest else None,
        "progress": p.progress,
        "expected": p.expected,
        "on_track": p.on_track,
        "trend": p.trend.value if p.trend else None,
        "recent": [observation_as_dict(o) for o in p.recent],
    }


def indicator_progress_report(
    store: GraphStore, year: int | None = None, lang: str = "fi"
) -> dict[str, Any]:
    """Every indicator's progress in ``year`` (default: now) and, per rocket or programme
    measured, the network beside it as it stood at the end of that year: actions by status,
    the actors and kinds running them, key actors and the gaps (ValidationError for a
    year outside 1900–2200)."""
    from graphsvc.analysis.indicators import progress_table

    year = this_year() if year is None else parse_year(year)
    lang = lang_of(lang)
    indicators = sorted(store.find_indicators(), key=programme_order)
    table = progress_table(indicators, store.find_observations(), year)
    then = store_on(store, str(year)) if year < this_year() else store
    names = _names(store, indicators, lang)
    network = {
        m: network_beside(then, m, lang) for m in dict.fromkeys(i.measures for i in indicators)
    }
    items = [{**indicator_public(p.indicator, names), **progress_public(p)} for p in table]
    return {
        "year": year,
        "counts": {
            "indicators": len(table),
            "on_track": sum(p.on_track is True for p in table),
            "lagging": sum(p.on_track is False for p in table),
            "without_values": sum(p.latest is None for p in table),
            "without_owner": sum(p.indicator.owner is None for p in table),
        },
        "items": items,
        "network": network,
    }


def network_beside(store: GraphStore, measures: str, lang: str) -> dict[str, Any]:
    """The network facts of a rocket (or, for the programme key, of the whole programme)."""
    from graphsvc.analysis.network_facts import network_facts
    from graphsvc.services.analysis import run_analysis
    from graphsvc.services.dated_graphs import graphs_on

    rocket = None if measures == PROGRAMME_KEY else measures
    P = graphs_on(store, None, rocket).P
    gaps = run_analysis(store, "gaps", rocket=rocket, lang=lang)["result"]
    return {
        **network_facts(P),
        "gaps": {
            "counts": gaps["counts"],
            "by_severity": gaps["by_severity"],
            "texts": [g["text"][lang] for g in gaps["gaps"][:GAP_TEXTS]],
        },
    }


# -- the editors' changes -------------------------------------------------------------------


def _indicator_from(data: dict[str, Any]) -> Indicator:
    """An Indicator from API / form fields (``rocket`` is what it measures)."""
    fields = dict(data)
    fields["measures"] = fields.pop("rocket", None)
    fields.setdefault("name_en", "")
    fields.setdefault("unit", "")
    cleaned: dict[str, Any] = {
        k: ("" if v is None and k != "owner" else v) for k, v in fields.items()
    }
    return Indicator(**cleaned)


def create_indicator(store: GraphStore, data: dict[str, Any], by: Author) -> dict[str, Any]:
    """Create an indicator from ``data`` (with ``key``); ConflictError if the key is taken."""
    indicator = _indicator_from(data)
    try:
        store.get_indicator(indicator.key)
    except NotFoundError:
        store.apply(Batch(indicators=[indicator]))
        by.record("indicator.create", f"indicator:{indicator.key}")
        return show_indicator(store, indicator.key)
    raise ConflictError(said("errors.service.indicator_exists", key=repr(indicator.key)))


def update_indicator(
    store: GraphStore, key: str, changes: dict[str, Any], by: Author
) -> dict[str, Any]:
    """Change some fields of an indicator (NotFoundError if it does not exist)."""
    old = store.get_indicator(key)
    fields = dict(changes)
    if "rocket" in fields:
        fields["measures"] = fields.pop("rocket")
    for name in ("name_fi", "direction", "baseline_year", "baseline_value", "target_year"):
        if name in fields and fields[name] is None:
            raise ValidationError(
                said("errors.service.indicator_field_kept", key=repr(key), name=name)
            )
    if fields.get("target_value", 0) is None or fields.get("measures", "") is None:
        raise ValidationError(said("errors.service.indicator_target_kept", key=repr(key)))
    cleaned: dict[str, Any] = {
        k: ("" if v is None and k != "owner" else v) for k, v in fields.items()
    }
    store.apply(Batch(indicators=[replace(old, **cleaned)]))
    by.record("indicator.update", f"indicator:{key}")
    return show_indicator(store, key)


def delete_indicator(store: GraphStore, key: str, by: Author) -> None:
    """Delete an indicator and all its values (NotFoundError if it does not exist)."""
    store.get_indicator(key)
    store.apply(Batch(indicator_deletes=[key]))
    by.record("indicator.delete", f"indicator:{key}")


def put_value(
    store: GraphStore, key: str, year: int, data: dict[str, Any], by: Author
) -> dict[str, Any]:
    """Set the value of an indicator in a year (NotFoundError for an unknown indicator)."""
    store.get_indicator(key)
    fields = {k: v for k, v in data.items() if v is not None}
    observation = Observation(key, parse_year(year), **fields)
    store.apply(Batch(observations=[observation]))
    by.record("indicator.value", f"indicator:{key}:{year}")
    return show_indicator(store, key)


def delete_value(store: GraphStore, key: str, year: int, by: Author) -> None:
    """Delete the value of an indicator in a year (NotFoundError when there is none)."""
    year = parse_year(year)
    if not any(o.year == year for o in store.find_observations(store.get_indicator(key).key)):
        raise NotFoundError(
            said("errors.service.indicator_no_value", key=repr(key), year=str(year)), key=key
        )
    store.apply(Batch(observation_deletes=[(key, year)]))
    by.record("indicator.value.delete", f"indicator:{key}:{year}")
