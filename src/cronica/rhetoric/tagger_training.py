"""Train the span tagger (`tagger.py`) on hand-annotated sentences from real pages.

Needs scikit-learn (the `train` extra). Training data: JSONL in the gold format with a `url`
per record (`tests/data/rhetoric/train/*.jsonl`): sentences of conspiracist, propaganda and
polemic pages with their spans, and neutral history sentences. Cross-validation keeps every
page in one fold (grouped by address), so a fold is scored on pages its models never read,
and scores the whole stage — rules first, the tagger where no rule fired — with the same
scorer as `cronica eval rhetoric`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from scipy import sparse as sp
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from cronica.errors import CronicaError
from cronica.rhetoric.classifier import FeatureBlock
from cronica.rhetoric.detector import SpanFlag, learned_flags, rule_flags
from cronica.rhetoric.features import ANALYZERS
from cronica.rhetoric.gold import GoldSpan, GoldText, LanguageScores, load_gold, score_text, within_inventory
from cronica.rhetoric.resources import TECHNIQUES
from cronica.rhetoric.tagger import MIN_TOKENS, LinearBlock, SentenceGate, SpanTagger, TaggedSpan, decode
from cronica.rhetoric.tagger_features import (
    DIM,
    RuleHit,
    SentenceView,
    sentence_features,
    span_features,
    token_features,
)

SEED = 13
#: language -> technique -> gate threshold (`choose_label_thresholds`)
LabelThresholds = dict[str, dict[str, float]]
#: the gate's TF-IDF blocks (the document classifier's analyzers)
GATE_BLOCKS = ("word", "char35")


@dataclass(frozen=True)
class TaggerConfig:
    """Regularization of the three models and the decoding thresholds."""

    gate_c: float = 1.0
    #: weights of the gate's hashed sentence features and of its standardized dense values, next to
    #: the TF-IDF blocks (chosen by cross-validation: the text's n-grams carry most of the signal)
    gate_hashed_weight: float = 0.3
    gate_dense_weight: float = 0.03
    gate_min_df: int = 2
    #: weight of the PAN 2024 weak positives in the gate (0: not used; see `pan_weak_examples`)
    weak_weight: float = 0.0
    #: weight of the PAN 2024 critical-text sentences as negatives of the gate (0: not used; see
    #: `pan_weak_examples`). 2.0 was chosen with PAN part 0 training and part 1 measuring
    #: (benchmarks/rhetoric_tagger.py cv); the shipped tagger trains on parts 0 and 1, twice the texts,
    #: so 1.0 keeps the same total weight (docs/rhetoric.md)
    pan_negative_weight: float = 1.0
    token_c: float = 0.3
    technique_c: float = 1.0
    #: decoding, chosen by page-grouped CV (benchmarks/rhetoric_tagger.py cv, docs/benchmarks.md)
    gate_threshold: float = 0.7
    token_threshold: float = 0.2
    max_gap: int = 4


@dataclass
class Example:
    """One training text, parsed, with its gold spans, its page, and the rules' flags on it."""

    gold: GoldText
    url: str
    doc: Doc
    rules: list[SpanFlag]
    views: list[SentenceView] = field(default_factory=list)


