"""Reckoning an age from two dates, each known only as a span of days.

"Died at 73" is checked against a date of birth and the day it is reckoned at (the date of
death, or the event's date). Either may be known to the day, the month or the year, and a
Russian date before 1918 may be Old Style: every day the two spans allow is a possible
birthday and moment, and the text's age contradicts the reference only when no pair of them
gives it. The ages possible form one range, from the latest birth and the earliest moment to
the earliest birth and the latest moment.
"""

from __future__ import annotations

import datetime as dt

DaySpan = tuple[dt.date, dt.date]
#: days an Old Style date before Russia's switch (14 February 1918) may lie from the Gregorian one
OLD_STYLE_SLACK = dt.timedelta(days=13)


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from `born` to `day` (a birthday counts from its own day)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def possible_ages(birth: DaySpan, moment: DaySpan) -> tuple[int, int] | None:
    """The youngest and oldest age the two spans allow; None when a span is open or reversed."""
    if dt.date.min in (birth[0], moment[0]) or dt.date.max in (birth[1], moment[1]) or moment[1] < birth[0]:
        return None
    return age_on(birth[1], moment[0]), age_on(birth[0], moment[1])


def widened_for_old_style(span: DaySpan, switch: dt.date) -> DaySpan:
    """A text's date before the calendar switch, widened by the days an Old Style reading moves it."""
    first, last = span
    if first >= switch:
        return span
    return max(dt.date.min + OLD_STYLE_SLACK, first) - OLD_STYLE_SLACK, min(
        dt.date.max - OLD_STYLE_SLACK, last
    ) + OLD_STYLE_SLACK
