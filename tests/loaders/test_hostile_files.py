"""Hostile and broken files are refused with a clear message before anything is read or written."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from graphsvc.errors import HostileFileError, ImportRejectedError
from graphsvc.services.workbook import import_workbook
from graphsvc.settings import Settings

from .workbooks import graph_of, sample_sheets, write_csvs, write_xlsx

BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    """Copy an .xlsx, replacing (or adding) some of its parts."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in replace:
                new.writestr(info.filename, old.read(info.filename))
        for name, data in replace.items():
            new.writestr(name, data)
    return target


def sheet_part(path: Path, title: str) -> str:
    """The zip part holding sheet ``title`` of an openpyxl-written workbook."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    titles = list(sample_sheets())
    return sorted(names)[titles.index(title)]


def refused(store, path: Path, settings: Settings | None = None) -> ImportRejectedError:
    """Import ``path``, expecting a refusal that leaves the store as it was."""
    before = graph_of(store)
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(store, path, settings=settings)
    assert graph_of(store) == before
    assert "nothing was imported" in info.value.message
    return info.value


@pytest.fixture
def good_xlsx(tmp_path):
    return write_xlsx(tmp_path / "good.xlsx", sample_sheets())


def test_xml_entity_bomb_is_refused(sqlite_store, good_xlsx, tmp_path):
    bomb = rewrite_zip(good_xlsx, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": BILLION_LAUGHS})
    error = refused(sqlite_store, bomb)
    assert isinstance(error, HostileFileError)
    assert "xl/sharedStrings.xml" in error.message and "DTD" in error.message


def test_defusedxml_guards_openpyxl_too():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_zip_bomb_is_refused_by_its_compression_ratio(sqlite_store, good_xlsx, tmp_path):
    part = sheet_part(good_xlsx, "actors")
    zeros = b"<worksheet>" + b" " * (20 << 20) + b"</worksheet>"
    bomb = rewrite_zip(good_xlsx, tmp_path / "ratio.xlsx", {part: zeros})
    assert bomb.stat().st_size < 200_000
    error = refused(sqlite_store, bomb)
    assert isinstance(error, HostileFileError)
    assert "zip bomb" in error.message and part in error.message


def test_zip_bomb_is_refused_by_its_declared_size(sqlite_store, good_xlsx, tmp_path):
    bomb = tmp_path / "declared.xlsx"
    data = bytearray(good_xlsx.read_bytes())
    entry = data.index(b"PK\x01\x02")  # first central directory entry: claim 3.9 GB
    struct.pack_into("<I", data, entry + 24, 0xE8000000)
    bomb.write_bytes(bytes(data))
    error = refused(sqlite_store, bomb)
    assert isinstance(error, HostileFileError)
    assert "would inflate to 3,8" in error.message and "zip bomb" in error.message


@pytest.mark.parametrize("keep_dimension", [True, False])
def test_far_away_cell_is_refused_before_reading(sqlite_store, tmp_path, keep_dimension):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "far.xlsx", sample_sheets())
    book = load_workbook(path)
    book["actors"]["XFD1048576"] = "far away"
    book.save(path)
    if not keep_dimension:  # a lying <dimension> must not hide the cell
        part = sheet_part(path, "actors")
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(part)
        start = xml.index(b"<dimension")
        xml = xml[:start] + b'<dimension ref="A1:G5"/>' + xml[xml.index(b">", start) + 1 :]
        path = rewrite_zip(path, tmp_path / "lying.xlsx", {part: xml})
    error = refused(sqlite_store, path)
    assert isinstance(error, HostileFileError)
    assert "sheet actors reaches row 1,048,576 and column 16,384" in error.message


def test_latin1_csv_is_refused_with_a_hint(sqlite_store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets(), encoding="latin-1")
    error = refused(sqlite_store, folder)
    assert "actors.csv is not UTF-8: line 2 has the byte 0xe4" in error.message
    assert "'ä'" in error.message and "CSV UTF-8" in error.message
    assert error.errors[0]["row"] == 2


def test_utf16_csv_is_refused(sqlite_store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    (folder / "actions.csv").write_text("key\ttitle\n", encoding="utf-16")
    assert "actions.csv is UTF-16" in refused(sqlite_store, folder).message


def test_oversized_file_is_refused(sqlite_store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    settings = Settings(max_upload_bytes=300)
    error = refused(sqlite_store, folder, settings)
    assert isinstance(error, HostileFileError)
    assert "more than the limit of 300" in error.message
    xlsx = write_xlsx(tmp_path / "wb.xlsx", sample_sheets())
    assert "more than the limit of 300" in refused(sqlite_store, xlsx, settings).message


def test_too_many_rows_or_columns_are_refused(sqlite_store, tmp_path):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    assert (
        "more than the limit of 2"
        in refused(sqlite_store, folder, Settings(max_sheet_rows=2)).message
    )
    assert (
        "7 columns, more than the limit of 5"
        in refused(sqlite_store, folder, Settings(max_sheet_columns=5)).message
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04rest", "is a zip (.xlsx?) file, not CSV"),
        (b"key,name\x00,kind\n", "contains NUL bytes"),
        (b'key,name,kind\na,"b,c\n', "not a well-formed CSV"),
        (b"", "is empty"),
    ],
)
def test_broken_csv_files_are_refused(sqlite_store, tmp_path, content, message):
    folder = write_csvs(tmp_path / "wb", sample_sheets())
    (folder / "actors.csv").write_bytes(content)
    assert message in refused(sqlite_store, folder).message


def test_not_a_workbook(sqlite_store, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert "is not a workbook" in refused(sqlite_store, text).message
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 100)
    assert "old .xls" in refused(sqlite_store, fake).message
    assert "does not exist" in refused(sqlite_store, tmp_path / "missing.xlsx").message
