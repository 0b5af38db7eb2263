"""What checking produces: one `Comparison` per pair of values, one `Finding` per aspect of a
claim, one `Judgement` per claim. Plain data shared by comparison, policy and explanation."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from cronica.model import Evidence, IncompatibilityRule, Support, Verdict
from cronica.verify.claims import Check
from cronica.verify.dates import PRECISION_RANK, CheckPrecision, PartialDate
from cronica.verify.reference import Fact

Outcome = Literal["agrees", "differs", "unknown"]


@dataclass(frozen=True, slots=True)
class Finding:
    """What one aspect of a claim (a date, a place, a successor...) gave against the KB."""

    outcome: Outcome
    pid: str  # the property or qualifier compared
    explanation: str
    confidence: float = 0.0
    evidence: tuple[Fact, ...] = ()
    correction: str | None = None
    is_date: bool = False
    #: for "unknown": True when the KB holds nothing on it, False when it holds a value that could not be compared
    silent: bool = True
    #: it bears on the event's main participant (the successor of a SUCCESSION, the person who died...)
    main: bool = False
    #: for "differs": the check it came from and the rule that makes the values incompatible (the proof)
    check: Check | None = None
    rule: IncompatibilityRule | None = None
    #: an agreement that says nothing of the event itself (an age that fits): it never supports alone
    auxiliary: bool = False
    #: for an agreeing date: the text's precision and the one the reference confirmed (a day against a month
    #: value agrees at the month only: the day was not checked)
    text_precision: CheckPrecision | None = None
    checked_precision: CheckPrecision | None = None
    #: for an agreeing place: the reference's place holds the text's (born "in Gori", the reference "Georgia"),
    #: so only the wider place was checked
    wider_place: bool = False
    #: what such an agreement left unchecked, said for the reader (the support's note)
    scope_note: str = ""

    @property
    def coarser(self) -> bool:
        """The reference confirmed the text's date less precisely than the text states it."""
        return (
            self.text_precision is not None
            and self.checked_precision is not None
            and PRECISION_RANK[self.checked_precision] < PRECISION_RANK[self.text_precision]
        )


@dataclass(frozen=True, slots=True)
class NeverFollowed:
    """A succession the reference rules out: `holder`'s offices are all listed, and in none did `successor`
    follow `predecessor` (near `date`, when the text gives one)."""

    successor: str
    predecessor: str
    holder: str
    date: PartialDate | None


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    explanation: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    correction: str | None = None
    #: contradicted only: the finding that decided it (the proof is written from it)
    decisive: Finding | None = None
    #: supported only: what the support checked, full or partial (`model.Support`)
    support: Support | None = None

    def hedged(self, factor: float, before: str = "", after: str = "") -> Judgement:
        """The same verdict, less certain, with a note on why (reported, resolved from context)."""
        explanation = " ".join(part for part in (before, self.explanation, after) if part)
        return replace(self, explanation=explanation, confidence=round(self.confidence * factor, 3))


@dataclass(frozen=True, slots=True)
class Comparison:
    """One claimed value against one KB value, before the statement it came from is known."""

    outcome: Outcome
    pid: str
    explanation: str
    confidence: float = 0.0
    is_date: bool = False
    text_precision: CheckPrecision | None = None
    checked_precision: CheckPrecision | None = None
    wider_place: bool = False
    scope_note: str = ""
    #: for a place that differs by the region the text gives it ("Gori, Armenia"): that region's words
    region: str = ""

    def with_evidence(
        self,
        facts: tuple[Fact, ...],
        correction: str | None = None,
        check: Check | None = None,
        rule: IncompatibilityRule | None = None,
    ) -> Finding:
        return Finding(
            self.outcome,
            self.pid,
            self.explanation,
            self.confidence,
            facts,
            correction,
            self.is_date,
            check=check,
            rule=rule,
            text_precision=self.text_precision,
            checked_precision=self.checked_precision,
            wider_place=self.wider_place,
            scope_note=self.scope_note,
        )


def statement_start(fact: Fact) -> tuple[int, int, int]:
    """When a statement began (its start, else its end date): the first of repeated ones sorts first."""
    for pid in ("P580", "P582", "P585"):
        for value in fact.qualifier(pid):
            if isinstance(value, PartialDate):
                first = value.to_gregorian().span()[0]
                return first.year, first.month, first.day
    return 9999, 12, 31


def has_date(check: Check) -> bool:
    return any(claimed.kind == "date" for claimed in check.qualifiers.values())


def plain(value: Any) -> Any:
    """A KB value as contract data: dates in ISO form at their precision."""
    return value.iso() if isinstance(value, PartialDate) else value
