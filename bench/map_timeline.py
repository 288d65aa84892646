"""bench/map_timeline: a timeline map (year slider over the demo's rounds 2021-2024).

For the demo data at the given scales, its four yearly rounds are loaded (each as of its
year, as ``graphsvc load --demo`` does) into a SQLite store under bench/data/. Then:

- a one-year map for reference: ``map_data(as_of=2024)`` -> page (one snapshot, one render);
- the timeline ``map_data(from_year=2021, to_year=2024)`` -> page, cold (the views of the
  years not yet cached) and warm (cached), with the snapshot reads it made counted;
- time until interactive in headless Chromium (navigation to the first drawn frame).

The design goal: a timeline of N years costs N snapshot reads plus one layout and render.
Run: ``python bench/map_timeline.py [--scales 1,10]``; results in
bench/results/maps-timeline.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from maps import ARGS, CHROMIUM, DATA, interactive, timed  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "maps-timeline.json"
FIRST, LAST = 2021, 2024


def rounds_store(scale: int) -> Any:
    """A SQLite store (counting its snapshot reads) holding the demo rounds at ``scale``."""
    from graphsvc.demo import generate
    from graphsvc.demo.rounds_writer import ROUNDS_FOLDER
    from graphsvc.services.workbook import import_workbook
    from graphsvc.stores.sqlite_store import SQLiteStore

    class CountingStore(SQLiteStore):
        reads = 0

        def snapshot(self, rocket: str | None = None, *, as_of: str | None = None) -> Any:
            CountingStore.reads += 1
            return super().snapshot(rocket, as_of=as_of)

    DATA.mkdir(exist_ok=True)
    db = DATA / f"map-timeline-{scale}x.db"
    fresh = not db.exists()
    store = CountingStore(f"sqlite:///{db}")
    store.ensure_schema()
    if fresh:
        folder = DATA / f"demo-rounds-{scale}x"
        if not (folder / ROUNDS_FOLDER / str(LAST) / "actors.csv").exists():
            generate(scale, out_dir=folder, rounds=True)
        t = time.perf_counter()
        for year in range(FIRST, LAST + 1):
            import_workbook(store, folder / ROUNDS_FOLDER / str(year), as_of=str(year))
        print(f"  loaded {scale}x rounds into {db.name} in {time.perf_counter() - t:.1f} s")
    return store


def measure(store: Any, scale: int, browser: Any, out_dir: Path) -> dict[str, Any]:
    """One row of results: the one-year map, the timeline cold and warm, and in Chromium."""
    from graphsvc.render import render_page
    from graphsvc.services.analysis_cache import CACHE
    from graphsvc.services.maps import map_data

    cls = type(store)
    one_s, _ = timed(lambda: render_page(map_data(store, as_of=str(LAST))), 3)
    row: dict[str, Any] = {"scale": scale, "years": LAST - FIRST + 1}
    row["one_year_map_s"] = round(one_s, 3)
    row["one_year_map_cpu_s"] = round(timed.cpu, 3)  # type: ignore[attr-defined]

    def timeline() -> str:
        return render_page(map_data(store, from_year=FIRST, to_year=LAST))

    colds, reads = [], []
    for _ in range(3):
        CACHE.clear()
        cls.reads = 0
        t = time.perf_counter()
        timeline()
        colds.append(time.perf_counter() - t)
        reads.append(cls.reads)
    row["timeline_cold_s"] = round(sorted(colds)[1], 3)
    row["timeline_cold_snapshot_reads"] = max(reads)
    cls.reads = 0
    warm_s, html = timed(timeline, 3)
    row["timeline_warm_s"] = round(warm_s, 3)
    row["timeline_warm_cpu_s"] = round(timed.cpu, 3)  # type: ignore[attr-defined]
    row["timeline_warm_snapshot_reads"] = cls.reads
    row["timeline_mb"] = round(len(html.encode()) / 1e6, 2)
    data = map_data(store, from_year=FIRST, to_year=LAST)
    row["timeline_nodes"] = len(data.nodes)
    row["timeline_edges"] = len(data.edges)
    path = (out_dir / f"timeline-{scale}x.html").resolve()
    path.write_text(html, encoding="utf-8")
    row["timeline_interactive_ms"] = interactive(browser, path, "ours")
    return row


def run(scales: list[int]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out_dir = DATA / "maps-html"
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for scale in scales:
            print(f"scale {scale}x", flush=True)
            store = rounds_store(scale)
            row = measure(store, scale, browser, out_dir)
            store.close()
            print("  " + json.dumps(row), flush=True)
            rows.append(row)
        browser.close()
    return {
        "bench": "maps-timeline",
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
        },
        "note": "2 shared cores: other sessions ran at the same time; cold = the as-of views "
        "of the years not cached yet (CACHE cleared), warm = cached views",
        "targets": {"timeline_snapshot_reads": LAST - FIRST + 1},
        "results": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10")
    args = parser.parse_args()
    result = run([int(s) for s in args.scales.split(",")])
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
