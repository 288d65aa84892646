"""``graphsvc survey`` as an editor runs it, from creating a wave to closing it, in a
subprocess against a SQLite store; errors are one clear line, never a traceback."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from graphsvc.model import Edge, Label, Node, RelType
from graphsvc.records import Batch
from graphsvc.services import survey_answers
from graphsvc.services.accounts import Author
from tests.cli_runner import graphsvc, loaded_sqlite


def small_graph(store) -> None:
    contact = {"contact_name": "Maija", "contact_email": "maija@example.fi"}
    nodes = [
        Node(Label.ACTOR, "a", {"name": "Asema Oy", "kind": "company", **contact}),
        Node(Label.ACTOR, "b", {"name": "=HYPERLINK(1)", "kind": "association", **contact}),
        Node(Label.ACTOR, "c", {"name": "Cafe", "kind": "company"}),
        Node(Label.ACTION, "x", {"title": "Asema-alue"}),
    ]
    edges = [
        Edge(RelType.FUELS, "x", "centre", {"primary": True}),
        Edge(RelType.RUNS, "a", "x", {"role": "lead"}),
        Edge(RelType.RUNS, "b", "x", {"role": "partner"}),
    ]
    store.apply(Batch(nodes=nodes, edges=edges))


@pytest.fixture
def url(tmp_path: Path) -> str:
    return loaded_sqlite(tmp_path / "graph.db", small_graph)


def ok(*args: str, url: str) -> str:
    result = graphsvc(*args, "--lang", "en", url=url)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_wave_from_creation_to_the_history(url: str, tmp_path: Path) -> None:
    created = ok("survey", "create", "--year", "2026", "--title", "Verkostokysely", url=url)
    assert "The survey of 2026 was created" in created
    out = tmp_path / "links.csv"
    assert "2 links written" in ok("survey", "links", "--year", "2026", "-o", str(out), url=url)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["actor"], r["contact_email"]) for r in rows] == [
        ("a", "maija@example.fi"),
        ("b", "maija@example.fi"),
    ]
    assert rows[0]["link"].startswith("http://localhost:8000/s/")
    assert rows[1]["name"] == "'=HYPERLINK(1)"  # no spreadsheet runs it as a formula
    assert "No new links were needed" in ok("survey", "links", "--year", "2026", url=url)
    status = json.loads(ok("survey", "status", "--year", "2026", "--json", url=url))
    assert status["overall"]["asked"] == 2 and status["overall"]["band"] == "low"
    from graphsvc.accounts import open_accounts
    from graphsvc.stores.sqlite_store import SQLiteStore

    store = SQLiteStore(url)
    accounts = open_accounts(store)
    token = rows[0]["link"].rsplit("/", 1)[1]
    data = {"worked_with": [{"actor": "b"}, {"name": "Uusi Kahvila"}]}
    survey_answers.save_answer(store, token, data, Author(accounts, "respondent", "respondent"))
    accounts.close()
    printed = ok("survey", "status", "--year", "2026", url=url)
    assert "answered 1/2 (50%)" in printed and "=HYPERLINK(1)" in printed
    closed = ok("survey", "close", "--year", "2026", url=url)
    assert "1 ties (0 confirmed by both)" in closed and "1 new names wait" in closed
    review = json.loads(ok("survey", "review", "--year", "2026", "--json", url=url))
    assert review["items"][0]["name"] == "Uusi Kahvila"
    decided = ok("survey", "decide", "--year", "2026", "Uusi Kahvila", "--actor", "c", url=url)
    assert "Uusi Kahvila: c" in decided
    assert {e.end for e in store.find_edges(RelType.COLLABORATES_WITH, start="a")} == {"b", "c"}
    answers = json.loads(ok("survey", "answers", "--actor", "a", url=url))
    assert answers["items"][0]["worked_with"][0] == {"actor": "b", "actions": []}
    assert "erased: 1" in ok("survey", "erase", "--actor", "a", url=url)
    store.close()


def test_mistakes_get_one_clear_line(url: str) -> None:
    ok("survey", "create", "--year", "2026", "--title", "K", url=url)
    for args, words in (
        (("survey", "create", "--year", "2026", "--title", "K"), "exists already"),
        (
            ("survey", "create", "--year", "2027", "--title", "K", "--ends", "2020-01-01"),
            "has passed",
        ),
        (("survey", "links", "--year", "2026", "--actor", "c"), "is not a respondent"),
        (("survey", "status", "--year", "1999"), "There is no survey of 1999"),
        (("survey", "decide", "--year", "2026", "X"), "Choose one"),
    ):
        result = graphsvc(*args, "--lang", "en", url=url)
        assert result.returncode != 0 and words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
