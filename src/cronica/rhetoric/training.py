"""Train the conspiracy-vs-critical classifier on PAN 2024 Oppositional Thinking data.

Needs scikit-learn (the `train` extra); the result is exported to plain numpy weights
(`classifier.py`) and checked by scoring the cross-validation folds through that same
numpy path, so the reported figures are those of the code that ships.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from cronica.errors import CronicaError
from cronica.evaluation.scoring import mcc
from cronica.rhetoric.classifier import ConspiracyClassifier, FeatureBlock, LinearModel
from cronica.rhetoric.features import ANALYZERS

POSITIVE = "CONSPIRACY"
LABELS = ("CONSPIRACY", "CRITICAL")
SEED = 13
JOINT = "joint"


@dataclass(frozen=True)
class ModelConfig:
    """One candidate: feature blocks, learner, regularization, and per-language vs joint training."""

    name: str
    blocks: tuple[str, ...] = ("word", "char")
    learner: str = "logreg"  # "logreg" or "svm" (LinearSVC, sigmoid-calibrated)
    c: float = 10.0
    joint: bool = False
    min_df: int = 2
    max_features: int = 60_000


#: the configuration `cronica train rhetoric` ships, chosen by 5-fold CV (docs/benchmarks.md)
DEFAULT_CONFIG = ModelConfig(name="word+char svm C=0.1 joint", learner="svm", c=0.1, joint=True)

#: the candidates compared by benchmarks/rhetoric_model_selection.py
CANDIDATES: tuple[ModelConfig, ...] = (
    ModelConfig(name="word logreg C=10 per-language", blocks=("word",)),
    ModelConfig(name="char logreg C=10 per-language", blocks=("char",)),
    ModelConfig(name="word+char logreg C=10 per-language"),
    ModelConfig(name="word+char logreg C=3 per-language", c=3.0),
    ModelConfig(name="word+char logreg C=30 per-language", c=30.0),
    ModelConfig(name="word+char svm C=0.3 per-language", learner="svm", c=0.3),
    ModelConfig(name="word+char logreg C=10 joint", joint=True),
    DEFAULT_CONFIG,
    ModelConfig(name="word+char svm C=0.1 joint", learner="svm", c=0.1, joint=True),
    ModelConfig(name="word+char svm C=1 joint", learner="svm", c=1.0, joint=True),
    ModelConfig(name="word+char svm C=0.03 joint", learner="svm", c=0.03, joint=True),
    ModelConfig(name="word+char svm C=0.1 per-language", learner="svm", c=0.1),
    ModelConfig(
        name="word+char svm C=0.3 joint, 150k features", learner="svm", c=0.3, joint=True, max_features=150_000
    ),
)


@dataclass(frozen=True)
class Corpus:
    texts: tuple[str, ...]
    labels: np.ndarray  # 1 = conspiracy, 0 = critical


def load_pan(data_dir: Path) -> dict[str, Corpus]:
    """`dataset_<lang>_*.json` files of the PAN 2024 task → one corpus per language."""
    if not data_dir.is_dir():
        raise CronicaError(f"{data_dir}: not a directory")
    corpora: dict[str, tuple[list[str], list[int]]] = {}
    files = sorted(data_dir.glob("dataset_*.json"))
    if not files:
        raise CronicaError(f"{data_dir}: no dataset_<lang>_*.json files (PAN 2024 oppositional thinking format)")
    for path in files:
        lang = path.stem.removeprefix("dataset_")[:2]
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
            texts, labels = corpora.setdefault(lang, ([], []))
            for record in records:
                if record["category"] not in LABELS:
                    raise CronicaError(f"{path}: unknown category {record['category']!r}")
                texts.append(record["text"])
                labels.append(int(record["category"] == POSITIVE))
        except (OSError, json.JSONDecodeError, KeyError, TypeError) as error:
            raise CronicaError(f"{path}: cannot read PAN records: {error}") from None
    return {lang: Corpus(tuple(texts), np.array(labels)) for lang, (texts, labels) in corpora.items()}


@cache
def _analyzed(analyzer: str, text: str) -> tuple[str, ...]:
    return tuple(ANALYZERS[analyzer](text))


def _cached_analyzer(analyzer: str) -> Callable[[str], tuple[str, ...]]:
    return lambda text: _analyzed(analyzer, text)


def fit_model(texts: Sequence[str], labels: np.ndarray, config: ModelConfig) -> LinearModel:
    """Fit TF-IDF blocks and a linear learner, and export them as a numpy `LinearModel`."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizers = [
        TfidfVectorizer(
            analyzer=_cached_analyzer(name),
            sublinear_tf=True,
            min_df=config.min_df,
            max_features=config.max_features,
            dtype=np.float64,
        )
        for name in config.blocks
    ]
    matrix = hstack([vectorizer.fit_transform(texts) for vectorizer in vectorizers]).tocsr()
    coef, intercept, calibration = _fit_learner(matrix, labels, config)
    blocks = tuple(
        FeatureBlock(name, {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}, vectorizer.idf_.copy())
        for name, vectorizer in zip(config.blocks, vectorizers, strict=True)
    )
    return LinearModel(blocks=blocks, coef=coef, intercept=intercept, calibration=calibration)


