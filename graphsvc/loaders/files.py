"""Reading a workbook (a folder of CSV files or one .xlsx) into text-only DataFrames, safely.

Every file is checked before pandas sees it: its size against the configured cap,
its encoding (UTF-8, with or without a BOM; anything else is refused with a hint),
its delimiter (``,``, ``;`` or tab, detected from the header line) and its shape.
XLSX files go through the zip and XML checks in :mod:`graphsvc.loaders.xlsx`.
Every cell comes back as stripped text with the export's formula quote removed;
the frame's index is the row number a spreadsheet shows (the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphsvc.errors import HostileFileError, ImportRejectedError
from graphsvc.loaders.formulas import unneutralise_column
from graphsvc.messages import Said, said, text
from graphsvc.settings import Settings
from graphsvc.values import quoted, shortened

if TYPE_CHECKING:  # pandas is imported by the readers that need it: the messages and checks
    import pandas as pd  # here serve the statistics readers too, which need no pandas

#: The sheets of a workbook, in the order they are read and validated.
SHEET_NAMES: tuple[str, ...] = (
    "actors",
    "actions",
    "participation",
    "programmes",
    "rockets",
    "themes",
    "collaborations",
    "indicators",
    "indicator_values",
)
REQUIRED_SHEETS: tuple[str, ...] = ("actors", "actions", "participation")
_DELIMITERS = (",", ";", "\t")
#: The delimiters as a message names them.
DELIMITERS_TRIED = text("errors.load.delimiters_tried", "en")
#: A header of several words with none of the delimiters between them: some other separator.
_WORDS = re.compile(r"[\w-]+")


@dataclass
class Sheet:
    """One sheet as text: ``source`` names it in messages, the index holds spreadsheet rows."""

    name: str
    source: str
    frame: pd.DataFrame
    #: the .xlsx file the sheet is one of ("" for a CSV file)
    book: str = ""

    @property
    def shown(self) -> str | Said:
        """``source`` as a message names it (an XLSX sheet in the reader's language)."""
        return xlsx_sheet(self.book, self.name) if self.book else self.source


def xlsx_sheet(book: str, name: str) -> Said:
    """The sheet ``name`` of the .xlsx file ``book`` as a message names it."""
    return said("errors.load.xlsx_sheet", book=book, sheet=name)


@dataclass
class RawWorkbook:
    """The sheets found in a workbook, and notes for the import report."""

    source: str
    sheets: dict[str, Sheet] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def import_error(
    file: str,
    message: str | Said,
    *,
    row: int | None = None,
    column: str | None = None,
    value: Any = None,
    allowed: str | None = None,
) -> dict[str, Any]:
    """One row-level problem in the shape every import report uses (a :class:`Said`
    message is kept under ``said`` for readers in other languages: ``errors.row_message``)."""
    found = {
        "file": file,
        "row": row,
        "column": column,
        "value": shortened(value),
        "message": message.in_lang("en") if isinstance(message, Said) else message,
        "allowed": allowed,
    }
    if isinstance(message, Said):
        found["said"] = message
    return found


def reject(
    file: str, message: str | Said, *, hostile: bool = False, **where: Any
) -> ImportRejectedError:
    """An error refusing the whole workbook because of one file-level problem."""
    error = import_error(file, message, **where)
    cls = HostileFileError if hostile else ImportRejectedError
    return cls(said("errors.nothing_imported", detail=message), errors=[error])


def check_file_size(path: Path, settings: Settings, source: str) -> int:
    """The size of ``path`` in bytes, or HostileFileError when it is over the cap."""
    size = path.stat().st_size
    if size > settings.max_upload_bytes:
        raise reject(
            source,
            said(
                "errors.load.file_too_big",
                source=source,
                size=size,
                limit=settings.max_upload_bytes,
            ),
            hostile=True,
            value=size,
        )
    return size


def read_workbook(path: Path, settings: Settings) -> RawWorkbook:
    """Read the sheets of a workbook folder or .xlsx file; raise ImportRejectedError if unusable."""
    if path.is_dir():
        return _read_folder(path, settings)
    if not path.exists():
        raise reject(path.name, said("errors.load.no_such_path", path=str(path)))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from graphsvc.loaders.xlsx import read_xlsx

        workbook = RawWorkbook(path.name)
        for name, frame in read_xlsx(path, settings, SHEET_NAMES, workbook.notes).items():
            source = xlsx_sheet(path.name, name)
            workbook.sheets[name] = frame_to_sheet(frame, name, source, settings, book=path.name)
        return workbook
    raise reject(
        path.name,
        said(
            "errors.load.not_a_workbook",
            name=path.name,
            files=", ".join(n + ".csv" for n in SHEET_NAMES),
        ),
    )


def _read_folder(folder: Path, settings: Settings) -> RawWorkbook:
    workbook = RawWorkbook(folder.name or str(folder))
    csv_files = {p.name.lower(): p for p in sorted(folder.iterdir()) if p.is_file()}
    sheets = [csv_files[f"{n}.csv"] for n in SHEET_NAMES if f"{n}.csv" in csv_files]
    total = sum(p.stat().st_size for p in sheets)
    if total > settings.max_upload_bytes:
        raise reject(
            workbook.source,
            said(
                "errors.load.sheets_too_big",
                source=workbook.source,
                size=total,
                limit=settings.max_upload_bytes,
            ),
            hostile=True,
            value=total,
        )
    for name in SHEET_NAMES:
        path = csv_files.pop(f"{name}.csv", None)
        if path is not None:
            workbook.sheets[name] = read_csv_sheet(path, name, settings)
    ignored = sorted(p.name for p in csv_files.values() if p.suffix.lower() == ".csv")
    if ignored:
        workbook.notes.append(f"ignored files that are not workbook sheets: {', '.join(ignored)}")
    return workbook


def decode_text(data: bytes, source: str) -> str:
    """The text of a CSV file: UTF-8 with or without a BOM, else a clear refusal."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise reject(source, said("errors.load.utf16", source=source))
    if data.startswith(b"PK\x03\x04"):
        raise reject(source, said("errors.load.zip_not_csv", source=source))
    if b"\x00" in data:
        raise reject(source, said("errors.load.nul_bytes", source=source))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        byte = data[e.start]
        code = f"0x{byte:02x}"
        try:
            as_latin = repr(bytes([byte]).decode("cp1252"))
            message = said(
                "errors.load.not_utf8_latin",
                source=source,
                line=str(line),
                byte=code,
                char=as_latin,
            )
        except UnicodeDecodeError:
            message = said("errors.load.not_utf8", source=source, line=str(line), byte=code)
        raise reject(
            source,
            message,
            row=line,
            value=f"0x{byte:02x}",
            allowed="UTF-8",
        ) from None


def detect_delimiter(text: str) -> str:
    """The delimiter of a CSV text, judged from its header line: ``,``, ``;`` or tab.

    >>> detect_delimiter("key;name;kind\\n"), detect_delimiter("key,name\\n")
    (';', ',')
    """
    header = text.split("\n", 1)[0]
    counts = {d: 0 for d in _DELIMITERS}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_sheet(path: Path, name: str, settings: Settings) -> Sheet:
    """One CSV file as a text-only sheet, after the size, encoding and shape checks."""
    import pandas as pd

    source = path.name
    check_file_size(path, settings, source)
    text = decode_text(path.read_bytes(), source)
    delimiter = detect_delimiter(text)
    first_line = text.split("\n", 1)[0].strip()
    header = next(csv.reader([first_line], delimiter=delimiter), [])
    if len(header) == 1 and len(_WORDS.findall(first_line)) > 1:
        raise reject(
            source,
            said(
                "errors.load.no_delimiter",
                source=source,
                line=quoted(shortened(first_line)),
                tried=said("errors.load.delimiters_tried"),
            ),
            row=1,
            value=first_line,
            allowed=DELIMITERS_TRIED,
        )
    if len(header) > settings.max_sheet_columns:
        raise reject(
            source,
            said(
                "errors.load.too_many_columns",
                source=source,
                n=str(len(header)),
                limit=str(settings.max_sheet_columns),
            ),
            hostile=True,
            row=1,
        )
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame()
    except pd.errors.ParserError as e:
        raise reject(source, said("errors.load.bad_csv", source=source, detail=str(e))) from None
    return frame_to_sheet(frame, name, source, settings)


def frame_to_sheet(
    raw: pd.DataFrame, name: str, shown: str | Said, settings: Settings, book: str = ""
) -> Sheet:
    """A sheet from a frame whose first row is the header; blank rows dropped, cells cleaned.

    ``shown`` names the sheet in messages; ``book`` is the .xlsx file it is one of.
    """
    import pandas as pd

    source = shown if isinstance(shown, str) else shown.in_lang("en")
    if raw.empty:
        raise reject(source, said("errors.load.empty_sheet", source=shown), row=1)
    if len(raw) - 1 > settings.max_sheet_rows:
        raise reject(
            source,
            said(
                "errors.load.too_many_rows",
                source=shown,
                n=len(raw) - 1,
                limit=settings.max_sheet_rows,
            ),
            hostile=True,
        )
    raw = raw.fillna("")
    header = [str(h).strip().lower() for h in raw.iloc[0]]
    body = raw.iloc[1:]
    body.columns = pd.Index(range(len(header)))
    body.index = pd.RangeIndex(2, len(body) + 2)
    columns: dict[str, pd.Series] = {}
    for position, column in enumerate(header):
        values = body[position].astype(str).str.strip()
        if not column:
            if (values != "").any():
                raise reject(
                    source,
                    said("errors.load.unnamed_column", source=shown, position=str(position + 1)),
                    row=1,
                )
            continue
        if column in columns:
            raise reject(
                source,
                said("errors.load.column_twice", source=shown, column=quoted(column)),
                row=1,
                column=column,
            )
        columns[column] = unneutralise_column(values)
    frame = pd.DataFrame(columns, index=body.index)
    if len(frame.columns):
        frame = frame[(frame != "").any(axis=1)]
    return Sheet(name, source, frame, book)
