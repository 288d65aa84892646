"""Yearly workbooks: ``load --as-of`` begins, changes and ends items on a day, on both stores."""

from __future__ import annotations

import pytest

from graphsvc.errors import ValidationError
from graphsvc.model import Label, RelType
from graphsvc.services.workbook import export_graph, import_workbook

from .workbooks import sample_sheets, write_csvs

Y22, Y23 = "2022-12-31", "2023-12-31"


def state(store, day):
    snap = store.snapshot(as_of=day)
    return (
        {(n.label, n.key): n.props for n in snap.nodes},
        {(e.type, e.start, e.end): e.props for e in snap.edges},
    )


def next_year_sheets():
    """The sample a year on: actor yhd left (and its collaboration with it), action ruoka
    dropped, rrt done, a new action and a new participation."""
    sheets = sample_sheets()
    sheets["actors"] = [r for r in sheets["actors"] if r[0] != "yhd"]
    sheets["actions"] = [r for r in sheets["actions"] if r[0] != "ruoka"]
    sheets["actions"][1][3] = "done"
    sheets["actions"].append(["uusi", "Uusi hanke", "competence", "planned", "", "", ""])
    sheets["participation"] = [r for r in sheets["participation"] if "yhd" not in r]
    sheets["participation"].append(["xamk", "uusi", "lead"])
    sheets["collaborations"] = sheets["collaborations"][:1]
    return sheets


@pytest.fixture
def two_rounds(store, tmp_path):
    first = import_workbook(store, write_csvs(tmp_path / "2022", sample_sheets()), as_of="2022")
    second = import_workbook(store, write_csvs(tmp_path / "2023", next_year_sheets()), as_of="2023")
    return store, first, second


def test_a_round_begins_changes_and_ends_items(two_rounds):
    store, first, second = two_rounds
    assert (first["as_of"], first["nodes_created"], first["edges_created"]) == (Y22, 7, 13)
    assert (second["nodes_created"], second["nodes_updated"], second["nodes_deleted"]) == (1, 1, 2)
    # ended: yhd's funder role in ruoka, the collaboration, ruoka's FUELS and its 2 ADDRESSES
    assert (second["edges_created"], second["edges_deleted"]) == (2, 5)
    before, after = state(store, Y22), state(store, Y23)
    assert (Label.ACTOR, "yhd") in before[0] and (Label.ACTOR, "yhd") not in after[0]
    assert before[0][(Label.ACTION, "rrt")]["status"] == "ongoing"
    assert after[0][(Label.ACTION, "rrt")]["status"] == "done"
    assert (RelType.COLLABORATES_WITH, "xamk", "yhd") in before[1]
    assert not any(t is RelType.COLLABORATES_WITH for t, _, _ in after[1])
    assert store.get_node(Label.ACTION, "rrt").props["status"] == "done"


def test_a_round_loaded_again_changes_nothing(two_rounds, tmp_path):
    store, _, _ = two_rounds
    version = store.version()
    again = import_workbook(store, tmp_path / "2023", as_of="2023")
    assert (again["nodes_created"], again["nodes_updated"], again["nodes_deleted"]) == (0, 0, 0)
    assert (again["edges_created"], again["edges_deleted"]) == (0, 0)
    assert store.version() == version


def test_an_earlier_round_loaded_late_keeps_later_changes(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "2023", next_year_sheets()), as_of="2023")
    report = import_workbook(store, write_csvs(tmp_path / "2022", sample_sheets()), as_of="2022")
    assert report["later_changes"] > 0
    assert state(store, Y22)[0][(Label.ACTION, "rrt")]["status"] == "ongoing"
    after = state(store, Y23)
    assert after[0][(Label.ACTION, "rrt")]["status"] == "done"
    assert (Label.ACTION, "uusi") in after[0]
    # yhd was not in the 2023 round: loading 2022 late brings it back from 2022 on, as the
    # 2023 round recorded nothing about it (only what a workbook lists is recorded)
    assert (Label.ACTOR, "yhd") in state(store, Y22)[0]


def test_a_dry_run_of_a_round_predicts_and_writes_nothing(two_rounds, tmp_path):
    store, _, _ = two_rounds
    version = store.version()
    sheets = next_year_sheets()
    sheets["actors"] = sheets["actors"][:-1]  # rahti leaves in 2024
    report = import_workbook(
        store, write_csvs(tmp_path / "2024", sheets), as_of="2024", dry_run=True
    )
    assert report["nodes_deleted"] == 1 and report["edges_deleted"] >= 1
    assert store.version() == version


@pytest.mark.parametrize(
    ("as_of", "message"),
    [("2999", "future"), ("20245", "not a date"), ("2023-02-30", "not a date"), ("x", "YYYY")],
)
def test_a_bad_day_is_refused_and_nothing_is_written(store, tmp_path, as_of, message):
    version = store.version()
    with pytest.raises(ValidationError, match=message):
        import_workbook(store, write_csvs(tmp_path / "wb", sample_sheets()), as_of=as_of)
    assert store.version() == version


def test_an_export_as_of_a_day_loads_back_to_that_state(two_rounds, tmp_path, sqlite_store):
    store, _, _ = two_rounds
    export_graph(store, "csv", tmp_path / "then", include_contacts=True, as_of="2022")
    import_workbook(sqlite_store, tmp_path / "then", as_of="2022")
    assert state(sqlite_store, Y22) == state(store, Y22)
