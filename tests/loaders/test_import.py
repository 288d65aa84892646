"""Importing workbooks: all or nothing, idempotent, dry runs, both delimiters, on both stores."""

from __future__ import annotations

import pytest

from graphsvc.errors import ImportRejectedError
from graphsvc.model import Label, RelType
from graphsvc.services.workbook import import_workbook

from .workbooks import graph_of, sample_sheets, write_csvs, write_xlsx


def test_workbook_loads_exactly_what_the_sheets_say(store, tmp_path):
    report = import_workbook(store, write_csvs(tmp_path / "wb", sample_sheets()))
    assert (report["nodes_created"], report["edges_created"]) == (7, 13)
    assert [(p.node.key, p.role.value) for p in store.who_runs("rrt")] == [
        ("rahti", "lead"),
        ("xamk", "partner"),
        ("kouvola", "partner"),  # an empty role cell means partner
    ]
    assert [p.node.key for p in store.actions_of("kouvola")] == ["asema", "rrt"]
    fuels = store.find_edges(RelType.FUELS, start="rrt")
    assert {(e.end, e.props["primary"]) for e in fuels} == {("logistics", True), ("centre", False)}
    action = store.get_node(Label.ACTION, "rrt")
    assert action.props["start"] == "2024-03-01"  # Finnish date, stored as ISO
    assert "themes" not in action.props  # the word "ymparisto" names the built-in theme
    addresses = store.find_edges(RelType.ADDRESSES, start="rrt")
    assert [e.end for e in addresses] == ["environment"]
    assert store.get_node(Label.ACTOR, "rahti").props["name"] == 'Rahti "Quote" Oy; Ltd'
    assert store.get_node(Label.ACTOR, "yhd").props["name"] == '=HYPERLINK("http://x")'
    collab = store.find_edges(RelType.COLLABORATES_WITH)
    assert [(e.start, e.end, e.props) for e in collab] == [
        ("xamk", "yhd", {"kind": "hanke", "since": "2021", "source": "haastattelu"})
    ]


def test_loading_twice_changes_nothing(store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    import_workbook(store, folder)
    before, version = graph_of(store), store.version()
    again = import_workbook(store, folder)
    assert (again["nodes_unchanged"], again["edges_unchanged"]) == (7, 13)
    assert again["nodes_created"] + again["nodes_updated"] + again["edges_created"] == 0
    assert again["edges_updated"] + again["edges_deleted"] == 0
    assert graph_of(store) == before
    assert store.version() == version


def test_dry_run_writes_nothing_and_predicts_the_counts(store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    before = graph_of(store)
    dry = import_workbook(store, folder, dry_run=True)
    assert graph_of(store) == before
    real = import_workbook(store, folder)
    counts = [k for k in real if k.startswith(("nodes_", "edges_"))]
    assert dry["dry_run"] and not real["dry_run"]
    assert {k: dry[k] for k in counts} == {k: real[k] for k in counts}


def test_finnish_excel_csv_loads_the_same_graph(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "comma", sample_sheets()))
    comma = graph_of(store)
    store.clear()
    folder = write_csvs(tmp_path / "fi", sample_sheets(), delimiter=";", encoding="utf-8-sig")
    assert (folder / "actors.csv").read_bytes().startswith(b"\xef\xbb\xbfkey;name;kind")
    import_workbook(store, folder)
    assert graph_of(store) == comma


def test_xlsx_loads_the_same_graph_as_csv(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "wb", sample_sheets()))
    from_csv = graph_of(store)
    store.clear()
    import_workbook(store, write_xlsx(tmp_path / "wb.xlsx", sample_sheets()))
    assert graph_of(store) == from_csv


def test_one_bad_row_rejects_the_whole_file(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "first", sample_sheets()))
    before, version = graph_of(store), store.version()
    sheets = sample_sheets()
    sheets["actors"][1][1] = "Kouvolan kaupunki (renamed)"
    sheets["actors"].append(["new", "Uusi Oy", "company", "", "", "", ""])
    sheets["participation"].append(["new", "rrt", "chief"])  # the one bad cell
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(store, write_csvs(tmp_path / "second", sheets))
    [error] = info.value.errors
    assert (error["file"], error["row"], error["column"], error["value"]) == (
        "participation.csv",
        7,
        "role",
        "chief",
    )
    assert graph_of(store) == before
    assert store.version() == version


def test_participation_may_name_actors_already_in_the_store(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "first", sample_sheets()))
    sheets = {
        "actors": [["key", "name", "kind"], ["uusi", "Uusi Oy", "company"]],
        "actions": [["key", "title", "rocket"]],
        "participation": [["actor", "action", "role"], ["uusi", "rrt", "partner"]],
    }
    report = import_workbook(store, write_csvs(tmp_path / "second", sheets))
    assert (report["nodes_created"], report["edges_created"]) == (1, 1)
    assert "uusi" in [p.node.key for p in store.who_runs("rrt")]


def test_columns_a_sheet_lacks_keep_their_stored_values(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "first", sample_sheets()))
    sheets = sample_sheets()
    sheets["actors"] = [row[:3] for row in sheets["actors"]]  # no contacts, no tags
    sheets["actors"][2][1] = "XAMK"
    report = import_workbook(store, write_csvs(tmp_path / "second", sheets))
    assert report["nodes_updated"] == 1
    kouvola = store.get_node(Label.ACTOR, "kouvola")
    assert kouvola.props["contact_email"] == "maija@kouvola.fi"
    assert store.get_node(Label.ACTOR, "xamk").props == {
        "name": "XAMK",
        "kind": "education",
        "tags": ["rata", "tki"],
    }


def test_the_rocket_cell_is_the_actions_complete_list(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "first", sample_sheets()))
    sheets = sample_sheets()
    sheets["actions"][1][2] = "centre"  # was logistics;centre
    report = import_workbook(store, write_csvs(tmp_path / "second", sheets))
    assert (report["edges_deleted"], report["edges_updated"]) == (1, 1)
    fuels = store.find_edges(RelType.FUELS, start="rrt")
    assert [(e.end, e.props["primary"]) for e in fuels] == [("centre", True)]


def test_rockets_sheet_renames_builtin_rockets(store, tmp_path):
    sheets = sample_sheets()
    sheets["rockets"] = [["key", "name_fi", "name_en"], ["centre", "Elävä keskusta 2030", ""]]
    import_workbook(store, write_csvs(tmp_path / "wb", sheets))
    rocket = store.get_node(Label.ROCKET, "centre")
    assert rocket.props == {
        "number": 4,
        "name_fi": "Elävä keskusta 2030",
        "name_en": "Living city centre",
        "kind": "rocket",
    }


def test_sheet_names_in_any_case_and_other_sheets_are_noted(sqlite_store, tmp_path):
    sheets = {name.capitalize(): rows for name, rows in sample_sheets().items()}
    sheets["Ohjeet"] = [["Täytä välilehdet actors, actions ja participation."]]
    report = import_workbook(sqlite_store, write_xlsx(tmp_path / "wb.xlsx", sheets))
    assert report["rows"] == {"actors": 4, "actions": 3, "participation": 5, "collaborations": 1}
    assert report["notes"] == ["ignored sheets that are not workbook sheets: Ohjeet"]
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    (folder / "README.csv").write_text("not a sheet\n", encoding="utf-8")
    report = import_workbook(sqlite_store, folder)
    assert report["notes"] == ["ignored files that are not workbook sheets: README.csv"]
