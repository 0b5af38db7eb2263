"""What a value denotes: its days under cronica's policy, every reading a writer may have meant,
and how a TIMEX3 `mod` changes them. The policy is docs/timex.md, "Time values".

* **Nominal span** (`nominal_span`): where a value is placed, sorted, indexed and drawn.
  Seasons are meteorological and northern: spring March-May, summer June-August, autumn
  September-November, winter December of its year to February of the next (`1927-WI` is
  December 1927 to February 1928: the tagger resolves "next winter" that way). Weeks are
  ISO 8601 (Monday to Sunday, week 1 holds 4 January), a weekend is that week's Saturday
  and Sunday, quarters and halves are calendar ones.
* **Readings** (`readings`): every span a writer may have meant. A season may be
  astronomical (from the equinox or solstice), southern (Argentina's "invierno de 1976"
  is June-August), and a winter (a southern summer) may be named by the year of its
  January; a week may start on Sunday; a weekend may include Friday. Fiscal quarters
  are not read. Checking uses their hull, so no convention can turn into a contradiction.
* **Mods** (`apply_mod`, `bounds`): START/MID/END/EARLY/LATE keep the value's own span
  (the part is inside it; how large a part "early" is, nobody can say); APPROX/ABOUT widen
  it by a reach per precision (`DEFAULT_APPROX_REACH`); BEFORE/AFTER and ON_OR_BEFORE/
  ON_OR_AFTER open it to one side; duration mods (LESS_THAN, MORE_THAN...) and unknown
  ones leave nothing sure (None). `part_of_span` says which third a drawing may narrow to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cronica.timevalue import days
from cronica.timevalue.days import DaySpan
from cronica.timevalue.value import PART_MONTHS, PERIOD_YEARS, PartialDate, Precision, period_last_year

#: astronomical seasons, from the earliest day the equinox or solstice falls on to the day before
#: the latest next one (March 19-21, June 20-22, September 22-23, December 21-22)
ASTRONOMICAL_SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "SP": ((3, 19), (6, 21)),
    "SU": ((6, 20), (9, 22)),
    "FA": ((9, 22), (12, 21)),
    "WI": ((12, 21), (3, 20)),
}
#: the season with the same name in the other hemisphere falls in these northern months
SOUTHERN_SEASON = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}

ModEffect = Literal["none", "part", "approx", "before", "on_or_before", "after", "on_or_after", "unknown"]
MOD_EFFECTS: dict[str, ModEffect] = {
    "START": "part", "EARLY": "part", "MID": "part", "END": "part", "LATE": "part",
    "APPROX": "approx", "ABOUT": "approx",
    "BEFORE": "before", "ON_OR_BEFORE": "on_or_before", "AFTER": "after", "ON_OR_AFTER": "on_or_after",
}  # fmt: skip
#: TIMEX3 modifiers that keep a value inside its own span ("a principios de 1927" is in 1927)
IN_SPAN_MODS = frozenset(mod for mod, effect in MOD_EFFECTS.items() if effect == "part")
#: modifiers of durations ("more than two years"): on a date they leave nothing sure
DURATION_MODS = frozenset({"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
#: which third of its span a START/MID/END names, for drawing: (share skipped, share kept)
PART_SHARES: dict[str, tuple[float, float]] = {
    "START": (0.0, 1 / 3), "EARLY": (0.0, 1 / 3), "MID": (1 / 3, 1 / 3), "END": (2 / 3, 1 / 3), "LATE": (2 / 3, 1 / 3),
}  # fmt: skip

#: how far "around" reaches either side, in the unit of the precision (days, months or years)
DEFAULT_APPROX_REACH: dict[str, int] = {
    "time": 7, "day": 7, "weekend": 7, "week": 7,
    "month": 1, "season": 1, "quarter": 1, "half": 2,
    "year": 2, "decade": 5, "century": 25, "millennium": 250,
}  # fmt: skip
_DAY_UNITS = frozenset({Precision.TIME, Precision.DAY, Precision.WEEKEND, Precision.WEEK})
_MONTH_UNITS = frozenset({Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF})


@dataclass(frozen=True, slots=True)
class Bounds:
    """The days a modified value may denote; None on a side means open ("before 1930")."""

    first: int | None
    last: int | None

    def overlaps(self, span: DaySpan) -> bool:
        return (self.first is None or self.first <= span.last) and (self.last is None or span.first <= self.last)

    def widened(self, slack: int) -> Bounds:
        return Bounds(
            None if self.first is None else self.first - slack, None if self.last is None else self.last + slack
        )

    def hull(self, other: Bounds) -> Bounds:
        first = None if self.first is None or other.first is None else min(self.first, other.first)
        last = None if self.last is None or other.last is None else max(self.last, other.last)
        return Bounds(first, last)


@lru_cache(maxsize=8192)
def nominal_span(value: PartialDate) -> DaySpan | None:
    """The days a value denotes under cronica's policy; None for an undated value (cached: values
    repeat, and both are immutable)."""
    year, precision, calendar = value.year, value.precision, value.calendar
    if year is None:
        return None
    if precision in (Precision.DAY, Precision.TIME):
        assert value.month is not None and value.day is not None
        number = days.day_number(year, value.month, value.day, calendar)
        return DaySpan(number, number)
    if precision == Precision.MONTH:
        assert value.month is not None
        return days.months_span(year, value.month, 1, calendar)
    if precision == Precision.YEAR:
        return days.years_span(year, year, calendar)
    if precision in PERIOD_YEARS:
        return days.years_span(year, period_last_year(year, PERIOD_YEARS[precision]), calendar)
    if precision in (Precision.WEEK, Precision.WEEKEND):
        assert value.week is not None
        monday = days.iso_week_monday(year, value.week)
        assert monday is not None
        return DaySpan(monday + 5, monday + 6) if precision == Precision.WEEKEND else DaySpan(monday, monday + 6)
    assert value.part is not None
    first_month, months = PART_MONTHS[value.part]
    return days.months_span(year, first_month, months)


def readings(value: PartialDate) -> tuple[DaySpan, ...]:
    """Every span the value may denote, the nominal one first; () for an undated value."""
    nominal = nominal_span(value)
    if nominal is None:
        return ()
    if value.precision == Precision.WEEK:
        return nominal, DaySpan(nominal.first - 1, nominal.last - 1)  # weeks that start on Sunday
    if value.precision == Precision.WEEKEND:
        return nominal, DaySpan(nominal.first - 1, nominal.last)  # Friday evening on
    if value.precision != Precision.SEASON:
        return (nominal,)
    assert value.year is not None and value.part is not None
    found = [nominal]
    for season in (value.part, SOUTHERN_SEASON[value.part]):
        straddles = season == "WI"  # the northern winter months: a northern winter, a southern summer
        years = (value.year, days.add_years(value.year, -1)) if straddles else (value.year,)
        for year in years:
            found.append(days.months_span(year, PART_MONTHS[season][0], 3))
            found.append(_astronomical(year, season))
    return tuple(dict.fromkeys(found))


def possible_span(value: PartialDate) -> DaySpan | None:
    """The hull of every reading: the days no reading of the value falls outside."""
    spans = readings(value)
    if not spans:
        return None
    hull = spans[0]
    for span in spans[1:]:
        hull = hull.hull(span)
    return hull


def _astronomical(year: int, season: str) -> DaySpan:
    (first_month, first_day), (last_month, last_day) = ASTRONOMICAL_SEASONS[season]
    last_year = days.add_years(year, 1) if last_month < first_month else year
    return DaySpan(days.day_number(year, first_month, first_day), days.day_number(last_year, last_month, last_day))


def mod_effect(mod: str | None) -> ModEffect:
    """What a TIMEX3 `mod` does to a date's span."""
    if not mod:
        return "none"
    return MOD_EFFECTS.get(mod.strip().upper(), "unknown")


