"""Train the conspiracy-vs-critical classifier on PAN 2024 Oppositional Thinking data.

Needs scikit-learn (the `train` extra); the result is exported to plain numpy weights
(`classifier.py`) and checked by scoring the cross-validation folds through that same
numpy path, so the reported figures are those of the code that ships.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from cronica.errors import CronicaError
from cronica.rhetoric.calibration import Calibrator, document_features
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
    #: PAN record ids (numbers in collection order: neighbouring ids share channels and periods)
    ids: tuple[str, ...] = ()


def load_pan(data_dir: Path) -> dict[str, Corpus]:
    """`dataset_<lang>_*.json` files of the PAN 2024 task → one corpus per language."""
    if not data_dir.is_dir():
        raise CronicaError(f"{data_dir}: not a directory")
    corpora: dict[str, tuple[list[str], list[int], list[str]]] = {}
    files = sorted(data_dir.glob("dataset_*.json"))
    if not files:
        raise CronicaError(f"{data_dir}: no dataset_<lang>_*.json files (PAN 2024 oppositional thinking format)")
    for path in files:
        lang = path.stem.removeprefix("dataset_")[:2]
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
            texts, labels, ids = corpora.setdefault(lang, ([], [], []))
            for record in records:
                if record["category"] not in LABELS:
                    raise CronicaError(f"{path}: unknown category {record['category']!r}")
                texts.append(record["text"])
                labels.append(int(record["category"] == POSITIVE))
                ids.append(str(record.get("id", len(ids))))
        except (OSError, json.JSONDecodeError, KeyError, TypeError) as error:
            raise CronicaError(f"{path}: cannot read PAN records: {error}") from None
    return {lang: Corpus(tuple(texts), np.array(labels), tuple(ids)) for lang, (texts, labels, ids) in corpora.items()}


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
    """MCC (PAN 2024's official metric, by scikit-learn), F1 and accuracy of out-of-fold predictions."""
    from sklearn.metrics import matthews_corrcoef

    tp = int(np.sum((predicted == 1) & (labels == 1)))
    fp = int(np.sum((predicted == 1) & (labels == 0)))
    fn = int(np.sum((predicted == 0) & (labels == 1)))
    tn = int(np.sum((predicted == 0) & (labels == 0)))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return FoldScores(lang, len(labels), float(matthews_corrcoef(labels, predicted)), f1, (tp + tn) / len(labels))


#: a source named in a text: a Telegram channel or a web domain, as PAN's tokenized texts write them
_SOURCE = re.compile(
    r"(?:https?\s*:\s*//\s*)?(?:www\s*\.\s*)?((?:[\w-]+\s*\.\s*)+[a-z]{2,6})(?:\s*/\s*([\w]+(?:\s*_\s*\w+)*))?"
)
#: hosts shared by many unrelated channels: they name no source (the channel after t.me does)
HUB_HOSTS = frozenset(
    {
        "t.me", "twitter.com", "mobile.twitter.com", "youtube.com", "www.youtube.com", "youtu.be", "bit.ly",
        "instagram.com", "facebook.com", "m.facebook.com", "odysee.com", "rumble.com", "bitchute.com",
        "telegra.ph", "tiktok.com", "vm.tiktok.com", "gettr.com", "gab.com", "archive.org", "archive.ph",
    }
)  # fmt: skip
#: word 3-gram Jaccard similarity at which two texts count as copies of one post
NEAR_DUPLICATE = 0.5


def _sources(text: str) -> set[str]:
    found = set()
    for match in _SOURCE.finditer(text.lower()):
        host = re.sub(r"\s+", "", match.group(1))
        if "." not in host or host.replace(".", "").isdigit():
            continue
        if host == "t.me" and match.group(2):
            found.add("t.me/" + re.sub(r"\s+", "", match.group(2)))
        elif host not in HUB_HOSTS and re.search(r"\.(com|org|net|es|news|uk|de|io|info|co|tv|blogspot)$", host):
            found.add(host)
    return found


def source_groups(texts: Sequence[str]) -> np.ndarray:
    """A group number per text: texts that name the same source (channel or site) or copy one post
    share a group, so a grouped split never tests a model on a source it was trained on."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[str, int] = {}
    shingles = []
    for i, text in enumerate(texts):
        for source in _sources(text):
            parent[root(i)] = root(first_of.setdefault(source, i))
        words = re.findall(r"\w+", text.lower())
        shingles.append({" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))})
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            a, b = shingles[i], shingles[j]
            if a and b and len(a & b) >= NEAR_DUPLICATE * len(a | b):
                parent[root(i)] = root(j)
    return np.array([root(i) for i in range(len(texts))])


#: texts per run of neighbouring PAN ids in the "id-block" split
ID_BLOCK = 25
#: how a cross-validation splits the texts (see `split_groups`)
SPLITS = ("stratified", "source", "id-block")


def id_blocks(ids: Sequence[str]) -> np.ndarray:
    """Runs of `ID_BLOCK` neighbouring ids as groups: PAN ids follow the collection order, and
    neighbouring texts share channels and weeks (labels and lengths drift along the ids), so a
    split by id blocks tests on channels and periods the model did not see, like a held-out set."""
    order = sorted(range(len(ids)), key=lambda i: (int(ids[i]) if ids[i].isdigit() else 0, ids[i]))
    groups = np.zeros(len(ids), dtype=int)
    for rank, index in enumerate(order):
        groups[index] = rank // ID_BLOCK
    return groups


def split_groups(corpus: Corpus, split: str) -> np.ndarray | None:
    """None for a plain stratified split; else the group of each text (`source_groups` or `id_blocks`)."""
    if split == "stratified":
        return None
    if split == "source":
        return source_groups(corpus.texts)
    if split == "id-block":
        return id_blocks(corpus.ids or tuple(str(i) for i in range(len(corpus.texts))))
    raise CronicaError(f"unknown split {split!r} ({', '.join(SPLITS)})")


def _folds(labels: np.ndarray, folds: int, groups: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    if groups is not None:
        grouped = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=SEED)
        return list(grouped.split(np.zeros(len(labels)), labels, groups))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(labels)), labels))


def out_of_fold_scores(
    corpora: Mapping[str, Corpus],
    config: ModelConfig,
    folds: int = 5,
    split: str = "stratified",
    test_form: Callable[[str], str] | None = None,
    raw: bool = False,
) -> dict[str, np.ndarray]:
    """Out-of-fold probabilities (raw linear scores with `raw`) per language; a grouped `split` never
    puts one group in two folds. `test_form` rewrites the held-out texts (e.g. PAN's tokenized form
    back to plain text)."""
    rewrite = test_form or (lambda text: text)
    splits = {lang: _folds(corpus.labels, folds, split_groups(corpus, split)) for lang, corpus in corpora.items()}
    scores = {lang: np.zeros(len(corpus.labels)) for lang, corpus in corpora.items()}
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
            score = model.score if raw else model.probability
            scores[lang][test] = [score(rewrite(corpus.texts[i])) for i in test]
    return scores


def cross_validate(
    corpora: Mapping[str, Corpus], config: ModelConfig, folds: int = 5, split: str = "stratified"
) -> dict[str, FoldScores]:
    """Stratified k-fold CV (fixed seed) per language; a joint model trains on every language's training folds."""
    scores = out_of_fold_scores(corpora, config, folds, split)
    return {lang: scores_of(lang, corpus.labels, (scores[lang] >= 0.5).astype(int)) for lang, corpus in corpora.items()}


def train_classifier(
    corpora: Mapping[str, Corpus],
    config: ModelConfig = DEFAULT_CONFIG,
    cv: Mapping[str, FoldScores] | None = None,
    cv_unseen: Mapping[str, FoldScores] | None = None,
) -> ConspiracyClassifier:
    """Fit on all the data (after CV has measured it) and bundle the models with their routing."""
    meta: dict[str, object] = {
        "config": config.name,
        "data": "PAN 2024 Oppositional Thinking Analysis (CC BY-SA 4.0)",
        "documents": {lang: len(corpus.texts) for lang, corpus in corpora.items()},
    }
    if cv:
        meta["cross_validation"] = {lang: scores.as_dict() for lang, scores in cv.items()}
    if cv_unseen:
        meta["cross_validation_id_block"] = {lang: scores.as_dict() for lang, scores in cv_unseen.items()}
    if config.joint:
        texts = [text for corpus in corpora.values() for text in corpus.texts]
        labels = np.concatenate([corpus.labels for corpus in corpora.values()])
        model = fit_model(texts, labels, config)
        return ConspiracyClassifier({JOINT: model}, {lang: JOINT for lang in corpora}, meta)
    models = {lang: fit_model(list(corpus.texts), corpus.labels, config) for lang, corpus in corpora.items()}
    return ConspiracyClassifier(models, {lang: lang for lang in corpora}, meta)


# --- cross-domain calibration ------------------------------------------------------------

#: the calibrator's features (rhetoric/calibration.py), chosen by benchmarks/rhetoric_calibration.py
CALIBRATION_FEATURES = ("score", "narrative_density", "other_density")
#: regularization of the calibrator's logistic regression
CALIBRATION_C = 1.0
#: pipeline stages the flags do not need
#: the stages the rhetoric flags do not need: a caller that runs the pipeline for `fit_calibrator`'s
#: `flag_texts` skips them
NOT_FOR_FLAGS = frozenset({"timex", "events", "link", "verify"})
#: (lang, text) pairs → the techniques the rhetoric stage flags in each, classifier off
FlagTexts = Callable[[Sequence[tuple[str, str]]], list[list[str]]]


@dataclass(frozen=True)
class HistoryParagraph:
    lang: str
    text: str
    label: int  # 1 = conspiracist, 0 = neutral


def load_history(path: Path) -> list[HistoryParagraph]:
    """JSONL of {lang, label: neutral|conspiracy, text} (tests/data/rhetoric/history_paragraphs.jsonl)."""
    items = []
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record["label"] not in ("neutral", "conspiracy"):
                raise CronicaError(f"{path}:{number}: label must be neutral or conspiracy")
            items.append(HistoryParagraph(record["lang"], record["text"], int(record["label"] == "conspiracy")))
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise CronicaError(f"{path}: cannot read history paragraphs: {error}") from None
    return items


def fit_calibrator(
    corpora: Mapping[str, Corpus],
    classifier: ConspiracyClassifier,
    history: Sequence[HistoryParagraph],
    flag_texts: FlagTexts,
    config: ModelConfig = DEFAULT_CONFIG,
    folds: int = 5,
) -> Calibrator:
    """Fit the cross-domain calibrator: PAN texts with out-of-fold scores of unseen channels
    (id-block split) and the history paragraphs with the final model's scores, each domain
    weighted alike. `flag_texts` runs the rhetoric stage over texts: the caller brings the pipeline,
    so training (a stage's module) never imports the orchestration above it."""
    from sklearn.linear_model import LogisticRegression

    oof = out_of_fold_scores(corpora, config, folds, split="id-block", raw=True)
    langs = sorted(corpora)
    pan_items = [(lang, text) for lang in langs for text in corpora[lang].texts]
    history_items = [(item.lang, item.text) for item in history]
    techniques = flag_texts(pan_items + history_items)
    scores = [float(s) for lang in langs for s in oof[lang]]
    for item in history:
        model = classifier.model_for(item.lang)
        if model is None:
            raise CronicaError(f"history paragraphs in {item.lang!r}, a language the PAN data does not cover")
        scores.append(model.score(item.text))
    texts = [text for _, text in pan_items + history_items]
    rows = [document_features(text, score, found) for text, score, found in zip(texts, scores, techniques, strict=True)]
    x = np.array([[row[name] for name in CALIBRATION_FEATURES] for row in rows])
    y = np.concatenate([np.concatenate([corpora[lang].labels for lang in langs]), [item.label for item in history]])
    weight = np.concatenate([np.ones(len(pan_items)), np.full(len(history), len(pan_items) / max(len(history), 1))])
    model = LogisticRegression(C=CALIBRATION_C, class_weight="balanced", max_iter=1000)
    model.fit(x, y, sample_weight=weight)
    coef = {name: float(value) for name, value in zip(CALIBRATION_FEATURES, model.coef_[0], strict=True)}
    return Calibrator(coef, float(model.intercept_[0]))
