"""The document probability, calibrated across domains: Telegram posts and history prose.

The PAN classifier learned COVID-era Telegram talk; on neutral history prose its score is high
(0.85–0.99 on plain biographies of Trotsky) because everything about that prose is foreign to it.
A small logistic model on top combines the classifier's score with what does carry over from
one domain to the other: how dense the conspiracy-narrative flags are (they come from rules
that read grammar, not channel vocabulary), how dense the other technique flags are, and
whether the text is written like a social-media post. It is fitted on PAN texts (out-of-fold
classifier scores) together with history paragraphs written for cronica (neutral and
conspiracist), so the probability means the same thing in both.

Below a confidence, or on a text too short to judge, the probability is withheld (None):
a number a reader would misread is worse than none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: techniques whose flags tell a conspiracy narrative
NARRATIVE = frozenset({"Conspiracy_Narrative", "Antisemitic_Framing"})
#: the features, in the order of the coefficients
FEATURES = ("score", "narrative_density", "other_density", "social", "score_social", "log_words", "score_log_words")

_SOCIAL = re.compile(
    r"https?\s*:\s*//|www\s*\.|\bt\s*\.\s*me\b|@\w|#\w|!!|\?\?|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.IGNORECASE
)
_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))  # not a list of a book's words


def document_features(text: str, score: float, techniques: Iterable[str]) -> dict[str, float]:
    """The calibrator's inputs for one document: the classifier's raw score and what the flags say."""
    chars = max(len(text), 1)
    techniques = list(techniques)
    narrative = sum(1 for technique in techniques if technique in NARRATIVE)
    other = len(techniques) - narrative
    social = 1.0 if _SOCIAL.search(text) else 0.0
    log_words = math.log1p(word_count(text))
    return {
        "score": score,
        "narrative_density": math.log1p(1000 * narrative / chars),
        "other_density": math.log1p(1000 * other / chars),
        "social": social,
        "score_social": score * social,
        # PAN conspiracy texts are longer (the share of conspiracy rises from 0.19 to 0.54 across
        # Spanish length terciles): length lets the threshold move with it
        "log_words": log_words,
        "score_log_words": score * log_words,
    }


@dataclass(frozen=True)
class Calibrator:
    """p = σ(intercept + Σ coef·feature); withheld below `min_confidence` or under `min_words`."""

    coef: Mapping[str, float]
    intercept: float
    #: the probability is shown only when max(p, 1 − p) reaches this
    min_confidence: float = 0.8
    #: texts shorter than this many words get no probability at all
    min_words: int = 25

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.coef[name] * features[name] for name in self.coef)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def shown(self, probability: float, words: int, flags: int) -> float | None:
        """The probability to print, or None when it would mislead: too short, too unsure, or high
        with no flag a reader could check (the classifier alone still runs high on prose far from
        Telegram: a plain Spanish biography of Trotsky of 200 words scored 0.89)."""
        if words < self.min_words or max(probability, 1 - probability) < self.min_confidence:
            return None
        if probability >= 0.5 and flags < 1:
            return None
        return probability

    def as_dict(self) -> dict[str, object]:
        return {
            "features": list(self.coef),
            "coef": [float(self.coef[name]) for name in self.coef],
            "intercept": float(self.intercept),
            "min_confidence": self.min_confidence,
            "min_words": self.min_words,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Calibrator:
        names: Sequence[str] = raw["features"]
        values: Sequence[float] = raw["coef"]
        unknown = set(names) - set(FEATURES)
        if unknown or len(names) != len(values):
            raise ValueError(f"calibrator: unknown features {sorted(unknown)} or coefficients out of step")
        return cls(
            {str(name): float(value) for name, value in zip(names, values, strict=True)},
            float(raw["intercept"]),
            float(raw.get("min_confidence", 0.8)),
            int(raw.get("min_words", 25)),
        )
