"""The learned span tagger: page-grouped cross-validation on the training annotations, the
decoding thresholds, and the older gold sets with and without the tagger.

    .venv/bin/python benchmarks/rhetoric_tagger.py cv [--data tests/data/rhetoric/train]
        [--pan ../shared/data/pan2024-oppositional --weak-weight 0.1 --pan-negative-weight 0.3]
        [--retired tests/data/rhetoric]
    .venv/bin/python benchmarks/rhetoric_tagger.py gold WEIGHTS FILE...

`cv` fits the three models on four fifths of the pages and scores the fifth (pages never seen,
grouped by address), for the rules alone, the tagger alone and both (the stage: rules first),
over a grid of decoding thresholds; the row marked * is the shipped setting. With `--pan`, the
PAN 2024 training texts add weak sentence labels to the gate (`pan_weak_examples`): positives weighted
by `--weak-weight`, critical-text sentences as negatives weighted by `--pan-negative-weight`; only part
0 of the PAN split trains here, and a tagger fitted on all the pages and part 0 then says how many
part-1 texts of each class get a flag (rules + tagger, at each gate threshold). Part 2 is never read
here: it is kept for the final measurement (`rhetoric_before_after.py --pan-part held-out`). The gate's
AUC (sentences with spans against neutral sentences) is printed first. `gold` runs `cronica eval
rhetoric`'s scorer on each file with the tagger off and with the given weights.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from dataclasses import replace
from pathlib import Path

from cronica.evaluation.rhetoric import evaluate_rhetoric
from cronica.rhetoric import tagger_training as training
from cronica.rhetoric.gold import LanguageScores, load_gold

#: decoding thresholds compared in `cv`
GATE_THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
TOKEN_THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
GAPS = (2, 4, 8)


def totals(by_lang: dict[str, LanguageScores]) -> LanguageScores:
    total = LanguageScores()
    for scores in by_lang.values():
        total.lenient += scores.lenient
        total.strict += scores.strict
        total.neutral_sentences += scores.neutral_sentences
        total.neutral_flagged += scores.neutral_flagged
    return total


def row(name: str, by_lang: dict[str, LanguageScores]) -> str:
    cells = []
    for lang, scores in [*sorted(by_lang.items()), ("all", totals(by_lang))]:
        rate = scores.neutral_flagged / scores.neutral_sentences if scores.neutral_sentences else 0.0
        cells.append(
            f"{lang} P {scores.lenient.precision:.3f} R {scores.lenient.recall:.3f} "
            f"neutral {scores.neutral_flagged}/{scores.neutral_sentences} ({rate:.1%})"
        )
    return f"| {name} | " + " | ".join(cells) + " |"


def cross_validation(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    records = training.load_examples([Path(args.data)])
    if args.retired:
        records += training.load_retired(Path(args.retired))
    examples = training.parse_examples(records)
    config = training.TaggerConfig(
        gate_c=args.gate_c,
        gate_hashed_weight=args.hashed_weight,
        gate_dense_weight=args.dense_weight,
        weak_weight=args.weak_weight if args.pan else 0.0,
        pan_negative_weight=args.pan_negative_weight if args.pan else 0.0,
    )
    weak = training.pan_weak_examples(Path(args.pan), parts=(0,)) if args.pan else []
    predictions = training.cross_validate(examples, config, args.folds, weak=weak)
    print(
        f"{len(examples)} texts, {args.folds}-fold page-grouped CV, {time.perf_counter() - started:.0f} s", flush=True
    )
    print(f"gate AUC, sentences with spans against neutral sentences: {gate_auc(predictions):.3f}")
    print(row("rules alone", training.score(predictions, config, use_tagger=False)[0]))
    shipped = training.TaggerConfig()
    for gate, token, gap in itertools.product(GATE_THRESHOLDS, TOKEN_THRESHOLDS, GAPS):
        setting = replace(config, gate_threshold=gate, token_threshold=token, max_gap=gap)
        mark = "*" if (gate, token, gap) == (shipped.gate_threshold, shipped.token_threshold, shipped.max_gap) else ""
        both = training.score(predictions, setting)[0]
        alone = training.score(predictions, setting, use_rules=False)[0]
        print(row(f"{mark}rules + tagger, gate {gate} token {token} gap {gap}", both))
        print(row(f"{mark}tagger alone, gate {gate} token {token} gap {gap}", alone))
    if args.pan:
        pan_rates(examples, weak, config, Path(args.pan))


def pan_rates(examples, weak, config, folder: Path) -> None:
    """Share of PAN part-1 texts per language and class with a flag (rules + tagger), the tagger
    fitted on every page and on PAN part 0; part 1 was never trained on here."""
    from cronica.rhetoric.detector import learned_flags

    tagger = training.fit_tagger(examples, config, weak=weak)
    tuning = training.pan_weak_examples(folder, parts=(1,))
    predictions = [training.Prediction.of(example, tagger, training.LOWEST_GATE) for example in tuning]
    for gate in GATE_THRESHOLDS:
        setting = replace(config, gate_threshold=gate)
        counts: dict[tuple[str, str], list[int]] = {}
        for prediction in predictions:
            example = prediction.example
            found = example.rules + learned_flags(example.doc, example.rules, prediction.tagged(setting), None)
            category = "CRITICAL" if example.gold.neutral else "CONSPIRACY"
            cell = counts.setdefault((example.gold.lang, category), [0, 0])
            cell[0] += bool(found)
            cell[1] += 1
        cells = [f"{lang} {cat} {n}/{d} ({n / d:.1%})" for (lang, cat), (n, d) in sorted(counts.items())]
        print(f"| PAN part 1, texts flagged, gate {gate} | " + " | ".join(cells) + " |")


def gate_auc(predictions) -> float:
    from sklearn.metrics import roc_auc_score

    scores, labels = [], []
    for prediction in predictions:
        gold = prediction.example.gold
        for view, probability in zip(prediction.example.views, prediction.sentence_probabilities, strict=True):
            start, end = view.sentence.start_char, view.sentence.end_char
            if any(s.start < end and s.end > start for s in gold.spans):
                scores.append(probability)
                labels.append(1)
            elif gold.neutral and len(view.tokens) >= 4:
                scores.append(probability)
                labels.append(0)
    return roc_auc_score(labels, scores)


def gold(args: argparse.Namespace) -> None:
    for file in args.files:
        items = load_gold(Path(file))
        off = evaluate_rhetoric(items, {"rhetoric": {"tagger": False}})
        on = evaluate_rhetoric(items, {"rhetoric": {"tagger": True, "tagger_weights": args.weights}})
        print(row(f"{Path(file).name}: rules alone", off.by_lang))
        print(row(f"{Path(file).name}: rules + tagger", on.by_lang))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    cv = commands.add_parser("cv")
    cv.add_argument("--data", default="tests/data/rhetoric/train")
    cv.add_argument("--folds", type=int, default=5)
    cv.add_argument("--retired", help="folder of the evaluation sets: add tagger_training.RETIRED_SETS to the data")
    cv.add_argument("--gate-c", type=float, default=training.TaggerConfig.gate_c)
    cv.add_argument("--hashed-weight", type=float, default=training.TaggerConfig.gate_hashed_weight)
    cv.add_argument("--dense-weight", type=float, default=training.TaggerConfig.gate_dense_weight)
    cv.add_argument("--pan", help="PAN 2024 training data folder: weak sentence labels for the gate")
    cv.add_argument("--weak-weight", type=float, default=0.0)
    cv.add_argument("--pan-negative-weight", type=float, default=training.TaggerConfig.pan_negative_weight)
    cv.set_defaults(run=cross_validation)
    scored = commands.add_parser("gold")
    scored.add_argument("weights")
    scored.add_argument("files", nargs="+")
    scored.set_defaults(run=gold)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    sys.exit(main())
