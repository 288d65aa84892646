"""Helpful errors, as a person meets them in a real process on a real SQLite file.

The wrong command for a key says which one fits; an unknown key gets close keys; a read
command never creates a store file; ``graphsvc search`` finds keys; a CSV with another
delimiter is refused naming the delimiters tried.
"""

from __future__ import annotations

import json

import pytest
from cli_runner import graphsvc, loaded_sqlite
from sample_graph import load_sample


@pytest.fixture
def url(tmp_path):
    return loaded_sqlite(tmp_path / "cli.db", load_sample)


def test_who_runs_given_an_actor_key_points_to_actions_of(url):
    result = graphsvc("who-runs", "kaupunki", "--lang", "en", url=url)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[0] == (
        "error: kaupunki is an actor, not an action: graphsvc actions-of kaupunki lists the "
        "actions it runs"
    )
    assert "Traceback" not in result.stderr


def test_actions_of_given_an_action_key_points_to_who_runs_in_finnish(url):
    result = graphsvc("actions-of", "rrt", url=url)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "virhe: rrt on toimenpide eikä toimija: toimenpiteen toimijat kertoo graphsvc who-runs rrt"
    )


def test_a_misspelt_key_gets_close_keys_and_the_way_to_search(url):
    result = graphsvc("actions-of", "kaupunkki", "--lang", "en", url=url)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: there is no actor with the key “kaupunkki”",
        "  Close keys: kaupunki",
        "  Find a key by name: graphsvc search TEXT",
    ]


def test_search_finds_keys_by_name_without_accents(url):
    result = graphsvc("search", "aaneen", "--lang", "en", url=url, env=_columns(80))
    assert result.returncode == 0, result.stderr
    assert "yhdistys" in result.stdout and "Ääneen yhdistys" in result.stdout
    assert "actor" in result.stdout


def test_search_kind_and_json(url):
    result = graphsvc("search", "rrt", "--kind", "action", "--json", url=url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"] == [
        {"label": "Action", "key": "rrt", "name": "RRT-terminaali"}
    ]
    none = graphsvc("search", "rrt", "--kind", "actor", "--lang", "en", url=url)
    assert none.returncode == 0 and none.stdout.strip() == "Nothing matches “rrt”."


def test_search_with_a_bad_kind_lists_the_kinds(url):
    result = graphsvc("search", "x", "--kind", "person", "--lang", "en", url=url)
    assert result.returncode == 2
    assert "'person' is not one of 'actor', 'action', 'rocket'" in result.stderr


def test_a_read_command_does_not_create_a_missing_store(tmp_path):
    missing = tmp_path / "typo.db"
    url = f"sqlite:///{missing}"
    for command in (("who-runs", "rrt"), ("analyze", "gaps"), ("search", "x"), ("users", "list")):
        result = graphsvc(*command, "--lang", "en", url=url)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.startswith(f"error: there is no store at {missing}")
        assert f"graphsvc --store {url} load WORKBOOK" in result.stderr
        assert not missing.exists()


def test_a_write_command_creates_the_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    result = graphsvc("load", "--demo", "--dry-run", url=url)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new.db").exists()


def test_a_csv_with_an_unknown_delimiter_names_the_delimiters_tried(tmp_path):
    folder = tmp_path / "wb"
    folder.mkdir()
    (folder / "actors.csv").write_text("key|name|kind\nx|X Oy|company\n", encoding="utf-8")
    (folder / "actions.csv").write_text("key,title,rocket\na,A,logistics\n", encoding="utf-8")
    (folder / "participation.csv").write_text("actor,action,role\nx,a,lead\n", encoding="utf-8")
    result = graphsvc("load", str(folder), "--lang", "en", url=f"sqlite:///{tmp_path / 'g.db'}")
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: actors.csv: the first line 'key|name|kind' has none of")
    assert "comma (,), semicolon (;) and tab" in first
    assert "Traceback" not in result.stderr


def _columns(width: int) -> dict[str, str]:
    import os

    return {**os.environ, "COLUMNS": str(width)}
