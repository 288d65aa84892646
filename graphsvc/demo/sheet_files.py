"""One sheet of a generated workbook as a CSV file."""

from __future__ import annotations

import csv
from pathlib import Path


def write_sheet(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    """Write one sheet as CSV: UTF-8 without BOM, comma-delimited, ``\\n`` line ends (the
    same rows always give byte-identical files); a missing value is an empty cell."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
