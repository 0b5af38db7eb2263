"""Features of the learned span tagger, the same code at training and at inference.

Features are strings hashed into a fixed space (crc32, stable across processes and
machines), so the weights need no vocabulary and a word never seen in training costs
nothing. Three feature sets, one per model of the tagger (`tagger.py`):

- a sentence's: its lemmas and lemma bigrams, the rule flags in it, marks of register
  (quotes, questions, pronouns, digits), and dense summaries of spaCy's token vectors;
- a token's, for where the span lies in a flagged sentence: its lemma, form, suffix, part
  of speech and dependency, its neighbours, its head and children, whether a rule flag or
  a quotation covers it, and its spaCy vector;
- a span's, for naming the technique: its lemmas, its parts of speech, the sentence's rule flags.

Language lives in the weights, not here: the features are the same for every language.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span, Token

from cronica.rhetoric.patterns import fold
from cronica.rhetoric.resources import ContextRules

#: hashed feature space: 2^16 columns per model (the training data has far fewer distinct features)
HASH_BITS = 16
DIM = 1 << HASH_BITS
#: width of spaCy's token vectors in the small pipelines (doc.tensor); another width is zero-filled
TENSOR_WIDTH = 96
#: content parts of speech: a span must hold one, and the sentence bag keeps only these and verbs
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX", "PRON", "NUM"})
QUOTE_CHARS = frozenset('«»“”"‘’„‹›')
#: morphological features of verbs and pronouns the sentence bag keeps
MORPH_KEYS = frozenset({"Tense", "Mood", "Person", "VerbForm"})
#: dense features of a sentence: mean and max of its token vectors, and six register measures
SENTENCE_DENSE = 2 * TENSOR_WIDTH + 6
#: dense features of a token: its vector, and its relative position in the sentence
TOKEN_DENSE = TENSOR_WIDTH + 1
#: dense features of a span: the mean of its token vectors, and its length in tokens (log)
SPAN_DENSE = TENSOR_WIDTH + 1


def hashed(features: Iterable[str]) -> np.ndarray:
    """Column indexes of feature strings (repeats kept: a repeated feature counts twice)."""
    return np.fromiter((zlib.crc32(f.encode("utf-8")) & (DIM - 1) for f in features), dtype=np.int64)


@dataclass(frozen=True)
class RuleHit:
    """A flag of the rules (lexicon, tropes, labels) as the tagger sees it: where, and which technique."""

    start: int
    end: int
    technique: str


@dataclass(frozen=True)
class SentenceView:
    """A sentence's tokens (no spaces) and what the features need to know about them."""

    sentence: Span
    tokens: tuple[Token, ...]
    lemmas: tuple[str, ...]
    vectors: np.ndarray  # (len(tokens), TENSOR_WIDTH)
    quoted: np.ndarray  # bool per token: inside quotation marks
    rule_techniques: tuple[str | None, ...]  # the technique of a rule flag covering the token
    #: the context rules' word lists this sentence holds (its language's data: negators, verbs of
    #: saying, source markers, distancing cues, "so-called", mention cues)
    cues: tuple[str, ...] = ()
    #: folded forms, parallel to `lemmas`
    forms: tuple[str, ...] = ()

    @classmethod
    def of(cls, sentence: Span, hits: Sequence[RuleHit], rules: ContextRules | None = None) -> SentenceView:
        tokens = tuple(token for token in sentence if not token.is_space)
        lemmas = tuple(fold(token.lemma_ or token.text) for token in tokens)
        tensor = sentence.doc.tensor
        if (
            tensor is not None
            and tensor.ndim == 2
            and tensor.shape[1] == TENSOR_WIDTH
            and len(tensor) == len(sentence.doc)
        ):
            vectors = np.asarray(tensor[[token.i for token in tokens]], dtype=np.float32)
        else:
            vectors = np.zeros((len(tokens), TENSOR_WIDTH), dtype=np.float32)
        quoted = _quoted(tokens)
        techniques = tuple(
            next((hit.technique for hit in hits if hit.start <= token.idx < hit.end), None) for token in tokens
        )
        forms = tuple(fold(token.text) for token in tokens)
        return cls(sentence, tokens, lemmas, vectors, quoted, techniques, _cues(lemmas, forms, rules), forms)


def _cues(lemmas: Sequence[str], forms: Sequence[str], rules: ContextRules | None) -> tuple[str, ...]:
    """Which of the context rules' word lists the sentence holds (single words by lemma; phrases
    by folded lemmas or forms, as the context rules match them)."""
    if rules is None:
        return ()
    words = set(lemmas)
    found = [name for name, listed in (("negator", rules.negators), ("speech", rules.speech_verbs),
             ("labelling", rules.labelling_verbs)) if words & listed]  # fmt: skip
    for name, phrases in (
        ("source", rules.source_markers),
        ("distancing", rules.distancing_cues),
        ("so_called", rules.so_called),
        ("mention", rules.mention_cues),
    ):
        if _holds_phrase(lemmas, forms, phrases):
            found.append(name)
    return tuple(found)


