"""TIMEX3 values → the span of calendar days they cover, as sortable yyyymmdd integers.

A value of year precision covers the whole year, a decade ("192X") ten years, a
century ("19") a hundred; so "events in 1917-11" can be asked of an event dated
"1917" (it overlaps) and of one dated "1917-11-07" (it is inside). Integers keep
BC years ordered (BC0264 → year -264), which ISO strings would not.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(
    r"^(?P<bc>BC)?(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])|H(?P<half>[12])|W(?P<week>\d{2})"
    r"|(?P<season>SP|SU|FA|AU|WI)))?(?:T.*)?$"
)
_DECADE = re.compile(r"^(?P<bc>BC)?(?P<prefix>\d{3})X$")
_CENTURY = re.compile(r"^(?P<bc>BC)?(?P<prefix>\d{2})(?:XX)?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 12)}

DayRange = tuple[int, int]


def day_key(year: int, month: int, day: int) -> int:
    """yyyymmdd as one integer; for a negative (BC) year the order of days stays right too."""
    return year * 10000 + month * 100 + day


def day_range(value: str | None) -> DayRange | None:
    """(first, last) day keys covered by a TIMEX3 date value; None for durations, sets, XXXX, refs."""
    if not value:
        return None
    value = value.strip()
    if match := _DATE.match(value):
        return _range_of_date(match)
    if match := _DECADE.match(value):
        start = int(match["prefix"]) * 10
        return _years(start, start + 9, bool(match["bc"]))
    if match := _CENTURY.match(value):
        start = int(match["prefix"]) * 100
        return _years(start, start + 99, bool(match["bc"]))
    return None


def month_of(value: str | None) -> str | None:
    """YYYY-MM when the value names a month or a day (AD dates only)."""
    if value and (match := _DATE.match(value.strip())) and match["month"] and not match["bc"]:
        return f"{match['year']}-{match['month']}"
    return None


def _range_of_date(match: re.Match[str]) -> DayRange | None:
    year = int(match["year"])
    bc = bool(match["bc"])
    signed = -year if bc else year
    try:
        if match["day"]:
            day = dt.date(max(year, 1), int(match["month"]), int(match["day"])).day
            key = day_key(signed, int(match["month"]), day)
            return key, key
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                return None
            return day_key(signed, month, 1), day_key(signed, month, 31)
        if match["quarter"]:
            first = (int(match["quarter"]) - 1) * 3 + 1
            return day_key(signed, first, 1), day_key(signed, first + 2, 31)
        if match["half"]:
            first = 1 if match["half"] == "1" else 7
            return day_key(signed, first, 1), day_key(signed, first + 5, 31)
        if match["week"] and not bc:
            monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
            sunday = monday + dt.timedelta(days=6)
            return day_key(monday.year, monday.month, monday.day), day_key(sunday.year, sunday.month, sunday.day)
        if match["season"]:
            first, last = _SEASON_MONTHS[match["season"]]
            return day_key(signed, first, 1), day_key(signed, last, 31)
    except ValueError:
        return None
    return _years(year, year, bc)


def _years(first: int, last: int, bc: bool) -> DayRange:
    if bc:  # BC0264 is before BC0263: the first year of a BC span is the larger number
        first, last = -last, -first
    return day_key(first, 1, 1), day_key(last, 12, 31)
