"""The ``indicators`` and ``indicator_values`` sheets: loaded, refused row by row, exported back."""

from __future__ import annotations

import pytest

from graphsvc.errors import ImportRejectedError
from graphsvc.indicator_model import Direction
from graphsvc.model import Label
from graphsvc.services.workbook import export_graph, import_workbook

from .workbooks import sample_sheets, write_csvs, write_xlsx

INDICATORS = [
    [
        "key",
        "name_fi",
        "name_en",
        "unit",
        "direction",
        "baseline_year",
        "baseline_value",
        "target_year",
        "target_value",
        "rocket",
        "owner",
        "source",
    ],
    ["vaki", "Väkiluku", "Population", "henkilöä", "increase", "2021", "80 000", "2025",
     "81 000", "elinvoiman-kasvu", "kouvola", "Tilastokeskus"],
    ["tyot", "Työttömyysaste", "Unemployment rate", "%", "decrease", "2021", "12,5", "2025",
     "9,0", "launchpad", "", ""],
    ["rahtitonnit", "Rahtitonnit", "", "t", "INCREASE", "2021", "1000", "2025", "2000",
     "Logistics", "xamk", ""],
]  # fmt: skip
VALUES = [
    ["indicator", "year", "value", "provisional", "note"],
    ["vaki", "2022", "79 800", "", ""],
    ["vaki", "2023", "1 234,5", "kyllä", "ennakko"],
    ["tyot", "2022", "11,9", "false", ""],
]


def sheets_with_indicators() -> dict[str, list[list[str]]]:
    sheets = sample_sheets()
    sheets["indicators"] = [row[:] for row in INDICATORS]
    sheets["indicator_values"] = [row[:] for row in VALUES]
    return sheets


def problems_of(store, tmp_path, sheets) -> list[dict]:
    with pytest.raises(ImportRejectedError) as caught:
        import_workbook(store, write_csvs(tmp_path / "bad", sheets))
    return caught.value.errors


def test_indicator_sheets_load_with_finnish_numbers(store, tmp_path):
    report = import_workbook(store, write_csvs(tmp_path / "wb", sheets_with_indicators()))
    assert (report["indicators_created"], report["values_created"]) == (3, 3)
    vaki = store.get_indicator("vaki")
    assert (vaki.baseline_value, vaki.target_value, vaki.owner) == (80_000.0, 81_000.0, "kouvola")
    tyot = store.get_indicator("tyot")
    assert (tyot.direction, tyot.measures, tyot.owner) == (Direction.DECREASE, "launchpad", None)
    assert store.get_indicator("rahtitonnit").measures == "logistics"
    values = {(o.indicator, o.year): o for o in store.find_observations()}
    assert values[("vaki", 2023)].value == 1234.5
    assert values[("vaki", 2023)].provisional and values[("vaki", 2023)].note == "ennakko"
    assert values[("tyot", 2022)].value == 11.9 and not values[("tyot", 2022)].provisional
    again = import_workbook(store, write_csvs(tmp_path / "wb", sheets_with_indicators()))
    assert (again["indicators_unchanged"], again["values_unchanged"]) == (3, 3)


def test_a_dry_run_counts_indicators_and_writes_none(store, tmp_path):
    report = import_workbook(
        store, write_csvs(tmp_path / "wb", sheets_with_indicators()), dry_run=True
    )
    assert (report["indicators_created"], report["values_created"]) == (3, 3)
    assert store.find_indicators() == []


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value", "words"),
    [
        ("indicators", 1, "baseline_value", "", "a value is required"),
        ("indicators", 1, "target_year", "2020", "not after the baseline year 2021"),
        ("indicators", 2, "target_value", "12,5", "equals the baseline"),
        ("indicators", 1, "baseline_value", "paljon", "not a number"),
        ("indicators", 1, "rocket", "moon", "not one of logistics"),
        ("indicators", 1, "direction", "up", "not one of increase, decrease"),
        ("indicators", 1, "owner", "nobody", "not an actor in the workbook or in the store"),
        ("indicator_values", 1, "value", "12.3.4", "not a number"),
        ("indicator_values", 1, "year", "20222", "not a year"),
        ("indicator_values", 1, "indicator", "ghost", "not an indicator"),
        ("indicator_values", 2, "year", "2022", "has a value for 2022 in row 2"),
        ("indicator_values", 1, "provisional", "maybe", "not true or false"),
    ],
)
def test_a_bad_cell_is_named_and_nothing_is_written(
    store, tmp_path, sheet, row, column, value, words
):
    sheets = sheets_with_indicators()
    sheets[sheet][row][sheets[sheet][0].index(column)] = value
    errors = problems_of(store, tmp_path, sheets)
    assert any(
        e["file"] == f"{sheet}.csv"
        and e["row"] == row + 1
        and e["column"] == column
        and words in e["message"]
        for e in errors
    ), errors
    assert store.find_indicators() == [] and store.find_nodes(Label.ACTOR) == []


def test_values_may_name_an_indicator_already_in_the_store(store, tmp_path):
    import_workbook(store, write_csvs(tmp_path / "wb", sheets_with_indicators()))
    sheets = sample_sheets()
    sheets["indicator_values"] = [VALUES[0], ["vaki", "2024", "79 500", "", ""]]
    report = import_workbook(store, write_csvs(tmp_path / "more", sheets))
    assert report["values_created"] == 1
    assert [o.year for o in store.find_observations("vaki")] == [2022, 2023, 2024]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_indicators_export_and_load_back_the_same(store, tmp_path, fmt, sqlite_store):
    import_workbook(store, write_csvs(tmp_path / "wb", sheets_with_indicators()))
    out = tmp_path / ("out" if fmt == "csv" else "out.xlsx")
    export_graph(store, fmt, out)
    import_workbook(sqlite_store, out)
    assert sqlite_store.find_indicators() == store.find_indicators()
    assert sqlite_store.find_observations() == store.find_observations()


def test_the_xlsx_sheets_load_the_same_indicators(store, tmp_path):
    import_workbook(store, write_xlsx(tmp_path / "wb.xlsx", sheets_with_indicators()))
    assert [i.key for i in store.find_indicators()] == ["rahtitonnit", "tyot", "vaki"]
