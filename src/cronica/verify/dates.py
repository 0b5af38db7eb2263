"""Dates with precision and calendar, compared as spans of Gregorian days.

A date known to the month is the span of all its days, a date known to the year
the span of its whole year. Two dates agree when their spans overlap: that is
"compare at the coarser precision" (August 1927 agrees with 12 August 1927, a
year-only reference cannot contradict a day inside it) without special cases.
Julian reference dates are converted to Gregorian days before comparing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]
Calendar = Literal["gregorian", "julian"]
PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}

#: the last Julian day in Russia: 31 January 1918 (O.S.) was followed by 14 February 1918
RUSSIAN_SWITCH_TO_GREGORIAN = dt.date(1918, 2, 14)

_TIMEX_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?:T.*)?$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, month or day, in a given calendar."""

    year: int
    month: int | None = None
    day: int | None = None
    calendar: Calendar = "gregorian"

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # raises ValueError on an impossible date (the Julian 29 February 1900 is checked apart)
        if self.day is not None and not (self.calendar == "julian" and self.month == 2 and self.day == 29):
            dt.date(self.year, self.month or 1, self.day)
        elif self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The TIMEX3/ISO form at this date's own precision: 1927, 1927-11, 1927-11-12."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def span(self) -> tuple[dt.date, dt.date]:
        """First and last Gregorian day this date may denote."""
        if self.calendar == "julian":
            first = julian_to_gregorian(self.year, self.month or 1, self.day or 1)
            last_month = self.month or 12
            last = julian_to_gregorian(self.year, last_month, self.day or _julian_month_length(self.year, last_month))
            return first, last
        first = dt.date(self.year, self.month or 1, self.day or 1)
        if self.day is not None:
            return first, first
        if self.month is not None:
            return first, _last_day_of_month(self.year, self.month)
        return first, dt.date(self.year, 12, 31)

    def to_gregorian(self) -> PartialDate:
        """The same date in the Gregorian calendar (day precision only: a Julian month straddles two)."""
        if self.calendar == "gregorian" or self.day is None:
            return self
        day = julian_to_gregorian(self.year, self.month or 1, self.day)
        return PartialDate(day.year, day.month, day.day)

    def as_julian(self) -> PartialDate:
        """Read the same numbers as an Old Style (Julian) date."""
        return PartialDate(self.year, self.month, self.day, "julian")


def parse_timex_date(value: str | None) -> PartialDate | None:
    """A TIMEX3 DATE value as a partial date; None for what is not a calendar date (192X, P2Y, seasons...)."""
    if not value:
        return None
    match = _TIMEX_DATE.match(value.strip())
    if not match:
        # a season or week of a known year ("1927-SU", "1927-W33") still pins the year
        year_only = re.match(r"^(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2})$", value.strip())
        return PartialDate(int(year_only.group(1))) if year_only else None
    try:
        return PartialDate(
            int(match["year"]),
            int(match["month"]) if match["month"] else None,
            int(match["day"]) if match["day"] else None,
        )
    except ValueError:
        return None


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Convert a Julian calendar date through its Julian Day Number (exact for any era)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)


def _julian_month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 else 28
    return _last_day_of_month(2001, month).day


def _last_day_of_month(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def coarser(a: Precision, b: Precision) -> Precision:
    return a if PRECISION_RANK[a] <= PRECISION_RANK[b] else b


@dataclass(frozen=True, slots=True)
class Distance:
    """How far the reference lies from the text, in the unit of the shared precision."""

    amount: int
    unit: Literal["day", "month", "year"]
    later: bool  # True when the reference date is after the text's date


@dataclass(frozen=True, slots=True)
class DateComparison:
    agrees: bool
    precision: Precision  # the shared (coarser) precision the comparison was made at
    distance: Distance | None = None
    old_style: bool = False  # the text's date matches only when read as Julian (Old Style)


#: TIMEX3 modifiers that keep a date inside its own span ("a principios de 1927" is in 1927)
IN_SPAN_MODIFIERS = frozenset({"START", "MID", "END"})
#: how far "around" reaches, in units of the date's own precision
DEFAULT_APPROX_REACH: dict[str, int] = {"day": 7, "month": 1, "year": 2}


def claimed_span(
    date: PartialDate, mod: str | None = None, approx_reach: dict[str, int] | None = None
) -> tuple[dt.date, dt.date] | None:
    """The days a text's date may denote given its TIMEX3 modifier; None when it cannot be compared."""
    first, last = date.span()
    if mod is None or mod in IN_SPAN_MODIFIERS:
        return first, last
    if mod == "APPROX":
        reach = (approx_reach or DEFAULT_APPROX_REACH)[date.precision]
        if date.precision == "day":
            return first - dt.timedelta(days=reach), last + dt.timedelta(days=reach)
        if date.precision == "month":
            return _add_months(first, -reach), _add_months(last.replace(day=1), reach + 1) - dt.timedelta(days=1)
        return dt.date(max(first.year - reach, 1), 1, 1), dt.date(last.year + reach, 12, 31)
    if mod == "BEFORE":
        return dt.date.min, first - dt.timedelta(days=1)
    if mod == "AFTER":
        return last + dt.timedelta(days=1), dt.date.max
    return None  # MORE_THAN, LESS_THAN... belong to durations: no comparable span


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def compare_dates(
    claimed: PartialDate,
    reference: PartialDate,
    mod: str | None = None,
    approx_reach: dict[str, int] | None = None,
    tolerance_days: int = 0,
) -> DateComparison | None:
    """Agree when the two spans of days overlap; otherwise say how far apart they are.

    `mod` is the text's TIMEX3 modifier ("before 1930" is every day before 1930,
    "around 1927" reaches a little beyond); None is returned when the modifier leaves
    nothing comparable. A day before Russia's switch to the Gregorian calendar that
    misses the reference but matches it when read as Old Style agrees too (and says so):
    Russian narratives routinely give Julian dates ("25 October 1917"). `tolerance_days`
    widens the text's span for dates that are fuzzy by nature.
    """
    span = claimed_span(claimed, mod, approx_reach)
    if span is None:
        return None
    if tolerance_days:  # a date that is fuzzy by nature (a move: departure or arrival?)
        slack = dt.timedelta(days=tolerance_days)
        span = (max(span[0], dt.date.min + slack) - slack, min(span[1], dt.date.max - slack) + slack)
    shared = coarser(claimed.precision, reference.precision)
    if _overlap(span, reference.span()):
        return DateComparison(True, shared)
    in_span = mod is None or mod in IN_SPAN_MODIFIERS
    if in_span and claimed.calendar == "gregorian" and _before_russian_switch(claimed):
        old_style = claimed.as_julian()
        if _overlap(old_style.span(), reference.span()):
            return DateComparison(True, shared, old_style=True)
    return DateComparison(False, shared, _distance(claimed, reference, shared))


def _before_russian_switch(date: PartialDate) -> bool:
    return date.precision == "day" and date.span()[0] < RUSSIAN_SWITCH_TO_GREGORIAN


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _distance(claimed: PartialDate, reference: PartialDate, unit: Precision) -> Distance:
    text_day = claimed.span()[0]
    ref_day = reference.to_gregorian().span()[0] if reference.precision == "day" else reference.span()[0]
    if unit == "day":
        amount = (ref_day - text_day).days
    elif unit == "month":
        amount = (ref_day.year - text_day.year) * 12 + ref_day.month - text_day.month
    else:
        amount = ref_day.year - text_day.year
    return Distance(abs(amount), unit, amount > 0)
