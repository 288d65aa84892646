"""Workbooks for the loader tests: written as CSV folders or .xlsx from rows of text."""

from __future__ import annotations

import csv
from pathlib import Path

from graphsvc.stores.base import GraphStore

Sheets = dict[str, list[list[str]]]

ACTORS = [
    ["key", "name", "kind", "business_id", "tags", "contact_name", "contact_email"],
    [
        "kouvola",
        "Kouvolan kaupunki",
        "city",
        "0112038-9",
        "",
        "Maija Meikäläinen",
        "maija@kouvola.fi",
    ],
    ["xamk", "Kaakkois-Suomen ammattikorkeakoulu", "education", "", "rata;tki", "", ""],
    ["rahti", 'Rahti "Quote" Oy; Ltd', "company", "", "", "", ""],
    ["yhd", '=HYPERLINK("http://x")', "association", "", "", "", ""],
]
ACTIONS = [
    ["key", "title", "rocket", "status", "start", "end", "themes"],
    ["rrt", "RRT-terminaali", "logistics;centre", "ongoing", "1.3.2024", "2026-12-31", "ymparisto"],
    ["asema", "Asema-alueen kehitys", "centre", "planned", "", "", ""],
    ["ruoka", "Lähiruoka, ja 'makuja'", "wellbeing", "", "", "", "osallisuus;tyollisyys"],
]
PARTICIPATION = [
    ["actor", "action", "role"],
    ["rahti", "rrt", "lead"],
    ["kouvola", "rrt", ""],
    ["xamk", "rrt", "partner"],
    ["kouvola", "asema", "lead"],
    ["yhd", "ruoka", "funder"],
]
COLLABORATIONS = [
    ["actor_a", "actor_b", "kind", "since", "source"],
    ["xamk", "yhd", "hanke", "2021", "haastattelu"],
]


def sample_sheets() -> Sheets:
    """A small valid workbook: four actors, three actions, five participation rows."""
    return {
        "actors": [row[:] for row in ACTORS],
        "actions": [row[:] for row in ACTIONS],
        "participation": [row[:] for row in PARTICIPATION],
        "collaborations": [row[:] for row in COLLABORATIONS],
    }


def write_csvs(
    folder: Path, sheets: Sheets, *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    """Write each sheet as ``<name>.csv`` into ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open("w", encoding=encoding, newline="") as f:
            csv.writer(f, delimiter=delimiter).writerows(rows)
    return folder


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    """Write the sheets into one .xlsx (values as text, as a user would type them)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([v if not v.startswith("=") else "'" + v for v in row])
    book.save(path)
    return path


def graph_of(store: GraphStore) -> tuple[list, list]:
    """The store's nodes and relationships (without the version), for comparisons."""
    snapshot = store.snapshot()
    return (
        [(n.label, n.key, n.props) for n in snapshot.nodes],
        [(e.type, e.start, e.end, e.props) for e in snapshot.edges],
    )


PROGRAMMES = [
    ["key", "name", "name_en", "kind", "part_of"],
    ["kouvola-2030", "Kouvola kasvuun 2030", "Kouvola grows 2030", "strategy", ""],
    ["elinvoiman-kasvu", "Elinvoiman kasvu", "Vitality growth", "programme", "kouvola-2030"],
    ["hyvinvoinnin-kasvu", "Hyvinvoinnin kasvu", "Wellbeing growth", "programme", "kouvola-2030"],
]
FOCUS_AREAS = [
    ["key", "programme", "name_fi", "name_en"],
    ["health", "hyvinvoinnin-kasvu", "Terveys ja toimintakyky", "Health and ability"],
    ["wellbeing", "hyvinvoinnin-kasvu", "Hyvinvoiva arki", "Everyday wellbeing"],
]


def portfolio_sheets() -> Sheets:
    """The sample with a second programme carrying out the same strategy: its own focus
    areas (one sharing the key ``wellbeing`` with a vitality rocket), an action of its own
    and one fuelling both programmes."""
    sheets = sample_sheets()
    sheets["programmes"] = [row[:] for row in PROGRAMMES]
    sheets["rockets"] = [row[:] for row in FOCUS_AREAS]
    header, *rows = sheets["actions"]
    sheets["actions"] = [[*header[:3], "programme", *header[3:]]]
    sheets["actions"] += [[*row[:3], "", *row[3:]] for row in rows]
    sheets["actions"][3][3] = "elinvoiman-kasvu"  # ruoka: "wellbeing" of the vitality programme
    sheets["actions"].append(
        ["liikunta", "Liikuntaneuvonta", "health", "hyvinvoinnin-kasvu", "", "", "", "osallisuus"]
    )
    sheets["actions"].append(
        ["asukas", "Asukastalot", "hyvinvoinnin-kasvu:wellbeing;centre", "", "", "", "", ""]
    )
    sheets["participation"] += [["yhd", "liikunta", "lead"], ["kouvola", "asukas", "lead"]]
    sheets["participation"].append(["xamk", "asukas", "partner"])
    return sheets
