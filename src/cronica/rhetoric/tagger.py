"""The learned span tagger: finds rhetoric the rules do not read, with plain-numpy inference.

Three linear models over hashed features (`tagger_features.py`), trained with scikit-learn
(`tagger_training.py`) and stored as NPZ without pickle:

1. the **gate** reads a whole sentence and says whether it holds rhetoric at all (this is
   what keeps neutral history quiet: its threshold is chosen for precision). It reads the
   sentence's words and character n-grams (TF-IDF, as the document classifier reads text),
   the hashed sentence features and dense summaries of the parse;
2. the **token model** says, in a sentence the gate let through, which tokens belong to a
   span; runs of such tokens, joined across short gaps, are the spans;
3. the **technique model** names the technique of each span.

The stage runs the rules first; the tagger only adds spans where no rule flag is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from cronica.errors import CronicaError
from cronica.rhetoric.classifier import FeatureBlock, decode_vocabulary, encode_vocabulary
from cronica.rhetoric.resources import ContextRules
from cronica.rhetoric.tagger_features import (
    DIM,
    RuleHit,
    SentenceView,
    sentence_features,
    span_features,
    token_features,
)

FORMAT = "cronica-rhetoric-tagger@1"
WEIGHTS_NAME = "span-tagger.npz"
#: sentences shorter than this are not read by the tagger (headings, fragments)
MIN_TOKENS = 4


@dataclass(frozen=True)
class LinearBlock:
    """A linear scorer over hashed indexes and standardized dense values; one column per class
    (one column = a binary model read through a sigmoid, several = a softmax)."""

    sparse: np.ndarray  # (DIM, k)
    dense: np.ndarray  # (n_dense, k)
    intercept: np.ndarray  # (k,)
    dense_mean: np.ndarray  # (n_dense,)
    dense_scale: np.ndarray  # (n_dense,)
    #: hashed values are 1 per occurrence, divided by sqrt(count) when "sqrt" (bags of any size)
    norm: str = "none"

    def scores(self, indexes: np.ndarray, dense: np.ndarray) -> np.ndarray:
        value = 1.0 / math.sqrt(len(indexes)) if self.norm == "sqrt" and len(indexes) else 1.0
        total = self.intercept + value * self.sparse[indexes].sum(axis=0)
        return total + ((dense - self.dense_mean) / self.dense_scale) @ self.dense

    def scores_many(self, rows: Sequence[np.ndarray], dense: np.ndarray) -> np.ndarray:
        """Scores of many rows at once (the tokens of a sentence)."""
        sums = np.stack([self.sparse[row].sum(axis=0) for row in rows]) if rows else np.zeros((0, self.width))
        if self.norm == "sqrt":
            sums = sums / np.sqrt(np.maximum([len(row) for row in rows], 1))[:, None]
        return self.intercept + sums + ((dense - self.dense_mean) / self.dense_scale) @ self.dense

    @property
    def width(self) -> int:
        return int(self.intercept.shape[0])


def sigmoid(z: np.ndarray | float) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))


@dataclass(frozen=True)
class SentenceGate:
    """TF-IDF blocks of the sentence's text, plus a `LinearBlock` over its hashed features and dense
    values (which also holds the intercept)."""

    blocks: tuple[FeatureBlock, ...]
    coef: np.ndarray  # the TF-IDF columns of every block, in block order
    rest: LinearBlock

    def score(self, view: SentenceView) -> float:
        total, offset = 0.0, 0
        for block in self.blocks:
            columns, values = block.vector(view.sentence.text, True)
            if len(columns):
                total += float(values @ self.coef[offset + columns])
            offset += len(block.idf)
        indexes, dense = sentence_features(view)
        return total + float(self.rest.scores(indexes, dense)[0])


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A span the tagger found: character offsets, technique, and how sure each model was."""

    start: int
    end: int
    technique: str
    #: the gate's probability that the sentence holds rhetoric
    sentence_probability: float
    #: the mean token probability over the span
    span_probability: float
    #: the other techniques, best first: the detector falls back on them when the sentence lacks the words a
    #: technique needs (an antisemitic framing with no Jewish reference in it, round 16q)
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpanTagger:
    gate: SentenceGate
    tokens: LinearBlock
    technique: LinearBlock
    techniques: tuple[str, ...]
    gate_threshold: float = 0.6
    #: per-language gate thresholds chosen on evaluation sets after training (they travel with the
    #: weights they were calibrated on); a language not listed uses `gate_threshold`
    gate_thresholds: Mapping[str, float] = field(default_factory=dict)
    #: per-language, per-technique gate thresholds chosen by page-grouped cross-validation on the
    #: training data (`tagger_training.choose_label_thresholds`): a span whose technique is listed
    #: needs the gate at or above its own threshold; a technique of a listed language that is not
    #: listed uses the language's threshold. A value above 1 turns the technique off
    label_thresholds: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    token_threshold: float = 0.5
    #: runs of span tokens separated by at most this many other tokens are one span
    max_gap: int = 2
    #: when a sentence yields several runs, a run needs one token at least this probable: the low
    #: fragments a long sentence breaks into are noise more often than spans (twelfth round of #16)
    run_peak: float = 0.6
    meta: Mapping[str, object] = field(default_factory=dict)

    def sentence_probability(self, view: SentenceView) -> float:
        return float(sigmoid(self.gate.score(view)))

    def token_probabilities(self, view: SentenceView) -> np.ndarray:
        rows, dense = token_features(view)
        return sigmoid(self.tokens.scores_many(rows, dense)[:, 0])

    def technique_of(self, view: SentenceView, first: int, last: int) -> str:
        indexes, dense = span_features(view, first, last)
        return self.techniques[int(np.argmax(self.technique.scores(indexes, dense)))]

    def ranked_techniques(self, view: SentenceView, first: int, last: int) -> tuple[str, ...]:
        """Every technique for a span, best first (`technique_of` is the first)."""
        indexes, dense = span_features(view, first, last)
        scores = np.ravel(self.technique.scores(indexes, dense))
        return tuple(self.techniques[int(index)] for index in np.argsort(-scores, kind="stable"))

    def threshold_for(self, lang: str | None) -> float:
        """The gate threshold of a language: its own when the weights carry one, else the general one."""
        return float(self.gate_thresholds.get(lang, self.gate_threshold)) if lang else self.gate_threshold

    def find(
        self,
        doc: Doc,
        hits: Sequence[RuleHit] = (),
        rules: ContextRules | None = None,
        threshold: float | None = None,
        lang: str | None = None,
    ) -> list[TaggedSpan]:
        """Spans in the sentences the gate lets through (rule flags are features, not filters).
        `threshold` replaces every gate threshold (a user's setting); without it the language's
        thresholds apply, per technique where the weights carry them (`label_thresholds`)."""
        per_label: Mapping[str, float] = {}
        if threshold is not None:
            gate_threshold = threshold
        else:
            gate_threshold = self.threshold_for(lang)
            per_label = self.label_thresholds.get(lang, {}) if lang else {}
        floor = min([gate_threshold, *per_label.values()])
        found = []
        for sentence in doc.sents:
            inside = [hit for hit in hits if sentence.start_char <= hit.start < sentence.end_char]
            view = SentenceView.of(sentence, inside, rules)
            if len(view.tokens) < MIN_TOKENS:
                continue
            probability = self.sentence_probability(view)
            if probability < floor:
                continue
            token_probabilities = self.token_probabilities(view)
            runs = list(decode(view, token_probabilities, self.token_threshold, self.max_gap))
            if len(runs) > 1:
                runs = [(a, b) for a, b in runs if token_probabilities[a : b + 1].max() >= self.run_peak]
            for first, last in runs:
                technique, *alternatives = self.ranked_techniques(view, first, last)
                if probability < per_label.get(technique, gate_threshold):
                    continue
                start, end = view.tokens[first].idx, view.tokens[last].idx + len(view.tokens[last].text)
                mean = float(token_probabilities[first : last + 1].mean())
                found.append(TaggedSpan(start, end, technique, probability, mean, tuple(alternatives)))
        return found


