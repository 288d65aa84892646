"""Recorded statistics answers (PxWeb JSON-stat 2.0, Sotkanet JSON) read into observations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graphsvc.errors import ImportRejectedError, ValidationError
from graphsvc.indicator_model import Direction, Indicator
from graphsvc.loaders.statistics import MachineSource, parse_machine_source, read_statistics

DATA = Path(__file__).parent / "data"
STATFIN = DATA / "statfin_11ra_kouvola.json"
SOTKANET = DATA / "sotkanet_127.json"
FILE = "statfin_11ra_kouvola.json"


def indicator(machine_source: str = "") -> Indicator:
    return Indicator(
        key="vaesto",
        name_fi="Väkiluku",
        name_en="Population",
        unit="hlö",
        direction=Direction.INCREASE,
        baseline_year=2020,
        baseline_value=81187,
        target_year=2030,
        target_value=82000,
        measures="programme",
        machine_source=machine_source,
    )


def statfin() -> dict[str, Any]:
    return json.loads(STATFIN.read_bytes())


def read(payload: Any, area: str | None = "KU286", machine_source: str = "", source: str = FILE):
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return read_statistics(data, source=source, indicator=indicator(machine_source), area=area)


def rejected(payload: Any, **kwargs: Any) -> ImportRejectedError:
    with pytest.raises(ImportRejectedError) as caught:
        read(payload, **kwargs)
    error = caught.value
    assert error.errors and error.errors[0]["file"] == kwargs.get("source", FILE)
    return error


# --- JSON-stat 2.0 (PxWeb) ---------------------------------------------------------------


def test_kouvola_years_values_and_provisional_mark():
    result = read(STATFIN.read_bytes())
    assert result.kind == "json-stat"
    assert result.area == "KU286"
    assert [(o.year, o.value) for o in result.observations] == [
        (2020, 81187.0),
        (2021, 80469.0),
        (2022, 79755.0),
        (2023, 79162.0),
        (2024, 78550.0),
    ]
    assert [o.year for o in result.observations if o.provisional] == [2024]  # status "p"
    assert {o.indicator for o in result.observations} == {"vaesto"}
    assert result.observations[0].source == "Tilastokeskus, taulukko 11ra, KU286 Kouvola"
    assert result.notes == []


def test_null_value_is_skipped_with_a_note():
    result = read(statfin(), area="KU091")
    assert [o.year for o in result.observations] == [2021, 2022, 2023, 2024]
    assert result.observations[0].value == 658864.0
    assert result.notes == [f"{FILE}: 2020 has no value (status '..'), skipped"]


def test_area_absent_names_the_file_the_area_and_the_areas_present():
    error = rejected(statfin(), area="KU999")
    assert FILE in error.message and "KU999" in error.message
    assert "KU286 Kouvola" in error.message and "KU091 Helsinki" in error.message
    assert error.errors[0]["value"] == "KU999"


def test_two_areas_and_none_asked_for_lists_them():
    error = rejected(statfin(), area=None)
    assert "2 areas" in error.message
    assert "KU286 Kouvola, KU091 Helsinki" in error.message


def test_the_only_area_is_taken_when_none_is_asked_for_and_a_label_also_names_it():
    payload = statfin()
    payload["size"] = [1, 5, 1]
    payload["dimension"]["Alue"]["category"] = {
        "index": {"KU286": 0},
        "label": {"KU286": "Kouvola"},
    }
    payload["value"] = payload["value"][:5]
    payload["status"] = {}
    assert read(payload, area=None).area == "KU286"
    assert len(read(payload, area="kouvola").observations) == 5


def test_area_dimension_found_by_its_codes_without_role_or_name():
    payload = statfin()
    del payload["role"]["geo"]
    payload["dimension"]["Seutu"] = payload["dimension"].pop("Alue")
    payload["dimension"]["Seutu"]["label"] = "Seutu"
    payload["id"] = ["Seutu", "Vuosi", "Tiedot"]
    assert [o.value for o in read(payload).observations][:1] == [81187.0]
    # asked for no area, Seutu is just another dimension with two categories
    assert "dimension Seutu has 2 categories" in rejected(payload, area=None).message


def test_no_time_dimension_is_refused_with_the_dimensions_listed():
    payload = statfin()
    del payload["role"]["time"]
    payload["dimension"]["Kausi"] = payload["dimension"].pop("Vuosi")
    payload["dimension"]["Kausi"]["label"] = "Kausi"
    payload["id"] = ["Alue", "Kausi", "Tiedot"]
    error = rejected(payload)
    assert "no time dimension" in error.message
    assert "Alue, Kausi, Tiedot" in error.message


def test_time_dimension_named_vuosi_without_a_role_is_found():
    payload = statfin()
    del payload["role"]
    assert len(read(payload).observations) == 5


def test_an_unselected_dimension_names_its_categories_and_the_machine_source_picks_one():
    payload = statfin()
    payload["size"] = [2, 5, 2]
    tiedot = payload["dimension"]["Tiedot"]["category"]
    tiedot["index"] = {"vaesto": 0, "miehet": 1}
    tiedot["label"] = {"vaesto": "Väestö 31.12.", "miehet": "Miehet"}
    payload["value"] = [v for v in payload["value"] for v in (v, None if v is None else v // 2)]
    payload["status"] = {}
    error = rejected(payload)
    assert "dimension Tiedot has 2 categories" in error.message
    assert "vaesto Väestö 31.12., miehet Miehet" in error.message
    picked = read(payload, machine_source="statfin:StatFin/vaerak/t.px?Tiedot=miehet")
    assert [o.value for o in picked.observations][:2] == [40593.0, 40234.0]


def test_size_and_value_lengths_that_disagree_are_refused():
    payload = statfin()
    payload["value"] = payload["value"][:-1]
    error = rejected(payload)
    assert "size [2, 5, 1] makes 10 values, but 'value' has 9" in error.message


def test_size_and_categories_that_disagree_are_refused():
    payload = statfin()
    payload["size"] = [2, 4, 1]
    payload["value"] = payload["value"][:8]
    assert "dimension Vuosi has 4 categories, but it lists 5" in rejected(payload).message


def test_a_value_that_is_not_a_number_names_the_file_and_year():
    payload = statfin()
    payload["value"][1] = "n/a"
    error = rejected(payload)
    assert f"{FILE}, 2021" in error.message and "'n/a' is not a number" in error.message
    assert error.errors[0]["column"] == "value"


def test_a_finnish_number_text_is_read():
    payload = statfin()
    payload["value"][1] = "80 469,5"
    assert read(payload).observations[1].value == 80469.5


def test_a_year_with_a_provisional_mark_in_its_label_is_provisional():
    payload = statfin()
    payload["status"] = {}
    payload["dimension"]["Vuosi"]["category"]["label"]["2024"] = "2024*"
    assert [o.year for o in read(payload).observations if o.provisional] == [2024]


def test_a_time_category_that_is_not_a_year_is_refused():
    payload = statfin()
    payload["dimension"]["Vuosi"]["category"] = {
        "index": {f"2024Q{q}": q - 1 for q in range(1, 6)},
        "label": {f"2024Q{q}": f"2024Q{q}" for q in range(1, 6)},
    }
    assert "'2024Q1' of Vuosi is not a year" in rejected(payload).message


def test_an_area_with_only_missing_values_is_an_empty_result():
    payload = statfin()
    payload["value"][:5] = [None] * 5
    assert "has no values for area KU286" in rejected(payload).message


def test_json_stat_version_1_is_refused_with_the_way_out():
    payload = statfin()
    payload["version"] = "1.0"
    assert "json-stat2" in rejected(payload).message


@pytest.mark.parametrize(
    ("breakage", "words"),
    [
        (lambda p: p.pop("dimension"), "'dimension' lacks Alue, Vuosi, Tiedot"),
        (lambda p: p.update(id="Alue"), "'id' must be a list"),
        (lambda p: p.update(size=["2", 5, 1]), "'size' must be one whole number"),
        (lambda p: p.update(value="81187"), "'value' must be a list or an object"),
        (lambda p: p.update(value={"12": 1}), "'value' has positions outside size"),
        (lambda p: p["dimension"].update(Alue=[]), "dimension Alue has no categories"),
        (lambda p: p["dimension"]["Alue"].update(category={"index": 3}), "no usable category"),
        (
            lambda p: p["dimension"]["Alue"]["category"].update(label=["Kouvola"]),
            "labels of dimension Alue are not an object",
        ),
        (
            lambda p: p["dimension"]["Vuosi"]["category"].update(index={"2020": "a"}),
            "dimension Vuosi has no usable category index",
        ),
        (lambda p: p.update(size=[0, 5, 1], value=[]), "size says dimension Alue has 0"),
    ],
)
def test_malformed_structures_are_rejections_not_tracebacks(breakage, words):
    payload = statfin()
    breakage(payload)
    error = rejected(payload)
    assert FILE in error.message and words in error.message


@pytest.mark.parametrize(
    "oddity",
    [
        lambda p: p.update(role={"time": "Vuosi", "geo": 7}),  # found by their names instead
        lambda p: p.update(status=[None, 3]),
        lambda p: p.update(extension=[]),
        lambda p: p.update(value=dict(enumerate(p["value"]))),  # the sparse form of JSON-stat
        lambda p: p["dimension"]["Vuosi"]["category"].update(
            index=["2020", "2021", "2022", "2023", "2024"]
        ),
    ],
)
def test_tolerable_oddities_still_read(oddity):
    payload = statfin()
    oddity(payload)
    assert [o.value for o in read(payload).observations][:2] == [81187.0, 80469.0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"class": "dataset", ', "is not JSON"),
        (b"\xff\xfe{\x00}", "is not UTF-8"),
        (b'{"foo": 1}', "neither a JSON-stat 2.0 dataset"),
        (b"[1, 2]", "neither a JSON-stat 2.0 dataset"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_statistics_answers(data, words):
    error = rejected(data)
    assert words in error.message and FILE in error.message


def test_a_bom_is_allowed():
    assert len(read(b"\xef\xbb\xbf" + STATFIN.read_bytes()).observations) == 5


# --- Sotkanet ----------------------------------------------------------------------------

SOTKA = "sotkanet_127.json"


def test_sotkanet_region_total_values_and_missing_year():
    result = read(SOTKANET.read_bytes(), area="286", source=SOTKA)
    assert result.kind == "sotkanet" and result.area == "286"
    assert [(o.year, o.value) for o in result.observations] == [
        (2019, 12.8),
        (2020, 15.1),
        (2021, 13.4),
        (2023, 12.3),  # total, not the male or female value
    ]
    assert result.notes == [f"{SOTKA}: 2022 has no value, skipped"]
    assert result.observations[0].source == "THL Sotkanet, indikaattori 127, alue 286"


def test_sotkanet_region_absent_lists_the_regions_present():
    error = rejected(SOTKANET.read_bytes(), area="KU286", source=SOTKA)
    assert SOTKA in error.message and "no region KU286" in error.message
    assert "91, 286" in error.message


def test_sotkanet_two_regions_and_none_asked_for():
    assert "2 regions (91, 286)" in rejected(SOTKANET.read_bytes(), area=None, source=SOTKA).message


def test_sotkanet_file_for_another_indicator_names_both_ids():
    error = rejected(
        SOTKANET.read_bytes(), area="286", source=SOTKA, machine_source="sotkanet:128?region=286"
    )
    assert SOTKA in error.message
    assert "for Sotkanet indicator 127" in error.message
    assert "reads Sotkanet indicator 128" in error.message


def test_sotkanet_file_for_its_own_indicator_is_read():
    result = read(
        SOTKANET.read_bytes(), area="286", source=SOTKA, machine_source="sotkanet:127?region=286"
    )
    assert len(result.observations) == 4


def test_sotkanet_value_that_is_not_a_number_names_the_item():
    items = json.loads(SOTKANET.read_bytes())
    items[1]["value"] = "lots"
    error = rejected(items, area="286", source=SOTKA)
    assert "item 2 (2020), value: 'lots' is not a number" in error.message
    assert error.errors[0]["row"] == 2


def test_sotkanet_genders_without_a_total():
    items = [i for i in json.loads(SOTKANET.read_bytes()) if i["gender"] != "total"]
    assert (
        "genders male, female for region 286 but no total"
        in rejected(items, area="286", source=SOTKA).message
    )


def test_a_sotkanet_file_for_a_statfin_indicator_is_refused():
    error = rejected(
        SOTKANET.read_bytes(), area="286", source=SOTKA, machine_source="statfin:A/b.px"
    )
    assert "sotkanet file" in error.message and "statfin:A/b.px" in error.message


def test_an_empty_sotkanet_list():
    assert "empty Sotkanet answer" in rejected(b"[]", source=SOTKA).message


# --- machine sources ---------------------------------------------------------------------


def test_machine_sources_parse():
    assert parse_machine_source(
        "statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto,miehet"
    ) == MachineSource(
        "statfin",
        "StatFin/vaerak/statfin_vaerak_pxt_11ra.px",
        {"Alue": ["KU286"], "Tiedot": ["vaesto", "miehet"]},
    )
    assert parse_machine_source("sotkanet:127?region=286") == MachineSource(
        "sotkanet", "127", {"region": ["286"]}
    )
    assert parse_machine_source("statfin:StatFin/x/t.px?Ik%C3%A4=SSS").selections == {
        "Ikä": ["SSS"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "",
        "statfin:",
        "https://pxdata.stat.fi/PxWeb/api/v1/fi/StatFin/vaerak/t.px",
        "statfin:t.px",
        "statfin:StatFin/../t.px",
        "statfin:StatFin/t.px?Alue",
        "statfin:StatFin/t.px?Alue=KU286,",
        "statfin:StatFin/t.px?Alue=KU286&Alue=KU091",
        "statfin:StatFin/t.px?Alue=KU 286",
        "sotkanet:abc?region=286",
    ],
)
def test_bad_machine_sources_name_the_text_and_show_both_forms(text):
    with pytest.raises(ValidationError) as caught:
        parse_machine_source(text)
    message = caught.value.message
    assert repr(text)[:30] in message
    assert "statfin:DB/PATH/TABLE.px?DIM=CODE" in message and "sotkanet:ID?region=R" in message
