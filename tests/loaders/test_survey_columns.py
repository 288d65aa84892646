"""The survey's columns of the collaborations sheet: a survey tie loads, exports and loads
back as it was; a bad year, respondent or confirmation is named by row and column."""

from __future__ import annotations

from graphsvc.exporters.tables import workbook_tables
from graphsvc.model import RelType
from graphsvc.services.workbook import import_workbook

from .test_validation import problems
from .workbooks import sample_sheets, write_csvs

SURVEYED = [
    ["actor_a", "actor_b", "kind", "since", "source", "year", "respondent", "confirmed"],
    ["xamk", "yhd", "", "2025", "survey", "2025", "xamk", "kyllä"],
    ["kouvola", "rahti", "hanke", "2021", "haastattelu", "2026", "rahti", "false"],
]


def test_a_survey_tie_loads_and_exports_as_it_was(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["collaborations"] = [row[:] for row in SURVEYED]
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets))
    ties = {(e.start, e.end): e.props for e in sqlite_store.find_edges(RelType.COLLABORATES_WITH)}
    assert ties[("xamk", "yhd")] == {
        "since": "2025", "source": "survey", "year": 2025, "respondent": "xamk", "confirmed": True,
    }  # fmt: skip
    assert ties[("kouvola", "rahti")]["confirmed"] is False
    table = workbook_tables(sqlite_store.snapshot())["collaborations"]
    rows = {tuple(r[:2]): dict(zip(table.columns, r, strict=True)) for r in table.rows}
    assert rows[("xamk", "yhd")]["confirmed"] == "true" and rows[("xamk", "yhd")]["year"] == "2025"
    again = import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets))
    assert again["edges_unchanged"] >= 2 and again["edges_updated"] == 0


def test_bad_survey_columns_are_named(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["collaborations"] = [row[:] for row in SURVEYED]
    sheets["collaborations"][1][5] = "viime vuonna"
    sheets["collaborations"][1][6] = "kouvola"
    sheets["collaborations"][2][7] = "ehkä"
    found = {
        (e["row"], e["column"]): e["message"] for e in problems(sqlite_store, tmp_path, sheets)
    }
    assert found == {
        (2, "year"): "collaborations.csv row 2, column year: 'viime vuonna' is not a year (2026)",
        (2, "respondent"): "collaborations.csv row 2, column respondent: the respondent "
        "'kouvola' is neither of the tie's actors (actor_a, actor_b)",
        (3, "confirmed"): "collaborations.csv row 3, column confirmed: 'ehkä' is not true or false",
    }


def test_a_yearly_workbook_leaves_the_surveys_ties_to_the_survey(sqlite_store, tmp_path):
    from graphsvc.model import Edge
    from graphsvc.records import Batch

    sheets = sample_sheets()
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets), as_of="2024")
    found = {"source": "survey", "since": "2025", "year": 2025, "respondent": "rahti"}
    other = {"source": "haastattelu"}
    sqlite_store.apply(
        Batch(
            edges=[
                Edge(RelType.COLLABORATES_WITH, "rahti", "kouvola", {**found, "confirmed": False}),
                Edge(RelType.COLLABORATES_WITH, "rahti", "xamk", other),
            ],
            on="2025-12-31",
        )
    )
    import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets), as_of="2026-01-31")
    ties = {(e.start, e.end) for e in sqlite_store.find_edges(RelType.COLLABORATES_WITH)}
    assert ("rahti", "kouvola") in ties  # the survey's: it ends its own ties
    assert ("rahti", "xamk") not in ties  # the workbook's to end
