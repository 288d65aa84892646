"""The importer holds cells to the API's rules (characters, lengths, keys of any script) and
reads .xlsx files within a bound on their total inflated size, one part at a time."""

from __future__ import annotations

import bz2
import os
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from graphsvc.errors import HostileFileError
from graphsvc.loaders.files import read_workbook
from graphsvc.model import Label
from graphsvc.services.workbook import import_workbook
from graphsvc.settings import Settings
from graphsvc.values import QUOTED_PREFIX, SHORT_TEXT

from .test_hostile_files import refused, rewrite_zip
from .test_validation import problems
from .workbooks import sample_sheets, write_csvs, write_xlsx


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_keys_of_any_script_are_imported(store, tmp_path, fmt):
    sheets = sample_sheets()
    sheets["actors"].append(["ключ-1", "Toimija", "company", "", "", "", ""])
    sheets["actions"].append(["行動-1", "Teko", "centre", "", "", "", ""])
    sheets["participation"].append(["ключ-1", "行動-1", "lead"])
    path = write_csvs(tmp_path / "wb", sheets) if fmt == "csv" else tmp_path / "wb.xlsx"
    if fmt == "xlsx":
        write_xlsx(path, sheets)
    import_workbook(store, path)
    assert store.get_node(Label.ACTOR, "ключ-1").props["name"] == "Toimija"
    assert [r.node.key for r in store.who_runs("行動-1")] == ["ключ-1"]


@pytest.mark.parametrize("bad", ["\x1b]0;x\x07", "\r", "\x7f", "\x9b", "\ufffe"])
def test_control_characters_are_refused_with_file_row_and_column(store, tmp_path, bad):
    sheets = sample_sheets()
    sheets["actors"][2][1] = f"Xamk{bad}Oy"  # row 3, column name
    sheets["actions"][1][6] = f"ymparisto;ve{bad}si"  # row 2, column themes
    sheets["collaborations"][1][4] = f"haastat{bad}telu"  # row 2, column source
    found = {(e["file"], e["row"], e["column"]) for e in problems(store, tmp_path, sheets)}
    assert found == {
        ("actors.csv", 3, "name"),
        ("actions.csv", 2, "themes"),
        ("collaborations.csv", 2, "source"),
    }


def test_control_characters_in_xlsx_cells_are_refused(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][2][1] = "Xamk_x001B_[2JOy"  # how OOXML writes ESC; calamine decodes it
    path = write_xlsx(tmp_path / "wb.xlsx", sheets)
    error = refused(sqlite_store, path)
    [row] = error.errors
    assert (row["file"], row["row"], row["column"]) == ("wb.xlsx, sheet actors", 3, "name")
    assert "U+001B" in row["message"]


def test_a_10_mib_name_is_refused_with_file_row_column_and_limit(sqlite_store, tmp_path):
    sheets = sample_sheets()
    sheets["actors"][4][1] = "Yhdistys " * (10 * 1024 * 1024 // 9)
    [error] = problems(sqlite_store, tmp_path, sheets)
    assert (error["file"], error["row"], error["column"]) == ("actors.csv", 5, "name")
    assert f"more than the limit of {SHORT_TEXT}" in error["message"]
    assert str(SHORT_TEXT) in error["allowed"]
    assert len(repr(error)) < 1000, "the report carries a prefix of the value, not all of it"


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value"),
    [
        ("actors", 2, "tags", ";".join(["t"] * 101)),
        ("actors", 2, "tags", "x" * 201),
        ("actions", 2, "description", "d" * 20_001),
        ("actors", 2, "sector", "s" * 501),
        ("collaborations", 1, "kind", "k" * 501),
    ],
)
def test_the_importer_uses_the_api_limits(sqlite_store, tmp_path, sheet, row, column, value):
    sheets = sample_sheets()
    header = sheets[sheet][0]
    if column not in header:
        for line in sheets[sheet]:
            line.append("")
        header[-1] = column
    sheets[sheet][row][header.index(column)] = value
    [error] = problems(sqlite_store, tmp_path, sheets)
    assert (error["row"], error["column"]) == (row + 1, column)
    assert "limit of" in error["message"]


def test_import_messages_quote_only_a_prefix_of_long_values(sqlite_store, tmp_path):
    sheets = sample_sheets()
    long = "Maija Meikäläinen, Kauppakatu 1, Kouvola " * 10
    sheets["actors"][1][2] = "compny " + long  # kind
    sheets["actors"][1][6] = "nobody " + long  # contact_email
    for error in problems(sqlite_store, tmp_path, sheets):
        assert long[:QUOTED_PREFIX] not in error["message"]
        assert len(str(error["value"])) <= QUOTED_PREFIX + 1


def many_part_bomb(path: Path, parts: int, part_size: int) -> Path:
    """A zip of ``parts`` XML parts of ``part_size`` bytes each, every part bzip2-packed.

    Every part stays at the 1 MiB the per-part ratio check allows; only the total is large.
    """
    body = b"<worksheet>" + b" " * (part_size - 23) + b"</worksheet>"
    packed, crc = bz2.compress(body, 9), zlib.crc32(body)
    local, central = bytearray(), bytearray()
    for i in range(parts):
        name = f"xl/worksheets/filler{i}.xml".encode()
        offset = len(local)
        fixed = struct.pack(
            "<HHHHHIIIHH", 46, 0, zipfile.ZIP_BZIP2, 0, 0, crc, len(packed), len(body), len(name), 0
        )
        local += b"PK\x03\x04" + fixed + name + packed
        central += b"PK\x01\x02" + struct.pack("<H", 46) + fixed
        central += struct.pack("<HHHII", 0, 0, 0, 0, offset) + name
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, parts, parts, len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def test_a_small_file_that_inflates_to_700_mb_is_refused_before_inflating(sqlite_store, tmp_path):
    bomb = many_part_bomb(tmp_path / "parts.xlsx", 668, 1 << 20)
    assert bomb.stat().st_size < 224_000
    tracemalloc.start()
    started = time.perf_counter()
    error = refused(sqlite_store, bomb)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(error, HostileFileError)
    assert "would inflate to 700,448,768 bytes" in error.message
    assert "GRAPHSVC_MAX_XLSX_INFLATED_BYTES" in error.message
    assert peak < 8 << 20, f"{peak:,} bytes allocated: something was inflated"
    assert elapsed < 5


def test_the_total_inflated_size_is_a_setting(sqlite_store, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", sample_sheets())
    with zipfile.ZipFile(good) as archive:
        total = sum(i.file_size for i in archive.infolist())
    error = refused(sqlite_store, good, Settings(max_xlsx_inflated_bytes=total - 1))
    assert f"would inflate to {total:,} bytes, more than {total - 1:,}" in error.message
    import_workbook(sqlite_store, good, settings=Settings(max_xlsx_inflated_bytes=total))


def test_xlsx_parts_are_never_all_in_memory_at_once(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", sample_sheets())
    size = 6 << 20
    extra = {
        f"xl/worksheets/unused{i}.xml": b"<worksheet>" + os.urandom(size // 2).hex().encode()
        for i in range(4)
    }
    path = rewrite_zip(good, tmp_path / "big.xlsx", extra)
    del extra
    settings = Settings(max_upload_bytes=200 << 20)
    tracemalloc.start()
    book = read_workbook(path, settings)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert set(book.sheets) >= {"actors", "actions", "participation"}
    assert peak < 3 * size, f"peak {peak:,} bytes for parts of {size:,} (4 of them)"
