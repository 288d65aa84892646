"""``analyze overlap``: two programmes side by side, on the planted pair and against a
brute-force reading of a random portfolio."""

from __future__ import annotations

import functools
import json
import random
import re
from pathlib import Path

import cli_runner
import networkx as nx
import pytest
from overlap_planted import load_overlap

from graphsvc.errors import ValidationError
from graphsvc.model import Edge, Label, Node, RelType, builtin_edges, builtin_nodes
from graphsvc.records import Batch
from graphsvc.services.analysis import run_analysis
from graphsvc.stores.sqlite_store import SQLiteStore

DOC = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"
graphsvc = functools.partial(cli_runner.graphsvc, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


@pytest.fixture
def store(tmp_path):
    found = SQLiteStore(f"sqlite:///{tmp_path / 'overlap.db'}")
    found.ensure_schema()
    load_overlap(found)
    yield found
    found.close()


def test_the_planted_overlap_is_found(store):
    body = run_analysis(store, "overlap", lang="en")["result"]
    assert [p["key"] for p in body["programmes"]] == ["elinvoiman-kasvu", "hv"]
    assert body["actors"] == [4, 5] and body["shared_actors"] == 1
    assert body["ties_across"] == 3  # a1–m, a2–m, m–b1
    assert [(r["key"], r["actions"]) for r in body["in_both"]] == [("m", [2, 2])]
    (bridge,) = body["bridges"]
    assert bridge["key"] == "m" and bridge["partners"] == [2, 1]
    assert bridge["pairs_bridged"] == 2 and bridge["stranded"] == 3 and bridge["splits"] is True
    assert [(a["key"], a["rockets"]) for a in body["shared_actions"]] == [
        ("xs", ["hv:health", "centre"])
    ]
    themes = {t["key"]: (t["actions"], t["only"]) for t in body["themes"]}
    assert themes == {
        "employment": ([1, 0], "elinvoiman-kasvu"),
        "environment": ([0, 0], None),
        "participation": ([1, 1], None),
    }
    assert [(r["rocket"], r["programme"], r["actors"]) for r in body["rockets_apart"]] == [
        ("hv:ageing", "hv", 2)
    ]
    pairs = [(i["a"]["key"], i["b"]["key"], i["shared_themes"]) for i in body["introductions"]]
    assert pairs == [("a1", "b1", []), ("a2", "b1", ["participation"])]
    assert body["introductions"][0]["shared_partners"][0]["key"] == "m"


def test_sentences_in_both_languages_count_right(store):
    body = run_analysis(store, "overlap", lang="fi")["result"]
    assert body["text"]["en"].startswith("In both programmes: 1 actor (")
    assert "Hyvinvointi: 5 toimijaa" in body["text"]["fi"]
    assert "3 actors would lose" in body["bridges"][0]["text"]["en"]
    assert body["rockets_apart"][0]["name"] == "Ikääntyminen"
    assert "Osallisuus" in body["introductions"][1]["text"]["fi"]


def test_programmes_are_chosen_and_checked(store):
    swapped = run_analysis(store, "overlap", programmes="hv,elinvoiman-kasvu")["result"]
    assert [p["key"] for p in swapped["programmes"]] == ["hv", "elinvoiman-kasvu"]
    assert swapped["actors"] == [5, 4]
    assert swapped["bridges"][0]["partners"] == [1, 2]
    for asked in ("hv", "hv,hv", "hv,moon"):
        with pytest.raises(ValidationError, match="elinvoiman-kasvu, hv"):
            run_analysis(store, "overlap", programmes=asked)
    for scope in ({"programme": "hv"}, {"rocket": "centre"}):
        with pytest.raises(ValidationError, match="whole portfolio"):
            run_analysis(store, "overlap", lang="en", **scope)


def test_no_contact_data_in_the_overlap(store):
    text = json.dumps(run_analysis(store, "overlap", top=100), ensure_ascii=False)
    assert "Actor m" in text and "contact_" not in text and "Maija" not in text


def test_cli_tables_and_json(store, tmp_path):
    url = f"sqlite:///{tmp_path / 'overlap.db'}"
    table = graphsvc("analyze", "overlap", "--lang", "en", url=url)
    assert table.returncode == 0, table.stderr
    assert "Introductions across the programmes" in table.stdout and "Ageing" in table.stdout
    as_json = graphsvc("analyze", "overlap", "--json", url=url)
    assert json.loads(as_json.stdout)["result"]["shared_actors"] == 1
    wrong = graphsvc("analyze", "overlap", "--programmes", "hv,moon", url=url)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "elinvoiman-kasvu, hv" in wrong.stderr


def test_the_documented_shape_is_the_real_one(store):
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"^## overlap\n.*?```json\n(.*?)\n```", text, re.S | re.M)
    assert block is not None
    documented = json.loads(block.group(1))
    real = run_analysis(store, "overlap", lang="en")
    assert set(documented) == set(real)
    for key, value in real["result"].items():
        assert key in documented["result"], key
        if isinstance(value, list) and value and isinstance(value[0], dict):
            assert set(documented["result"][key][0]) == set(value[0]), key


