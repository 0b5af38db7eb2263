"""Place a TIMEX3 value on the report's time axis: the span of time it can denote, as decimal years.

A value is rarely a point: `1927` is a whole year, `192X` a decade, `19` a century. The
report draws each as the range it covers, so vague dates look vague. What a value
covers, and what its `mod` does, is `cronica.timevalue`'s (docs/timex.md, "Time
values"); this module only turns days into decimal years and says how to draw a mod.
Years on the axis are astronomical (1 BC is year 0, 2 BC is -1), which keeps it
continuous. Values that cannot be placed (`XXXX-01`, `PRESENT_REF`, durations) give None.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from cronica.timevalue import (
    CHAIN_PRECISIONS,
    DURATION_MODS,
    REFERENCE_VALUES,
    DaySpan,
    PartialDate,
    apply_mod,
    mod_effect,
    parse,
    part_of_span,
)
from cronica.timevalue.days import astronomical, day_number, gregorian_ymd, historical, is_leap

__all__ = ["REFERENCE_VALUES", "TimeSpan", "calendar_date", "decimal_year", "span_of"]


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
    """The instant a day starts, as a decimal year (proleptic Gregorian, astronomical `year`)."""
    return _decimal(day_number(historical(year), month, day))


def _decimal(number: int) -> float:
    """The instant day `number` starts, as a decimal year."""
    year = gregorian_ymd(number)[0]
    day_of_year = number - day_number(year, 1, 1)
    return astronomical(year) + day_of_year / (366 if is_leap(year) else 365)


def span_of(value: str | None, mod: str | None = None, calendar: str | None = None) -> TimeSpan | None:
    """The span a TIMEX3 DATE value denotes, narrowed or marked by its mod; None when unplaceable.
    `calendar` is the timex's ("julian" for a date the text marks Old Style: drawn on its Gregorian days)."""
    date = parse(value)
    if date is None or not date.is_dated:
        return None
    if calendar == "julian" and date.precision in CHAIN_PRECISIONS:
        date = dataclasses.replace(date, calendar="julian")
    days = date.days()
    assert days is not None
    return _drawn(date, days, mod)


def _drawn(date: PartialDate, days: DaySpan, mod: str | None) -> TimeSpan:
    """START/MID/END narrow the bar to a third (a guess, so marked approximate); APPROX widens it
    by the reach checking uses; BEFORE/AFTER keep it and draw it open on one side."""
    start, end, precision = _decimal(days.first), _decimal(days.last + 1), date.precision.value
    effect = mod_effect(mod)
    if effect == "part":
        skip, keep = part_of_span(mod) or (0.0, 1.0)
        first = start + (end - start) * skip
        return TimeSpan(first, first + (end - start) * keep, precision, approximate=True)
    if effect == "approx":
        wide = apply_mod(days, date.precision, mod)
        assert wide is not None and wide.first is not None and wide.last is not None
        return TimeSpan(_decimal(wide.first), _decimal(wide.last + 1), precision, approximate=True)
    if effect in ("before", "on_or_before"):
        return TimeSpan(start, end, precision, approximate=True, open_before=True)
    if effect in ("after", "on_or_after"):
        return TimeSpan(start, end, precision, approximate=True, open_after=True)
    approximate = (mod or "").strip().upper() in DURATION_MODS  # "more than 1927": somewhere near it
    return TimeSpan(start, end, precision, approximate=approximate)
