"""Speed of the verifier: claims per second on the gold set's events, against raw KB lookups.

    .venv/bin/python benchmarks/verify_speed.py [--repeat 7]
    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/verify_speed.py   # another checkout's verifier

Baselines (same run): (1) spaCy parsing the same texts (the `nlp` stage every document
pays), (2) the bare `KnowledgeBase.statements()` calls for every (subject, property) the
claims look up (the embedded KB caches them, so this is the floor of KB access).
Analyses are built from the gold events beforehand (names resolved once), so only
`Verifier.claims_of` is timed.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from cronica.evaluation.verify import (
    _resolver,
    analysis_from_event,
    analysis_without_events,
    load_gold,
    resolve_names,
)
from cronica.events.ontology import load_ontology
from cronica.kb import open_kb
from cronica.nlp import NlpModels
from cronica.options import Options
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "verify" / "gold.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    kb = open_kb("embedded")
    resolve = _resolver(kb)
    analyses = []
    for item in load_gold(GOLD):
        for gold in item.claims:
            if gold.event is None:
                analyses.append(analysis_without_events(item.text, item.lang, (gold.start, gold.end)))
            else:
                event = resolve_names(gold.event, resolve)
                analyses.append(analysis_from_event(item.text, item.lang, event, (gold.start, gold.end)))
    lookups = _lookups(analyses)

    texts_by_lang: dict[str, list[str]] = {}
    for analysis in analyses:
        texts_by_lang.setdefault(analysis.document.lang, []).append(analysis.text)
    models = NlpModels(Options())
    for lang in texts_by_lang:
        list(models.parse_many(["warm up"], lang))

    verify_times, verify_cpu, lookup_times, parse_times = [], [], [], []
    for _ in range(args.repeat):
        verifier = Verifier(ReferenceView(kb))  # a fresh view: no place cache carried over
        start, cpu = time.perf_counter(), time.process_time()
        claims = sum(len(verifier.claims_of(analysis)) for analysis in analyses)
        verify_times.append(time.perf_counter() - start)
        verify_cpu.append(time.process_time() - cpu)
        start = time.perf_counter()
        for qid, pid in lookups:
            kb.statements(qid, pid)
        lookup_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for lang, texts in texts_by_lang.items():
            list(models.parse_many(texts, lang))
        parse_times.append(time.perf_counter() - start)
    verify, lookup = statistics.median(verify_times), statistics.median(lookup_times)
    parse = statistics.median(parse_times)
    print(f"claims: {claims} from {len(analyses)} gold analyses; KB lookups in baseline: {len(lookups)}")
    print(f"verify (median of {args.repeat}): {verify * 1000:.1f} ms, {verify / claims * 1000:.2f} ms/claim")
    cpu_median, cpu_min = statistics.median(verify_cpu) * 1000, min(verify_cpu) * 1000
    print(f"verify CPU time (less moved by other jobs): median {cpu_median:.1f} ms, minimum {cpu_min:.1f} ms")
    print(f"baseline raw KB lookups: {lookup * 1000:.1f} ms")
    print(f"baseline spaCy parse of the same texts: {parse * 1000:.1f} ms")
    print(f"ratio verify / parse: {verify / parse:.3f}; verify / raw lookups: {verify / lookup:.1f}")


def _lookups(analyses: list) -> list[tuple[str, str]]:
    """(subject, property) pairs the ontology's mappings make the verifier read."""
    ontology = load_ontology()
    pairs = []
    for analysis in analyses:
        kb_ids = {entity.id: entity.kb_id for entity in analysis.entities}
        for event in analysis.events:
            for mapping in ontology.types[event.type].kb:
                for participant in event.participants:
                    if participant.role == mapping.subject and kb_ids.get(participant.entity or ""):
                        pairs.append((kb_ids[participant.entity], mapping.property))
    return pairs


if __name__ == "__main__":
    main()
