"""How the span flags spread over PAN 2024 conspiracy vs critical texts (an outside check of the lexicons).

    .venv/bin/python benchmarks/rhetoric_pan_flags.py [DATA_DIR]

The lexicons were not written from these texts (only a few agent phrases came from their
AGENT/FACILITATOR annotations), so the share of documents with a flag in each class shows
whether the flags separate the two kinds of text. No gold spans of our techniques exist there.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from cronica.nlp import NlpModels
from cronica.options import Options
from cronica.rhetoric.detector import PatternIndex, detect
from cronica.rhetoric.resources import load_language

ROOT = Path(__file__).resolve().parents[1]
DATA_CANDIDATES = [
    ROOT.parent / "shared" / "data" / "pan2024-oppositional",
    ROOT.parents[1] / "shared" / "data" / "pan2024-oppositional",
]


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else next(p for p in DATA_CANDIDATES if p.is_dir())
    models = NlpModels(Options())
    print("| lang | class | docs | docs with any flag | docs with Conspiracy_Narrative | flags per 1,000 chars |")
    print("|---|---|---|---|---|---|")
    for lang in ("en", "es"):
        resources = load_language(lang)
        index = PatternIndex.build(resources)
        records = json.loads((data / f"dataset_{lang}_dev.json").read_text(encoding="utf-8"))
        texts = [record["text"] for record in records]
        stats: dict[str, Counter] = {}
        for record, doc in zip(records, models.parse_many(texts, lang), strict=True):
            flags = detect(doc, resources, index)
            counter = stats.setdefault(record["category"], Counter())
            counter["docs"] += 1
            counter["chars"] += len(record["text"])
            counter["flags"] += len(flags)
            counter["any"] += bool(flags)
            counter["conspiracy"] += any(flag.technique == "Conspiracy_Narrative" for flag in flags)
        for category, counter in sorted(stats.items()):
            docs = counter["docs"]
            print(
                f"| {lang} | {category} | {docs} | {counter['any'] / docs:.1%} | "
                f"{counter['conspiracy'] / docs:.1%} | {1000 * counter['flags'] / counter['chars']:.2f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
