"""The portfolio sheets: programmes, their own rockets, themes, and references to them."""

from __future__ import annotations

import pytest

from graphsvc.errors import ImportRejectedError
from graphsvc.model import Label, RelType
from graphsvc.services.workbook import export_graph, import_workbook

from .workbooks import graph_of, portfolio_sheets, write_csvs, write_xlsx


def test_a_second_programme_brings_its_own_focus_areas(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "wb", portfolio_sheets()))
    health = store.get_node(Label.ROCKET, "hyvinvoinnin-kasvu:health")
    assert health.props["kind"] == "focus_area" and health.props["number"] == 1
    part_of = {e.start: e.end for e in store.find_edges(RelType.PART_OF)}
    assert part_of["hyvinvoinnin-kasvu:wellbeing"] == "hyvinvoinnin-kasvu"
    assert part_of["wellbeing"] == "elinvoiman-kasvu"
    carries = {(e.start, e.end) for e in store.find_edges(RelType.CARRIES_OUT)}
    assert carries == {
        ("elinvoiman-kasvu", "kouvola-2030"),
        ("hyvinvoinnin-kasvu", "kouvola-2030"),
    }
    assert store.get_node(Label.PROGRAMME, "kouvola-2030").props["kind"] == "strategy"
    fuels = {(e.start, e.end, e.props["primary"]) for e in store.find_edges(RelType.FUELS)}
    assert ("ruoka", "wellbeing", True) in fuels  # the programme column said whose
    assert ("liikunta", "hyvinvoinnin-kasvu:health", True) in fuels
    # one action fuels rockets of both programmes
    assert {("asukas", "hyvinvoinnin-kasvu:wellbeing", True), ("asukas", "centre", False)} <= fuels
    themes = [e.end for e in store.find_edges(RelType.ADDRESSES, start="liikunta")]
    assert themes == ["participation"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_portfolio_exports_and_loads_back_the_same(store, tmp_path, fmt):
    import_workbook(store, write_csvs(tmp_path / "wb", portfolio_sheets()))
    original = graph_of(store)
    out = tmp_path / f"export.{fmt}"
    export_graph(store, fmt, out, include_contacts=True)
    store.clear()
    import_workbook(store, out)
    assert graph_of(store) == original


def _problems(store, tmp_path, sheets, *, xlsx=False):
    path = write_xlsx(tmp_path / "wb.xlsx", sheets) if xlsx else write_csvs(tmp_path / "wb", sheets)
    with pytest.raises(ImportRejectedError) as caught:
        import_workbook(store, path)
    return caught.value.errors


def test_a_rocket_key_of_two_programmes_needs_the_programme(sqlite_store, tmp_path):
    sheets = portfolio_sheets()
    sheets["actions"][3][3] = ""  # ruoka: "wellbeing", and no programme column value
    [problem] = _problems(sqlite_store, tmp_path, sheets)
    assert (problem["file"], problem["row"], problem["column"]) == ("actions.csv", 4, "rocket")
    assert problem["value"] == "wellbeing"
    assert problem["allowed"] == "wellbeing, hyvinvoinnin-kasvu:wellbeing"
    assert "elinvoiman-kasvu, hyvinvoinnin-kasvu" in problem["message"]


def test_the_rockets_the_store_has_are_known_to_later_workbooks(sqlite_store, tmp_path):
    import_workbook(sqlite_store, write_csvs(tmp_path / "first", portfolio_sheets()))
    later = portfolio_sheets()
    del later["rockets"], later["programmes"]
    later["actions"][3][3] = ""
    [problem] = _problems(sqlite_store, tmp_path / "later", later)
    assert (problem["row"], problem["value"]) == (4, "wellbeing")
    later["actions"][3][3] = "elinvoiman-kasvu"
    report = import_workbook(sqlite_store, write_csvs(tmp_path / "fixed", later))
    assert report["nodes_created"] == 0


def test_unknown_programme_theme_and_empty_rocket_are_named(sqlite_store, tmp_path):
    sheets = portfolio_sheets()
    sheets["actions"][4][3] = "hyvinvointi"  # liikunta: no such programme
    sheets["actions"][5][7] = "kulttuuri"  # asukas: no such theme
    sheets["actions"][1][2] = ""  # rrt: fuels nothing
    sheets["rockets"][1][1] = "hyvinvointi"
    found = {
        (p["file"], p["row"], p["column"]): (p["value"], p["allowed"])
        for p in _problems(sqlite_store, tmp_path, sheets)
    }
    programmes = "elinvoiman-kasvu, hyvinvoinnin-kasvu, kouvola-2030"
    assert found[("actions.csv", 5, "programme")] == ("hyvinvointi", programmes)
    assert found[("rockets.csv", 2, "programme")] == ("hyvinvointi", programmes)
    assert found[("actions.csv", 6, "themes")] == (
        "kulttuuri",
        "employment, environment, participation",
    )
    value, allowed = found[("actions.csv", 2, "rocket")]
    assert value == "" and allowed.startswith("logistics, accessibility")


def test_a_rocket_of_a_programme_must_be_its_own(sqlite_store, tmp_path):
    sheets = portfolio_sheets()
    sheets["actions"][4][2] = "logistics"  # liikunta says hyvinvoinnin-kasvu
    sheets["rockets"].append(["launch:pad", "hyvinvoinnin-kasvu", "", ""])
    found = {(p["file"], p["row"]): p for p in _problems(sqlite_store, tmp_path, sheets)}
    assert found[("actions.csv", 5)]["allowed"] == (
        "hyvinvoinnin-kasvu:health, hyvinvoinnin-kasvu:wellbeing"
    )
    assert found[("rockets.csv", 4)]["column"] == "key"


def test_a_workbook_may_add_themes(sqlite_store, tmp_path):
    sheets = portfolio_sheets()
    sheets["themes"] = [["key", "name_fi", "name_en"], ["culture", "Kulttuuri", "Culture"]]
    sheets["actions"][5][7] = "culture;Työllisyys"
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets))
    assert sqlite_store.get_node(Label.THEME, "culture").props["name_en"] == "Culture"
    ends = [e.end for e in sqlite_store.find_edges(RelType.ADDRESSES, start="asukas")]
    assert ends == ["culture", "employment"]
    sheets["actions"][5][7] = "culture"
    import_workbook(sqlite_store, write_csvs(tmp_path / "again", sheets))
    ends = [e.end for e in sqlite_store.find_edges(RelType.ADDRESSES, start="asukas")]
    assert ends == ["culture"]  # the themes cell is the complete list