#: a span needs one of these parts of speech (not only punctuation, articles, prepositions)
SPAN_HEADS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX", "NUM", "PRON"})


def decode(view: SentenceView, probabilities: np.ndarray, threshold: float, max_gap: int) -> Iterator[tuple[int, int]]:
    """Token runs at or above the threshold, joined across gaps of at most `max_gap` tokens and
    trimmed of punctuation at their edges. A sentence the gate let through has at least one span:
    if no token reaches the threshold, the run around the most probable token is taken."""
    tokens = view.tokens
    above = [position for position, p in enumerate(probabilities) if p >= threshold]
    if not above and len(probabilities):
        best = int(np.argmax(probabilities))
        floor = probabilities[best] * 0.75
        first = last = best
        while first > 0 and probabilities[first - 1] >= floor:
            first -= 1
        while last < len(tokens) - 1 and probabilities[last + 1] >= floor:
            last += 1
        above = list(range(first, last + 1))
    runs: list[list[int]] = []
    for position in above:
        if runs and position - runs[-1][1] - 1 <= max_gap:
            runs[-1][1] = position
        else:
            runs.append([position, position])
    for first, last in runs:
        while first <= last and tokens[first].is_punct and not _is_quote(tokens[first].text):
            first += 1
        while last >= first and tokens[last].is_punct and not _is_quote(tokens[last].text):
            last -= 1
        if first <= last and any(token.pos_ in SPAN_HEADS for token in tokens[first : last + 1]):
            yield first, last


def _is_quote(text: str) -> bool:
    return text in ("«", "»", "“", "”", '"', "‘", "’")


# --- storage -------------------------------------------------------------------------


