"""Days as integers: the arithmetic under every time value, for any year and both calendars.

A day is its proleptic Gregorian ordinal (`datetime.date.toordinal()`: 1 January of
AD 1 is day 1), extended to the years before Christ, so spans of BC dates order and
subtract like any other. Years are historical: -264 is 264 BC and there is no year 0
(the astronomical year of 264 BC is -263); `datetime` is used only where it reaches
(AD 1-9999).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Calendar = Literal["gregorian", "julian"]

#: Julian Day Number of the day before 1 January AD 1 (proleptic Gregorian)
_JDN_OFFSET = 1721425
#: the first Gregorian day in Russia: 31 January 1918 (Old Style) was followed by 14 February 1918
RUSSIAN_SWITCH_TO_GREGORIAN = dt.date(1918, 2, 14)


def astronomical(year: int) -> int:
    """The astronomical year of a historical one (1 BC = 0, 2 BC = -1)."""
    if year == 0:
        raise ValueError("there is no year 0")
    return year + 1 if year < 0 else year


def historical(year: int) -> int:
    """The historical year of an astronomical one (0 = 1 BC)."""
    return year - 1 if year <= 0 else year


def add_years(year: int, years: int) -> int:
    """A historical year moved by `years`, skipping the year 0 that does not exist."""
    moved = astronomical(year) + years
    return historical(moved)


def is_leap(year: int, calendar: Calendar = "gregorian") -> bool:
    a = astronomical(year)
    if calendar == "julian":
        return a % 4 == 0
    return a % 4 == 0 and (a % 100 != 0 or a % 400 == 0)


def month_length(year: int, month: int, calendar: Calendar = "gregorian") -> int:
    if month == 2:
        return 29 if is_leap(year, calendar) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_valid(year: int, month: int, day: int, calendar: Calendar = "gregorian") -> bool:
    return year != 0 and 1 <= month <= 12 and 1 <= day <= month_length(year, month, calendar)


def day_number(year: int, month: int, day: int, calendar: Calendar = "gregorian") -> int:
    """The day (Gregorian ordinal) of a date written in `calendar`; ValueError if it does not exist."""
    if not is_valid(year, month, day, calendar):
        raise ValueError(f"no such day: {year}-{month}-{day} ({calendar})")
    if calendar == "julian":
        return julian_day_number(year, month, day) - _JDN_OFFSET
    # days from civil (proleptic Gregorian) on the astronomical year, exact for any era
    a = astronomical(year) - (1 if month <= 2 else 0)
    era = a // 400
    year_of_era = a - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 305


def julian_day_number(year: int, month: int, day: int) -> int:
    """Julian Day Number of a date in the Julian calendar (historical year; integer arithmetic)."""
    a = (14 - month) // 12
    y = astronomical(year) + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


def gregorian_ymd(number: int) -> tuple[int, int, int]:
    """(historical year, month, day) of a day in the Gregorian calendar."""
    z = number + 305
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return historical(year), month, day


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian `date` of a Julian calendar date (AD 1-9999): 25 October 1917 O.S. → 7 November."""
    return dt.date.fromordinal(day_number(year, month, day, "julian"))


def to_date(number: int) -> dt.date | None:
    """The `datetime.date` of a day, None outside AD 1-9999."""
    if 1 <= number <= dt.date.max.toordinal():
        return dt.date.fromordinal(number)
    return None


def iso_weekday(number: int) -> int:
    """1 = Monday ... 7 = Sunday (1 January AD 1 was a Monday)."""
    return (number - 1) % 7 + 1


def iso_week_monday(year: int, week: int) -> int | None:
    """The Monday of ISO week `week` of ISO year `year` (weeks start on Monday; week 1 holds 4 January)."""
    if not 1 <= week <= iso_weeks_in_year(year):
        return None
    return _first_iso_monday(year) + 7 * (week - 1)


def iso_weeks_in_year(year: int) -> int:
    """52 or 53."""
    return (_first_iso_monday(add_years(year, 1)) - _first_iso_monday(year)) // 7


