"""XLSX reading behind hostile-file checks: zip bombs, XML entity bombs, far-away cells.

Order of the checks, all before any spreadsheet parser runs:
1. the zip directory's declared sizes, before anything is inflated: the number of
   entries, the total uncompressed size of all parts (``GRAPHSVC_MAX_XLSX_INFLATED_BYTES``)
   and each part's compression ratio;
2. every XML part is decompressed through :mod:`zipfile`, which stops at the declared
   size and verifies the CRC, and its prolog is parsed by defusedxml with DTDs
   forbidden (no entity can be declared without a DTD);
3. each sheet to be read has its declared ``<dimension>`` and the cell and row
   references it really contains measured against the sheet limits.
The verified parts are copied one at a time into a plain zip in a temporary folder,
which calamine then reads: only the workbook structure and the sheet being checked are
ever whole in memory (other parts pass through in 1 MiB chunks), never all parts at once.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET
import pandas as pd

from graphsvc.loaders.files import check_file_size, reject, xlsx_sheet
from graphsvc.messages import said
from graphsvc.settings import Settings

#: A part that inflates more than this many times (and past 1 MiB) is treated as a zip bomb.
MAX_RATIO = 200
MAX_ENTRIES = 5_000
_XML_SUFFIXES = (".xml", ".rels")
_TAG_ENDS = (b" ", b">", b"/", b"\n", b"\t", b"\r")
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_BOOK, _BOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"
#: Parts that are only copied are read this many bytes at a time; their prolog (where a
#: DTD would be) must fit in the first chunk.
_CHUNK = 1 << 20


def read_xlsx(
    path: Path, settings: Settings, wanted: Sequence[str], notes: list[str]
) -> dict[str, pd.DataFrame]:
    """The wanted sheets (matched case-insensitively) as raw text frames, header row first.

    Raises HostileFileError for a file refused by the checks and ImportRejectedError for
    a file that is not a readable workbook. Sheets that are not wanted are noted, not read.
    """
    source = path.name
    check_file_size(path, settings, source)
    with tempfile.TemporaryDirectory(prefix="graphsvc-xlsx-") as folder:
        clean = Path(folder) / "verified.xlsx"
        chosen = _copy_verified(path, clean, settings, wanted, notes)
        from python_calamine import CalamineWorkbook

        frames: dict[str, pd.DataFrame] = {}
        try:
            book = CalamineWorkbook.from_path(str(clean))
            for name, title in chosen.items():
                rows = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
                frames[name] = pd.DataFrame(
                    [[c if type(c) is str else _text(c) for c in row] for row in rows], dtype=str
                )
            book.close()
        except Exception as e:  # calamine raises its own error types for broken workbooks
            raise reject(
                source, said("errors.load.xlsx.unreadable", source=source, detail=str(e))
            ) from e
    return frames


def _copy_verified(
    path: Path, clean: Path, settings: Settings, wanted: Sequence[str], notes: list[str]
) -> dict[str, str]:
    """Copy the verified XML parts of ``path`` into the plain zip ``clean``, one at a time.

    Returns wanted sheet name -> sheet title for the sheets found.
    """
    source = path.name
    if not zipfile.is_zipfile(path):
        with path.open("rb") as f:
            old_excel = f.read(8) == bytes.fromhex("d0cf11e0a1b11ae1")
        kind = "old_excel" if old_excel else "not_zip"
        raise reject(source, said(f"errors.load.xlsx.{kind}", source=source))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            _check_declared_sizes(infos, settings, source)
            by_name = {i.filename: i for i in infos}
            structure = {
                name: _verified_part(archive, by_name[name], source)
                for name in (_BOOK, _BOOK_RELS)
                if name in by_name
            }
            sheet_parts = _sheet_parts(structure, set(by_name), source)
            chosen: dict[str, tuple[str, str]] = {}
            for title, part in sheet_parts.items():
                name = title.strip().lower()
                if name in wanted and name not in chosen:
                    chosen[name] = (title, part)
            ignored = sorted(t for t in sheet_parts if t.strip().lower() not in chosen)
            if ignored:
                notes.append(f"ignored sheets that are not workbook sheets: {', '.join(ignored)}")
            to_read = {part: name for name, (_title, part) in chosen.items()}
            with zipfile.ZipFile(clean, "w", zipfile.ZIP_STORED) as out:
                for info in infos:
                    if not info.filename.lower().endswith(_XML_SUFFIXES):
                        continue
                    if info.filename in to_read or info.filename in structure:
                        data = structure.get(info.filename) or _verified_part(archive, info, source)
                        if info.filename in to_read:
                            check_sheet_shape(data, source, to_read[info.filename], settings)
                        out.writestr(info.filename, data)
                        del data
                    else:
                        _stream_verified_part(archive, info, out, source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as e:
        raise reject(
            source, said("errors.load.xlsx.bad_zip", source=source, detail=str(e))
        ) from None
    return {name: title for name, (title, _part) in chosen.items()}


def _check_declared_sizes(infos: list[zipfile.ZipInfo], settings: Settings, source: str) -> None:
    """Refuse a zip bomb from the zip directory alone, before anything is inflated."""
    if len(infos) > MAX_ENTRIES:
        raise reject(
            source, said("errors.load.xlsx.entries", source=source, n=len(infos)), hostile=True
        )
    limit = settings.max_xlsx_inflated_bytes
    total = sum(i.file_size for i in infos)
    if total > limit:
        raise reject(
            source,
            said("errors.load.xlsx.inflated", source=source, size=total, limit=limit),
            hostile=True,
            value=total,
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1 << 20 and ratio > MAX_RATIO:
            raise reject(
                source,
                said(
                    "errors.load.xlsx.ratio",
                    source=source,
                    part=info.filename,
                    ratio=f"{ratio:,.0f}",
                    limit=str(MAX_RATIO),
                ),
                hostile=True,
                value=info.filename,
            )


def _verified_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> bytes:
    """One XML part, inflated no further than its declared size, CRC-checked and defused."""
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise reject(source, said("errors.load.xlsx.size_lie", source=source, part=info.filename))
    _check_xml(data, f"{source}: {info.filename}", source)
    return data


def _stream_verified_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, out: zipfile.ZipFile, source: str
) -> None:
    """Copy a part that is not parsed here in chunks, checking its prolog on the way."""
    with archive.open(info) as member, out.open(info.filename, "w") as target:
        head = member.read(_CHUNK)
        _check_xml(head, f"{source}: {info.filename}", source)
        copied = len(head)
        while head:
            target.write(head)
            head = member.read(_CHUNK)
            copied += len(head)
    if copied > info.file_size:
        raise reject(source, said("errors.load.xlsx.size_lie", source=source, part=info.filename))


def _check_xml(data: bytes, where: str, source: str) -> None:
    """Refuse a part whose prolog has a DTD (entity bombs, external entities)."""
    try:
        for _event, _element in SafeET.iterparse(
            io.BytesIO(data), events=("start",), forbid_dtd=True
        ):
            return
    except (defusedxml.DefusedXmlException, SafeET.ParseError) as e:
        raise reject(
            source,
            said(
                "errors.load.xlsx.dtd",
                where=where,
                error=type(e).__name__,
                detail=str(e),
            ),
            hostile=True,
        ) from None


def _sheet_parts(structure: dict[str, bytes], names: set[str], source: str) -> dict[str, str]:
    """Sheet title -> the zip part holding it, from xl/workbook.xml and its relationships."""
    book, rels = structure.get(_BOOK), structure.get(_BOOK_RELS)
    if book is None or rels is None:
        raise reject(source, said("errors.load.xlsx.no_workbook", source=source))
    targets = {}
    for rel in SafeET.fromstring(rels, forbid_dtd=True).iter():
        if rel.tag.endswith("Relationship"):
            target = rel.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = str(PurePosixPath(resolved))
    sheets = {}
    for sheet in SafeET.fromstring(book, forbid_dtd=True).iter():
        if sheet.tag.endswith("}sheet") or sheet.tag == "sheet":
            part = targets.get(sheet.get(f"{{{_REL_NS}}}id"))
            if part in names:
                sheets[sheet.get("name", "")] = part
    return sheets


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def check_sheet_shape(data: bytes, source: str, sheet: str, settings: Settings) -> None:
    """Refuse a sheet whose declared or real extent is over the row or column limit.

    Looks at the declared ``<dimension>``, at every ``r="B12"`` reference (cells) and
    ``r="12"`` (rows), and counts cells and rows without one too, so that implied
    positions cannot reach a far-away cell either.
    """
    root = re.search(rb"<(\w+:)?worksheet\b", data[:4096])
    tag = b"<" + ((root.group(1) or b"") if root else b"")
    rows = cols = 0
    declared = re.search(re.escape(tag) + rb'dimension\b[^>]*?\bref="([^"]*)"', data)
    if declared:
        match = re.fullmatch(rb"\$?([A-Z]{1,3})\$?(\d{1,7})", declared.group(1).split(b":")[-1])
        if match:
            cols, rows = _column_number(match.group(1)), int(match.group(2))
    letters = re.findall(rb'r="([A-Z]{1,3})\d{1,7}"', data)
    numbers = re.findall(rb'r="[A-Z]{0,3}(\d{1,7})"', data)
    cell_tags = sum(data.count(tag + b"c" + end) for end in _TAG_ENDS)
    row_tags = sum(data.count(tag + b"row" + end) for end in _TAG_ENDS)
    if letters:
        cols = max(cols, max(map(_column_number, set(letters))))
    if numbers:
        rows = max(rows, max(map(int, set(numbers))))
    cols += max(cell_tags - len(letters), 0)
    rows = max(rows, row_tags)
    if rows > settings.max_sheet_rows + 1 or cols > settings.max_sheet_columns:
        raise reject(
            source,
            said(
                "errors.load.xlsx.far_cell",
                where=xlsx_sheet(source, sheet),
                rows=rows,
                columns=cols,
                most_rows=settings.max_sheet_rows + 1,
                most_columns=str(settings.max_sheet_columns),
            ),
            hostile=True,
        )


def _text(value: Any) -> str:
    """A calamine cell as text: whole numbers without '.0', dates as ISO 8601."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
