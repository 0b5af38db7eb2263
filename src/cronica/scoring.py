"""The scoring core every evaluator shares: counts → precision, recall, F1, MCC."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def compare_sets(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> Counts:
    """Exact-match counts between two collections of hashable items (multiset semantics)."""
    remaining: dict[Hashable, int] = {}
    for item in gold:
        remaining[item] = remaining.get(item, 0) + 1
    tp = fp = 0
    for item in predicted:
        if remaining.get(item, 0) > 0:
            remaining[item] -= 1
            tp += 1
        else:
            fp += 1
    return Counts(tp, fp, sum(remaining.values()))


def mcc(tp: int, fp: int, fn: int, tn: int) -> float:
    """Matthews correlation coefficient (PAN 2024's official metric); 0.0 when undefined."""
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / denominator if denominator else 0.0


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Relaxed span match: the two half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def claim_side(claim: object) -> tuple[str | None, int, int]:
    """A claim's event and words: the two sides of one succession share them, so a scorer that matched one
    side can tell the other apart. Read with getattr: the truth scorer also meets claims read back from JSON."""
    return getattr(claim, "event", None), getattr(claim, "start", 0), getattr(claim, "end", 0)
