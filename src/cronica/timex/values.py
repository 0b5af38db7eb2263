"""TIMEX3 values: formatting points in time and durations, and calendar arithmetic on them.

Years are signed integers (negative before Christ, never 0). Arithmetic by days
or weeks uses the proleptic Gregorian calendar of `datetime` for years 1-9999;
outside that range a value keeps only the granularity that can be computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cronica.timevalue.value import PART_MONTHS

#: the month each season starts in: cronica.timevalue's season policy ("next winter" starts in December)
SEASON_START_MONTH = {season: PART_MONTHS[season][0] for season in ("SP", "SU", "FA", "WI")}
#: granularity levels of a point: year, month, day
YEAR, MONTH, DAY = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point at year, month or day granularity."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> int:
        return DAY if self.day else MONTH if self.month else YEAR

    def as_date(self) -> dt.date | None:
        if self.day and self.month and 1 <= self.year <= 9999:
            return dt.date(self.year, self.month, self.day)
        return None


def format_year(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def format_point(point: Point) -> str:
    value = format_year(point.year)
    if point.month:
        value += f"-{point.month:02d}"
        if point.day:
            value += f"-{point.day:02d}"
    return value


def add_years(year: int, years: int) -> int:
    result = year + years
    if year > 0 >= result:
        result -= 1  # there is no year 0: 1 BC precedes AD 1
    elif year < 0 <= result:
        result += 1
    return result


def add_months(point: Point, months: int) -> Point:
    index = point.year * 12 + (point.month or 1) - 1 + months
    return Point(index // 12, index % 12 + 1)


def add_days(point: Point, days: int) -> Point | None:
    date = point.as_date()
    if date is None:
        return None
    try:
        shifted = date + dt.timedelta(days=days)
    except OverflowError:
        return None
    return Point(shifted.year, shifted.month, shifted.day)


def iso_week(point: Point) -> str | None:
    date = point.as_date()
    if date is None:
        return None
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekday_near(point: Point, weekday: int, direction: int) -> Point | None:
    """The date of ISO `weekday` (1=Monday) relative to `point`: on/after it (1), before it (-1),
    or in the same week (0)."""
    date = point.as_date()
    if date is None:
        return None
    current = date.isoweekday()
    if direction > 0:
        delta = (weekday - current) % 7 or 7
    elif direction < 0:
        delta = -((current - weekday) % 7 or 7)
    else:
        delta = weekday - current
    return add_days(point, delta)


def format_number(amount: float) -> str:
    if float(amount).is_integer():
        return str(int(amount))
    return f"{amount:.2f}".rstrip("0").rstrip(".")


#: unit code → (TIMEX3 designator, multiplier, is a time unit)
DURATION_UNITS = {
    "Y": ("Y", 1, False),
    "2Y": ("Y", 2, False),
    "5Y": ("Y", 5, False),
    "DE": ("Y", 10, False),
    "CE": ("Y", 100, False),
    "ML": ("Y", 1000, False),
    "Q": ("M", 3, False),
    "HY": ("M", 6, False),
    "M": ("M", 1, False),
    "W": ("W", 1, False),
    "WE": ("WE", 1, False),
    "D": ("D", 1, False),
    "H": ("H", 1, True),
    "MIN": ("M", 1, True),
    "S": ("S", 1, True),
}
#: a vague amount of these units keeps the TIMEX3 unit (X quarters is no number of months)
_VAGUE_OWN_UNIT = {"Q": "Q"}
_DATE_ORDER = ("Y", "Q", "M", "W", "WE", "D")
_TIME_ORDER = ("H", "M", "S")


#: a fraction of these units is written in the next smaller one when it comes out whole:
#: "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _whole(parts: list[tuple[float | None, str]]) -> list[tuple[float | None, str]]:
    result: list[tuple[float | None, str]] = []
    for amount, unit in parts:
        smaller = _SMALLER.get(unit)
        if amount is not None and smaller and not float(amount).is_integer():
            whole, rest = int(amount), (amount - int(amount)) * smaller[1]
            if abs(rest - round(rest)) < 1e-9 and not any(u == smaller[0] for _, u in parts):
                if whole:
                    result.append((whole, unit))
                result.append((round(rest), smaller[0]))
                continue
        result.append((amount, unit))
    return result


def format_duration(parts: list[tuple[float | None, str]]) -> str:
    """`[(2, "Y"), (3, "M")]` → "P2Y3M"; an amount of None is vague ("X")."""
    date_parts: dict[str, str] = {}
    time_parts: dict[str, str] = {}
    for amount, unit in _whole(parts):
        designator, factor, is_time = DURATION_UNITS[unit]
        if amount is None and unit in _VAGUE_OWN_UNIT:  # "several quarters": PXQ, not some months
            designator = _VAGUE_OWN_UNIT[unit]
        text = "X" if amount is None else format_number(amount * factor)
        (time_parts if is_time else date_parts)[designator] = text
    value = "P" + "".join(f"{date_parts[d]}{d}" for d in _DATE_ORDER if d in date_parts)
    if time_parts:
        value += "T" + "".join(f"{time_parts[d]}{d}" for d in _TIME_ORDER if d in time_parts)
    return value
