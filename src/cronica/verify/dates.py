"""Comparing a text's date with a reference date: the verifier's rules over `cronica.timevalue`.

Dates are `PartialDate`s (cronica.timevalue) compared as spans of Gregorian days: a
date known to the month is the span of all its days, a date known to the year the span
of its whole year. Two dates agree when the spans overlap: that is "compare at the
coarser precision" (August 1927 agrees with 12 August 1927, a year-only reference cannot
contradict a day inside it) without special cases. Julian dates are converted to
Gregorian days before comparing.

The verifier explains at five precisions, the day, the month, the year, the decade and the
century (`check_precision`): a part of a year (a season, quarter, half, week or weekend) is
checked as the calendar years any reading of it touches (winter 1927 may be read as
December 1926 to March 1928). A text's decade or century ("in the 1930s", "el siglo XX") is
the span of its years, TIMEX3's: 193X is 1930-1939, 19 is 1900-1999; its part modifiers
("the late 1930s") keep the whole span, as "a finales de 1927" keeps its year, because
their bounds are not agreed. Only a claim's own date is read so (`parse_timex_date(periods=True)`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from cronica.timevalue import (
    IN_SPAN_MODS,
    RUSSIAN_SWITCH_TO_GREGORIAN,
    Bounds,
    DaySpan,
    PartialDate,
    Precision,
    apply_mod,
    bounds,
    julian_to_gregorian,
    old_style_reading,
    parse,
    possible_span,
)
from cronica.timevalue.days import distance, to_date

CheckPrecision = Literal["century", "decade", "year", "month", "day"]
#: the units a distance is counted in (a decade's or a century's in years)
DistanceUnit = Literal["year", "month", "day"]
PRECISION_RANK: dict[str, int] = {"century": -2, "decade": -1, "year": 0, "month": 1, "day": 2}
#: TIMEX3 modifiers that keep a date inside its own span ("a principios de 1927" is in 1927)
IN_SPAN_MODIFIERS = IN_SPAN_MODS
#: how far "around" reaches, in units of the date's own precision (policy.yaml `approx_reach`)
DEFAULT_APPROX_REACH: dict[str, int] = {"day": 7, "month": 1, "year": 2}
#: precisions the verifier compares a text's date at (a time of day is checked as its day)
_CLAIM_PRECISIONS = frozenset(Precision) - {Precision.DECADE, Precision.CENTURY, Precision.MILLENNIUM}
#: a text's decade or century ("in the 1930s"), compared as its span of years when the caller asks
_PERIOD_PRECISIONS = frozenset({Precision.DECADE, Precision.CENTURY})
#: values checked as the calendar years of their readings
_PARTS_OF_YEARS = frozenset({Precision.SEASON, Precision.QUARTER, Precision.HALF, Precision.WEEK, Precision.WEEKEND})

__all__ = [
    "DEFAULT_APPROX_REACH",
    "IN_SPAN_MODIFIERS",
    "PRECISION_RANK",
    "RUSSIAN_SWITCH_TO_GREGORIAN",
    "CheckPrecision",
    "DateComparison",
    "Distance",
    "PartialDate",
    "check_precision",
    "checked_dates",
    "claimed_span",
    "coarser",
    "compare_dates",
    "julian_to_gregorian",
    "parse_timex_date",
]


def parse_timex_date(value: str | None, periods: bool = False) -> PartialDate | None:
    """A TIMEX3 DATE value as a date the verifier can check; None for what it does not check:
    no year (XXXX-01), before Christ, durations, references, millennia, and decades and centuries
    (192X, 19) unless `periods` (a claim's own date: the event lies within the decade). A time of
    day is checked as its day."""
    date = parse(value)
    if date is None or date.year is None or date.year < 1:
        return None
    if date.precision not in _CLAIM_PRECISIONS and not (periods and date.precision in _PERIOD_PRECISIONS):
        return None
    if date.precision == Precision.TIME:
        return date.truncated(Precision.DAY)
    return date


def check_precision(date: PartialDate) -> CheckPrecision:
    """The precision the verifier compares and explains a date at: day, month, year, decade or century."""
    if date.precision in (Precision.DAY, Precision.TIME):
        return "day"
    if date.precision == Precision.MONTH:
        return "month"
    if date.precision == Precision.DECADE:
        return "decade"
    if date.precision == Precision.CENTURY:
        return "century"
    return "year"


def coarser(a: str, b: str) -> CheckPrecision:
    found = a if PRECISION_RANK[a] <= PRECISION_RANK[b] else b
    return found  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Distance:
    """How far the reference lies from the text, in the unit of the shared precision."""

    amount: int
    unit: DistanceUnit
    later: bool  # True when the reference date is after the text's date


@dataclass(frozen=True, slots=True)
class DateComparison:
    agrees: bool
    precision: CheckPrecision  # the shared (coarser) precision the comparison was made at
    distance: Distance | None = None
    old_style: bool = False  # the text's date matches only when read as Julian (Old Style)
    #: the spans meet only within the property's tolerance ("1927" against January 1928 for the end of a
    #: stay): near enough not to refute, too far to confirm
    tolerated: bool = False


def _checked_span(date: PartialDate) -> DaySpan:
    """The days the verifier holds a date to: its own span, or for a part of a year the calendar
    years any reading of it touches."""
    if date.precision in _PARTS_OF_YEARS:
        hull = possible_span(date)
        assert hull is not None
        return hull.whole_years()
    found = date.days()
    if found is None:
        raise ValueError(f"{date.iso()} has no place in time")
    return found


def checked_dates(date: PartialDate) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian day the verifier holds a date to (a part of a year: the years
    of its readings), for checks that compare spans themselves (a residence within a stay)."""
    return _checked_span(date).dates()


def _text_bounds(date: PartialDate, mod: str | None, approx_reach: Mapping[str, int] | None) -> Bounds | None:
    if date.precision in _PARTS_OF_YEARS:
        return apply_mod(_checked_span(date), Precision.YEAR, mod, approx_reach)
    return bounds(date, mod, approx_reach)


def claimed_span(
    date: PartialDate, mod: str | None = None, approx_reach: Mapping[str, int] | None = None
) -> tuple[dt.date, dt.date] | None:
    """The days a text's date may denote given its TIMEX3 modifier; None when it cannot be compared.
    An open side ("before 1930") is `date.min` or `date.max`."""
    found = _text_bounds(date, mod, approx_reach or DEFAULT_APPROX_REACH)
    if found is None:
        return None
    first = to_date(found.first) if found.first is not None else None
    last = to_date(found.last) if found.last is not None else None
    return first or dt.date.min, last or dt.date.max


def compare_dates(
    claimed: PartialDate,
    reference: PartialDate,
    mod: str | None = None,
    approx_reach: Mapping[str, int] | None = None,
    tolerance_days: int = 0,
    calendar_stated: bool = False,
    journey_from: PartialDate | None = None,
) -> DateComparison | None:
    """Agree when the two spans of days overlap; otherwise say how far apart they are.

    `mod` is the text's TIMEX3 modifier ("before 1930" is every day before 1930,
    "around 1927" reaches a little beyond); None is returned when the modifier leaves
    nothing comparable. A day before Russia's switch to the Gregorian calendar that
    misses the reference but matches it when read as Old Style agrees too (and says so):
    Russian narratives routinely give Julian dates ("25 October 1917"). A date whose calendar the text
    names (`calendar_stated`: "(N.S.)", "by the Gregorian calendar") has no second reading. `tolerance_days`
    widens the text's span for dates that are fuzzy by nature: spans that meet only so are
    `tolerated` (the checker neither confirms nor refutes them). `journey_from` is the known start of the
    journey that led to a stay (its order or departure, the reference being its arrival): it replaces the
    tolerance, so a date within [journey_from, reference] is tolerated and one outside it differs.
    """
    text = _text_bounds(claimed, mod, approx_reach or DEFAULT_APPROX_REACH)
    if text is None:
        return None
    shared = coarser(check_precision(claimed), check_precision(reference))
    reference_span = _checked_span(reference)
    if text.overlaps(reference_span):
        return DateComparison(True, shared)
    readable = not calendar_stated and (mod is None or mod in IN_SPAN_MODIFIERS)
    old_style = _old_style_reading(claimed) if readable else None
    if journey_from is not None:
        # the journey's own days, from its first day to the arrival's last: a date within them may tell the
        # order, the departure or the arrival (read as Old Style too); one outside them tells none of them
        journey = _checked_span(journey_from.to_gregorian())
        window = DaySpan(min(journey.first, reference_span.first), reference_span.last)
        if text.overlaps(window) or (old_style is not None and old_style.days().overlaps(window)):  # type: ignore[union-attr]
            if old_style is not None and old_style.days().overlaps(reference_span):  # type: ignore[union-attr]
                return DateComparison(True, shared, old_style=True)
            return DateComparison(True, shared, _distance(claimed, reference, shared), tolerated=True)
    elif tolerance_days and text.widened(tolerance_days).overlaps(reference_span):
        # a date that is fuzzy by nature (a move: departure or arrival?)
        return DateComparison(True, shared, _distance(claimed, reference, shared), tolerated=True)
    if old_style is not None and old_style.days().overlaps(reference_span):  # type: ignore[union-attr]
        return DateComparison(True, shared, old_style=True)
    return DateComparison(False, shared, _distance(claimed, reference, shared))


def _distance(claimed: PartialDate, reference: PartialDate, unit: CheckPrecision) -> Distance:
    """From the text's first day to the reference's, in the shared precision's unit, or in a finer
    one when that unit says 0 ("before 1927" against May 1927: 4 months, not 0 years). A decade or
    century is counted in years from its nearer end ("the 1930s" against 1940: one year later)."""
    text_day, reference_day = claimed.days(), reference.days()
    assert text_day is not None and reference_day is not None
    text_first = text_day.first
    if claimed.precision in _PERIOD_PRECISIONS and reference_day.first > text_day.last:
        text_first = text_day.last
    units: tuple[DistanceUnit, ...] = ("year", "month", "day")
    first: DistanceUnit = "year" if unit in ("decade", "century", "year") else unit  # type: ignore[assignment]
    for candidate in units[units.index(first) :]:
        amount = distance(text_first, reference_day.first, candidate)
        if amount:
            return Distance(abs(amount), candidate, amount > 0)
    return Distance(0, first, False)


def _old_style_reading(claimed: PartialDate) -> PartialDate | None:
    """`old_style_reading` for a day; for a month before Russia's switch too: "elected in September 1917"
    of a day the reference holds as 8 October (25 September O.S.) is the Julian month, the Gregorian days
    it covers (13 later). Only to agree: a month read so never makes a contradiction."""
    found = old_style_reading(claimed)
    if found is not None or claimed.precision != "month" or claimed.calendar != "gregorian":
        return found
    span = claimed.days()
    if span is None or span.first >= RUSSIAN_SWITCH_TO_GREGORIAN.toordinal():
        return None
    try:
        return claimed.as_julian()
    except ValueError:
        return None
