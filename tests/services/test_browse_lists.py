"""The browse list rows on a real SQLite store: counts, rockets in programme order, filters,
sorting, paging, and fresh rows after a write."""

from __future__ import annotations

from sample_graph import load_sample

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services.browse_lists import ListFilter, filtered, list_rows, page_of, sorted_rows
from graphsvc.stores.base import GraphStore


def _by_key(rows: list[dict]) -> dict[str, dict]:
    return {r["key"]: r for r in rows}


def test_rows_count_actions_partners_runners_and_leads(sqlite_store: GraphStore) -> None:
    load_sample(sqlite_store)
    actors = _by_key(list_rows(sqlite_store, Label.ACTOR))
    city = actors["kaupunki"]
    assert (city["actions"], city["partners"]) == (2, 2)
    assert city["rockets"] == ["logistics", "centre"]  # rocket 1 before rocket 4
    assert actors["yhdistys"]["contact_email"] == "a@esim.example"
    actions = _by_key(list_rows(sqlite_store, Label.ACTION))
    assert (actions["rrt"]["runners"], actions["rrt"]["leads"]) == (3, 1)
    assert actions["asema"]["rockets"] == ["logistics", "centre"]


def test_filters_keep_what_a_programme_leader_asks_for(sqlite_store: GraphStore) -> None:
    load_sample(sqlite_store)
    sqlite_store.apply(
        Batch(
            nodes=[
                Node(Label.ACTOR, "uusi", {"name": "Uusi Oy", "kind": "company"}),
                Node(Label.ACTION, "avoin", {"title": "Avoin hanke", "status": "proposed"}),
            ],
            edges=[
                Edge(RelType.RUNS, "uusi", "avoin", {"role": "partner"}),
                Edge(RelType.RUNS, "amk", "avoin", {"role": "partner"}),
            ],
        )
    )
    actors = list_rows(sqlite_store, Label.ACTOR)
    actions = list_rows(sqlite_store, Label.ACTION)

    def keys(rows: list[dict], label: Label, **f: object) -> set[str]:
        return {r["key"] for r in filtered(rows, label, ListFilter(**f))}  # type: ignore[arg-type]

    assert keys(actors, Label.ACTOR, kind="company") == {"haminan", "uusi"}
    assert keys(actors, Label.ACTOR, rocket="centre") == {"kaupunki"}
    assert keys(actors, Label.ACTOR, text="aaneen") == {"yhdistys"}  # accents ignored
    assert keys(actors, Label.ACTOR, flags=frozenset({"alone"})) == {"yhdistys"}
    assert keys(actions, Label.ACTION, flags=frozenset({"no_lead"})) == {"avoin"}
    assert keys(actions, Label.ACTION, flags=frozenset({"solo"})) == {"asema", "ruoka"}
    assert keys(actions, Label.ACTION, status="planned", rocket="logistics") == {"asema"}


def test_a_write_gives_fresh_rows(sqlite_store: GraphStore) -> None:
    load_sample(sqlite_store)
    assert not filtered(
        list_rows(sqlite_store, Label.ACTOR),
        Label.ACTOR,
        ListFilter(flags=frozenset({"no_actions"})),
    )
    sqlite_store.upsert_nodes(
        [Node(Label.ACTOR, "hiljainen", {"name": "Hiljainen", "kind": "citizen"})]
    )
    idle = filtered(
        list_rows(sqlite_store, Label.ACTOR),
        Label.ACTOR,
        ListFilter(flags=frozenset({"no_actions"})),
    )
    assert [r["key"] for r in idle] == ["hiljainen"]


def test_sorting_and_paging(sqlite_store: GraphStore) -> None:
    load_sample(sqlite_store)
    actors = list_rows(sqlite_store, Label.ACTOR)
    by_partners = sorted_rows(actors, "partners", True)
    assert [r["partners"] for r in by_partners] == sorted(
        (r["partners"] for r in actors), reverse=True
    )
    names = [r["name"] for r in sorted_rows(actors, "name", False)]
    assert names == [
        "Ammattikorkeakoulu",
        "Hämeen Rahti Oy",
        "Kouvolan kaupunki",
        "Ääneen yhdistys",
    ]
    assert [r["name"] for r in sorted_rows(actors, "name", True)] == names[::-1]
    shown, number, pages = page_of(names, 2, 3)
    assert (shown, number, pages) == (["Ääneen yhdistys"], 2, 2)
