"""The demo's illustrative vitality indicators and their yearly values, as two CSV sheets.

The figures are made up, near the real orders of magnitude of Kouvola; they are the same at
every scale and seed (owners are listed public bodies, present at every scale). What they
plant for the progress analysis is named in :data:`ON_TRACK_2024`, :data:`LAGGING_2024`,
:data:`WITHOUT_OWNER` and the README section :func:`indicators_section`.
"""

from __future__ import annotations

from pathlib import Path

from graphsvc.demo.sheet_files import write_sheet
from graphsvc.demo.timeline import YEARS
from graphsvc.model import PROGRAMME_KEY

#: Columns of indicators.csv and indicator_values.csv, in this order.
INDICATOR_COLUMNS: tuple[str, ...] = (
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
    "machine_source",
)
VALUE_COLUMNS: tuple[str, ...] = ("indicator", "year", "value", "provisional", "note")
#: The sheets, by file stem.
INDICATOR_SHEETS: tuple[str, ...] = ("indicators", "indicator_values")

_ILLUSTRATIVE = "Havainnollistava esimerkki (illustrative) — "
_P = PROGRAMME_KEY
_POPULATION = "statfin:StatFin/vaerak/statfin_vaerak_pxt_11ra.px?Alue=KU286&Tiedot=vaesto"

# key, name_fi, name_en, unit, direction, baseline (year, value), target (year, value),
# rocket, owner, source (after the illustrative prefix), machine source
_INDICATORS: tuple[tuple[object, ...], ...] = (
    ("vakiluku", "Väkiluku", "Population", "henkilöä", "increase", 2020, 81200, 2025, 81500,
     _P, "kouvolan-kaupunki-kaupunginkanslia", "Tilastokeskus, väestörakenne", _POPULATION),
    ("tyopaikat", "Työpaikat", "Jobs", "työpaikkaa", "increase", 2020, 31200, 2025, 32500,
     _P, "kouvolan-kaupunki-elinvoimapalvelut", "Tilastokeskus, työssäkäynti", ""),
    ("yritykset", "Yritykset", "Enterprises", "yritystä", "increase", 2020, 5900, 2025, 6200,
     _P, "kouvolan-kaupunki-yrityspalvelut", "Tilastokeskus, yritysrekisteri", ""),
    ("tyottomyysaste", "Työttömyysaste", "Unemployment rate", "%", "decrease",
     2020, 14.2, 2025, 10.0, _P, "kouvolan-kaupunki-tyollisyyspalvelut",
     "THL Sotkanet / TEM työnvälitystilasto", "sotkanet:181?region=286"),
    ("nettomuutto", "Nettomuutto", "Net migration", "henkilöä/vuosi", "increase",
     2020, -420, 2025, 0, "launchpad", "", "Tilastokeskus, muuttoliike", ""),
    ("rautatierahti", "Rautatiekuljetukset Kouvolan kautta", "Rail freight via Kouvola",
     "1 000 t", "increase", 2021, 7800, 2025, 8600, "logistics", "kouvolan-kasvupalvelut-oy",
     "Väylävirasto, rautatiekuljetukset", ""),
    ("matka-aika-helsinki", "Junamatka Kouvola–Helsinki", "Train journey Kouvola–Helsinki",
     "min", "decrease", 2021, 78, 2025, 70, "accessibility",
     "kouvolan-kaupunki-liikennesuunnittelu", "VR:n aikataulut, nopein vuoro", ""),
    ("erikoisalojen-opiskelijat", "Erikoisalojen opiskelijat", "Students in special fields",
     "opiskelijaa", "increase", 2021, 1450, 2025, 1750, "competence",
     "ammattikorkeakoulu-kouvolan-kampus", "Vipunen, opiskelijat", ""),
    ("katutason-liiketilat", "Käytössä olevat katutason liiketilat",
     "Occupied street-level premises", "%", "increase", 2021, 82.0, 2025, 90.0, "centre", "",
     "keskustan liiketilakartoitus", ""),
    ("yopymiset", "Yöpymiset majoitusliikkeissä", "Overnight stays", "yöpymistä", "increase",
     2021, 245000, 2025, 320000, "wellbeing", "kouvolan-kaupunki-matkailupalvelut",
     "Tilastokeskus, majoitustilasto", ""),
)  # fmt: skip

#: The values of each indicator in 2021–2024.
_VALUES: dict[str, tuple[float, ...]] = {
    "vakiluku": (80450, 79900, 79500, 79150),
    "tyopaikat": (31350, 31700, 31950, 32300),
    "yritykset": (5930, 5990, 6010, 6020),
    "tyottomyysaste": (12.6, 10.9, 11.3, 11.8),
    "nettomuutto": (-250, -120, -60, -30),
    "rautatierahti": (7800, 7300, 7100, 7110),
    "matka-aika-helsinki": (78, 78, 78, 78),
    "erikoisalojen-opiskelijat": (1450, 1540, 1620, 1680),
    "katutason-liiketilat": (82.0, 83.5, 86.0, 88.5),
    "yopymiset": (245000, 288000, 301000, 309500),
}
#: (indicator, year) -> (provisional, note) where a value carries either.
_NOTES: dict[tuple[str, int], tuple[bool, str]] = {
    ("tyopaikat", 2024): (True, "Ennakkotieto, tarkentuu (preliminary, may be revised)"),
    ("rautatierahti", 2022): (False, "Idän liikenne väheni (illustrative)"),
}

