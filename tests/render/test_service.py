"""The map use case and ``graphsvc map`` on a real SQLite store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphsvc.cli import main
from graphsvc.errors import NotFoundError, ValidationError
from graphsvc.model import ROCKET_KEYS, Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services.maps import build_map, map_data, write_map
from graphsvc.stores.base import GraphStore

from .hostile import CONTACTS, SCRIPT


def node_keys(store: GraphStore, **selection: object) -> set[str]:
    return {n.key for n in map_data(store, **selection).nodes}  # type: ignore[arg-type]


def test_whole_map_from_the_store_has_no_contact_data(hostile_store: GraphStore) -> None:
    html = build_map(hostile_store)
    for value in CONTACTS.values():
        assert value not in html
    assert "contact_" not in html and SCRIPT not in html


def test_rocket_and_focus_maps(hostile_store: GraphStore) -> None:
    assert node_keys(hostile_store, rocket="logistics") == {
        "logistics",
        "a2",
        "a3",
        "img",
        "far",
        "plain",
    }
    assert node_keys(hostile_store, focus="far", depth=1) == {"far", "a2", "logistics", "centre"}
    with pytest.raises(NotFoundError):
        map_data(hostile_store, rocket="moon")
    with pytest.raises(NotFoundError):
        map_data(hostile_store, focus="nobody")
    with pytest.raises(ValidationError, match="depth 9"):
        map_data(hostile_store, focus="far", depth=9)
    with pytest.raises(ValidationError, match="shoe_size"):
        map_data(hostile_store, size_by="shoe_size")
    with pytest.raises(ValidationError, match="sv"):
        map_data(hostile_store, lang="sv")


def test_gaps_map_draws_the_analysis_findings(hostile_store: GraphStore) -> None:
    data = map_data(hostile_store, gaps=True, size_by="degree", lang="en")
    marked = {n.key: set(n.highlights) for n in data.nodes if n.highlights}
    assert "solo_action" in marked["a3"]  # plain runs a3 alone
    assert "isolated_actor" in marked["alone"]  # runs nothing
    assert "single_point" in marked["img"]  # the only link between far and evil
    assert data.title.endswith("collaboration gaps")
    intros = [e for e in data.edges if e.style == "intro"]
    ids = {n.id: n.key for n in data.nodes}
    assert {frozenset((ids[e.start], ids[e.end])) for e in intros} >= {frozenset(("evil", "far"))}


def test_overview_is_written_with_its_rocket_and_community_maps(
    hostile_store: GraphStore, tmp_path: Path
) -> None:
    # A team of five who run two actions together, apart from everyone else.
    team = [f"team{i}" for i in range(5)]
    hostile_store.apply(
        Batch(
            nodes=[Node(Label.ACTOR, k, {"name": k, "kind": "association"}) for k in team]
            + [Node(Label.ACTION, k, {"title": k}) for k in ("t1", "t2")],
            edges=[
                Edge(RelType.RUNS, k, a, {"role": "partner"}) for k in team for a in ("t1", "t2")
            ]
            + [Edge(RelType.FUELS, a, "wellbeing", {"primary": True}) for a in ("t1", "t2")],
        )
    )
    written = write_map(hostile_store, tmp_path / "o.html", overview=True)
    names = {p.name for p in written}
    rockets = {f"rocket-{k}.html" for k in ROCKET_KEYS}
    assert rockets <= names and "community-1.html" in names
    html = (tmp_path / "o.html").read_text(encoding="utf-8")
    assert "rocket-logistics.html" in html and "community-1.html" in html
    # The largest community is the team: its map holds the team, its actions and rocket.
    assert node_keys(hostile_store, community=1) == {*team, "t1", "t2", "wellbeing"}
    with pytest.raises(NotFoundError, match="community 9"):
        map_data(hostile_store, community=9)


def test_cli_writes_to_visuals_by_default(
    hostile_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = hostile_store.url
    runner = CliRunner()
    result = runner.invoke(main, ["--store", url, "map", "--rocket", "centre", "--lang", "en"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "visuals" / "rocket-centre.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    result = runner.invoke(
        main, ["--store", url, "map", "--focus", "img", "--depth", "2", "--gaps", "--format", "svg"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "visuals" / "focus-img-2-gaps.svg").read_bytes().startswith(b"<?xml")
    result = runner.invoke(
        main, ["--store", url, "map", "--focus", "img", "--depth", "99", "--lang", "en"]
    )
    assert result.exit_code == 1 and re.search(r"error: depth 99 is out of range", result.output)