def _holds_phrase(lemmas: Sequence[str], forms: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    present = set(lemmas) | set(forms)
    for phrase in phrases:
        if phrase[0] not in present:
            continue
        size = len(phrase)
        for start in range(len(forms) - size + 1):
            if tuple(forms[start : start + size]) == phrase or tuple(lemmas[start : start + size]) == phrase:
                return True
    return False


def _quoted(tokens: Sequence[Token]) -> np.ndarray:
    """Tokens between an opening and a closing quotation mark (a toggle: straight quotes do not nest)."""
    inside = np.zeros(len(tokens), dtype=bool)
    open_ = False
    for position, token in enumerate(tokens):
        if token.text in QUOTE_CHARS or token.text in ("``", "''"):
            open_ = not open_ if token.text in ('"', "``", "''") else token.text in "«“‘„‹"
            continue
        inside[position] = open_
    return inside


# --- the sentence ---------------------------------------------------------------------


def sentence_features(view: SentenceView) -> tuple[np.ndarray, np.ndarray]:
    """Hashed indexes and dense values of a sentence (for the gate: is any rhetoric in it?)."""
    words = [lemma for lemma, token in zip(view.lemmas, view.tokens, strict=True) if token.pos_ in CONTENT_POS]
    features = [f"S={lemma}" for lemma in words]
    features += [f"SB={a}_{b}" for a, b in itertools.pairwise(words)]
    features += [f"SR={technique}" for technique in set(view.rule_techniques) if technique]
    features += [f"SP={token.pos_}_{token.dep_}" for token in view.tokens if token.dep_ == "ROOT"]
    features += [f"SC={cue}" for cue in view.cues]
    # tense, mood and person (Universal Dependencies features: the same names in every language)
    features += [
        f"SM={feature}"
        for token in view.tokens
        if token.pos_ in ("VERB", "AUX", "PRON")
        for feature in str(token.morph).split("|")
        if feature.split("=")[0] in MORPH_KEYS
    ]
    if any(view.rule_techniques):
        features.append("S:rule")
    if view.quoted.any():
        features.append("S:quote")
    text = view.sentence.text
    if "?" in text or "¿" in text:
        features.append("S:question")
    if "!" in text or "¡" in text:
        features.append("S:exclaim")
    features.append("S:bias")
    vectors = view.vectors
    n = max(len(view.tokens), 1)
    digits = sum(token.like_num for token in view.tokens) / n
    proper = sum(token.pos_ == "PROPN" for token in view.tokens) / n
    adjectives = sum(token.pos_ == "ADJ" for token in view.tokens) / n
    pronouns = sum(token.pos_ == "PRON" for token in view.tokens) / n
    dense = np.concatenate(
        [
            vectors.mean(axis=0) if len(vectors) else np.zeros(TENSOR_WIDTH, dtype=np.float32),
            vectors.max(axis=0) if len(vectors) else np.zeros(TENSOR_WIDTH, dtype=np.float32),
            np.array([digits, proper, adjectives, pronouns, np.log1p(n) / 4, float(view.quoted.mean())]),
        ]
    ).astype(np.float32)
    return hashed(features), dense


# --- the token ------------------------------------------------------------------------

#: neighbours whose lemma and part of speech a token sees
WINDOW = (-3, -2, -1, 1, 2, 3)


def token_features(view: SentenceView) -> tuple[list[np.ndarray], np.ndarray]:
    """Per token: hashed indexes, and a dense row (vector, relative position)."""
    tokens, lemmas = view.tokens, view.lemmas
    n = len(tokens)
    rows: list[np.ndarray] = []
    for position, token in enumerate(tokens):
        lemma = lemmas[position]
        head = fold(token.head.lemma_ or token.head.text)
        features = [
            "T:bias",
            f"w={lemma}",
            f"f={view.forms[position] if view.forms else fold(token.text)}",
            f"s3={lemma[-3:]}",
            f"p={token.pos_}",
            f"d={token.dep_}",
            f"pd={token.pos_}_{token.dep_}",
            f"h={head}",
            f"hd={token.dep_}_{head}",
            f"hp={token.head.pos_}",
        ]
        for offset in WINDOW:
            other = position + offset
            if 0 <= other < n:
                features.append(f"w{offset}={lemmas[other]}")
                features.append(f"p{offset}={tokens[other].pos_}")
            else:
                features.append(f"p{offset}=<edge>")
        features += [f"c={fold(child.lemma_ or child.text)}" for child in token.children]
        features += [f"cd={child.dep_}" for child in token.children]
        if token.is_title and position > 0:
            features.append("T:title")
        if view.quoted[position]:
            features.append("T:quoted")
        technique = view.rule_techniques[position]
        if technique:
            features.append(f"T:rule={technique}")
        if token.is_punct:
            features.append("T:punct")
        features += [f"m={feature}" for feature in str(token.morph).split("|") if feature.split("=")[0] in MORPH_KEYS]
        rows.append(hashed(features))
    dense = np.concatenate([view.vectors, (np.arange(n, dtype=np.float32) / max(n - 1, 1))[:, None]], axis=1).astype(
        np.float32
    )
    return rows, dense


# --- the span -------------------------------------------------------------------------


def span_features(view: SentenceView, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashed indexes and dense values of tokens [first, last] of the view (for the technique)."""
    tokens = view.tokens[first : last + 1]
    lemmas = view.lemmas[first : last + 1]
    features = ["K:bias"]
    features += [f"k={lemma}" for lemma in lemmas]
    features += [f"kp={token.pos_}" for token in tokens]
    features += [f"ks3={lemma[-3:]}" for lemma, token in zip(lemmas, tokens, strict=True) if token.pos_ == "ADJ"]
    features += [f"kr={technique}" for technique in set(view.rule_techniques) if technique]
    if view.quoted[first : last + 1].any():
        features.append("K:quoted")
    if any(token.is_title for token in tokens[1:]):
        features.append("K:name")
    vectors = view.vectors[first : last + 1]
    dense = np.concatenate([vectors.mean(axis=0), [np.log1p(len(tokens)) / 4]]).astype(np.float32)
    return hashed(features), dense