#: Planted for the progress analysis: on track in 2024 (at or beyond the straight line) …
ON_TRACK_2024: tuple[str, ...] = (
    "tyopaikat",
    "nettomuutto",
    "erikoisalojen-opiskelijat",
    "katutason-liiketilat",
    "yopymiset",
)
#: … and behind it.
LAGGING_2024: tuple[str, ...] = (
    "vakiluku",
    "yritykset",
    "tyottomyysaste",
    "rautatierahti",
    "matka-aika-helsinki",
)
#: Indicators that no actor owns (a gap for the report).
WITHOUT_OWNER: tuple[str, ...] = ("nettomuutto", "katutason-liiketilat")
#: Improving until 2022, worsening since.
TURNED: str = "tyottomyysaste"
#: Unchanged in every year.
STEADY: str = "matka-aika-helsinki"
#: Its 2024 value is provisional (and on track only by it).
PROVISIONAL: tuple[str, int] = ("tyopaikat", 2024)


def indicator_rows() -> list[dict[str, str]]:
    """The rows of indicators.csv (column -> text)."""
    rows = []
    for fields in _INDICATORS:
        row = dict(zip(INDICATOR_COLUMNS, (str(f) for f in fields), strict=True))
        row["source"] = _ILLUSTRATIVE + row["source"]
        rows.append(row)
    return rows


def value_rows() -> list[dict[str, str]]:
    """The rows of indicator_values.csv: every indicator in every year, in order."""
    rows = []
    for key, values in _VALUES.items():
        for year, value in zip(YEARS, values, strict=True):
            provisional, note = _NOTES.get((key, year), (False, ""))
            rows.append(
                {
                    "indicator": key,
                    "year": str(year),
                    "value": str(value),
                    "provisional": str(provisional).lower(),
                    "note": note,
                }
            )
    return rows


def write_indicator_sheets(out_dir: Path, last_year: int | None = None) -> list[Path]:
    """Write indicators.csv and indicator_values.csv into ``out_dir`` (the values up to
    ``last_year`` when given: what a yearly round knew); the files written (UTF-8 without
    BOM, comma-delimited, ``\\n`` line ends, like the other sheets)."""
    sheets = zip(INDICATOR_SHEETS, (INDICATOR_COLUMNS, VALUE_COLUMNS), strict=True)
    values = [r for r in value_rows() if last_year is None or int(r["year"]) <= last_year]
    return [
        write_sheet(out_dir / f"{sheet}.csv", columns, rows)
        for (sheet, columns), rows in zip(sheets, (indicator_rows(), values), strict=True)
    ]


def _keys(keys: tuple[str, ...]) -> str:
    return ", ".join(f"`{k}`" for k in keys)


def indicators_section() -> str:
    """The README section on the indicator sheets."""
    return f"""
## Indicators (illustrative)

`indicators.csv` ({len(_INDICATORS)} rows) and `indicator_values.csv` ({len(value_rows())} rows,
one per indicator and year {YEARS[0]}–{YEARS[-1]}) hold vitality indicators of the programme
(`{PROGRAMME_KEY}`), the launch pad and each rocket, with a baseline (2020 or 2021) and a target
for 2025. **The figures are made up**:
they lie near Kouvola's real orders of magnitude (a population of about 80 000, falling), but
they are no statistics, and the sources named in the `source` column ("Havainnollistava
esimerkki (illustrative) — …") only say where such figures would come from. Numbers are written
with a decimal point. Planted, for the progress analysis to find:

- **On track in {YEARS[-1]}** – at or beyond the straight line from baseline to target:
  {_keys(ON_TRACK_2024)}.
- **Lagging in {YEARS[-1]}**: {_keys(LAGGING_2024)}.
- **Improving, then worsening** – `{TURNED}` falls until 2022 and rises since.
- **Steady** – `{STEADY}` does not change in any year.
- **A provisional value** – `{PROVISIONAL[0]}` in {PROVISIONAL[1]} (`provisional` is `true`,
  with a note); it is on track only by that value.
- **Indicators without an owner** – no actor is named in `owner`: {_keys(WITHOUT_OWNER)}.
- **Machine sources** – `vakiluku` names a Statistics Finland table (`statfin:…`) and
  `tyottomyysaste` a Sotkanet indicator (`sotkanet:…`); the rest are entered by hand.
"""
