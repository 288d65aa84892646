"""How long the command line takes to start, against another checkout (issue 14).

For each checkout (this one, and ``--against DIR`` if given), with the same interpreter:

- ``python -X importtime -c "import graphsvc.cli"``: the sum of the self times;
- ``python -m graphsvc --store sqlite:///demo.db analyze summary --json``: wall time, on the
  1x demo (``graphsvc load --demo``, loaded once into a temporary SQLite file);
- ``python -m graphsvc --help``: wall time.

The commands run from the checkout's folder, so ``-c`` and ``-m`` import its ``graphsvc``;
the runs of the two checkouts alternate, so a busy machine slows both alike. Medians of
``--runs`` runs, and the ratio against the other checkout. Run:
``python bench/cli_start.py [--runs 5] [--against /path/to/main]``;
results in bench/results/cli_start.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "cli_start.json"


def import_ms(tree: Path) -> float:
    """The sum of the self times ``-X importtime`` reports for ``import graphsvc.cli``."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import graphsvc.cli"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in run.stderr.splitlines() if line.startswith("import time:")]
    return sum(int(line.split("|")[0].split(":")[1]) for line in lines[1:]) / 1000


def wall_s(tree: Path, *args: str) -> float:
    """Wall time of ``python -m graphsvc ARGS`` run from ``tree``."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "graphsvc", *args]
    subprocess.run(command, cwd=tree, capture_output=True, check=True)
    return time.perf_counter() - started


def demo_store(folder: Path) -> str:
    """A SQLite file with the 1x demo, loaded by this checkout's command."""
    url = f"sqlite:///{folder / 'demo.db'}"
    subprocess.run(
        [sys.executable, "-m", "graphsvc", "--store", url, "load", "--demo"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout, e.g. of main")
    args = parser.parse_args()
    trees = {"this": ROOT, **({"against": args.against.resolve()} if args.against else {})}
    figures: dict[str, dict[str, list[float]]] = {
        name: {"import_ms": [], "analyze_s": [], "help_s": []} for name in trees
    }
    with tempfile.TemporaryDirectory() as folder:
        url = demo_store(Path(folder))
        for _ in range(args.runs):
            for name, tree in trees.items():
                figures[name]["import_ms"].append(import_ms(tree))
                figures[name]["analyze_s"].append(
                    wall_s(tree, "--store", url, "analyze", "summary", "--json")
                )
                figures[name]["help_s"].append(wall_s(tree, "--help"))
    medians = {
        name: {what: round(statistics.median(values), 3) for what, values in runs.items()}
        for name, runs in figures.items()
    }
    result: dict[str, object] = {
        "runs": args.runs,
        "load_average": os.getloadavg(),
        "medians": medians,
    }
    if "against" in medians:
        result["ratio_against_over_this"] = {
            what: round(medians["against"][what] / medians["this"][what], 2)
            for what in medians["this"]
        }
    print(json.dumps(result, indent=2))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
