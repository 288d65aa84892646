"""``graphsvc who-runs`` and ``actions-of`` from a real SQLite file, as a user runs them."""

from __future__ import annotations

import json

import pytest
from cli_runner import graphsvc, loaded_sqlite
from sample_graph import load_sample

from graphsvc.services import queries
from graphsvc.stores.sqlite_store import SQLiteStore


@pytest.fixture
def url(tmp_path):
    return loaded_sqlite(tmp_path / "cli.db", load_sample)


@pytest.mark.parametrize(("lang", "lead_word"), [("fi", "vetäjä"), ("en", "lead")])
def test_who_runs_table(url, lang, lead_word):
    result = graphsvc("who-runs", "rrt", "--lang", lang, url=url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    lead = next(i for i, line in enumerate(lines) if "Hämeen Rahti Oy" in line)
    partner = next(i for i, line in enumerate(lines) if "Ammattikorkeakoulu" in line)
    assert lead_word in lines[lead] and lead < partner


def test_json_equals_the_service_answer(url):
    result = graphsvc("actions-of", "kaupunki", "--json", url=url)
    assert result.returncode == 0, result.stderr
    store = SQLiteStore(url)
    assert json.loads(result.stdout) == queries.actions_of(store, "kaupunki")
    store.close()


def test_contacts_are_hidden_unless_asked(url):
    hidden = json.loads(graphsvc("actions-of", "yhdistys", "--json", url=url).stdout)
    assert "contact_email" not in hidden["actor"]
    shown = json.loads(
        graphsvc("actions-of", "yhdistys", "--json", "--include-contacts", url=url).stdout
    )
    assert shown["actor"]["contact_email"] == "a@esim.example"


def test_unknown_action_is_a_clear_error(url):
    result = graphsvc("who-runs", "nope", "--lang", "en", url=url)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: there is no action with the key “nope”",
        "  Find a key by name: graphsvc search TEXT",
    ]


def test_unreachable_sqlite_is_a_clear_error(tmp_path):
    result = graphsvc(
        "who-runs", "x", "--lang", "en", url=f"sqlite:///{tmp_path / 'missing' / 'dir' / 'g.db'}"
    )
    assert result.returncode == 1
    assert "error: cannot open SQLite file" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_store_scheme_lists_allowed(url):
    result = graphsvc("who-runs", "x", "--lang", "en", url="mysql://x")
    assert result.returncode == 1
    assert "is not one of sqlite, bolt" in result.stderr
