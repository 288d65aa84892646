"""The gaps of the demo as a worklist at the command line: severities that separate, ids
that ``graphsvc gaps handle`` takes, marks that the API and the JSON show alike."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from graphsvc.services.workbook import import_demo
from tests.cli_runner import graphsvc, loaded_sqlite


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the demo's four yearly rounds (the tests run in order)."""
    return loaded_sqlite(tmp_path_factory.mktemp("worklist") / "demo.db", import_demo)


def gaps_json(url: str) -> dict:
    result = graphsvc("analyze", "gaps", "--json", url=url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["result"]


def test_the_demo_gaps_spread_over_three_levels_none_holding_over_half(url: str) -> None:
    body = gaps_json(url)
    found = body["gaps"]
    levels = Counter(g["severity"] for g in found)
    assert set(levels) == {"high", "medium", "low"}
    assert max(levels.values()) <= len(found) / 2, levels
    assert body["by_severity"] == {s: levels[s] for s in ("high", "medium", "low")}
    scores = [g["score"] for g in found]
    assert scores == sorted(scores, reverse=True)  # severity follows the score
    ongoing = [g for g in found if g["details"].get("status") == "ongoing"]
    done = [g for g in found if g["details"].get("status") in ("done", "dropped")]
    assert ongoing and done and min(g["score"] for g in ongoing) > max(g["score"] for g in done)
    assert all(g["next"]["fi"] and g["next"]["en"] for g in found)
    assert len({g["id"] for g in found}) == len(found)


def test_an_id_from_the_table_marks_the_gap_and_the_json_shows_it(url: str) -> None:
    table = graphsvc("analyze", "gaps", "--lang", "en", url=url)
    assert table.returncode == 0, table.stderr
    assert "critical" in table.stdout and "to note" in table.stdout
    assert "high" not in table.stdout.split("\n", 1)[0]  # the title counts levels in words
    first = gaps_json(url)["gaps"][0]
    marked = graphsvc("gaps", "handle", first["id"], "--note", "Agreed on 3 Dec", url=url)
    assert marked.returncode == 0, marked.stderr
    assert f"Aukko {first['id']} merkitty hoidetuksi" in marked.stdout
    again = [g for g in gaps_json(url)["gaps"] if g["id"] == first["id"]][0]
    assert again["handled"]["note"] == "Agreed on 3 Dec"
    assert again["handled"]["by"].startswith("cli")
    wide = {**os.environ, "COLUMNS": "200"}  # the note whole on one line
    listed = graphsvc("gaps", "marks", "--lang", "en", url=url, env=wide)
    assert "Gaps marked handled: 1" in listed.stdout and "Agreed on 3 Dec" in listed.stdout
    (item,) = json.loads(graphsvc("gaps", "marks", "--json", url=url).stdout)["items"]
    assert item["gap_id"] == first["id"] and item == again["handled"]
    reopened = graphsvc("gaps", "reopen", first["id"], "--lang", "en", url=url)
    assert reopened.returncode == 0 and f"Gap {first['id']} reopened." in reopened.stdout
    assert all(g["handled"] is None for g in gaps_json(url)["gaps"])


def test_a_wrong_id_is_a_clear_message_not_a_traceback(url: str, tmp_path: Path) -> None:
    bad = graphsvc("gaps", "handle", "teko-009", "--lang", "en", url=url)
    assert bad.returncode != 0
    assert "is not a gap id" in bad.stderr and "graphsvc analyze gaps" in bad.stderr
    gone = graphsvc("gaps", "handle", "solo_action-000000000000", url=url)
    assert gone.returncode != 0 and "not a gap of the programme now" in gone.stderr
    assert "solo_action-" in gone.stderr.split("now:", 1)[1]  # similar ids suggested
    never = graphsvc("gaps", "reopen", "solo_action-000000000000", url=url)
    assert never.returncode != 0 and "is not marked handled" in never.stderr
    assert "Traceback" not in bad.stderr + gone.stderr + never.stderr


def test_a_gap_of_a_rockets_own_part_is_marked_with_its_rocket(url: str) -> None:
    whole = {g["id"] for g in gaps_json(url)["gaps"]}
    result = graphsvc("analyze", "gaps", "--rocket", "centre", "--json", url=url)
    own = [g for g in json.loads(result.stdout)["result"]["gaps"] if g["id"] not in whole]
    assert own, "the centre rocket's part has cut points of its own"
    gap = own[0]["id"]
    refused = graphsvc("gaps", "handle", gap, url=url)
    assert refused.returncode != 0 and "not a gap of the programme now" in refused.stderr
    marked = graphsvc("gaps", "handle", gap, "--rocket", "centre", "--json", url=url)
    assert marked.returncode == 0, marked.stderr
    again = graphsvc("analyze", "gaps", "--rocket", "centre", "--json", url=url)
    (seen,) = [g for g in json.loads(again.stdout)["result"]["gaps"] if g["id"] == gap]
    assert seen["handled"] == json.loads(marked.stdout)
    wrong = graphsvc("gaps", "handle", gap, "--rocket", "nowhere", url=url)
    assert wrong.returncode != 0 and "nowhere" in wrong.stderr and "Traceback" not in wrong.stderr
