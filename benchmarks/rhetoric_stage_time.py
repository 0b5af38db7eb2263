"""The rhetoric stage's own time (`timings["rhetoric"]`) on one long document per language made of every
sentence of some rhetoric sets; run it once per source tree, in turn, and quote the ratio.

    PYTHONPATH=/tmp/cronica-main/src .venv/bin/python benchmarks/rhetoric_stage_time.py   # the baseline
    PYTHONPATH=src .venv/bin/python benchmarks/rhetoric_stage_time.py                     # this tree
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from cronica.options import Options
from cronica.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "rhetoric"
SETS = ("blind3_real", "blind3_neutral", "blind4_real", "blind4_neutral", "blind16ae_real", "blind16ae_neutral")
REPEAT = 3


def main() -> None:
    for lang in ("es", "en"):
        texts = [
            record["text"]
            for name in SETS
            for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and (record := json.loads(line))["lang"] == lang
        ]
        document = " ".join(texts)
        pipeline = Pipeline(Options(lang=lang, skip=frozenset({"timex", "events", "link", "verify"}), timings=True))
        seconds = [pipeline.analyze_text(document).timings["rhetoric"] for _ in range(REPEAT)]
        print(f"{lang}: {len(document)} characters, rhetoric {statistics.median(seconds):.2f} s (median of {REPEAT})")


if __name__ == "__main__":
    main()
