"""Writes the illustrative wellbeing programme as a workbook folder with its README."""

from __future__ import annotations

from pathlib import Path

from graphsvc.demo.sheet_files import write_sheet
from graphsvc.demo.wellbeing import APART, PROGRAMME, STRATEGY, WellbeingData
from graphsvc.demo.writer import COLUMNS as VITALITY_COLUMNS
from graphsvc.demo.writer import DEMO_NOTICE_EN, DEMO_NOTICE_FI

#: The folder of the wellbeing workbook inside the data set's folder.
WELLBEING_FOLDER = "hyvinvointi"
#: Columns of each file of the wellbeing workbook.
COLUMNS: dict[str, tuple[str, ...]] = {
    "programmes": (
        "key",
        "name",
        "name_en",
        "kind",
        "part_of",
        "period_start",
        "period_end",
        "description",
    ),  # fmt: skip
    "rockets": ("key", "programme", "number", "name_fi", "name_en"),
    "actors": VITALITY_COLUMNS["actors"],
    "actions": ("key", "title", "rocket", "programme", "status", "themes", "description"),
    "participation": VITALITY_COLUMNS["participation"],
    "collaborations": VITALITY_COLUMNS["collaborations"],
}


def write_wellbeing(data: WellbeingData, out_dir: Path) -> list[Path]:
    """Write ``data`` into ``out_dir`` (created if missing); the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        write_sheet(out_dir / f"{sheet}.csv", columns, getattr(data, sheet))
        for sheet, columns in COLUMNS.items()
    ]
    readme = out_dir / "README.md"
    readme.write_text(wellbeing_readme(data), encoding="utf-8")
    return [*written, readme]


def wellbeing_readme(data: WellbeingData) -> str:
    """The README of the wellbeing folder: the notice, the counts and what is planted."""
    rows = "\n".join(f"| {sheet}.csv | {len(getattr(data, sheet))} |" for sheet in COLUMNS)
    own = {a["key"] for a in data.actors}
    shared = sorted({r["actor"] for r in data.participation} - own)
    both = sum(";elinvoiman-kasvu:" in a["rocket"] for a in data.actions)
    return f"""# Hyvinvoinnin kasvu – kuvitteellinen esimerkkiaineisto / illustrative demo data

{DEMO_NOTICE_FI}

{DEMO_NOTICE_EN}

The illustrative *Hyvinvoinnin kasvu* (wellbeing growth) programme, a workbook of its own
beside the vitality programme's, generated with it by `python scripts/make_demo_data.py`.
Do not edit by hand.

| file | rows |
|---|---|
{rows}

- `programmes.csv`: the strategy `{STRATEGY}` and the two growth programmes that carry it
  out (`part_of`).
- `rockets.csv`: the focus areas of `{PROGRAMME}` (its own keys; stored as
  `{PROGRAMME}:KEY`).
- `actions.csv`: every action names `programme` `{PROGRAMME}`; {both} also fuel a vitality
  rocket (written `elinvoiman-kasvu:KEY`, the first rocket being the primary one), and
  their `themes` are the built-in `tyollisyys`, `ymparisto`, `osallisuus`.
- `participation.csv` and `collaborations.csv` name {len(shared)} actors of the vitality
  workbook by key: the actors the two programmes share. The file's own actors (`hv-…`) are
  associations, clubs, parishes, the wellbeing services county's units and residents'
  panels, all invented.

Planted: the focus area `{APART}` is run only by actors who never work with anyone of the
vitality programme (`graphsvc analyze overlap` lists it among the rockets apart).

Load it after the vitality workbook (`graphsvc load graphsvc/demo/kouvola`, then
`graphsvc load graphsvc/demo/kouvola/{WELLBEING_FOLDER}`); `graphsvc load --demo` and
`graphsvc serve --demo` load both, this one as of the end of the last yearly round.
"""