def apply_mod(
    span: DaySpan, precision: Precision, mod: str | None, reach: Mapping[str, int] | None = None
) -> Bounds | None:
    """The days one reading of a value may denote under `mod`; None when the mod leaves nothing sure."""
    effect = mod_effect(mod)
    if effect in ("none", "part"):
        return Bounds(span.first, span.last)
    if effect == "approx":
        return _widened(span, precision, reach)
    if effect == "before":
        return Bounds(None, span.first - 1)
    if effect == "on_or_before":
        return Bounds(None, span.last)
    if effect == "after":
        return Bounds(span.last + 1, None)
    if effect == "on_or_after":
        return Bounds(span.first, None)
    return None  # duration mods and unknown ones


def bounds(value: PartialDate, mod: str | None = None, reach: Mapping[str, int] | None = None) -> Bounds | None:
    """Every day the value may denote under any reading and `mod`: what checking a text's date uses."""
    found: Bounds | None = None
    for span in readings(value):
        one = apply_mod(span, value.precision, mod, reach)
        if one is None:
            return None
        found = one if found is None else found.hull(one)
    return found


def approx_reach(precision: Precision, reach: Mapping[str, int] | None = None) -> int:
    """How far "around" reaches for a precision, in its unit; `reach` overrides the defaults by name."""
    name = Precision(precision).value
    if reach and name in reach:
        return int(reach[name])
    return DEFAULT_APPROX_REACH[name]


def _widened(span: DaySpan, precision: Precision, reach: Mapping[str, int] | None) -> Bounds:
    amount = approx_reach(precision, reach)
    if precision in _DAY_UNITS:
        return Bounds(span.first - amount, span.last + amount)
    wide = days.shift_months(span, amount) if precision in _MONTH_UNITS else days.shift_years(span, amount)
    return Bounds(wide.first, wide.last)


def part_of_span(mod: str | None) -> tuple[float, float] | None:
    """For drawing: the share of the span skipped and kept by START/MID/END/EARLY/LATE, else None."""
    return PART_SHARES.get((mod or "").strip().upper())
