"""Old Style and New Style: dates the text gives in the Julian calendar, or in both.

Two forms, in every language (the words are the language's `calendar_marker` and
`calendar_suffix` lexicon entries):

* a date given in both calendars, "7 November [O.S. 25 October] 1917", "25 de octubre
  (7 de noviembre) de 1917", "26 de octubrejul./ 7 de noviembre de 1879greg.": one
  timex over the whole expression (rule kind `dual_date`), valued as its New Style
  (Gregorian) date, `calendar` "gregorian". The pair must be one day in both
  calendars, otherwise it is not a dual date and the finder tries the next reading;
  which of the two is Old Style is the text's label when it gives one ("March 9,
  N.S."), else read from the dates themselves;
* a date followed by a marker, "17 October 1905 (O.S.)", "el 3 de abril de 1917
  según el calendario juliano", "14 February (N.S.)": the date keeps its written
  value and gets the calendar the marker names (the marker stays outside the span).

The verifier compares a `calendar: julian` date as the Gregorian days it denotes
(cronica.timevalue.PartialDate).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace

from cronica.model import Timex
from cronica.timevalue import julian_day_number
from cronica.timex.language import Lexicon
from cronica.timex.matchers import valid_date
from cronica.timex.tokens import Token
from cronica.timex.values import Point

_GREGORIAN_ORDINAL_OFFSET = 1721425  # Julian Day Number of 0001-01-01 (proleptic Gregorian) minus one
_OPEN, _CLOSE = frozenset({"(", "["}), frozenset({")", "]"})


def julian_to_gregorian(point: Point) -> Point | None:
    """The Gregorian day of a Julian calendar day (None outside 1-9999 or for an impossible date)."""
    if not (point.month and point.day and 1 <= point.year <= 9999):
        return None
    if not valid_date(point.year, point.month, point.day) and not (point.month == 2 and point.day == 29):
        return None
    try:
        day = dt.date.fromordinal(julian_day_number(point.year, point.month, point.day) - _GREGORIAN_ORDINAL_OFFSET)
    except (ValueError, OverflowError):
        return None
    return Point(day.year, day.month, day.day)


def dual_reading(first: Point, second: Point, second_calendar: str | None = None) -> Point | None:
    """The New Style day of a date written in both calendars, whichever comes first; None when the
    two are not one day in the Julian and Gregorian calendars. A Julian date late in December may
    fall in the Gregorian January of the next year ("1 January 1700 [O.S. 21 December 1699]").

    `second_calendar` is the calendar the text names for the bracketed date ("March 9, N.S.",
    "18 de diciembre según el calendario juliano"). The text's label is what it states: when the
    pair is one day only with the labels the other way round ("February 25 (March 9 according to
    the Old Style calendar), 1890"), the text still says the unlabelled date is the New Style one,
    and that is its value (an error the verifier can then see, rather than a silent repair)."""
    if first == second:
        return None
    for julian, gregorian in ((first, second), (second, first)):
        if _one_day(julian, gregorian):
            if second_calendar == "julian":
                return first
            if second_calendar == "gregorian":
                return second
            return gregorian
    return None


def dual_month(first: Point, second: Point, second_calendar: str | None = None) -> Point | None:
    """The New Style month of a month written in both calendars ("febrero (marzo, según el nuevo
    calendario) de 1917"): a Julian month runs 10-13 days into the next Gregorian month, so the pair
    is a month and the one after it, and the later is the New Style one, unless the text labels the
    bracketed month (its word is what it states, as in `dual_reading`). None for any other pair."""
    if _next_month(first) == second:
        gregorian = second
    elif _next_month(second) == first:
        gregorian = first
    else:
        return None
    if second_calendar == "julian":
        return first
    if second_calendar == "gregorian":
        return second
    return gregorian


def _next_month(point: Point) -> Point:
    if point.month == 12:
        return Point(point.year + 1, 1, None)
    return Point(point.year, (point.month or 0) + 1, None)


def _one_day(julian: Point, gregorian: Point) -> bool:
    """Whether `julian`, read in the Julian calendar, is the Gregorian day `gregorian`."""
    candidates = [julian]
    if julian.month == 12 and gregorian.month == 1 and julian.year == gregorian.year:
        candidates.append(Point(julian.year - 1, julian.month, julian.day))  # one year written for both
    return any(julian_to_gregorian(candidate) == gregorian for candidate in candidates)


def easter(year: int) -> tuple[int, int]:
    """Easter Sunday of a Gregorian year, as (month, day): the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month = (h + weekday_shift - 7 * m + 114) // 31
    day = (h + weekday_shift - 7 * m + 114) % 31 + 1
    return month, day


def movable_date(rule: Mapping[str, int], year: int) -> tuple[int, int] | None:
    """The (month, day) of a holiday whose date moves with the year, from its lexicon rule:
    `{easter: -2}` (Good Friday), `{month: 11, weekday: 4, nth: 4}` (the fourth Thursday of
    November), `{month: 5, weekday: 1, nth: -1}` (the last Monday of May), `{month: 11,
    weekday: 2, on_or_after: 2}` (the first Tuesday on or after 2 November)."""
    if not 1583 <= year <= 9999:
        return None
    if "easter" in rule:
        month, day = easter(year)
        moved = dt.date(year, month, day) + dt.timedelta(days=int(rule["easter"]))
        return moved.month, moved.day
    month, weekday = int(rule["month"]), int(rule["weekday"])
    if "on_or_after" in rule:
        start = dt.date(year, month, int(rule["on_or_after"]))
        found = start + dt.timedelta(days=(weekday - start.isoweekday()) % 7)
        return found.month, found.day
    nth = int(rule.get("nth", 1))
    if nth > 0:
        first = dt.date(year, month, 1)
        found = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        found = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    return (found.month, found.day) if found.month == month else None


def mark_calendars(timexes: list[Timex], tokens: Sequence[Token], lexicon: Lexicon) -> list[Timex]:
    """Set `calendar` on dates followed by a calendar marker: "(O.S.)", "(Old Style)", "según el
    calendario juliano". A one-word marker ("(Julian)") counts only between brackets."""
    trie = lexicon.categories.get("calendar_marker")
    if trie is None or not timexes:
        return timexes
    marked = list(timexes)
    for position, timex in enumerate(timexes):
        if timex.type != "DATE" or timex.calendar is not None or not timex.value[:1].isdigit():
            continue
        index = bisect_left(tokens, timex.end, key=_end_of)  # the token after the date
        if index >= len(tokens) or tokens[index].end != timex.end:
            continue
        index += 1
        bracketed = index < len(tokens) and tokens[index].key in _OPEN
        if bracketed:
            index += 1
        found = trie.matches(tokens, index) if index < len(tokens) else []
        if not found:
            continue
        end, calendar = found[-1]
        closed = end < len(tokens) and tokens[end].key in _CLOSE
        if (bracketed and closed) or (not bracketed and end - index > 1):
            marked[position] = replace(timex, calendar=calendar)
    return marked


def _end_of(token: Token) -> int:
    return token.end


__all__ = ["dual_month", "dual_reading", "easter", "julian_to_gregorian", "mark_calendars", "movable_date"]