def random_portfolio(seed: int) -> tuple[list[Node], list[Edge], dict[str, set[str]]]:
    """Two programmes, 40 actors, 60 actions of one or two rockets; also who is in which."""
    rng = random.Random(seed)
    nodes = builtin_nodes() + [Node(Label.PROGRAMME, "hv", {"name": "HV", "kind": "programme"})]
    hv = [f"hv:r{i}" for i in range(3)]
    nodes += [Node(Label.ROCKET, r, {"number": 1, "name_fi": r, "kind": "focus_area"}) for r in hv]
    edges = builtin_edges() + [Edge(RelType.PART_OF, r, "hv") for r in hv]
    vitality = ["logistics", "centre", "competence", "wellbeing"]
    actors = [f"p{i}" for i in range(40)]
    nodes += [Node(Label.ACTOR, a, {"name": a, "kind": "company"}) for a in actors]
    side: dict[str, set[str]] = {"elinvoiman-kasvu": set(), "hv": set()}
    for j in range(60):
        rockets = rng.sample(vitality + hv, rng.choice([1, 1, 2]))
        cast = rng.sample(actors, rng.randint(1, 3))
        nodes.append(Node(Label.ACTION, f"x{j}", {"title": f"x{j}"}))
        edges += [
            Edge(RelType.FUELS, f"x{j}", r, {"primary": i == 0}) for i, r in enumerate(rockets)
        ]
        edges += [Edge(RelType.RUNS, a, f"x{j}", {"role": "partner"}) for a in cast]
        for r in rockets:
            side["hv" if r in hv else "elinvoiman-kasvu"].update(cast)
    return nodes, edges, side


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_counts_and_splits_agree_with_networkx(tmp_path, seed):
    nodes, edges, side = random_portfolio(seed)
    store = SQLiteStore(f"sqlite:///{tmp_path / 'random.db'}")
    store.ensure_schema()
    store.apply(Batch(nodes=nodes, edges=edges))
    body = run_analysis(store, "overlap", top=100)["result"]
    store.close()
    assert body["bridges"], "every seed has a bridge to check"
    first, second = side["elinvoiman-kasvu"], side["hv"]
    ties = nx.Graph()
    for j in {e.end for e in edges if e.type is RelType.RUNS}:
        cast = [e.start for e in edges if e.type is RelType.RUNS and e.end == j]
        ties.add_edges_from((a, b) for i, a in enumerate(cast) for b in cast[i + 1 :])
    assert body["actors"] == [len(first), len(second)]
    assert body["shared_actors"] == len(first & second)
    across = sum(
        1 for u, v in ties.edges if (u in first and v in second) or (v in first and u in second)
    )
    assert body["ties_across"] == across
    assert {r["key"] for r in body["in_both"]} == first & second
    for bridge in body["bridges"][:10]:
        rest = ties.subgraph((first | second) - {bridge["key"]})
        joined = any(
            nx.has_path(rest, a, b)
            for a in first - {bridge["key"]}
            for b in second - {bridge["key"]}
            if a in rest and b in rest
        )
        assert bridge["splits"] is (not joined), bridge["key"]
