"""Speed of the rhetoric stage per document, against the spaCy parse it needs (the baseline).

    .venv/bin/python benchmarks/rhetoric_speed.py [DATA_DIR] [--docs N]

Texts: the first N PAN 2024 documents per language (or the gold set when the data is absent).
Each document is timed five ways in the same run: spaCy parse (baseline), lexicon span
detection alone, span detection with the trope inventory and label entries (the dependency
matcher), the learned span tagger (gate on every sentence, token and technique models on the
sentences it lets through), and the document classifier with its calibrator. Medians per
document and their ratio to the parse.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from cronica.nlp import NlpModels
from cronica.options import Options
from cronica.rhetoric.classifier import load_classifier
from cronica.rhetoric.detector import PatternIndex, detect, learned_flags
from cronica.rhetoric.resources import load_language
from cronica.rhetoric.tagger import load_tagger
from cronica.rhetoric.tagger_features import RuleHit
from cronica.rhetoric.tropes import TropeMatcher

ROOT = Path(__file__).resolve().parents[1]
DATA_CANDIDATES = [
    ROOT.parent / "shared" / "data" / "pan2024-oppositional",
    ROOT.parents[1] / "shared" / "data" / "pan2024-oppositional",
]


def texts_for(lang: str, data: Path | None, count: int) -> list[str]:
    if data and (data / f"dataset_{lang}_dev.json").is_file():
        records = json.loads((data / f"dataset_{lang}_dev.json").read_text(encoding="utf-8"))
        return [record["text"] for record in records[:count]]
    gold = ROOT / "tests" / "data" / "rhetoric" / "gold.jsonl"
    return [
        json.loads(line)["text"]
        for line in gold.read_text(encoding="utf-8").splitlines()
        if f'"lang": "{lang}"' in line
    ]


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=next((p for p in DATA_CANDIDATES if p.is_dir()), None))
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    models = NlpModels(Options())
    load_seconds, classifier = timed(load_classifier)
    print(f"classifier weights load: {load_seconds * 1000:.0f} ms (once per pipeline)")
    load_seconds, tagger = timed(load_tagger)
    print(f"span tagger weights load: {load_seconds * 1000:.0f} ms (once per pipeline)")
    print(
        "| lang | docs | median chars | parse (baseline) ms | lexicon spans ms | spans + tropes ms | "
        "tagger ms | classifier ms | (spans + tropes + tagger + classifier) / parse |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for lang in ("en", "es"):
        resources = load_language(lang)
        index = PatternIndex.build(resources)
        texts = texts_for(lang, args.data, args.docs)
        warm = models.parse(texts[0], lang)  # warm up the model outside the timings
        tropes = TropeMatcher.build(warm.vocab, resources.tropes + resources.labels)
        parse, spans, with_tropes, tagging, scoring = [], [], [], [], []
        for text in texts:
            seconds, doc = timed(models.parse, text, lang)
            parse.append(seconds)
            spans.append(timed(detect, doc, resources, index)[0])
            seconds, found = timed(detect, doc, resources, index, tropes)
            with_tropes.append(seconds)
            hits = [RuleHit(flag.start, flag.end, flag.technique) for flag in found]
            started = time.perf_counter()
            learned_flags(doc, found, tagger.find(doc, hits, resources.context), resources)
            tagging.append(time.perf_counter() - started)
            techniques = [flag.technique for flag in found]
            scoring.append(timed(classifier.document_probability, text, lang, techniques)[0])
        medians = (statistics.median(values) * 1000 for values in (parse, spans, with_tropes, tagging, scoring))
        p, s, t, g, c = medians
        chars = statistics.median(len(text) for text in texts)
        print(
            f"| {lang} | {len(texts)} | {chars:.0f} | {p:.2f} | {s:.2f} | {t:.2f} | {g:.2f} | {c:.2f} "
            f"| {(t + g + c) / p:.2f} |"
        )


if __name__ == "__main__":
    main()
