"""The packaged files equal a fresh generation, and the generator is seeded and scriptable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphsvc.demo import DEMO_NOTICE, build, demo_workbook_path, generate

from .conftest import SHEETS, read_workbook

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    generate(out_dir=tmp_path)
    packaged = demo_workbook_path()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(p.name for p in packaged.iterdir())
    assert names == sorted([*(f"{s}.csv" for s in SHEETS), "README.md"])
    for name in names:
        fresh, committed = (tmp_path / name).read_bytes(), (packaged / name).read_bytes()
        assert fresh == committed, f"{name} drifted: run python scripts/make_demo_data.py"


def test_same_seed_same_data_other_seed_other_data() -> None:
    assert build(1, 7) == build(1, 7)
    assert build(1, 7).participation != build(1, 8).participation


def test_files_are_plain_utf8_with_comma_and_newline(tmp_path: Path) -> None:
    for sheet in SHEETS:
        raw = (demo_workbook_path() / f"{sheet}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in raw
        assert raw.decode("utf-8").splitlines()[0].count(",") >= 2


def test_notice_says_invented_in_finnish_and_english() -> None:
    assert "Kuvitteellinen" in DEMO_NOTICE and "invented" in DEMO_NOTICE
    assert "not the City of Kouvola's official" in DEMO_NOTICE
    readme = (demo_workbook_path() / "README.md").read_text(encoding="utf-8")
    assert DEMO_NOTICE.split(" / ")[0] in readme and DEMO_NOTICE.split(" / ")[1] in readme


def test_generate_refuses_to_overwrite_the_package_with_other_data() -> None:
    with pytest.raises(ValueError, match="out_dir"):
        generate(scale=2)
    with pytest.raises(ValueError, match="scale"):
        build(0)


def test_script_writes_a_scaled_copy_where_asked(tmp_path: Path) -> None:
    out = tmp_path / "x2"
    script = str(ROOT / "scripts/make_demo_data.py")
    command = [sys.executable, script, "--scale", "2", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    rows = read_workbook(out)
    assert f"actors {len(rows['actors'])}" in done.stdout
    assert len(rows["actions"]) == 400
    assert "--scale 2" in (out / "README.md").read_text(encoding="utf-8")
