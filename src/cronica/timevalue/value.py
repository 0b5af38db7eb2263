"""`PartialDate`: a TIMEX3 date value as one typed object, and the parser of every form cronica writes.

A date known only in part: to the millennium, century, decade, year, half, quarter,
season, month, ISO week, weekend, day or time of day, in the Gregorian or the Julian
calendar. `parse()` reads the TIMEX3 value (`1927`, `1927-11-12`, `1927-11-12T10:00`,
`1927-W23`, `1927-W23-WE`, `1927-SU`, `1927-Q3`, `1927-H1`, `192`/`192X`, `19`/`19XX`,
`BC0264`, `BC026`, `XXXX-01`...) and gives None for what is not a date (`PRESENT_REF`,
durations such as `P2Y`, anything else); `kind()` says which. `iso()` writes the value
back in cronica's canonical form. What each value spans, and how a TIMEX3 `mod`
changes that, is in `readings.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from cronica.timevalue import days
from cronica.timevalue.days import Calendar, DaySpan


class Precision(StrEnum):
    """How finely a value is known, named as the reader sees it; `rank` orders them by width."""

    TIME = "time"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        """0 for the finest (a time of day) up to 11 (a millennium)."""
        return _RANK[self]


_RANK = {precision: rank for rank, precision in enumerate(Precision)}
#: the precisions of one chain of calendar fields: a value at one of them lies inside its truncation
#: to any coarser one (a day inside its month, a year inside its decade)
CHAIN_PRECISIONS = (
    Precision.MILLENNIUM,
    Precision.CENTURY,
    Precision.DECADE,
    Precision.YEAR,
    Precision.MONTH,
    Precision.DAY,
    Precision.TIME,
)
#: parts of a year and the months they cover: (first month, number of months)
PART_MONTHS: dict[str, tuple[int, int]] = {
    "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
    "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3),
}  # fmt: skip
_PART_PRECISION = {"Q": Precision.QUARTER, "H": Precision.HALF}
#: years a period of each precision covers
PERIOD_YEARS = {Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}
#: TIMEX3 values that say when relative to the text ("now", "recently") but are not dates
REFERENCE_VALUES: dict[str, str] = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}

Kind = Literal["date", "undated", "reference", "duration", "invalid"]

_TIME = r"(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-]\d{2}(?::?\d{2})?)?"
_VALUE = re.compile(
    r"^(?P<bc>BC)?(?P<digits>\d{1,4}|XXXX)(?P<fill>X{0,3})"
    r"(?:-(?:(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?"
    r"|W(?P<week>\d{2}|XX)(?:-(?P<wpart>WE|[1-7]))?"
    r"|(?P<part>SP|SU|FA|AU|WI|Q[1-4]|H[12])))?"
    rf"(?:T(?P<time>{_TIME}))?$"
)
_DURATION = re.compile(
    r"^P(?:(?:[\dX]+(?:\.\d+)?[YMWDE]|[\dX]+(?:DE|CE|ML|Q|HY|WE))+)?(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?$"
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to some precision, in a calendar.

    `year` is historical (-264 = 264 BC, never 0) and None when unknown (`XXXX-01`: such a
    value is understood but has no place in time). A decade, century or millennium keeps
    the first year it covers (1920 for the 1920s, -269 for the 260s BC, 1 for the first
    century). Fields finer than `precision` are None, except that an undated value keeps
    the fields it names (`XXXX-XX-12`). `precision` is derived from the fields when not given.
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    calendar: Calendar = "gregorian"
    precision: Precision = None  # type: ignore[assignment]  # derived in __post_init__ when None
    #: SP/SU/FA/WI (seasons), Q1-Q4, H1-H2
    part: str | None = None
    #: ISO week number (its year is `year`, the ISO week-numbering year)
    week: int | None = None
    #: ISO weekday (1 = Monday) of an undated weekday (`XXXX-WXX-5`)
    weekday: int | None = None
    #: the TIMEX3 time after "T": "10:00", "10:00:30", or a part of day ("MO", "EV"...)
    time: str | None = None

    def __post_init__(self) -> None:
        precision = Precision(self.precision) if self.precision is not None else self._derived_precision()
        object.__setattr__(self, "precision", precision)
        if self.year == 0:
            raise ValueError("there is no year 0")
        if self.calendar not in ("gregorian", "julian"):
            raise ValueError(f"unknown calendar {self.calendar!r}")
        if self.calendar == "julian" and precision not in CHAIN_PRECISIONS:
            raise ValueError(f"a {precision} is read in the Gregorian calendar only")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        if self.part is not None and self.part not in PART_MONTHS:
            raise ValueError(f"unknown part of a year {self.part!r}")
        if self.weekday is not None and not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday {self.weekday} out of range")
        if self.time is not None and not re.fullmatch(_TIME, self.time):
            raise ValueError(f"not a TIMEX3 time: {self.time!r}")
        if precision in PERIOD_YEARS and self.year is not None:
            object.__setattr__(self, "year", period_first_year(self.year, PERIOD_YEARS[precision]))
        if self.year is not None:
            self._check_dated(precision)
        elif self.day is not None and not 1 <= self.day <= (days.month_length(4, self.month) if self.month else 31):
            raise ValueError(f"day {self.day} out of range")

    def _derived_precision(self) -> Precision:
        if self.time is not None:
            return Precision.TIME
        if self.day is not None or self.weekday is not None:
            return Precision.DAY
        if self.week is not None:
            return Precision.WEEK
        if self.month is not None:
            return Precision.MONTH
        if self.part is not None:
            return _PART_PRECISION.get(self.part[0], Precision.SEASON)
        return Precision.YEAR

    def _check_dated(self, precision: Precision) -> None:
        """A value with a known year names a real day, week or part, at exactly its precision."""
        year = self.year
        assert year is not None
        wanted = _FIELDS[precision]
        present = {name for name in ("month", "day", "part", "week", "weekday") if getattr(self, name) is not None}
        if precision == Precision.WEEKEND:
            present.add("weekend")
        if present != wanted:
            raise ValueError(f"a {precision} value has {sorted(wanted) or 'only a year'}, not {sorted(present)}")
        if self.part is not None and _part_precision(self.part) != precision:
            raise ValueError(f"{self.part} is not a {precision}")
        if self.time is not None and precision != Precision.TIME:
            raise ValueError("a time of day needs a day")
        if self.day is not None and not days.is_valid(year, self.month or 0, self.day, self.calendar):
            raise ValueError(f"no such day: {year}-{self.month}-{self.day} ({self.calendar})")
        if self.week is not None and days.iso_week_monday(year, self.week) is None:
            raise ValueError(f"no week {self.week} in {year}")

    # --- what the value is -------------------------------------------------------------

    @property
    def is_dated(self) -> bool:
        """True when the value has a place in time (its year is known)."""
        return self.year is not None

    def iso(self) -> str:
        """The TIMEX3 value in cronica's canonical form: 1927, 1927-11-12, 192, BC0264, 1927-W23-WE..."""
        return format_value(self)

    def __str__(self) -> str:
        return self.iso() + (" (Julian)" if self.calendar == "julian" else "")

    def truncated(self, precision: Precision) -> PartialDate:
        """The same value known only to a coarser precision of the calendar chain (a day → its
        month, year, decade...). Parts of a year, weeks and weekends truncate to their year."""
        precision = Precision(precision)
        if precision.rank < self.precision.rank:
            raise ValueError(f"{precision} is finer than {self.precision}")
        if precision not in CHAIN_PRECISIONS:
            raise ValueError(f"truncation goes along the calendar fields, not to a {precision}")
        if precision == self.precision:
            return self
        keep_month = precision in (Precision.MONTH, Precision.DAY)
        return PartialDate(
            self.year,
            self.month if keep_month else None,
            self.day if precision == Precision.DAY else None,
            self.calendar,
            precision,
        )

    def as_julian(self) -> PartialDate:
        """The same numbers read as an Old Style (Julian) date."""
        return PartialDate(self.year, self.month, self.day, "julian", self.precision, time=self.time)

    def to_gregorian(self) -> PartialDate:
        """The same day in the Gregorian calendar. Only a Julian day (or time) moves: a Julian month
        or year straddles two Gregorian ones, so it stays Julian and its span says which days it covers."""
        if self.calendar == "gregorian" or self.precision not in (Precision.DAY, Precision.TIME):
            return self
        assert self.year is not None and self.month is not None and self.day is not None
        year, month, day = days.gregorian_ymd(days.day_number(self.year, self.month, self.day, "julian"))
        return PartialDate(year, month, day, "gregorian", self.precision, time=self.time)

    # --- where it lies -------------------------------------------------------------------

    def days(self) -> DaySpan | None:
        """The days the value denotes under cronica's policy (docs/timex.md, "Time values"), as
        Gregorian ordinals; None for an undated value."""
        from cronica.timevalue.readings import nominal_span

        return nominal_span(self)

    def span(self) -> tuple[dt.date, dt.date]:
        """First and last Gregorian `datetime.date` the value denotes (AD 1-9999; ValueError otherwise)."""
        found = self.days()
        if found is None:
            raise ValueError(f"{self.iso()} has no place in time")
        return found.dates()