def _first_iso_monday(year: int) -> int:
    fourth = day_number(year, 1, 4)
    return fourth - iso_weekday(fourth) + 1


def month_index(year: int, month: int) -> int:
    """Months counted continuously across eras (no year 0): consecutive months differ by 1."""
    return astronomical(year) * 12 + month - 1


def from_month_index(index: int) -> tuple[int, int]:
    return historical(index // 12), index % 12 + 1


def day_key(number: int) -> int:
    """yyyymmdd as one integer (historical year, negative before Christ): the store's sortable key.
    Monotonic in the day for every era, since month and day are positive."""
    year, month, day = gregorian_ymd(number)
    return year * 10000 + month * 100 + day


@dataclass(frozen=True, slots=True, order=True)
class DaySpan:
    """First and last day (inclusive) a value may denote."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"a span ends before it starts: {self.first} > {self.last}")

    def overlaps(self, other: DaySpan) -> bool:
        return self.first <= other.last and other.first <= self.last

    def contains(self, other: DaySpan) -> bool:
        return self.first <= other.first and other.last <= self.last

    def hull(self, other: DaySpan) -> DaySpan:
        return DaySpan(min(self.first, other.first), max(self.last, other.last))

    @property
    def days(self) -> int:
        return self.last - self.first + 1

    def dates(self) -> tuple[dt.date, dt.date]:
        """As `datetime.date`s; ValueError outside AD 1-9999."""
        first, last = to_date(self.first), to_date(self.last)
        if first is None or last is None:
            raise ValueError("outside the years datetime can hold (AD 1-9999)")
        return first, last

    def keys(self) -> tuple[int, int]:
        """(first, last) as yyyymmdd integers."""
        return day_key(self.first), day_key(self.last)

    def whole_years(self) -> DaySpan:
        """From 1 January of the first day's year to 31 December of the last day's."""
        first_year, last_year = gregorian_ymd(self.first)[0], gregorian_ymd(self.last)[0]
        return DaySpan(day_number(first_year, 1, 1), day_number(last_year, 12, 31))


def months_span(year: int, first_month: int, months: int, calendar: Calendar = "gregorian") -> DaySpan:
    """The days of `months` calendar months from `first_month` of `year` (they may run into the next year)."""
    start = month_index(year, first_month)
    last_year, last_month = from_month_index(start + months - 1)
    return DaySpan(
        day_number(year, first_month, 1, calendar),
        day_number(last_year, last_month, month_length(last_year, last_month, calendar), calendar),
    )


def years_span(first_year: int, last_year: int, calendar: Calendar = "gregorian") -> DaySpan:
    return DaySpan(day_number(first_year, 1, 1, calendar), day_number(last_year, 12, 31, calendar))


def shift_months(span: DaySpan, months: int) -> DaySpan:
    """From the first of the month `months` before the span's first month to the end of the month
    `months` after its last one (Gregorian)."""
    first_year, first_month, _ = gregorian_ymd(span.first)
    last_year, last_month, _ = gregorian_ymd(span.last)
    start = from_month_index(month_index(first_year, first_month) - months)
    end = from_month_index(month_index(last_year, last_month) + months)
    return DaySpan(day_number(*start, 1), day_number(*end, month_length(*end)))


def shift_years(span: DaySpan, years: int) -> DaySpan:
    """From 1 January `years` before the span's first year to 31 December `years` after its last."""
    first_year, last_year = gregorian_ymd(span.first)[0], gregorian_ymd(span.last)[0]
    return years_span(add_years(first_year, -years), add_years(last_year, years))


def distance(from_day: int, to_day: int, unit: Literal["day", "month", "year"]) -> int:
    """Signed whole units from one day to another by calendar fields (Gregorian): months and
    years count the change of month or year, as a reader would ("November is 3 months after August")."""
    if unit == "day":
        return to_day - from_day
    a_year, a_month, _ = gregorian_ymd(from_day)
    b_year, b_month, _ = gregorian_ymd(to_day)
    if unit == "month":
        return month_index(b_year, b_month) - month_index(a_year, a_month)
    return astronomical(b_year) - astronomical(a_year)
