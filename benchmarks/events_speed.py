"""Speed of the events stage and the timeline against spaCy's own processing of the same texts.

    .venv/bin/python benchmarks/events_speed.py [--repeat 5] [--data ../shared/data]

Both are measured in one run over the same documents: the English wikiwars-dev texts and
up to 150 Spanish hourglass-es texts. Baseline: spaCy parsing them (nlp.pipe). Measured:
the events stage (`run_events`) plus `timeline_order`, on analyses whose sentences,
entities and timexes were made beforehand (the timex stage is not counted here). The
figure is the ratio of medians over --repeat rounds; the budget is 30%.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import warnings
from html import unescape
from pathlib import Path

from cronica.events.stage import run_events
from cronica.ingest import sha256_of
from cronica.model import Analysis, Document
from cronica.nlp import entities_of, sentences_of
from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.registry import Resources, StageContext, get_stage
from cronica.timeline import timeline_order

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 0.30


def timeml_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
    return unescape(re.sub(r"<[^>]+>", "", body)).strip()


def shared_data() -> Path:
    """../shared/data beside the repository or beside one of its parent folders (worktrees)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return ROOT.parent / "shared" / "data"


def load_texts(data: Path) -> dict[str, list[str]]:
    english = [timeml_text(p) for p in sorted((data / "wikiwars-dev").glob("*.tml"))]
    spanish = [
        p.read_text(encoding="utf-8").strip() for p in sorted((data / "hourglass-es" / "plain_TXT").glob("*"))[:150]
    ]
    return {"en": english, "es": [t for t in spanish if t]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, default=shared_data(), help="the shared data folder")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    texts = load_texts(args.data)
    if not any(texts.values()):
        raise SystemExit(f"no wikiwars-dev or hourglass-es texts under {args.data} (pass --data)")
    pipeline = Pipeline(Options())
    timex = get_stage("timex")
    spacy_times, event_times = [], []
    events_found = 0
    for _ in range(args.repeat):
        spacy_total = events_total = 0.0
        events_found = 0
        for lang, batch in texts.items():
            nlp = pipeline.models.get(lang)
            started = time.perf_counter()
            docs = list(nlp.pipe(batch, batch_size=16))
            spacy_total += time.perf_counter() - started
            for text, doc in zip(batch, docs, strict=True):
                document = Document("bench", lang, None, None, None, len(text), sha256_of(text))
                analysis = Analysis(document, text, sentences=sentences_of(doc), entities=entities_of(doc))
                analysis = timex.run(analysis, StageContext(doc, pipeline.options, timex.default_config, Resources()))
                ctx = StageContext(doc, pipeline.options, {}, pipeline.resources)
                started = time.perf_counter()
                result = run_events(analysis, ctx)
                timeline_order(result)
                events_total += time.perf_counter() - started
                events_found += len(result.events)
        spacy_times.append(spacy_total)
        event_times.append(events_total)
    spacy_median, events_median = statistics.median(spacy_times), statistics.median(event_times)
    ratio = events_median / spacy_median
    chars = sum(len(t) for batch in texts.values() for t in batch)
    documents = sum(len(batch) for batch in texts.values())
    print(f"documents: {documents} ({chars:,} characters; en {len(texts['en'])}, es {len(texts['es'])})")
    print(f"events found per round: {events_found}")
    print(f"spaCy parse (baseline): median {spacy_median:.3f} s over {args.repeat} rounds")
    print(f"events + timeline:      median {events_median:.3f} s over {args.repeat} rounds")
    print(
        f"overhead: {ratio:.1%} of spaCy's time (budget {BUDGET:.0%}) -> {'OK' if ratio <= BUDGET else 'OVER BUDGET'}"
    )


if __name__ == "__main__":
    main()
