"""The illustrative Kouvola data set: where it is packaged, its notice, and its generator."""

from __future__ import annotations

from pathlib import Path

from graphsvc.demo.generator import DEFAULT_SEED, DemoData, Planted, build
from graphsvc.demo.indicator_sheets import write_indicator_sheets
from graphsvc.demo.plants import PlantedChanges
from graphsvc.demo.rounds import Round, build_rounds
from graphsvc.demo.rounds_writer import ROUNDS_FOLDER, rounds_section, write_rounds
from graphsvc.demo.timeline import YEARS
from graphsvc.demo.wellbeing import build_wellbeing
from graphsvc.demo.wellbeing_writer import WELLBEING_FOLDER, write_wellbeing
from graphsvc.demo.writer import DEMO_NOTICE, readme_text, write_workbook

__all__ = [
    "DEFAULT_SEED",
    "DEMO_NOTICE",
    "YEARS",
    "DemoData",
    "Planted",
    "PlantedChanges",
    "Round",
    "build",
    "build_rounds",
    "demo_rounds",
    "demo_wellbeing_path",
    "demo_workbook_path",
    "generate",
]


def demo_workbook_path() -> Path:
    """The packaged workbook folder of the demo data set (``graphsvc/demo/kouvola``): the
    network as it stands in the last yearly round."""
    return Path(__file__).resolve().parent / "kouvola"


def demo_rounds() -> list[tuple[int, Path]]:
    """The packaged yearly rounds as (year, workbook folder), oldest first
    (``graphsvc/demo/kouvola/rounds/YYYY``; load each with its year as the as-of date)."""
    return [(year, demo_workbook_path() / ROUNDS_FOLDER / str(year)) for year in YEARS]


def demo_wellbeing_path() -> Path:
    """The packaged workbook of the illustrative wellbeing programme
    (``graphsvc/demo/kouvola/hyvinvointi``; load it after the rounds, as of the last year)."""
    return demo_workbook_path() / WELLBEING_FOLDER


def generate(
    scale: int = 1,
    seed: int = DEFAULT_SEED,
    out_dir: Path | None = None,
    *,
    rounds: bool | None = None,
) -> DemoData:
    """Build the data set and write it as a workbook folder; return what was written.

    ``out_dir`` defaults to the packaged folder, which only the default scale and seed may
    overwrite (it is what tests and ``serve --demo`` use); the illustrative indicator sheets
    go along (:mod:`graphsvc.demo.indicator_sheets`). With ``rounds`` (the default for
    the packaged folder, not for copies elsewhere) the yearly rounds go into its ``rounds``
    folder, and its README describes them; the illustrative wellbeing programme, built on
    the last round's actors, goes into its ``hyvinvointi`` folder. Raises ValueError for
    another scale or seed without ``out_dir``, or if ``scale`` is below 1.
    """
    if out_dir is None:
        if (scale, seed) != (1, DEFAULT_SEED):
            raise ValueError("give out_dir for a scale or seed other than the default")
        out_dir = demo_workbook_path()
    out_dir = Path(out_dir)
    if rounds is None:
        rounds = out_dir.resolve() == demo_workbook_path()
    if not rounds:
        data = build(scale, seed)
        write_workbook(data, out_dir)
        write_indicator_sheets(out_dir)
        return data
    history = build_rounds(scale, seed)
    data = history[-1].data
    write_workbook(data, out_dir, readme_text(data, rounds_section(history[-1].changes)))
    write_indicator_sheets(out_dir)
    write_rounds(history, out_dir / ROUNDS_FOLDER)
    for round_ in history:
        write_indicator_sheets(out_dir / ROUNDS_FOLDER / str(round_.year), round_.year)
    write_wellbeing(build_wellbeing(data), out_dir / WELLBEING_FOLDER)
    return data
