"""Place a TIMEX3 value on a time axis: the span of time it can denote, as decimal years.

A value is rarely a point: `1927` is a whole year, `192X` a decade, `19` a century.
The report draws each as the range it covers, so vague dates look vague. Years are
astronomical (1 BC is year 0, 2 BC is -1), which keeps the axis continuous.
Values that cannot be placed (`XXXX-01`, `PRESENT_REF`, durations) give None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: precision names shown to the reader, narrowest first
PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "millennium")

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})(?:-WE)?$")
_PART = re.compile(r"^(?P<year>\d{4})-(?P<part>Q[1-4]|H[12]|SP|SU|FA|AU|WI)$")
_VAGUE = re.compile(r"^(?P<digits>\d{1,3})X*$")
_BC = re.compile(r"^BC(?P<digits>\d{1,4})X*$")

#: season or part of year → (first month, number of months)
_PARTS = {
    "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
    "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "AU": (9, 3), "WI": (12, 3),
}  # fmt: skip

#: TIMEX3 mods that keep a part of the span: (share of the span skipped, share kept)
_NARROWING = {"EARLY": (0.0, 1 / 3), "START": (0.0, 1 / 3), "MID": (1 / 3, 1 / 3), "LATE": (2 / 3, 1 / 3),
              "END": (2 / 3, 1 / 3)}  # fmt: skip
_APPROXIMATE = {"APPROX", "ABOUT", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
_OPEN_BEFORE = {"BEFORE", "ON_OR_BEFORE"}
_OPEN_AFTER = {"AFTER", "ON_OR_AFTER"}


#: TIMEX3 values that say when relative to the text ("now", "recently") but are not dates
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def calendar_date(value: str | None) -> str | None:
    """The value to show as an event's date: None for no value and for PRESENT_REF and the other
    reference values, which are never shown as dates."""
    if not value or value.strip() in REFERENCE_VALUES:
        return None
    return value


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """Where a value sits on the axis: [start, end) in decimal years."""

    start: float
    end: float
    precision: str
    approximate: bool = False
    open_before: bool = False
    open_after: bool = False

    @property
    def is_range(self) -> bool:
        """True when the value denotes more than a day: drawn as a bar, not a dot."""
        return self.precision not in ("day", "time")


def decimal_year(year: int, month: int = 1, day: int = 1) -> float:
    """The instant a day starts, as a decimal year (proleptic Gregorian, any year)."""
    lengths = _month_lengths(year)
    if not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        raise ValueError(f"no such day: {year}-{month}-{day}")
    day_of_year = sum(lengths[: month - 1]) + day - 1
    return year + day_of_year / (366 if _is_leap(year) else 365)


def span_of(value: str | None, mod: str | None = None) -> TimeSpan | None:
    """The span a TIMEX3 DATE value denotes, narrowed or marked by its mod; None when unplaceable."""
    if not value:
        return None
    span = _span_of_value(value.strip())
    if span is None:
        return None
    return _apply_mod(span, (mod or "").upper())


def _span_of_value(value: str) -> TimeSpan | None:
    if match := _ISO.match(value):
        return _iso_span(int(match["year"]), match["month"], match["day"], has_time="T" in value)
    if match := _WEEK.match(value):
        return _week_span(int(match["year"]), int(match["week"]))
    if match := _PART.match(value):
        part = match["part"]
        first, months = _PARTS[part]
        precision = "quarter" if part.startswith("Q") else "half" if part.startswith("H") else "season"
        return _months_span(int(match["year"]), first, months, precision)
    if match := _VAGUE.match(value):
        return _vague_span(match["digits"], bc=False)
    if match := _BC.match(value):
        return _vague_span(match["digits"], bc=True)
    return None


def _iso_span(year: int, month: str | None, day: str | None, has_time: bool) -> TimeSpan | None:
    if month is None or month == "XX":
        return TimeSpan(float(year), float(year + 1), "year")
    month_number = int(month)
    if not 1 <= month_number <= 12:
        return TimeSpan(float(year), float(year + 1), "year")
    if day is None or day == "XX":
        return _months_span(year, month_number, 1, "month")
    try:
        start = decimal_year(year, month_number, int(day))
    except ValueError:  # 1927-02-30: keep what is sure, the month
        return _months_span(year, month_number, 1, "month")
    one_day = 1 / (366 if _is_leap(year) else 365)
    return TimeSpan(start, start + one_day, "time" if has_time else "day")


def _week_span(year: int, week: int) -> TimeSpan | None:
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    start = decimal_year(monday.year, monday.month, monday.day)
    return TimeSpan(start, start + 7 / 365, "week")


def _months_span(year: int, first_month: int, months: int, precision: str) -> TimeSpan:
    start = decimal_year(year, first_month)
    last = first_month + months
    end = decimal_year(year + (last - 1) // 12, (last - 1) % 12 + 1) if last <= 12 else float(year + 1)
    if first_month == 12 and months == 3:  # winter runs into the next year
        end = decimal_year(year + 1, 3)
    return TimeSpan(start, end, precision)


def _vague_span(digits: str, bc: bool) -> TimeSpan:
    """Years, decades, centuries, millennia: the unknown trailing digits make the width."""
    width = 10 ** (4 - len(digits))
    precision = {1: "year", 10: "decade", 100: "century", 1000: "millennium"}[width]
    first = int(digits) * width
    if not bc:
        return TimeSpan(float(first), float(first + width), precision)
    # BC0264 is 264 BC, astronomical year -263; BC02XX is 299-200 BC
    last_bc_year = first + width - 1
    return TimeSpan(float(1 - last_bc_year), float(1 - max(first, 1) + 1), precision)


def _apply_mod(span: TimeSpan, mod: str) -> TimeSpan:
    width = span.end - span.start
    if mod in _NARROWING:
        skip, keep = _NARROWING[mod]
        start = span.start + width * skip
        return TimeSpan(start, start + width * keep, span.precision, approximate=True)
    if mod in _APPROXIMATE:
        return TimeSpan(span.start - width / 2, span.end + width / 2, span.precision, approximate=True)
    if mod in _OPEN_BEFORE:
        return TimeSpan(span.start, span.end, span.precision, approximate=True, open_before=True)
    if mod in _OPEN_AFTER:
        return TimeSpan(span.start, span.end, span.precision, approximate=True, open_after=True)
    return span


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_lengths(year: int) -> list[int]:
    return [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
