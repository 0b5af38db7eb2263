"""Speed of reading TIMEX3 values: timeline sort keys and the store's day ranges, values per second.

    .venv/bin/python benchmarks/timevalue_speed.py [--values 200000] [--baseline-src DIR]

The values are the TIMEX3 values of the shared timex corpora (wikiwars-dev, te3-train-en,
te3-train-es, aquaint-en, hourglass-es), as a corpus repeats them. Measured in this tree
(cronica.timevalue) and, with --baseline-src, in another source tree in a subprocess
in the same run (e.g. the readers before cronica.timevalue:
`git archive de62d02 | tar -x -C /tmp/base`, then `--baseline-src /tmp/base/src`).
"never repeated" runs parse on distinct values with the cache cleared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = ("wikiwars-dev", "te3-train-en", "te3-train-es", "aquaint-en", "hourglass-es")


def corpus_values(data: Path) -> list[str]:
    found = []
    for name in CORPORA:
        for path in sorted((data / name).rglob("*.tml")):
            found += re.findall(r'value="([^"]*)"', path.read_text(encoding="utf-8", errors="replace"))
    return found


def measure(values: list[str]) -> dict[str, float]:
    """Values per second (CPU) for sort keys and day ranges with whatever `cronica` is importable."""
    try:
        from cronica.timevalue import sort_key
    except ImportError:  # a tree before cronica.timevalue
        from cronica.export.table import sort_key_of_value as sort_key  # type: ignore[no-redef]
    from cronica.store.dates import day_range

    results = {}
    for name, function in (("sort_key", sort_key), ("day_range", day_range)):
        start = time.process_time()
        for value in values:
            function(value)
        results[name] = len(values) / (time.process_time() - start)
    try:
        from cronica.timevalue.value import _parse_text, parse
    except ImportError:
        return results
    distinct = [f"{year:04d}-{month:02d}-{day:02d}" for year in range(1, 400) for month in (1, 6) for day in (1, 15)]
    _parse_text.cache_clear()
    start = time.process_time()
    for value in distinct:
        parse(value)
    results["parse, never repeated"] = len(distinct) / (time.process_time() - start)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--values", type=int, default=200_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--baseline-src", type=Path, default=None)
    parser.add_argument("--measure-json", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_json:  # the subprocess: measure the values in the file with this interpreter's cronica
        print(json.dumps(measure(json.loads(args.measure_json.read_text()))))
        return
    pool = corpus_values(args.data)
    random.seed(13)
    values = [random.choice(pool) for _ in range(args.values)]
    print(f"{len(values):,} values drawn from {len(pool):,} in {', '.join(CORPORA)} ({len(set(pool)):,} distinct)")
    rows = {"this tree": measure(values)}
    if args.baseline_src:
        sample = Path(os.environ.get("TMPDIR", "/tmp")) / f"timevalue_speed_{os.getpid()}.json"
        sample.write_text(json.dumps(values))
        env = {**os.environ, "PYTHONPATH": str(args.baseline_src)}
        command = [sys.executable, __file__, "--measure-json", str(sample)]
        output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
        sample.unlink()
        rows["baseline"] = json.loads(output.strip().splitlines()[-1])
    for label, figures in rows.items():
        print(label.ljust(10), "  ".join(f"{name}: {rate:,.0f}/s" for name, rate in figures.items()))
    if "baseline" in rows:
        for name in ("sort_key", "day_range"):
            print(f"{name}: {rows['this tree'][name] / rows['baseline'][name]:.2f}x the baseline")


if __name__ == "__main__":
    main()