def load_examples(paths: Sequence[Path]) -> list[tuple[GoldText, str]]:
    """Gold records and their page addresses from JSONL files or folders of them."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    if not files:
        raise CronicaError(f"no training JSONL in {', '.join(map(str, paths))}")
    records: list[tuple[GoldText, str]] = []
    for file in files:
        golds = load_gold(file)
        urls = [
            json.loads(line).get("url", file.name)
            for line in file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        records.extend(zip(golds, urls, strict=True))
    return records


#: Evaluation sets of `tests/data/rhetoric/` that are no longer blind (their first runs are recorded in
#: docs/benchmarks.md) and may train the tagger (`--retired`, issue #16 tenth round). The list is
#: explicit: a set not named here (blind13n, every future set) stays held out, and a test keeps it apart
#: from these by address and eight-word overlap.
RETIRED_SETS = (
    "blind_real.jsonl", "blind_neutral.jsonl",
    "blind3_real.jsonl", "blind3_neutral.jsonl", "blind4_real.jsonl", "blind4_neutral.jsonl",
    "blind5_real.jsonl", "blind5_neutral.jsonl", "blind6_real.jsonl", "blind6_neutral.jsonl",
    "blind7_real.jsonl", "blind7_neutral.jsonl", "blind7h_real.jsonl", "blind7h_neutral.jsonl",
    "blind8_real.jsonl", "blind8_neutral.jsonl", "blind8b_real.jsonl", "blind8b_neutral.jsonl",
    "blind9_real.jsonl", "blind9_neutral.jsonl",
    # round 16n: the sets read by the tenth and eleventh rounds, no longer blind (blind12 stays held out:
    # blind13t's neutral b13t-es-n10 nearly repeats its b12-es-n30, so training on it would leak into blind13t)
    "blind10_real.jsonl", "blind10_neutral.jsonl", "blind11_real.jsonl", "blind11_neutral.jsonl",
    "blind11b_real.jsonl", "blind11b_neutral.jsonl",
    "gold.jsonl", "gold_heldout.jsonl", "gold_blind2.jsonl", "gold_tropes_dev.jsonl",
    "class_engineered_event_16e.jsonl", "class_planned_event_16f.jsonl",
    "class_quoted_label_on_a_thing_16e.jsonl", "class_superlative_shadow_16f.jsonl",
    "neutral_classes_16e.jsonl", "neutral_frame_as_topic_16e.jsonl",
    "history_paragraphs.jsonl",
)  # fmt: skip
#: the paragraph set has document labels, not spans: only its neutral paragraphs are span negatives
PARAGRAPH_SETS = frozenset({"history_paragraphs.jsonl"})


def load_retired(folder: Path, names: Sequence[str] = RETIRED_SETS) -> list[tuple[GoldText, str]]:
    """Gold records and page addresses of the retired evaluation sets in `folder`.

    Spans of techniques outside the stage's inventory are dropped (the scorer does not count them
    either); a record without an address is grouped by its file in cross-validation. Of a paragraph
    set only the neutral paragraphs are read: its conspiracy paragraphs carry no spans, and would
    teach the gate that their sentences are clean."""
    records: list[tuple[GoldText, str]] = []
    for name in names:
        path = folder / name
        if not path.is_file():
            raise CronicaError(f"retired set {name} not found in {folder}")
        if name in PARAGRAPH_SETS:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                record = json.loads(line) if line.strip() else None
                if record and record.get("label") == "neutral":
                    gold = GoldText(record.get("id", f"{name}:{number}"), record["lang"], record["text"], True, ())
                    records.append((gold, name))
            continue
        found = load_examples([path])
        for (_, url), kept in zip(found, within_inventory(gold for gold, _ in found), strict=True):
            records.append((kept, url))
    return records


def parse_examples(records: Sequence[tuple[GoldText, str]]) -> list[Example]:
    """Parse each text as the stage would see it (one document per record) and run the rules."""
    from cronica.nlp import NlpModels
    from cronica.options import Options
    from cronica.rhetoric.stage import rule_machinery

    examples = []
    by_lang: dict[str, list[tuple[GoldText, str]]] = {}
    for gold, url in records:
        by_lang.setdefault(gold.lang, []).append((gold, url))
    for lang, items in sorted(by_lang.items()):
        models = NlpModels(Options(lang=lang))
        nlp = models.get(lang)
        machinery = rule_machinery(lang, nlp.vocab)
        if machinery is None:
            raise CronicaError(f"no rhetoric resources for language {lang!r}")
        for (gold, url), doc in zip(items, nlp.pipe([gold.text for gold, _ in items], batch_size=32), strict=True):
            rules = rule_flags(doc, *machinery)
            hits = [RuleHit(flag.start, flag.end, flag.technique) for flag in rules]
            example = Example(gold, url, doc, rules)
            for sentence in doc.sents:
                inside = [hit for hit in hits if sentence.start_char <= hit.start < sentence.end_char]
                example.views.append(SentenceView.of(sentence, inside, machinery[0].context))
            examples.append(example)
    return examples


# --- design matrices ------------------------------------------------------------------


def _matrix(rows: Sequence[np.ndarray], dense: np.ndarray, norm: str) -> tuple[sp.csr_matrix, np.ndarray]:
    """Hashed rows (1 per occurrence, or 1/sqrt(count) when norm = "sqrt") next to dense columns."""
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(row) for row in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    data: np.ndarray
    if norm == "sqrt":
        data = (
            np.concatenate([np.full(len(row), 1.0 / np.sqrt(max(len(row), 1))) for row in rows])
            if rows
            else np.zeros(0)
        )
    else:
        data = np.ones(len(indices))
    hashed = sp.csr_matrix((data, indices, indptr), shape=(len(rows), DIM))
    hashed.sum_duplicates()
    return hashed, np.asarray(dense, dtype=np.float64).reshape(len(rows), -1)


def _fit(rows, dense, labels, c: float, norm: str, multiclass: bool = False, weights=None) -> LinearBlock:
    hashed, dense = _matrix(rows, dense, norm)
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0)
    scale[scale < 1e-6] = 1.0
    design = sp.hstack([hashed, sp.csr_matrix((dense - mean) / scale)], format="csr")
    # liblinear (fast on sparse rows); several classes are one-vs-rest, and the scores' argmax names the class
    model = LogisticRegression(
        C=c, max_iter=1000, class_weight="balanced", solver="liblinear", dual=True, random_state=SEED
    )
    if multiclass:
        from sklearn.multiclass import OneVsRestClassifier

        model = OneVsRestClassifier(model).fit(design, labels)
        estimators = model.estimators_
        model.coef_ = np.vstack([estimator.coef_ for estimator in estimators])
        model.intercept_ = np.concatenate([estimator.intercept_ for estimator in estimators])
    else:
        model.fit(design, labels, sample_weight=weights)
    coef = model.coef_.T  # (features, k)
    intercept = model.intercept_
    if not multiclass:
        coef, intercept = coef[:, :1], intercept[:1]
    return LinearBlock(
        sparse=np.asarray(coef[:DIM], dtype=np.float32),
        dense=np.asarray(coef[DIM:], dtype=np.float32),
        intercept=np.asarray(intercept, dtype=np.float32),
        dense_mean=mean.astype(np.float32),
        dense_scale=scale.astype(np.float32),
        norm=norm,
    )


def _fit_gate(texts, rows, dense, labels, config: TaggerConfig, weights=None) -> SentenceGate:
    """TF-IDF word and character blocks of the sentence text next to the hashed sentence features
    and the dense values, each scaled by its configured weight, in one logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizers = [
        TfidfVectorizer(analyzer=ANALYZERS[name], sublinear_tf=True, min_df=config.gate_min_df, dtype=np.float64)
        for name in GATE_BLOCKS
    ]
    text_matrix = sp.hstack([vectorizer.fit_transform(texts) for vectorizer in vectorizers], format="csr")
    hashed, dense = _matrix(rows, dense, "sqrt")
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0)
    scale[scale < 1e-6] = 1.0
    design = sp.hstack(
        [
            text_matrix,
            config.gate_hashed_weight * hashed,
            sp.csr_matrix(config.gate_dense_weight * (dense - mean) / scale),
        ],
        format="csr",
    )
    # the classes are balanced by the sample weights (`_gate_weights`), not here: weak rows must not
    # shift the balance of the annotated sentences
    model = LogisticRegression(C=config.gate_c, max_iter=3000, solver="liblinear", dual=True)
    model.fit(design, labels, sample_weight=weights)
    coef = model.coef_[0]
    width = text_matrix.shape[1]
    blocks = tuple(
        FeatureBlock(name, {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}, vectorizer.idf_.copy())
        for name, vectorizer in zip(GATE_BLOCKS, vectorizers, strict=True)
    )
    rest = LinearBlock(
        sparse=np.asarray(config.gate_hashed_weight * coef[width : width + DIM], dtype=np.float32)[:, None],
        dense=np.asarray(config.gate_dense_weight * coef[width + DIM :], dtype=np.float32)[:, None],
        intercept=np.asarray(model.intercept_[:1], dtype=np.float32),
        dense_mean=mean.astype(np.float32),
        dense_scale=scale.astype(np.float32),
        norm="sqrt",
    )
    return SentenceGate(blocks, np.asarray(coef[:width], dtype=np.float64), rest)