_FIELDS: dict[Precision, set[str]] = {
    Precision.TIME: {"month", "day"},
    Precision.DAY: {"month", "day"},
    Precision.WEEKEND: {"week", "weekend"},
    Precision.WEEK: {"week"},
    Precision.MONTH: {"month"},
    Precision.SEASON: {"part"},
    Precision.QUARTER: {"part"},
    Precision.HALF: {"part"},
    Precision.YEAR: set(),
    Precision.DECADE: set(),
    Precision.CENTURY: set(),
    Precision.MILLENNIUM: set(),
}


def _part_precision(part: str) -> Precision:
    return _PART_PRECISION.get(part[0], Precision.SEASON)


def period_first_year(year: int, width: int) -> int:
    """The first year of the decade, century or millennium (`width` years) holding `year`, as TIMEX3
    numbers them by their leading digits: 192X is 1920-1929, 19 is 1900-1999, 00 is 1-99, BC026 the
    260s BC (269-260 BC), BC00 99-1 BC."""
    if year > 0:
        return max(year // width * width, 1)
    return -((-year) // width * width + width - 1)


def period_last_year(first_year: int, width: int) -> int:
    if first_year > 0:
        return first_year // width * width + width - 1
    return -max((-first_year) // width * width, 1)


def format_value(value: PartialDate) -> str:
    """The canonical TIMEX3 form (the inverse of `parse`)."""
    precision = value.precision
    if value.year is None:
        text = "XXXX"
    elif precision in PERIOD_YEARS:
        width = PERIOD_YEARS[precision]
        digits = 4 - len(str(width)) + 1
        return ("BC" if value.year < 0 else "") + f"{abs(value.year) // width:0{digits}d}"
    else:
        text = f"BC{-value.year:04d}" if value.year < 0 else f"{value.year:04d}"
    if precision in (Precision.WEEK, Precision.WEEKEND) or value.weekday is not None:
        text += "-W" + (f"{value.week:02d}" if value.week is not None else "XX")
        if precision == Precision.WEEKEND:
            text += "-WE"
        elif value.weekday is not None:
            text += f"-{value.weekday}"
    elif value.part is not None:
        text += "-" + value.part
    elif precision.rank <= Precision.MONTH.rank:
        text += "-" + (f"{value.month:02d}" if value.month is not None else "XX")
        if precision.rank <= Precision.DAY.rank:
            text += "-" + (f"{value.day:02d}" if value.day is not None else "XX")
    if value.time is not None:
        text += "T" + value.time
    return text


def parse(value: object) -> PartialDate | None:
    """The TIMEX3 value as a `PartialDate`; None for anything that is not a date value (never raises).

    A value with a known year is read as far as it is known: `1927-XX-12` is the year 1927,
    `1927-08-XX` August 1927, `1989-WXX` the year 1989. A day that does not exist (`1927-02-30`)
    makes the whole value invalid: cronica never writes one, and a user who does gets None,
    not a guess.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    return _parse_text(value)


@lru_cache(maxsize=8192)
def _parse_text(value: str) -> PartialDate | None:
    """`parse` for a short string; values repeat across a corpus, and a `PartialDate` is immutable."""
    match = _VALUE.match(value.strip())
    if match is None:
        return None
    try:
        return _from_match(match)
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> PartialDate | None:
    digits, fill, bc = match["digits"], match["fill"], bool(match["bc"])
    finer = any(match[name] for name in ("month", "week", "part", "time"))
    if digits == "XXXX":
        if bc or fill:
            return None
        return _undated(match)
    if len(digits) + len(fill) > 4 or (len(digits) < 4 and finer):
        return None
    if len(digits) + len(fill) < 4 and fill:
        return None  # "19X": neither a decade nor a century
    if len(digits) < 4 or fill:
        width = 10 ** (4 - len(digits))
        precision = {10: Precision.DECADE, 100: Precision.CENTURY, 1000: Precision.MILLENNIUM}[width]
        leading = int(digits)
        year = -(leading * width + width - 1) if bc else max(leading * width, 1)
        return PartialDate(year, precision=precision)
    year = -int(digits) if bc else int(digits)
    if year == 0:
        return None
    if match["week"] is not None:
        if match["week"] == "XX" or match["wpart"] not in (None, "WE"):
            return PartialDate(year)  # a week or weekday not known: what is sure is the year
        week = int(match["week"])
        return PartialDate(year, week=week, precision=Precision.WEEKEND if match["wpart"] else Precision.WEEK)
    if match["part"] is not None:
        part = "FA" if match["part"] == "AU" else match["part"]
        return PartialDate(year, part=part)
    month, day, time = match["month"], match["day"], match["time"]
    if month is None or month == "XX":
        return PartialDate(year)
    if day is None or day == "XX":
        return PartialDate(year, int(month))
    return PartialDate(year, int(month), int(day), time=time)


def _undated(match: re.Match[str]) -> PartialDate:
    """A value without a year (`XXXX-01`, `XXXX-WXX-5`, `XXXX-XX-XXTMO`): its named fields kept as written."""
    time = match["time"]
    if match["week"] is not None:
        wpart = match["wpart"]
        week = None if match["week"] == "XX" else int(match["week"])
        if wpart == "WE":
            return PartialDate(None, week=week, precision=Precision.WEEKEND, time=time)
        weekday = int(wpart) if wpart else None
        precision = Precision.TIME if time else Precision.DAY if weekday else Precision.WEEK
        return PartialDate(None, week=week, weekday=weekday, precision=precision, time=time)
    if match["part"] is not None:
        part = "FA" if match["part"] == "AU" else match["part"]
        return PartialDate(None, part=part, precision=_part_precision(part), time=time)
    month, day = match["month"], match["day"]
    if month is None:
        return PartialDate(None, precision=Precision.TIME if time else Precision.YEAR, time=time)
    number = None if month == "XX" else int(month)
    if day is None:
        return PartialDate(None, number, precision=Precision.TIME if time else Precision.MONTH, time=time)
    day_number = None if day == "XX" else int(day)
    return PartialDate(None, number, day_number, precision=Precision.TIME if time else Precision.DAY, time=time)


def kind(value: object) -> Kind:
    """What a TIMEX3 value is: a date with a place in time, a date without a year (`XXXX-01`), a
    reference (`PRESENT_REF`), a duration (`P2Y`), or nothing cronica can read."""
    if not isinstance(value, str):
        return "invalid"
    text = value.strip()
    if text in REFERENCE_VALUES:
        return "reference"
    if _DURATION.match(text) and text != "P":
        return "duration"
    parsed = parse(text)
    if parsed is None:
        return "invalid"
    return "date" if parsed.is_dated else "undated"


def reference_of(value: str | None) -> str | None:
    """The direction, "present", "past" or "future" for PRESENT_REF, PAST_REF, FUTURE_REF; None otherwise."""
    return REFERENCE_VALUES.get((value or "").strip())


def old_style_reading(value: PartialDate) -> PartialDate | None:
    """The same numbers read as a Julian (Old Style) day, for a Gregorian day before Russia's switch
    to the Gregorian calendar (14 February 1918): Russian narratives routinely give Julian dates
    ("25 October 1917"). None for any other value."""
    if value.calendar != "gregorian" or value.precision not in (Precision.DAY, Precision.TIME):
        return None
    found = value.days()
    switch = days.RUSSIAN_SWITCH_TO_GREGORIAN.toordinal()
    if found is None or found.first >= switch:
        return None
    try:
        return value.as_julian()
    except ValueError:
        return None


def month_key(value: PartialDate) -> str | None:
    """The "YYYY-MM" of a dated AD value that lies inside one Gregorian month (a month, a day, a time)."""
    if value.precision not in (Precision.MONTH, Precision.DAY, Precision.TIME):
        return None
    gregorian = value.to_gregorian()
    if gregorian.year is None or gregorian.year < 1 or gregorian.calendar != "gregorian":
        return None
    return f"{gregorian.year:04d}-{gregorian.month:02d}"
