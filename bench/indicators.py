"""bench/indicators: indicator progress and the annual report of the 1x demo, against peers.

    python bench/indicators.py [--year 2024]

A fresh SQLite store loads the demo (its four yearly rounds with the indicator sheets).
Then, in the same run:

- ``indicator_progress_report`` for the year: its first call in the process (with the
  one-off loading of the modules it uses), cold (median of five, every cache cleared before
  each: it reads the graph as of the year, projects it and runs the gaps of each rocket
  measured) and warm (best of five), against its peer ``analyze gaps`` of the whole
  programme, cold; target: cold progress under 0.2 s;
- the report's parts in one process (facts, HTML, PDF), cold;
- ``graphsvc report --year Y -o FILE.pdf`` and ``-o FILE.html`` as a user runs them (a new
  process each: imports, store, analyses, charts, maps, typesetting), best of two, against
  the peer ``graphsvc analyze change --from Y-1 --to Y`` in a new process; target: the PDF
  under 10 s.

Prints the figures and writes bench/results/indicators.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "indicators.json"
TARGETS = {"progress_cold_seconds": 0.2, "report_pdf_seconds": 10.0}


def timed(work: Any) -> tuple[float, Any]:
    """The wall time of ``work()`` and its result."""
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def best_of(work: Any, times: int) -> float:
    """The fastest wall time of ``times`` runs of ``work()``."""
    return min(timed(work)[0] for _ in range(times))


def cold(work: Any, clear: Any, times: int) -> list[float]:
    """The wall times of ``times`` runs of ``work()``, each after ``clear()``."""
    found = []
    for _ in range(times):
        clear()
        found.append(timed(work)[0])
    return found


def command(url: str, *args: str) -> float:
    """The wall time of ``python -m graphsvc --store URL ARGS`` in a new process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "graphsvc", "--store", url, *args], capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"graphsvc {' '.join(args)} failed: {done.stderr}")
    return time.perf_counter() - started


def measure(year: int, folder: Path) -> dict[str, Any]:
    """Load the demo, then time progress, the report's parts and the report commands."""
    from graphsvc.render.report import report_html, report_pdf
    from graphsvc.services.analysis import clear_cache, run_analysis
    from graphsvc.services.annual_report import report_data
    from graphsvc.services.indicators import indicator_progress_report
    from graphsvc.services.workbook import import_demo
    from graphsvc.stores.sqlite_store import SQLiteStore

    url = f"sqlite:///{folder / 'demo.db'}"
    store = SQLiteStore(url)
    store.ensure_schema()
    load_seconds, _ = timed(lambda: import_demo(store))
    clear_cache()
    gaps_cold, _ = timed(lambda: run_analysis(store, "gaps"))
    clear_cache()
    progress_first, progress = timed(lambda: indicator_progress_report(store, year))
    progress_cold = median(cold(lambda: indicator_progress_report(store, year), clear_cache, 5))
    progress_warm = best_of(lambda: indicator_progress_report(store, year), 5)
    clear_cache()
    facts_seconds, facts = timed(lambda: report_data(store, year, "fi", maps="png"))
    html_seconds, html = timed(lambda: report_html(facts))
    pdf_seconds, pdf = timed(lambda: report_pdf(html))
    store.close()
    change = best_of(
        lambda: command(url, "analyze", "change", "--from", str(year - 1), "--to", str(year)), 2
    )
    report_pdf_cmd = best_of(
        lambda: command(url, "report", "--year", str(year), "-o", str(folder / "r.pdf")), 2
    )
    report_html_cmd = best_of(
        lambda: command(url, "report", "--year", str(year), "-o", str(folder / "r.html")), 2
    )
    return {
        "year": year,
        "indicators": progress["counts"]["indicators"],
        "demo_load_seconds": round(load_seconds, 3),
        "progress_first_call_seconds": round(progress_first, 4),
        "progress_cold_seconds": round(progress_cold, 4),
        "progress_warm_seconds": round(progress_warm, 4),
        "gaps_cold_seconds": round(gaps_cold, 4),
        "progress_cold_vs_gaps_cold": round(progress_cold / gaps_cold, 2),
        "report_facts_seconds": round(facts_seconds, 3),
        "report_html_render_seconds": round(html_seconds, 3),
        "report_pdf_typeset_seconds": round(pdf_seconds, 3),
        "report_pdf_bytes": len(pdf),
        "command_report_pdf_seconds": round(report_pdf_cmd, 3),
        "command_report_html_seconds": round(report_html_cmd, 3),
        "command_analyze_change_seconds": round(change, 3),
        "report_pdf_vs_analyze_change": round(report_pdf_cmd / change, 2),
    }


def main() -> None:
    """Measure and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="graphsvc-bench-") as tmp:
        run = measure(args.year, Path(tmp))
    print(json.dumps(run, indent=2))
    results = {
        "command": f"python bench/indicators.py --year {args.year}",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average": os.getloadavg(),
        },
        "targets": TARGETS,
        "met": {
            "progress_cold_under_0.2_s": run["progress_cold_seconds"]
            < TARGETS["progress_cold_seconds"],
            "report_pdf_under_10_s": run["command_report_pdf_seconds"]
            < TARGETS["report_pdf_seconds"],
        },
        "run": run,
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
