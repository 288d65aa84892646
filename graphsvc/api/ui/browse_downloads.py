"""The downloads of a browse list: the filtered rows as CSV or XLSX, in the page language
(a Finnish CSV is separated by ``;`` as Finnish Excel expects).

Cells go through the workbook exporters' writers, which neutralise spreadsheet formulas;
contact columns are written only for people who may see contacts (editors and admins).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi.responses import Response

from graphsvc import messages
from graphsvc.api.ui.pages import Page, security_headers
from graphsvc.errors import ValidationError
from graphsvc.exporters.spreadsheets import write_csv_folder, write_xlsx
from graphsvc.exporters.tables import Table
from graphsvc.model import CONTACT_FIELDS, Label

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: The columns of each download: (row field, catalogue word of its heading).
COLUMNS: dict[Label, tuple[tuple[str, str], ...]] = {
    Label.ACTOR: (
        ("key", "key"),
        ("name", "name"),
        ("kind", "kind"),
        ("rockets", "rockets"),
        ("actions", "browse_col_actions"),
        ("partners", "browse_col_partners"),
        ("municipality", "municipality"),
        ("sector", "sector"),
    ),
    Label.ACTION: (
        ("key", "key"),
        ("title", "title"),
        ("status", "status"),
        ("rockets", "rockets"),
        ("runners", "browse_col_runners"),
        ("leads", "browse_col_leads"),
        ("start", "start"),
        ("end", "end"),
    ),
}
SHEETS = {Label.ACTOR: "actors", Label.ACTION: "actions"}
#: The list separator of the reader's spreadsheet: Finnish Excel splits CSV at ``;``. Every
#: download starts with a BOM, so that Excel reads it as UTF-8 (ä, ö) and not as ANSI.
CSV_DELIMITERS = {"fi": ";", "en": ","}


def check_format(page: Page, fmt: str) -> str:
    """``fmt`` if it is a download format, else ValidationError naming the formats."""
    if fmt not in FORMATS:
        allowed = ", ".join(FORMATS)
        value = messages.quote(fmt, page.lang)
        message = page.t("browse_bad_value", name="format", value=value, allowed=allowed)
        raise ValidationError(message, value=fmt)
    return fmt


def _cell(page: Page, field: str, row: dict[str, Any], rocket_names: dict[str, str]) -> str:
    value = row.get(field)
    if field == "kind":
        return page.label("kind", value) if value else ""
    if field == "status":
        return page.label("status", value) if value else ""
    if field == "rockets":
        return "; ".join(rocket_names.get(r, r) for r in value or [])
    return "" if value is None else str(value)


def list_table(
    page: Page, label: Label, rows: list[dict[str, Any]], rocket_names: dict[str, str]
) -> Table:
    """The rows as one sheet: headings in the page language, contacts only if allowed."""
    fields = list(COLUMNS[label])
    if label is Label.ACTOR and page.sees_contacts:
        fields += [(f, f) for f in CONTACT_FIELDS]
    return Table(
        tuple(page.t(word) for _, word in fields),
        [[_cell(page, f, row, rocket_names) for f, _ in fields] for row in rows],
    )


def download(page: Page, label: Label, fmt: str, table: Table) -> Response:
    """The table as an attachment named after the list (``actors.csv``, ``actions.xlsx``)."""
    name = SHEETS[label]
    with tempfile.TemporaryDirectory(prefix="graphsvc-list-") as folder:
        if fmt == "csv":
            delimiter = CSV_DELIMITERS.get(page.lang, ",")
            (path,) = write_csv_folder({name: table}, Path(folder), delimiter=delimiter, bom=True)
        else:
            path = write_xlsx({name: table}, Path(folder) / f"{name}.xlsx")
        body = path.read_bytes()
    headers = security_headers()
    headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return Response(body, media_type=FORMATS[fmt], headers=headers)