def save_tagger(tagger: SpanTagger, path: Path) -> None:
    """Write the tagger as a compressed NPZ with a JSON header (no pickled objects).

    The hashed weights are stored sparse (the columns a training feature reached) as float16:
    hashing leaves most of the rows at zero."""
    arrays: dict[str, np.ndarray] = {}
    for block in tagger.gate.blocks:
        arrays[f"gate/{block.analyzer}/vocabulary"] = encode_vocabulary(block.vocabulary)
        arrays[f"gate/{block.analyzer}/idf"] = block.idf.astype(np.float32)
    arrays["gate/coef"] = tagger.gate.coef.astype(np.float32)
    blocks = {"gate": tagger.gate.rest, "tokens": tagger.tokens, "technique": tagger.technique}
    for name, linear in blocks.items():
        rows = np.flatnonzero(np.any(linear.sparse != 0, axis=1)).astype(np.int32)
        arrays[f"{name}/rows"] = rows
        arrays[f"{name}/sparse"] = linear.sparse[rows].astype(np.float16)
        arrays[f"{name}/dense"] = linear.dense.astype(np.float32)
        arrays[f"{name}/intercept"] = linear.intercept.astype(np.float32)
        arrays[f"{name}/dense_mean"] = linear.dense_mean.astype(np.float32)
        arrays[f"{name}/dense_scale"] = linear.dense_scale.astype(np.float32)
    header = {
        "format": FORMAT,
        "dim": DIM,
        "norms": {name: linear.norm for name, linear in blocks.items()},
        "gate_blocks": [block.analyzer for block in tagger.gate.blocks],
        "techniques": list(tagger.techniques),
        "gate_threshold": tagger.gate_threshold,
        "gate_thresholds": dict(tagger.gate_thresholds),
        "label_thresholds": {lang: dict(values) for lang, values in tagger.label_thresholds.items()},
        "token_threshold": tagger.token_threshold,
        "max_gap": tagger.max_gap,
        "run_peak": tagger.run_peak,
        "meta": dict(tagger.meta),
    }
    arrays["header"] = np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        # named, so that no entry of `arrays` can be read as the flag (and no object array is pickled)
        np.savez_compressed(out, allow_pickle=False, **arrays)


def shipped_tagger_path() -> Path:
    return Path(str(resources.files("cronica.rhetoric") / "resources" / WEIGHTS_NAME))


def load_tagger(path: Path | None = None) -> SpanTagger | None:
    """The tagger's weights (the shipped ones by default); None when no shipped weights exist,
    a one-line error when a given file is damaged or foreign."""
    source = path or shipped_tagger_path()
    if path is None and not source.exists():
        return None
    try:
        with np.load(source, allow_pickle=False) as npz:
            header = json.loads(npz["header"].tobytes().decode("utf-8"))
            if header.get("format") != FORMAT:
                raise CronicaError(f"{source}: not a cronica span tagger (format {header.get('format')!r})")
            if header.get("dim") != DIM:
                raise CronicaError(f"{source}: hashed for {header.get('dim')} columns, this code uses {DIM}")
            blocks = {name: _block(npz, name, header["norms"][name]) for name in ("gate", "tokens", "technique")}
            text_blocks = tuple(
                FeatureBlock(
                    analyzer,
                    decode_vocabulary(npz[f"gate/{analyzer}/vocabulary"]),
                    npz[f"gate/{analyzer}/idf"].astype(np.float64),
                )
                for analyzer in header["gate_blocks"]
            )
            gate = SentenceGate(text_blocks, npz["gate/coef"].astype(np.float64), blocks["gate"])
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise CronicaError(f"{source}: cannot read span tagger weights: {error}") from None
    return SpanTagger(
        gate=gate,
        tokens=blocks["tokens"],
        technique=blocks["technique"],
        techniques=tuple(header["techniques"]),
        gate_threshold=float(header["gate_threshold"]),
        gate_thresholds={str(lang): float(value) for lang, value in header.get("gate_thresholds", {}).items()},
        label_thresholds={
            str(lang): {str(label): float(value) for label, value in values.items()}
            for lang, values in header.get("label_thresholds", {}).items()
        },
        token_threshold=float(header["token_threshold"]),
        max_gap=int(header["max_gap"]),
        run_peak=float(header.get("run_peak", SpanTagger.run_peak)),
        meta=header.get("meta", {}),
    )


def _block(npz: Mapping[str, np.ndarray], name: str, norm: str) -> LinearBlock:
    rows = npz[f"{name}/rows"]
    values = npz[f"{name}/sparse"].astype(np.float32)
    sparse = np.zeros((DIM, values.shape[1]), dtype=np.float32)
    sparse[rows] = values
    return LinearBlock(
        sparse=sparse,
        dense=npz[f"{name}/dense"].astype(np.float32),
        intercept=npz[f"{name}/intercept"].astype(np.float32),
        dense_mean=npz[f"{name}/dense_mean"].astype(np.float32),
        dense_scale=npz[f"{name}/dense_scale"].astype(np.float32),
        norm=norm,
    )