def _fit_learner(matrix, labels: np.ndarray, config: ModelConfig) -> tuple[np.ndarray, float, tuple[float, float]]:
    if config.learner == "logreg":
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=config.c, class_weight="balanced", max_iter=2000, random_state=SEED)
        model.fit(matrix, labels)
        return model.coef_[0].copy(), float(model.intercept_[0]), (1.0, 0.0)
    if config.learner == "svm":
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import LinearSVC

        svm = LinearSVC(C=config.c, class_weight="balanced", random_state=SEED)
        calibrated = CalibratedClassifierCV(svm, method="sigmoid", cv=3, ensemble=False)
        calibrated.fit(matrix, labels)
        fitted = calibrated.calibrated_classifiers_[0]
        sigmoid = fitted.calibrators[0]
        # sklearn's sigmoid is 1 / (1 + exp(a·f + b)): store its negation as p = σ(a'·f + b')
        calibration = (-float(sigmoid.a_), -float(sigmoid.b_))
        return fitted.estimator.coef_[0].copy(), float(fitted.estimator.intercept_[0]), calibration
    raise CronicaError(f"unknown learner {config.learner!r} (logreg or svm)")


@dataclass(frozen=True)
class FoldScores:
    """Cross-validated metrics of one language, computed from out-of-fold predictions."""

    lang: str
    documents: int
    mcc: float
    f1: float
    accuracy: float

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "lang": self.lang,
            "documents": self.documents,
            "mcc": round(self.mcc, 4),
            "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4),
        }


def scores_of(lang: str, labels: np.ndarray, predicted: np.ndarray) -> FoldScores:
    tp = int(np.sum((predicted == 1) & (labels == 1)))
    fp = int(np.sum((predicted == 1) & (labels == 0)))
    fn = int(np.sum((predicted == 0) & (labels == 1)))
    tn = int(np.sum((predicted == 0) & (labels == 0)))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return FoldScores(lang, len(labels), mcc(tp, fp, fn, tn), f1, (tp + tn) / len(labels))


def _folds(labels: np.ndarray, folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(labels)), labels))


def cross_validate(corpora: Mapping[str, Corpus], config: ModelConfig, folds: int = 5) -> dict[str, FoldScores]:
    """Stratified k-fold CV (fixed seed) per language; a joint model trains on every language's training folds."""
    splits = {lang: _folds(corpus.labels, folds) for lang, corpus in corpora.items()}
    predictions = {lang: np.zeros(len(corpus.labels), dtype=int) for lang, corpus in corpora.items()}
    for fold in range(folds):
        if config.joint:
            texts = [corpora[lang].texts[i] for lang in corpora for i in splits[lang][fold][0]]
            labels = np.concatenate([corpora[lang].labels[splits[lang][fold][0]] for lang in corpora])
            shared = fit_model(texts, labels, config)
        for lang, corpus in corpora.items():
            train, test = splits[lang][fold]
            model = (
                shared if config.joint else fit_model([corpus.texts[i] for i in train], corpus.labels[train], config)
            )
            predictions[lang][test] = [int(model.probability(corpus.texts[i]) >= 0.5) for i in test]
    return {lang: scores_of(lang, corpus.labels, predictions[lang]) for lang, corpus in corpora.items()}


def train_classifier(
    corpora: Mapping[str, Corpus], config: ModelConfig = DEFAULT_CONFIG, cv: Mapping[str, FoldScores] | None = None
) -> ConspiracyClassifier:
    """Fit on all the data (after CV has measured it) and bundle the models with their routing."""
    meta: dict[str, object] = {
        "config": config.name,
        "data": "PAN 2024 Oppositional Thinking Analysis (CC BY-SA 4.0)",
        "documents": {lang: len(corpus.texts) for lang, corpus in corpora.items()},
    }
    if cv:
        meta["cross_validation"] = {lang: scores.as_dict() for lang, scores in cv.items()}
    if config.joint:
        texts = [text for corpus in corpora.values() for text in corpus.texts]
        labels = np.concatenate([corpus.labels for corpus in corpora.values()])
        model = fit_model(texts, labels, config)
        return ConspiracyClassifier({JOINT: model}, {lang: JOINT for lang in corpora}, meta)
    models = {lang: fit_model(list(corpus.texts), corpus.labels, config) for lang, corpus in corpora.items()}
    return ConspiracyClassifier(models, {lang: lang for lang in corpora}, meta)
