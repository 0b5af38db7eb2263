"""The timex tagger on the hand-written blind sets, one per class of real-world format.

    .venv/bin/python benchmarks/timex_blind.py [--errors] [--only calendars ranges ...]

Each set (tests/data/timex/blind/*.yaml) was written before the tagger was run on it.
A gold timex counts when a system timex overlaps it with the same value (and the same
calendar when the gold names one); intervals count by their text. With --heideltime
the same timexes are scored for HeidelTime (no intervals, no calendar: those gold
timexes are scored on their value alone).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from cronica.evaluation.timex_blind import BlindItem, load_blind_set, score_blind_set
from cronica.model import Timex
from cronica.timex.tagger import TagResult

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "timex" / "blind"


def heideltime_tagger(item: BlindItem) -> TagResult:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import heideltime_runner

    doc_type = "news" if item.dct else "narratives"
    found, _ = heideltime_runner.tag(item.text, item.lang, doc_type, item.dct)
    timexes = tuple(
        Timex(f"t{n}", item.text[t.start : t.end], t.start, t.end, t.type, t.value, t.mod)  # type: ignore[arg-type]
        for n, t in enumerate(found, start=1)
    )
    return TagResult(timexes, ())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--only", nargs="+", help="set names (file stems)")
    parser.add_argument("--heideltime", action="store_true", help="also score HeidelTime (needs the bench extra)")
    args = parser.parse_args()
    paths = sorted(BLIND.glob("*.yaml"))
    if args.only:
        paths = [path for path in paths if path.stem in args.only]
    print(f"{'set':<14} {'lang':<4} {'system':<10} {'timex P/R/F1':>20} {'intervals P/R/F1':>20}")
    for path in paths:
        items = load_blind_set(path)
        systems = {"cronica": score_blind_set(items)}
        if args.heideltime:
            plain = [replace(item, timexes=tuple(replace(g, calendar=None) for g in item.timexes)) for item in items]
            systems["HeidelTime"] = score_blind_set(plain, heideltime_tagger)
        for system, by_lang in systems.items():
            for lang, scores in sorted(by_lang.items()):
                t, i = scores.timexes, scores.intervals
                intervals = f"{i.precision:.2f}/{i.recall:.2f}/{i.f1:.2f}" if i.tp + i.fn else "-"
                print(
                    f"{path.stem:<14} {lang:<4} {system:<10} {t.precision:.2f}/{t.recall:.2f}/{t.f1:.2f}".ljust(50)
                    + f" {intervals:>20}"
                )
                if args.errors and system == "cronica":
                    for line in scores.misses:
                        print(f"    {line}")


if __name__ == "__main__":
    main()
