"""Row validation: every problem named by file, row (as the spreadsheet shows it), column, value."""

from __future__ import annotations

import pytest

from graphsvc.errors import ImportRejectedError
from graphsvc.services.workbook import import_workbook
from graphsvc.settings import Settings

from .workbooks import graph_of, sample_sheets, write_csvs, write_xlsx


def problems(store, tmp_path, sheets, settings=None) -> list[dict]:
    """The errors of a workbook that must be rejected without writing anything."""
    before = graph_of(store)
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(store, write_csvs(tmp_path / "wb", sheets), settings=settings)
    assert graph_of(store) == before
    return info.value.errors


def test_a_misspelt_kind_is_named_with_row_column_and_choices(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][3][2] = "compny"
    [error] = problems(sqlite_store, tmp_path, sheets)
    assert {k: v for k, v in error.items() if k != "said"} == {
        "file": "actors.csv",
        "row": 4,
        "column": "kind",
        "value": "compny",
        "message": "actors.csv row 4, column kind: 'compny' is not one of company, education, "
        "institution, authority, city, city_company, association, citizen, political",
        "allowed": "company, education, institution, authority, city, city_company, "
        "association, citizen, political",
    }


def test_every_problem_is_collected(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][1][3] = "0112038-8"  # wrong Y-tunnus check digit
    sheets["actors"][1][6] = "maija@"  # not an e-mail
    sheets["actors"][4][0] = "kouvola"  # the key of row 2 again
    sheets["actors"][2][1] = ""  # name missing
    sheets["actions"][1][2] = "logistics;moon"  # not a rocket
    sheets["actions"][1][4] = "31.2.2024"  # not a date
    sheets["actions"][2][3] = "finished"  # not a status
    sheets["actions"][3][4:6] = ["2025-01-01", "1.1.2024"]  # ends before it starts
    sheets["participation"][2][0] = "ghost"  # no such actor
    sheets["participation"][5][1] = "asema"  # yhd was funder of ruoka; now fine
    sheets["participation"].append(["kouvola", "asema", "lead"])  # the same pair again
    sheets["collaborations"].append(["xamk", "xamk", "", "sometime", ""])
    found = {
        (e["file"], e["row"], e["column"]): e["message"]
        for e in problems(sqlite_store, tmp_path, sheets)
    }
    assert found == {
        ("actors.csv", 2, "business_id"): "actors.csv row 2, column business_id: '0112038-8' is "
        "not a valid Y-tunnus (1234567-8 with a correct check digit)",
        ("actors.csv", 2, "contact_email"): "actors.csv row 2, column contact_email: 'maija@' "
        "is not an e-mail address",
        ("actors.csv", 5, "key"): "actors.csv row 5, column key: 'kouvola' is already used in "
        "row 2",
        ("actors.csv", 3, "name"): "actors.csv row 3, column name: a value is required",
        ("actions.csv", 2, "rocket"): "actions.csv row 2, column rocket: 'moon' is not one of "
        "logistics, accessibility, competence, centre, wellbeing, launchpad",
        ("actions.csv", 2, "start"): "actions.csv row 2, column start: '31.2.2024' is not an ISO "
        "date (2024-03-01) or a Finnish date (1.3.2024)",
        ("actions.csv", 3, "status"): "actions.csv row 3, column status: 'finished' is not one "
        "of proposed, planned, ongoing, done, dropped",
        ("actions.csv", 4, "end"): "actions.csv row 4, column end: '2024-01-01' is before the "
        "start of the action",
        ("participation.csv", 7, "action"): "participation.csv row 7, column action: "
        "actor 'kouvola' and action 'asema' are already paired in row 5",
        ("collaborations.csv", 3, "actor_b"): "collaborations.csv row 3, column actor_b: "
        "'xamk' cannot collaborate with itself",
        ("collaborations.csv", 3, "since"): "collaborations.csv row 3, column since: 'sometime' "
        "is not an ISO date (2024-03-01) or a Finnish date (1.3.2024) or a year (2021)",
    }
    # references are checked once the rows themselves are valid:
    sheets = sample_sheets()
    sheets["participation"][2][0] = "ghost"
    [error] = problems(sqlite_store, tmp_path / "2", sheets)
    assert error["message"] == (
        "participation.csv row 3, column actor: 'ghost' is not an actor in the workbook or in "
        "the store"
    )


def test_unknown_and_missing_columns_name_the_allowed_ones(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][0][3] = "y_tunnus"
    sheets["participation"] = [["actor", "rooli"], ["kouvola", "lead"]]
    messages = [e["message"] for e in problems(sqlite_store, tmp_path, sheets)]
    assert messages == [
        "actors.csv row 1: unknown column y_tunnus; the columns of actors are key, name, kind, "
        "sector, municipality, business_id, website, tags, verified_at, contact_name, "
        "contact_email, contact_phone",
        "participation.csv row 1: missing column action",
        "participation.csv row 1: unknown column rooli; the columns of participation are "
        "actor, action, role",
    ]


def test_missing_sheet_is_named(sqlite_store, tmp_path):
    sheets = sample_sheets()
    del sheets["participation"]
    [error] = problems(sqlite_store, tmp_path, sheets)
    assert error["message"] == (
        "wb: missing sheet participation (found: actors, actions, collaborations)"
    )


def test_errors_are_capped(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"] += [[f"a{i}", "", "company", "", "", "", ""] for i in range(30)]
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(
            sqlite_store,
            write_csvs(tmp_path / "wb", sheets),
            settings=Settings(max_import_errors=5),
        )
    assert len(info.value.errors) == 5
    assert info.value.message.startswith("wb: 5+ problems found; nothing was imported")


def test_xlsx_errors_name_the_file_and_sheet(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][2][2] = "koulu"
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(sqlite_store, write_xlsx(tmp_path / "ohjelma.xlsx", sheets))
    [error] = info.value.errors
    assert error["file"] == "ohjelma.xlsx, sheet actors"
    assert error["message"].startswith("ohjelma.xlsx, sheet actors, row 3, column kind: 'koulu'")


def test_lenient_where_spreadsheets_differ(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][0] = [c.upper() for c in sheets["actors"][0]]  # KEY, NAME, ...
    sheets["actors"][1][2] = " City "
    sheets["actors"].insert(3, [""] * 7)  # a blank row in the middle
    sheets["participation"][1][2] = "LEAD"
    sheets["participation"][2][1] = "  rrt "
    report = import_workbook(sqlite_store, write_csvs(tmp_path / "wb", sheets))
    assert report["nodes_created"] == 7
    assert sqlite_store.who_runs("rrt")[0].node.key == "rahti"


def test_blank_rows_keep_the_row_numbers_of_the_spreadsheet(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"].insert(2, ["", "", "", "", "", "", ""])
    sheets["actors"][4][2] = "compny"
    [error] = problems(sqlite_store, tmp_path, sheets)
    assert error["row"] == 5
