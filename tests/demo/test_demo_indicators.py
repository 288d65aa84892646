"""The demo's illustrative indicator sheets: consistent with the workbook, and the progress
the README plants (read with the csv module, judged by graphsvc.analysis.indicators)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graphsvc.analysis.indicators import indicator_progress, progress_table
from graphsvc.demo import demo_workbook_path, generate
from graphsvc.demo import indicator_sheets as planted
from graphsvc.indicator_model import (
    Direction,
    Indicator,
    Observation,
    Trend,
    validate_indicator,
    validate_observation,
)
from graphsvc.model import PROGRAMME_KEY

from .conftest import read_workbook

INDICATOR_COLUMNS = (
    "key,name_fi,name_en,unit,direction,baseline_year,baseline_value,target_year,target_value,"
    "rocket,owner,source,machine_source"
).split(",")
VALUE_COLUMNS = ["indicator", "year", "value", "provisional", "note"]
YEARS = [2021, 2022, 2023, 2024]
POPULATION_SOURCE = "statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto"

Rows = list[dict[str, str]]


def read(folder: Path, sheet: str) -> tuple[list[str], Rows]:
    with (folder / f"{sheet}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def indicator_rows() -> Rows:
    columns, rows = read(demo_workbook_path(), "indicators")
    assert columns == INDICATOR_COLUMNS
    return rows


@pytest.fixture(scope="module")
def value_rows() -> Rows:
    columns, rows = read(demo_workbook_path(), "indicator_values")
    assert columns == VALUE_COLUMNS
    return rows


def as_indicator(row: dict[str, str]) -> Indicator:
    return Indicator(
        key=row["key"],
        name_fi=row["name_fi"],
        name_en=row["name_en"],
        unit=row["unit"],
        direction=Direction(row["direction"]),
        baseline_year=int(row["baseline_year"]),
        baseline_value=float(row["baseline_value"]),
        target_year=int(row["target_year"]),
        target_value=float(row["target_value"]),
        measures=row["rocket"],
        source=row["source"],
        machine_source=row["machine_source"],
        owner=row["owner"] or None,
    )


def as_observation(row: dict[str, str]) -> Observation:
    assert row["provisional"] in ("true", "false"), row
    return Observation(
        row["indicator"],
        int(row["year"]),
        float(row["value"]),
        provisional=row["provisional"] == "true",
        note=row["note"],
    )


@pytest.fixture(scope="module")
def indicators(indicator_rows: Rows) -> list[Indicator]:
    return [as_indicator(row) for row in indicator_rows]


@pytest.fixture(scope="module")
def observations(value_rows: Rows) -> list[Observation]:
    return [as_observation(row) for row in value_rows]


@pytest.fixture(scope="module")
def in_2024(indicators: list[Indicator], observations: list[Observation]) -> dict[str, bool]:
    table = progress_table(indicators, observations, 2024)
    return {p.indicator.key: p.on_track for p in table if p.on_track is not None}


def test_about_ten_indicators_cover_the_programme_and_every_rocket(
    indicators: list[Indicator],
) -> None:
    rockets = {row["key"] for row in read_workbook(demo_workbook_path())["rockets"]}
    measured = [i.measures for i in indicators]
    assert 8 <= len(indicators) <= 12
    assert len({i.key for i in indicators}) == len(indicators)
    assert set(measured) <= rockets | {PROGRAMME_KEY}
    assert set(measured) == rockets | {PROGRAMME_KEY}  # the launch pad and each rocket, too
    assert measured.count(PROGRAMME_KEY) >= 4


def test_the_rows_are_what_the_indicator_vocabulary_accepts(
    indicators: list[Indicator], observations: list[Observation]
) -> None:
    for indicator in indicators:
        assert validate_indicator(indicator) == indicator
        assert indicator.baseline_value != indicator.target_value
        assert indicator.target_year > indicator.baseline_year
        assert indicator.baseline_year in (2020, 2021) and indicator.target_year == 2025
    for observation in observations:
        assert validate_observation(observation) == observation


def test_numbers_are_plain_with_a_decimal_point(indicator_rows: Rows, value_rows: Rows) -> None:
    cells = [r[c] for r in indicator_rows for c in ("baseline_value", "target_value")]
    cells += [r["value"] for r in value_rows]
    assert all("," not in c and " " not in c and c == c.strip() for c in cells)
    assert any("." in c for c in cells)


def test_owners_exist_and_two_indicators_have_none(indicators: list[Indicator]) -> None:
    actors = {row["key"] for row in read_workbook(demo_workbook_path())["actors"]}
    owners = [i.owner for i in indicators if i.owner]
    assert owners and set(owners) <= actors
    unowned = [i.key for i in indicators if i.owner is None]
    assert len(unowned) >= 2
    assert unowned == list(planted.WITHOUT_OWNER)


def test_every_indicator_has_one_value_in_each_year_2021_to_2024(
    indicators: list[Indicator], observations: list[Observation]
) -> None:
    keys = {i.key for i in indicators}
    assert {o.indicator for o in observations} <= keys
    for key in keys:
        assert sorted(o.year for o in observations if o.indicator == key) == YEARS, key


def test_everything_is_marked_illustrative(indicators: list[Indicator]) -> None:
    assert all(
        i.source.startswith("Havainnollistava esimerkki (illustrative) — ") for i in indicators
    )
    readme = (demo_workbook_path() / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Indicators (illustrative)")[1].split("\n## ")[0]
    assert "made up" in section and "80 000" in section
    for key in [*planted.ON_TRACK_2024, *planted.LAGGING_2024, *planted.WITHOUT_OWNER]:
        assert f"`{key}`" in section


def test_population_is_near_kouvola_falling_with_its_statfin_source(
    indicators: list[Indicator], observations: list[Observation]
) -> None:
    population = next(i for i in indicators if i.key == "vakiluku")
    assert population.machine_source == POPULATION_SOURCE
    assert population.measures == PROGRAMME_KEY and population.direction == Direction.INCREASE
    values = [
        o.value for o in sorted(observations, key=lambda o: o.year) if o.indicator == "vakiluku"
    ]
    assert all(75_000 < v < 85_000 for v in values)
    assert values == sorted(values, reverse=True) and values[0] > values[-1]
    jobless = next(i for i in indicators if i.key == "tyottomyysaste")
    assert jobless.direction == Direction.DECREASE and jobless.unit == "%"


def test_some_indicators_are_on_track_in_2024_and_some_are_not(in_2024: dict[str, bool]) -> None:
    assert any(in_2024.values()) and not all(in_2024.values())
    assert sorted(k for k, on in in_2024.items() if on) == sorted(planted.ON_TRACK_2024)
    assert sorted(k for k, on in in_2024.items() if not on) == sorted(planted.LAGGING_2024)


def test_one_indicator_improves_then_worsens_and_one_stays_put(
    indicators: list[Indicator], observations: list[Observation]
) -> None:
    by_key = {i.key: i for i in indicators}
    turned = by_key[planted.TURNED]
    assert indicator_progress(turned, observations, 2022).trend is Trend.IMPROVING
    assert indicator_progress(turned, observations, 2022).on_track is True
    assert indicator_progress(turned, observations, 2024).trend is Trend.WORSENING
    assert indicator_progress(by_key[planted.STEADY], observations, 2024).trend is Trend.STEADY


def test_one_2024_value_is_provisional_and_carries_a_note(
    indicators: list[Indicator], observations: list[Observation]
) -> None:
    provisional = [o for o in observations if o.provisional]
    assert [(o.indicator, o.year) for o in provisional] == [planted.PROVISIONAL]
    assert provisional[0].note
    indicator = next(i for i in indicators if i.key == provisional[0].indicator)
    assert indicator_progress(indicator, observations, 2024).on_track is True
    without = [o for o in observations if not o.provisional]
    assert indicator_progress(indicator, without, 2024).on_track is False


def test_a_scaled_copy_carries_the_same_sheets_with_owners_that_exist(tmp_path: Path) -> None:
    generate(scale=2, out_dir=tmp_path)
    for sheet in planted.INDICATOR_SHEETS:
        fresh = (tmp_path / f"{sheet}.csv").read_bytes()
        assert fresh == (demo_workbook_path() / f"{sheet}.csv").read_bytes(), sheet
    actors = {row["key"] for row in read_workbook(tmp_path)["actors"]}
    _, rows = read(tmp_path, "indicators")
    assert {r["owner"] for r in rows if r["owner"]} <= actors
