#!/usr/bin/env python
"""Generate the illustrative Kouvola data set (packaged demo, or scaled copies for benchmarks).

python scripts/make_demo_data.py                      # graphsvc/demo/kouvola and its rounds/
python scripts/make_demo_data.py --scale 10           # bench/data/kouvola-x10
python scripts/make_demo_data.py --scale 100 --out /tmp/kouvola-x100
python scripts/make_demo_data.py --scale 10 --rounds  # with the yearly rounds in rounds/YYYY
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from graphsvc.demo import DEFAULT_SEED, demo_workbook_path, generate
from graphsvc.demo.writer import COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Parse the arguments, generate, and print what was written and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="1: ~300 actors, ~200 actions")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="same seed, same files")
    parser.add_argument("--out", type=Path, help="folder to write (default: see above)")
    parser.add_argument(
        "--rounds", action="store_true", help="also the yearly rounds (always for the package)"
    )
    args = parser.parse_args()
    if args.scale < 1:
        parser.error("--scale must be 1 or more")
    out = args.out
    if out is None:
        suffix = "" if args.seed == DEFAULT_SEED else f"-s{args.seed}"
        out = ROOT / f"bench/data/kouvola-x{args.scale}{suffix}"
        if (args.scale, args.seed) == (1, DEFAULT_SEED):
            out = demo_workbook_path()
    started = time.perf_counter()
    data = generate(args.scale, args.seed, out, rounds=args.rounds or None)
    seconds = time.perf_counter() - started
    counts = ", ".join(f"{sheet} {len(getattr(data, sheet))}" for sheet in COLUMNS)
    print(f"wrote {out}: {counts} in {seconds:.2f} s")


if __name__ == "__main__":
    main()
