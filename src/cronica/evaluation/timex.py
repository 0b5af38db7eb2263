"""TempEval-3 style scoring of temporal expressions.

Spans: strict (same start and end) and relaxed (overlap; one-to-one, first come).
Attributes (value, type) are scored over relaxed matches as TempEval-3 does:
a correct attribute is a true positive; precision divides by the system's
timexes and recall by the gold ones, so a missed timex costs value recall too.

Values are compared after `canonical_value`, which only rewrites notational
variants of one value (BCE0999 = BC0999, T3:00 = T03:00, 2000-W7 = 2000-W07,
P2.5Y = P2Y6M, the decade 199X = 199, the century 19XX = 19, the duration P2Q = P6M,
P1E = P10Y) and, for a SET, the calendar pattern of every one of a unit's periods and that
unit's period ("daily": XXXX-XX-XX = P1D, "weekly": XXXX-WXX = P1W), and is
applied to every system alike, cronica and HeidelTime.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cronica.evaluation.timeml import TimeMLDocument
from cronica.scoring import Counts, compare_sets, spans_overlap

_HOUR = re.compile(r"T(\d)(?=:)")
_WEEK = re.compile(r"-W(\d)(?!\d)")
#: a decade or century written with its unknown digits as X (AQUAINT's "199X", "19XX"); TimeML writes "199", "19"
_OPEN_DIGITS = re.compile(r"((?:BC)?(?:\d{3}|\d{2}X))X")
#: a count of a unit that is a whole number of another: quarters in months, decades, centuries and
#: millennia in years (TIMEX2's E, C, L and cronica's DE, CE, ML)
_MULTIPLE_UNIT = re.compile(r"P(\d+)(Q|E|DE|C|CE|L|ML)")
_MULTIPLES = {"Q": (3, "M"), "E": (10, "Y"), "DE": (10, "Y"), "C": (100, "Y"), "CE": (100, "Y"), "L": (1000, "Y"),
              "ML": (1000, "Y")}  # fmt: skip
#: a SET written as the pattern of every period of a unit, or as that unit's period: one set
_SET_PATTERNS = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


class SpanLike(Protocol):
    """A timex as scoring reads it (read-only, so frozen dataclasses fit)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


def canonical_value(value: str | None, type: str | None = None) -> str:
    """One writing of `value`; `type` "SET" also reads "XXXX-XX-XX" as "P1D" (and so on)."""
    value = (value or "").strip()
    if type == "SET":
        value = _SET_PATTERNS.get(value, value)
    multiple = _MULTIPLE_UNIT.fullmatch(value)
    if multiple:
        factor, unit = _MULTIPLES[multiple.group(2)]
        value = f"P{int(multiple.group(1)) * factor}{unit}"
    if value.startswith("BCE"):
        value = "BC" + value[3:]
    if _OPEN_DIGITS.fullmatch(value):
        value = value.rstrip("X")
    return _whole_duration(_WEEK.sub(r"-W0\1", _HOUR.sub(r"T0\1", value)))


_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?"
)
#: a fraction of a unit as the next smaller one: P2.5Y = P2Y6M, PT1.5H = PT1H30M, P3.5D = P3DT12H
_SMALLER = (("Y", "M", 12), ("D", "h", 24), ("h", "m", 60), ("m", "s", 60))


def _whole_duration(value: str) -> str:
    """One writing of a duration with a fraction in years, days, hours or minutes: the same
    length in whole smaller units, when it comes out whole."""
    match = _DURATION.fullmatch(value)
    if not match or "." not in value:
        return value
    parts = {name: float(text) for name, text in match.groupdict().items() if text}
    for unit, smaller, factor in _SMALLER:
        amount = parts.get(unit)
        if amount is None or float(amount).is_integer():
            continue
        rest = (amount - int(amount)) * factor + parts.get(smaller, 0)
        if abs(rest - round(rest)) > 1e-9:
            return value
        parts[unit], parts[smaller] = int(amount), round(rest)
    if any(not amount.is_integer() for amount in map(float, parts.values())):
        return value
    date = "".join(f"{int(parts[u])}{u}" for u in ("Y", "M", "W", "D") if parts.get(u))
    time = "".join(f"{int(parts[u])}{u.upper()}" for u in ("h", "m", "s") if parts.get(u))
    return "P" + date + ("T" + time if time else "") if date or time else value


@dataclass(frozen=True)
class TimexScores:
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    type: Counts = field(default_factory=Counts)

    def __add__(self, other: TimexScores) -> TimexScores:
        return TimexScores(
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name).as_dict() for name in ("strict", "relaxed", "value", "type")}


def same_value(system: SpanLike, gold: SpanLike) -> bool:
    """Whether two timexes carry one value, each read in its own type."""
    return canonical_value(system.value, system.type) == canonical_value(gold.value, gold.type)


def relaxed_pairs(system: Sequence[SpanLike], gold: Sequence[SpanLike]) -> list[tuple[SpanLike, SpanLike]]:
    """One-to-one overlap matching in text order (both lists sorted by start)."""
    pairs: list[tuple[SpanLike, SpanLike]] = []
    used: set[int] = set()
    for predicted in system:
        for index, reference in enumerate(gold):
            if index in used:
                continue
            if spans_overlap(predicted.start, predicted.end, reference.start, reference.end):
                used.add(index)
                pairs.append((predicted, reference))
                break
    return pairs


def score_timexes(system: Sequence[SpanLike], gold: Sequence[SpanLike]) -> TimexScores:
    strict = compare_sets([(t.start, t.end) for t in system], [(t.start, t.end) for t in gold])
    pairs = relaxed_pairs(system, gold)
    matched = len(pairs)
    relaxed = Counts(matched, len(system) - matched, len(gold) - matched)
    good_values = sum(1 for s, g in pairs if same_value(s, g))
    good_types = sum(1 for s, g in pairs if s.type == g.type)
    return TimexScores(
        strict,
        relaxed,
        Counts(good_values, len(system) - good_values, len(gold) - good_values),
        Counts(good_types, len(system) - good_types, len(gold) - good_types),
    )


@dataclass(frozen=True)
class FileResult:
    path: str
    scores: TimexScores
    errors: tuple[dict[str, Any], ...] = ()


def evaluate_documents(
    documents: Iterable[TimeMLDocument], tag: Callable[[TimeMLDocument], Sequence[SpanLike]]
) -> tuple[list[FileResult], TimexScores]:
    """Score `tag` on each document; also lists value errors to help read the results."""
    results: list[FileResult] = []
    total = TimexScores()
    for document in documents:
        system = sorted(tag(document), key=lambda t: (t.start, t.end))
        scores = score_timexes(system, document.timexes)
        errors = tuple(
            {"text": document.text[s.start : s.end], "gold_text": g.text, "value": s.value, "gold": g.value}  # type: ignore[attr-defined]
            for s, g in relaxed_pairs(system, document.timexes)
            if not same_value(s, g)
        )
        results.append(FileResult(document.path, scores, errors))
        total = total + scores
    return results, total
