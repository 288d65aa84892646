"""The packaged files equal a fresh generation, and the generator is seeded and scriptable."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from graphsvc.demo import (
    DEMO_NOTICE,
    build,
    demo_rounds,
    demo_wellbeing_path,
    demo_workbook_path,
    generate,
)
from graphsvc.demo.indicator_sheets import INDICATOR_SHEETS
from graphsvc.demo.wellbeing_writer import COLUMNS as WELLBEING_COLUMNS

from .conftest import SHEETS, read_workbook

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_packaged_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    generate(out_dir=tmp_path, rounds=True)
    packaged = demo_workbook_path()
    names = _files(tmp_path)
    assert names == _files(packaged)
    indicators = [f"{s}.csv" for s in INDICATOR_SHEETS]
    workbook = sorted([*(f"{s}.csv" for s in SHEETS), *indicators, "README.md"])
    years = [f"rounds/{year}/{name}" for year, _ in demo_rounds() for name in workbook]
    wellbeing = [f"hyvinvointi/{sheet}.csv" for sheet in WELLBEING_COLUMNS] + [
        "hyvinvointi/README.md"
    ]
    assert names == sorted([*workbook, *years, *wellbeing])
    for name in names:
        fresh, committed = (tmp_path / name).read_bytes(), (packaged / name).read_bytes()
        assert fresh == committed, f"{name} drifted: run python scripts/make_demo_data.py"


def test_the_wheel_ships_every_packaged_file() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["graphsvc"]
    shipped = {p for pattern in patterns for p in (ROOT / "graphsvc").glob(pattern)}
    packaged = [p for p in demo_workbook_path().rglob("*") if p.is_file()]
    wellbeing = len(WELLBEING_COLUMNS) + 1
    assert len(packaged) == (6 + len(INDICATOR_SHEETS)) * (1 + len(demo_rounds())) + wellbeing
    assert all(p in shipped for p in packaged)


def test_a_copy_elsewhere_has_no_rounds_unless_asked(tmp_path: Path) -> None:
    generate(out_dir=tmp_path / "plain")
    assert not (tmp_path / "plain" / "rounds").exists()
    assert not (tmp_path / "plain" / "hyvinvointi").exists()
    assert "Yearly rounds" not in (tmp_path / "plain" / "README.md").read_text(encoding="utf-8")


def test_same_seed_same_data_other_seed_other_data() -> None:
    assert build(1, 7) == build(1, 7)
    assert build(1, 7).participation != build(1, 8).participation


@pytest.mark.parametrize("folder", [demo_workbook_path(), *(f for _, f in demo_rounds())])
def test_files_are_plain_utf8_with_comma_and_newline(folder: Path) -> None:
    extra = INDICATOR_SHEETS if folder == demo_workbook_path() else ()
    for sheet in (*SHEETS, *extra):
        raw = (folder / f"{sheet}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in raw
        assert raw.decode("utf-8").splitlines()[0].count(",") >= 2


def test_notice_says_invented_in_finnish_and_english() -> None:
    assert "Kuvitteellinen" in DEMO_NOTICE and "invented" in DEMO_NOTICE
    assert "not the City of Kouvola's official" in DEMO_NOTICE
    for folder in [demo_workbook_path(), *(f for _, f in demo_rounds()), demo_wellbeing_path()]:
        readme = (folder / "README.md").read_text(encoding="utf-8")
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
    assert not (out / "rounds").exists()


def test_script_adds_the_rounds_to_a_copy_when_asked(tmp_path: Path) -> None:
    out = tmp_path / "x2"
    script = str(ROOT / "scripts/make_demo_data.py")
    command = [sys.executable, script, "--scale", "2", "--rounds", "--out", str(out)]
    subprocess.run(command, capture_output=True, text=True, check=True)
    assert sorted(p.name for p in (out / "rounds").iterdir()) == ["2021", "2022", "2023", "2024"]
    assert read_workbook(out / "rounds" / "2024") == read_workbook(out)
    assert "--rounds" in (out / "rounds" / "2021" / "README.md").read_text(encoding="utf-8")