#: PAN 2024 narrative elements that make a sentence of a CONSPIRACY text a weak positive
WEAK_POSITIVE_ELEMENTS = frozenset({"AGENT", "FACILITATOR", "OBJECTIVE"})

#: PAN ids follow the collection order (neighbours share channels and weeks), so the PAN training
#: split is cut into blocks of PAN_BLOCK neighbouring ids, numbered in turn 0, 1, 2: parts 0 and 1 may
#: train the gate, part 2 (PAN_HELD_OUT_PART) is never trained on and measures the flag rate on
#: critical texts (benchmarks/rhetoric_before_after.py --pan-part held-out)
PAN_BLOCK = 25
PAN_PARTS = 3
PAN_HELD_OUT_PART = 2
PAN_TRAINING_PARTS = (0, 1)


def pan_part(pan_id: str | int) -> int:
    """Which part (0, 1, 2) of the PAN training split a text belongs to, by its id's block."""
    return (int(pan_id) // PAN_BLOCK) % PAN_PARTS


def pan_records(data_dir: Path, parts: Sequence[int] = PAN_TRAINING_PARTS) -> list[tuple[str, dict]]:
    """(language, record) of the PAN 2024 training files (never its test files) in the given parts."""
    records = []
    for path in sorted(data_dir.glob("dataset_*_dev.json")):
        lang = path.name.split("_")[1]
        for record in json.loads(path.read_text(encoding="utf-8")):
            if pan_part(record["id"]) in parts:
                records.append((lang, record))
    if not records:
        raise CronicaError(f"no PAN 2024 training files (dataset_<lang>_dev.json) in {data_dir}")
    return records


def pan_weak_examples(data_dir: Path, parts: Sequence[int] = PAN_TRAINING_PARTS) -> list[Example]:
    """Weak supervision for the gate from the PAN 2024 training texts (never its test files), only
    from the given parts of the split (`pan_part`).

    A sentence of a CONSPIRACY text that holds an AGENT, FACILITATOR or OBJECTIVE span is a weak
    positive (someone is said to steer events toward an end); a sentence of a CRITICAL text with
    no annotated span at all is a weak negative: argument against governments, health policy or the
    media without a hidden actor, the class the tagger flagged most on Telegram text. Other sentences
    are not used. The spans only label sentences: PAN's narrative elements are not persuasion
    techniques, so the token and technique models never see them."""
    records: list[tuple[GoldText, str]] = []
    for lang, record in pan_records(data_dir, parts):
        spans = tuple(
            GoldSpan(a["start_char"], a["end_char"], a["span_text"], a["category"], "author", None)
            for a in record.get("annotations", ())
        )
        conspiracy = record["category"] == "CONSPIRACY"
        gold = GoldText(f"pan-{lang}-{record['id']}", lang, record["text"], not conspiracy, spans)
        records.append((gold, f"pan:{record['id']}"))
    return parse_examples(records)


def _weak_label(example: Example, view: SentenceView) -> int | None:
    start, end = view.sentence.start_char, view.sentence.end_char
    inside = [s for s in example.gold.spans if s.start < end and s.end > start]
    if not example.gold.neutral:  # a CONSPIRACY text
        return 1 if any(s.technique in WEAK_POSITIVE_ELEMENTS for s in inside) else None
    return 0 if not example.gold.spans or not inside else None


def _gate_weights(labels: Sequence[int]) -> list[float]:
    """Balanced class weights of the annotated sentences, as sample weights (n / (2 n_class)):
    what `class_weight="balanced"` gives, computed before any weak row is added."""
    total, positives = len(labels), sum(labels)
    per_class = {1: total / (2 * positives), 0: total / (2 * (total - positives))}
    return [per_class[label] for label in labels]


def _token_span(view: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    covered = [
        position for position, token in enumerate(view.tokens) if token.idx < end and token.idx + len(token) > start
    ]
    return (covered[0], covered[-1]) if covered else None


def fit_tagger(
    examples: Sequence[Example], config: TaggerConfig, meta: dict | None = None, weak: Sequence[Example] = ()
) -> SpanTagger:
    """Fit the gate, the token model and the technique model on the examples; `weak` examples
    (sentence labels only, `pan_weak_examples`) add rows to the gate, positives with
    `config.weak_weight` and negatives with `config.pan_negative_weight`."""
    gate_rows, gate_dense, gate_labels, gate_texts = [], [], [], []
    token_rows, token_dense, token_labels = [], [], []
    span_rows, span_dense, span_labels = [], [], []
    for example in examples:
        spans = example.gold.spans
        for view in example.views:
            if len(view.tokens) < MIN_TOKENS:
                continue
            inside = [s for s in spans if s.start < view.sentence.end_char and s.end > view.sentence.start_char]
            indexes, dense = sentence_features(view)
            gate_rows.append(indexes)
            gate_dense.append(dense)
            gate_texts.append(view.sentence.text)
            gate_labels.append(int(bool(inside)))
            if not inside:
                continue
            rows, dense_rows = token_features(view)
            token_rows.extend(rows)
            token_dense.append(dense_rows)
            covered = np.zeros(len(view.tokens), dtype=int)
            for span in inside:
                found = _token_span(view, span.start, span.end)
                if found is None:
                    continue
                covered[found[0] : found[1] + 1] = 1
                indexes, dense = span_features(view, *found)
                span_rows.append(indexes)
                span_dense.append(dense)
                span_labels.append(span.technique)
            token_labels.extend(covered.tolist())
    if not any(gate_labels) or all(gate_labels):
        raise CronicaError("the span training data needs sentences with spans and sentences without")
    weights = _gate_weights(gate_labels)
    class_weight = {label: weights[gate_labels.index(label)] for label in (0, 1)}
    if config.weak_weight > 0 or config.pan_negative_weight > 0:
        for example in weak:
            for view in example.views:
                label = _weak_label(example, view)
                if label is None or len(view.tokens) < MIN_TOKENS:
                    continue
                weight = config.weak_weight if label else config.pan_negative_weight
                if weight <= 0:
                    continue
                weight *= class_weight[label]
                indexes, dense = sentence_features(view)
                gate_rows.append(indexes)
                gate_dense.append(dense)
                gate_texts.append(view.sentence.text)
                gate_labels.append(label)
                weights.append(weight)
    gate = _fit_gate(gate_texts, gate_rows, np.stack(gate_dense), np.array(gate_labels), config, np.array(weights))
    tokens = _fit(token_rows, np.concatenate(token_dense), np.array(token_labels), config.token_c, "none")
    techniques = tuple(t for t in TECHNIQUES if t in set(span_labels))
    technique = _fit(
        span_rows, np.stack(span_dense), np.array([techniques.index(t) for t in span_labels]),
        config.technique_c, "sqrt", multiclass=len(techniques) > 2,
    )  # fmt: skip
    if len(techniques) <= 2:  # a binary model scores one class: give the other the opposite score
        technique = replace(
            technique,
            sparse=np.hstack([-technique.sparse, technique.sparse]),
            dense=np.hstack([-technique.dense, technique.dense]),
            intercept=np.hstack([-technique.intercept, technique.intercept]),
        )
    return SpanTagger(
        gate=gate, tokens=tokens, technique=technique, techniques=techniques,
        gate_threshold=config.gate_threshold, token_threshold=config.token_threshold, max_gap=config.max_gap,
        meta=meta or {},
    )  # fmt: skip


# --- cross-validation -----------------------------------------------------------------


def page_folds(examples: Sequence[Example], folds: int) -> list[np.ndarray]:
    """Fold number per example, keeping every page (address) in one fold, pages shuffled with a fixed seed."""
    pages = sorted({example.url for example in examples})
    order = np.random.default_rng(SEED).permutation(len(pages))
    fold_of_page = {pages[index]: position % folds for position, index in enumerate(order)}
    assignment = np.array([fold_of_page[example.url] for example in examples])
    return [np.flatnonzero(assignment == fold) for fold in range(folds)]


@dataclass
class Prediction:
    """Out-of-fold model outputs for one example (per sentence: the gate's probability and the
    token probabilities), decoded later at any thresholds without running the models again."""

    example: Example
    tagger: SpanTagger
    sentence_probabilities: list[float]
    token_probabilities: list[np.ndarray | None]

    @classmethod
    def of(cls, example: Example, tagger: SpanTagger, floor: float) -> Prediction:
        sentences, tokens = [], []
        for view in example.views:
            probability = tagger.sentence_probability(view) if len(view.tokens) >= MIN_TOKENS else 0.0
            sentences.append(probability)
            tokens.append(tagger.token_probabilities(view) if probability >= floor else None)
        return cls(example, tagger, sentences, tokens)

    def tagged(self, config: TaggerConfig, label_thresholds: LabelThresholds | None = None) -> list[TaggedSpan]:
        """The spans at the config's thresholds; with `label_thresholds` (language -> technique ->
        gate threshold), a span of a listed technique needs the gate at its own threshold instead."""
        per_label = (label_thresholds or {}).get(self.example.gold.lang, {})
        floor = min([config.gate_threshold, *per_label.values()])
        found = []
        for view, probability, tokens in zip(
            self.example.views, self.sentence_probabilities, self.token_probabilities, strict=True
        ):
            if probability < floor or tokens is None:
                continue
            for first, last in decode(view, tokens, config.token_threshold, config.max_gap):
                technique = self.tagger.technique_of(view, first, last)
                if probability < per_label.get(technique, config.gate_threshold):
                    continue
                start, end = view.tokens[first].idx, view.tokens[last].idx + len(view.tokens[last].text)
                found.append(TaggedSpan(start, end, technique, probability, float(tokens[first : last + 1].mean())))
        return found


#: out-of-fold token probabilities are kept only for sentences the gate scores at least this high
LOWEST_GATE = 0.3


def cross_validate(
    examples: Sequence[Example], config: TaggerConfig, folds: int = 5, weak: Sequence[Example] = ()
) -> list[Prediction]:
    """Fit on all folds but one and predict that fold's examples (pages never seen by its models)."""
    predictions: list[Prediction | None] = [None] * len(examples)
    for held_out in page_folds(examples, folds):
        held = set(held_out.tolist())
        tagger = fit_tagger([e for i, e in enumerate(examples) if i not in held], config, weak=weak)
        for index in held_out:
            predictions[index] = Prediction.of(examples[index], tagger, LOWEST_GATE)
    return [p for p in predictions if p is not None]


def score(
    predictions: Iterable[Prediction],
    config: TaggerConfig,
    use_rules: bool = True,
    use_tagger: bool = True,
    label_thresholds: LabelThresholds | None = None,
):
    """Scores per language of the stage's flags (rules first, tagger where no rule fired) at the config's
    thresholds (per technique where `label_thresholds` gives them)."""
    from cronica.model import Flag

    by_lang: dict[str, LanguageScores] = {}
    errors: list[str] = []
    for prediction in predictions:
        example = prediction.example
        rules = example.rules if use_rules else []
        found = list(rules)
        if use_tagger:
            found += learned_flags(example.doc, rules, prediction.tagged(config, label_thresholds), None)
        flags = [
            Flag(id=f"f{n}", start=f.start, end=f.end, text=example.doc.text[f.start : f.end], technique=f.technique,
                 explanation="", confidence=f.confidence, voice=f.voice, speaker=f.speaker)
            for n, f in enumerate(sorted(found, key=lambda f: f.start), 1)
        ]  # fmt: skip
        score_text(example.gold, flags, by_lang.setdefault(example.gold.lang, LanguageScores()), errors)
    return by_lang, errors


# --- per-language, per-technique gate thresholds -------------------------------------

#: the gate thresholds tried for each technique (out-of-fold probabilities, so no refit per value)
LABEL_GRID = tuple(round(0.5 + 0.025 * step, 3) for step in range(19))  # 0.50 … 0.95
#: a technique's threshold when no value of the grid meets the rule: the tagger never names it
LABEL_OFF = 1.01


@dataclass(frozen=True)
class ThresholdRule:
    """What a technique's threshold must give on the out-of-fold predictions of its language: the
    tagger's spans of that technique (where no rule fired) right at least `precision` of the time
    (overlap with a gold span, as the scorer's lenient match), and neutral texts flagged by that
    technique at most `neutral_per_label` of the language's neutral texts; then, over all its
    techniques, at most `neutral_total` (the technique with most neutral flags is raised first)."""

    precision: float = 0.85
    neutral_per_label: float = 0.01
    neutral_total: float = 0.03
    #: fewer tagger spans of a technique than this at a threshold: too few to trust its precision
    min_spans: int = 5


@dataclass(frozen=True)
class _Candidate:
    text: int  # index of the prediction
    technique: str
    probability: float
    correct: bool
    neutral: bool


def _candidates(predictions: Sequence[Prediction], config: TaggerConfig, lang: str) -> list[_Candidate]:
    """Every span the tagger would add at the lowest grid value, with its gate probability and
    whether it overlaps a gold span (spans overlapping a rule flag are dropped: the rules win)."""
    lowest = replace(config, gate_threshold=LABEL_GRID[0])
    found = []
    for index, prediction in enumerate(predictions):
        example = prediction.example
        if example.gold.lang != lang:
            continue
        for span in prediction.tagged(lowest):
            if any(span.start < rule.end and rule.start < span.end for rule in example.rules):
                continue
            correct = any(span.start < gold.end and gold.start < span.end for gold in example.gold.spans)
            found.append(_Candidate(index, span.technique, span.sentence_probability, correct, example.gold.neutral))
    return found


def _label_figures(candidates: Sequence[_Candidate], technique: str, threshold: float) -> tuple[int, int, set[int]]:
    """Right spans, all spans, and the neutral texts flagged, of one technique at one threshold."""
    kept = [c for c in candidates if c.technique == technique and c.probability >= threshold]
    return sum(1 for c in kept if c.correct), len(kept), {c.text for c in kept if c.neutral}


def choose_label_thresholds(
    predictions: Sequence[Prediction], config: TaggerConfig, rule: ThresholdRule | None = None
) -> tuple[LabelThresholds, dict[str, dict[str, dict[str, float]]]]:
    """Per language and technique, the lowest gate threshold of `LABEL_GRID` that meets `rule` on
    out-of-fold predictions (training data only: never a blind set), and what it gave there."""
    rule = rule or ThresholdRule()
    chosen: LabelThresholds = {}
    report: dict[str, dict[str, dict[str, float]]] = {}
    for lang in sorted({p.example.gold.lang for p in predictions}):
        neutral_texts = sum(1 for p in predictions if p.example.gold.lang == lang and p.example.gold.neutral)
        budget = rule.neutral_per_label * max(neutral_texts, 1)
        candidates = _candidates(predictions, config, lang)
        # every technique a fold's tagger can name: one it never named out of fold is turned off
        techniques = sorted({t for p in predictions for t in p.tagger.techniques} | {c.technique for c in candidates})

        thresholds: dict[str, float] = {}
        for technique in techniques:
            thresholds[technique] = LABEL_OFF
            for value in LABEL_GRID:
                right, total, neutral = _label_figures(candidates, technique, value)
                if total >= rule.min_spans and right / total >= rule.precision and len(neutral) <= budget:
                    thresholds[technique] = value
                    break
        while True:
            flagged = {t: _label_figures(candidates, t, v)[2] for t, v in thresholds.items()}
            if len(set[int]().union(*flagged.values())) <= rule.neutral_total * max(neutral_texts, 1):
                break
            worst = max(flagged.items(), key=lambda item: (len(item[1]), item[0]))[0]
            higher = [value for value in LABEL_GRID if value > thresholds[worst]]
            thresholds[worst] = higher[0] if higher else LABEL_OFF
        chosen[lang] = thresholds
        report[lang] = {}
        for technique, value in thresholds.items():
            right, total, neutral = _label_figures(candidates, technique, value)
            report[lang][technique] = {
                "threshold": value,
                "spans": total,
                "precision": round(right / total, 4) if total else 0.0,
                "neutral_flagged": len(neutral),
                "neutral_texts": neutral_texts,
            }
    return chosen, report


def train_tagger(
    paths: Sequence[Path],
    config: TaggerConfig | None = None,
    folds: int = 5,
    pan: Path | None = None,
    retired: Path | None = None,
    label_rule: ThresholdRule | None = None,
) -> tuple[SpanTagger, dict[str, dict[str, float]]]:
    """Parse the annotations, cross-validate (page-grouped) when `folds` > 1, fit on everything.
    With `pan` (the PAN 2024 folder), the training parts of its split add weak rows to the gate
    (`pan_weak_examples`, weighted by the config); without it, the config's PAN weights are unused.

    Returns the tagger (its header records the CV figures) and, per scope ("rules", "rules +
    tagger") and language, span precision/recall and the neutral false-alarm rate. With `retired`
    (the folder of the evaluation sets), the sets of `RETIRED_SETS` join the annotations. With
    `label_rule` (needs `folds` > 1), per-language, per-technique gate thresholds are chosen on the
    out-of-fold predictions (`choose_label_thresholds`) and travel with the weights."""
    config = config or TaggerConfig()
    records = load_examples(paths)
    extra = load_retired(retired) if retired is not None else []
    examples = parse_examples(records + extra)
    uses_pan = pan is not None and (config.weak_weight > 0 or config.pan_negative_weight > 0)
    weak = pan_weak_examples(pan) if uses_pan and pan is not None else []
    if not uses_pan:
        config = replace(config, weak_weight=0.0, pan_negative_weight=0.0)
    if label_rule is not None and folds < 2:
        raise CronicaError("thresholds per technique are chosen by cross-validation: give --folds 2 or more")
    figures: dict[str, dict[str, float]] = {}
    labels: LabelThresholds = {}
    label_report: dict = {}
    if folds > 1:
        predictions = cross_validate(examples, config, folds, weak=weak)
        if label_rule is not None:
            labels, label_report = choose_label_thresholds(predictions, config, label_rule)
        scopes: list[tuple[str, bool, LabelThresholds | None]] = [
            ("rules", False, None),
            ("rules + tagger", True, None),
        ]
        if labels:
            scopes.append(("rules + tagger, label thresholds", True, labels))
        for name, use_tagger, thresholds in scopes:
            by_lang = score(predictions, config, use_tagger=use_tagger, label_thresholds=thresholds)[0]
            for lang, scores in sorted(by_lang.items()):
                rate = scores.neutral_flagged / scores.neutral_sentences if scores.neutral_sentences else 0.0
                figures[f"{name} {lang}"] = {
                    "precision": round(scores.lenient.precision, 4),
                    "recall": round(scores.lenient.recall, 4),
                    "neutral_flagged": round(rate, 4),
                }
    pages = len({example.url for example in examples})
    meta = {"texts": len(examples), "pages": pages, "folds": folds, "cv": figures, "config": config.__dict__}
    if extra:
        meta["retired_sets"] = list(RETIRED_SETS)
        meta["retired_texts"] = len(extra)
    if weak:
        meta["pan_texts"] = len(weak)
        meta["pan_parts"] = list(PAN_TRAINING_PARTS)
    tagger = fit_tagger(examples, config, meta, weak=weak)
    if labels and label_rule is not None:
        meta["label_thresholds_chosen"] = {"rule": label_rule.__dict__, "cv": label_report}
        tagger = replace(
            tagger,
            label_thresholds=labels,
            # the language's own threshold is the lowest of its techniques' (the gate's first cut)
            gate_thresholds={lang: min(values.values(), default=LABEL_OFF) for lang, values in labels.items()},
        )
    return tagger, figures
