"""Workbook exports: a folder of CSV files or one .xlsx, with formulas neutralised."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from graphsvc.exporters.tables import Table
from graphsvc.loaders.formulas import neutralise

#: Text that spreadsheet readers take for an OOXML character escape (``_x0041_`` is "A").
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def write_csv_folder(
    tables: dict[str, Table], folder: Path, *, delimiter: str = ",", bom: bool = False
) -> list[Path]:
    """Write one UTF-8 CSV per sheet into ``folder`` (created if missing); return the files.

    ``delimiter=";"`` and ``bom=True`` give what Finnish Excel opens by a double click (the
    workbook loader reads both delimiters and the BOM).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(table.columns)
            writer.writerows([neutralise(v) for v in row] for row in table.rows)
        written.append(path)
    return written


def write_xlsx(tables: dict[str, Table], path: Path) -> Path:
    """Write the sheets into one .xlsx file; every cell is plain text, never a formula.

    Characters that XML 1.0 cannot hold (control characters other than tab, CR, LF)
    are dropped, as no spreadsheet could show them (the vocabulary refuses them anyway).
    Text that looks like an OOXML escape (``_x0041_``) gets its underscore escaped as
    ``_x005F_``, as Excel writes it, so that it reads back as typed.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    for name, table in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append(
                [
                    _OOXML_ESCAPE.sub("_x005F_", ILLEGAL_CHARACTERS_RE.sub("", neutralise(v)))
                    for v in row
                ]
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
