"""Speed of the timex tagger, and cronica end to end against HeidelTime standalone, in one run.

    .venv/bin/python benchmarks/timex_speed.py [--data ../shared/data] [--repeat 5] [--heideltime-docs 3]

1. Tagger alone: tokens per second on one core over the WikiWars-dev text (narrative
   mode, raw text, no spaCy). Tokens are counted as spaCy's English tokenizer counts
   them, so the figure compares with spaCy-based tools; the median of `--repeat` runs,
   in CPU time of this process (one core; the machine is shared, so wall time is also
   printed but CPU time is the figure that does not depend on other users' load).
2. Per document: cronica's pipeline (`Pipeline.analyze_text`, what `cronica analyze`
   runs) on each WikiWars-dev document, for dates: ingest + timex (`--skip nlp` and the
   stages after timex, since the tagger does not need the parse), and also with the
   spaCy parse included; against HeidelTime standalone (java -jar with TreeTagger) on the
   same documents, run fresh (its cache is bypassed). Wall-clock medians per document.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heideltime_runner
from timex_quality import default_data, load

from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.timex.tagger import Tagger


def tagger_throughput(texts: list[str], repeat: int) -> tuple[int, float, float]:
    import spacy

    tokens = sum(len(doc) for doc in spacy.blank("en").pipe(texts))
    tagger = Tagger("en")
    tagger.tag(texts[0], mode="narrative")  # warm up caches
    cpu, wall = [], []
    for _ in range(repeat):
        began, began_wall = time.process_time(), time.perf_counter()
        for text in texts:
            tagger.tag(text, mode="narrative")
        cpu.append(time.process_time() - began)
        wall.append(time.perf_counter() - began_wall)
    return tokens, statistics.median(cpu), statistics.median(wall)


def cronica_per_document(texts: list[str], with_spacy: bool) -> list[float]:
    skip = {"events", "link", "verify", "rhetoric"} | (set() if with_spacy else {"nlp"})
    pipeline = Pipeline(Options(lang="en", skip=frozenset(skip)))
    pipeline.analyze_text("Warm-up in 1939.", lang="en")
    times = []
    for text in texts:
        began = time.perf_counter()
        pipeline.analyze_text(text, lang="en")
        times.append(time.perf_counter() - began)
    return times


def heideltime_per_document(texts: list[str]) -> list[float]:
    times = []
    for number, text in enumerate(texts):
        fresh = f"{text}\n<!-- timing run {time.time()} {number} -->"  # a new cache key: really run it
        _, seconds = heideltime_runner.run_raw(fresh, "en", "narratives", None)
        times.append(seconds)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--heideltime-docs", type=int, default=3, help="documents HeidelTime is timed on")
    args = parser.parse_args()
    texts = [document.text for document in load(args.data / "wikiwars-dev")]
    tokens, seconds, wall = tagger_throughput(texts, args.repeat)
    print(
        f"tagger alone: {tokens} tokens in {seconds:.3f} s CPU (median of {args.repeat}) = "
        f"{tokens / seconds:,.0f} tokens/s; wall {wall:.3f} s = {tokens / wall:,.0f} tokens/s"
    )
    light = statistics.median(cronica_per_document(texts, with_spacy=False))
    parsed = statistics.median(cronica_per_document(texts, with_spacy=True))
    theirs = heideltime_per_document(texts[: args.heideltime_docs])
    theirs_median = statistics.median(theirs)
    print(f"HeidelTime standalone: median {theirs_median:.3f} s/document over {len(theirs)} documents")
    print(
        f"cronica ingest+timex: median {light:.4f} s/document over {len(texts)} documents"
        f" = {theirs_median / light:,.0f}x faster"
    )
    print(f"cronica ingest+spaCy parse+timex: median {parsed:.3f} s/document = {theirs_median / parsed:,.1f}x faster")


if __name__ == "__main__":
    main()
