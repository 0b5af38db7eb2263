"""Calibrate the document probability across domains and measure it on neutral history prose.

1. The PAN classifier alone (the weights as shipped before this calibration) on the history
   paragraphs of tests/data/rhetoric/history_paragraphs.jsonl (126 neutral, 60 conspiracist):
   the false-positive rate on neutral history.
2. Calibrator candidates (rhetoric/calibration.py features) fitted on PAN out-of-fold scores
   (id-block split, so scores are those of unseen channels) plus the history paragraphs, scored by
   5-fold CV over both: PAN MCC, history false-positive rate, and how often the probability is
   shown at all (confidence ≥ 0.8).

.venv/bin/python benchmarks/rhetoric_calibration.py [PAN_DIR] [WEIGHTS_BEFORE]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.rhetoric.calibration import document_features, word_count
from cronica.rhetoric.classifier import load_classifier
from cronica.rhetoric.training import DEFAULT_CONFIG, load_pan, out_of_fold_scores
from cronica.scoring import mcc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rhetoric_model_selection import DEFAULT_DATA

HISTORY = Path(__file__).resolve().parents[1] / "tests" / "data" / "rhetoric" / "history_paragraphs.jsonl"
CACHE = Path("/tmp") / "cronica-rhetoric-calibration-flags.json"
ONLY_RHETORIC = frozenset({"timex", "events", "link", "verify"})


def flag_techniques(items: list[tuple[str, str]]) -> list[list[str]]:
    """The techniques flagged in each (lang, text), cached: parsing 1,700 texts takes a minute."""
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    pipelines: dict[str, Pipeline] = {}
    found = []
    for lang, text in items:
        key = f"{lang}\n{text}"
        if key not in cache:
            if lang not in pipelines:
                options = Options(lang=lang, skip=ONLY_RHETORIC, stage_config={"rhetoric": {"classifier": False}})
                pipelines[lang] = Pipeline(options)
            cache[key] = [flag.technique for flag in pipelines[lang].analyze_text(text).flags]
        found.append(cache[key])
    CACHE.write_text(json.dumps(cache))
    return found


def _mcc(labels: np.ndarray, predicted: np.ndarray) -> float:
    tp = int(np.sum(predicted & (labels == 1)))
    fp = int(np.sum(predicted & (labels == 0)))
    fn = int(np.sum(~predicted & (labels == 1)))
    tn = int(np.sum(~predicted & (labels == 0)))
    return mcc(tp, fp, fn, tn)


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    before = load_classifier(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    history = [json.loads(line) for line in HISTORY.read_text(encoding="utf-8").splitlines() if line.strip()]
    h_labels = np.array([int(item["label"] == "conspiracy") for item in history])
    h_langs = np.array([item["lang"] for item in history])

    print("## 1. The classifier alone on history paragraphs (threshold 0.5)")
    print("| lang | neutral paragraphs | neutral ≥ 0.5 (FPR) | median p on neutral | conspiracist ≥ 0.5 |")
    print("|---|---|---|---|---|")
    h_prob = np.array([before.probability(item["text"], item["lang"]) for item in history])
    for lang in ("es", "en"):
        neutral = (h_langs == lang) & (h_labels == 0)
        plot = (h_langs == lang) & (h_labels == 1)
        print(
            f"| {lang} | {int(neutral.sum())} | {np.mean(h_prob[neutral] >= 0.5):.1%} | "
            f"{np.median(h_prob[neutral]):.2f} | {np.mean(h_prob[plot] >= 0.5):.1%} |"
        )

    corpora = load_pan(data)
    print("\nout-of-fold PAN scores (id-block split)...", flush=True)
    oof = out_of_fold_scores(corpora, DEFAULT_CONFIG, split="id-block")
    shipped = before.models[before.route["es"]]
    # the calibrator reads the raw linear score: undo the Platt sigmoid of the out-of-fold probabilities
    a, b = shipped.calibration
    rows, labels, domain, langs = [], [], [], []
    pan_items = [(lang, text) for lang in ("en", "es") for text in corpora[lang].texts]
    pan_flags = flag_techniques(pan_items)
    k = 0
    for lang in ("en", "es"):
        for i, text in enumerate(corpora[lang].texts):
            p = min(max(oof[lang][i], 1e-6), 1 - 1e-6)
            score = (np.log(p / (1 - p)) - b) / a
            rows.append(document_features(text, score, pan_flags[k]))
            labels.append(int(corpora[lang].labels[i]))
            domain.append("pan")
            langs.append(lang)
            k += 1
    h_flags = flag_techniques([(item["lang"], item["text"]) for item in history])
    for item, techniques in zip(history, h_flags, strict=True):
        score = before.models[before.route[item["lang"]]].score(item["text"])
        rows.append(document_features(item["text"], score, techniques))
        labels.append(int(item["label"] == "conspiracy"))
        domain.append("history")
        langs.append(item["lang"])
    labels_a, domain_a, langs_a = np.array(labels), np.array(domain), np.array(langs)
    words = np.array([word_count(text) for _, text in pan_items] + [word_count(item["text"]) for item in history])
    n_flags = np.array([len(found) for found in pan_flags + h_flags])

    candidates = {
        "score only (Platt, as shipped)": ("score",),
        "score + flag densities": ("score", "narrative_density", "other_density"),
        "score + flags + social register": ("score", "narrative_density", "other_density", "social", "score_social"),
        "score + flags + length": ("score", "narrative_density", "other_density", "log_words", "score_log_words"),
        "score + length": ("score", "log_words", "score_log_words"),
    }
    print("\n## 2. Calibrator candidates (5-fold CV over PAN + history; PAN scores out-of-fold)")
    print(
        "| features | PAN en MCC | PAN es MCC | history neutral FPR (p ≥ 0.5) | history conspiracist TPR | "
        "neutral shown ≥ 0.8 | shown at all (PAN / history) | PAN es MCC by length tercile | "
        "shown ≥ 0.8 that are conspiracy (PAN) | shown ≤ 0.2 that are not (PAN) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    strata = np.array([f"{d}-{lang}-{y}" for d, lang, y in zip(domain_a, langs_a, labels_a, strict=True)])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13).split(np.zeros(len(strata)), strata)
    folds = list(folds)
    for name, features in candidates.items():
        x = np.array([[row[f] for f in features] for row in rows])
        weight = np.where(domain_a == "history", (domain_a == "pan").sum() / (domain_a == "history").sum(), 1.0)
        prob = np.zeros(len(labels_a))
        for train, test in folds:
            model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)
            model.fit(x[train], labels_a[train], sample_weight=weight[train])
            prob[test] = model.predict_proba(x[test])[:, 1]
        # shown: sure either way, long enough, and a high probability backed by at least one flag
        shown = (np.maximum(prob, 1 - prob) >= 0.8) & (words >= 25) & ((prob < 0.5) | (n_flags > 0))
        pan_en = (domain_a == "pan") & (langs_a == "en")
        pan_es = (domain_a == "pan") & (langs_a == "es")
        neutral = (domain_a == "history") & (labels_a == 0)
        plot = (domain_a == "history") & (labels_a == 1)
        print(
            f"| {name} | {_mcc(labels_a[pan_en], prob[pan_en] >= 0.5):.3f} | "
            f"{_mcc(labels_a[pan_es], prob[pan_es] >= 0.5):.3f} | {np.mean(prob[neutral] >= 0.5):.1%} | "
            f"{np.mean(prob[plot] >= 0.5):.1%} | {np.mean(shown[neutral] & (prob[neutral] >= 0.8)):.1%} | "
            f"{np.mean(shown[domain_a == 'pan']):.0%} / {np.mean(shown[domain_a == 'history']):.0%} | "
            f"{_terciles(labels_a[pan_es], prob[pan_es], words[pan_es])} | "
            f"{_share(labels_a, shown & (domain_a == 'pan') & (prob >= 0.8), 1)} | "
            f"{_share(labels_a, shown & (domain_a == 'pan') & (prob <= 0.2), 0)} |",
            flush=True,
        )


def _share(labels: np.ndarray, mask: np.ndarray, label: int) -> str:
    return f"{np.mean(labels[mask] == label):.0%} of {int(mask.sum())}" if mask.any() else "—"


def _terciles(labels: np.ndarray, prob: np.ndarray, words: np.ndarray) -> str:
    bins = np.digitize(words, np.quantile(words, [1 / 3, 2 / 3]))
    return " / ".join(f"{_mcc(labels[bins == b], prob[bins == b] >= 0.5):.2f}" for b in range(3))


if __name__ == "__main__":
    main()
