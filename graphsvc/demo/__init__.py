"""The illustrative Kouvola data set: where it is packaged, its notice, and its generator."""

from __future__ import annotations

from pathlib import Path

from graphsvc.demo.generator import DEFAULT_SEED, DemoData, Planted, build
from graphsvc.demo.writer import DEMO_NOTICE, write_workbook

__all__ = [
    "DEFAULT_SEED",
    "DEMO_NOTICE",
    "DemoData",
    "Planted",
    "build",
    "demo_workbook_path",
    "generate",
]


def demo_workbook_path() -> Path:
    """The packaged workbook folder of the demo data set (``graphsvc/demo/kouvola``)."""
    return Path(__file__).resolve().parent / "kouvola"


def generate(scale: int = 1, seed: int = DEFAULT_SEED, out_dir: Path | None = None) -> DemoData:
    """Build the data set and write it as a workbook folder; return what was written.

    ``out_dir`` defaults to the packaged folder, which only the default scale and seed may
    overwrite (it is what tests and ``serve --demo`` use). Raises ValueError otherwise, or
    if ``scale`` is below 1.
    """
    if out_dir is None:
        if (scale, seed) != (1, DEFAULT_SEED):
            raise ValueError("give out_dir for a scale or seed other than the default")
        out_dir = demo_workbook_path()
    data = build(scale, seed)
    write_workbook(data, Path(out_dir))
    return data
