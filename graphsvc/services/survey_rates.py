"""How many of the asked answered: a wave's response rates overall, per actor kind and per
rocket, against the thresholds of network surveys (80 %: enough to name brokers; 65 %:
the least for a map), and who has not answered yet.

The asked are the respondents now (actors with a contact) and anyone issued a link in
the wave; an actor counts in every rocket it fuels through the actions it runs.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graphsvc.model import Label, Node, RelType, rocket_order
from graphsvc.records import Snapshot
from graphsvc.services.survey import respondents
from graphsvc.stores.base import GraphStore
from graphsvc.stores.survey_records import survey_store
from graphsvc.survey_model import FAIR_RATE, GOOD_RATE, Wave, wave_as_dict

#: The group of actors that run no action fuelling a rocket.
NO_ROCKET = ""


def band(rate: float | None) -> str:
    """``good`` (at least 80 %), ``fair`` (at least 65 %), ``low``, or ``none`` (nobody asked).

    >>> band(0.8), band(0.7), band(0.2), band(None)
    ('good', 'fair', 'low', 'none')
    """
    if rate is None:
        return "none"
    return "good" if rate >= GOOD_RATE else "fair" if rate >= FAIR_RATE else "low"


def _rate(asked: int, answered: int) -> dict[str, Any]:
    rate = answered / asked if asked else None
    return {"asked": asked, "answered": answered, "rate": rate, "band": band(rate)}


def rockets_of_actors(graph: Snapshot) -> dict[str, set[str]]:
    """The rockets each actor fuels through the actions it runs."""
    fuels: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges:
        if e.type is RelType.FUELS:
            fuels[e.start].add(e.end)
    rockets: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges:
        if e.type is RelType.RUNS:
            rockets[e.start] |= fuels.get(e.end, set())
    return rockets


def _names(rocket: Node | None) -> dict[str, str]:
    if rocket is None:
        return {"name_fi": "", "name_en": ""}
    props = rocket.props
    return {
        "name_fi": str(props.get("name_fi") or rocket.key),
        "name_en": str(props.get("name_en") or ""),
    }


def response_rates(
    wave: Wave, graph: Snapshot, asked: set[str], answered: set[str]
) -> dict[str, Any]:
    """The rates of a wave among ``asked`` (actor keys) in ``graph``."""
    actors = {n.key: n for n in graph.nodes if n.label is Label.ACTOR}
    asked = {k for k in asked if k in actors}
    answered &= asked
    rockets = rockets_of_actors(graph)
    by_kind: dict[str, list[str]] = defaultdict(list)
    by_rocket: dict[str, list[str]] = defaultdict(list)
    for key in sorted(asked):
        by_kind[str(actors[key].props.get("kind", ""))].append(key)
        for rocket in rockets.get(key) or {NO_ROCKET}:
            by_rocket[rocket].append(key)
    rocket_nodes = {n.key: n for n in graph.nodes if n.label is Label.ROCKET}

    def order(rocket: str) -> tuple[bool, Any]:
        node = rocket_nodes.get(rocket)
        return (node is None, rocket_order(node) if node else rocket)

    return {
        "wave": wave_as_dict(wave),
        "thresholds": {"good": GOOD_RATE, "fair": FAIR_RATE},
        "overall": _rate(len(asked), len(answered)),
        "by_kind": [
            {"kind": kind, **_rate(len(keys), len(answered.intersection(keys)))}
            for kind, keys in sorted(by_kind.items())
        ],
        "by_rocket": [
            {
                "rocket": rocket,
                **_names(rocket_nodes.get(rocket)),
                **_rate(len(keys), len(answered.intersection(keys))),
            }
            for rocket, keys in sorted(by_rocket.items(), key=lambda item: order(item[0]))
        ],
        "not_answered": [
            {"key": k, "name": actors[k].name, "kind": actors[k].props.get("kind", "")}
            for k in sorted(asked - answered, key=lambda k: (actors[k].name.casefold(), k))
        ],
    }


def wave_status(store: GraphStore, year: int) -> dict[str, Any]:
    """A wave's response rates now (open) or on its last day (closed), and links issued."""
    surveys = survey_store(store)
    wave = surveys.get_wave(year)
    links = surveys.find_links(year)
    answered = {a.actor for a in surveys.find_answers(year)}
    graph = store.snapshot(as_of=wave.ends) if wave.closed else store.snapshot()
    asked = {link.actor for link in links}
    if not wave.closed:
        asked |= {n.key for n in respondents(store)}
    status = response_rates(wave, graph, asked, answered)
    live = {link.actor for link in links if link.live}
    for row in status["not_answered"]:
        row["link"] = "live" if row["key"] in live else "none"
    status["links"] = {"issued": len(links), "live": len(live)}
    return status


def closing_rates(store: GraphStore, wave: Wave) -> dict[str, Any]:
    """The rates a wave closes with, kept in it: what its ties rest on."""
    status = wave_status(store, wave.year)
    by_rocket = {
        r["rocket"]: {**_only_rate(r), "name_fi": r["name_fi"], "name_en": r["name_en"]}
        for r in status["by_rocket"]
        if r["rocket"]
    }
    return {"overall": _only_rate(status["overall"]), "by_rocket": by_rocket}


def _only_rate(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("asked", "answered", "rate", "band")}
