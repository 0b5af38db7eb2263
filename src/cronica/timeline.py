"""The order of a timeline: events by the interval their date denotes, undated ones after.

Shared by every view of a timeline (the terminal table, CSV, the HTML report, RDF's
intervals), so it sits below `export` and `report`, which both read it.
"""

from __future__ import annotations

from cronica.model import Analysis, Event


def timeline_order(analysis: Analysis) -> list[Event]:
    """Dated events by the interval their date denotes, then undated ones in text order.

    A partial date is placed by its interval: "1927" (all of 1927) starts before
    "1927-11-12" and, beginning on the same day as "1927-01-01", ends after it; dates
    without a known year ("XXXX-01", "PAST_REF") go after every placed date.
    """
    dated = [event for event in analysis.events if event.time_value]
    undated = [event for event in analysis.events if not event.time_value]
    dated.sort(key=lambda event: (sort_key_of_value(event.time_value or ""), event.trigger.start))
    return dated + sorted(undated, key=lambda event: event.trigger.start)


UNPLACED = (10**9, 10**9)


def sort_key_of_value(value: str) -> tuple[tuple[int, int], str]:
    """Order TIMEX3 values by (start, end) of the interval they denote, then lexically."""
    interval = interval_of_value(value)
    return (interval if interval is not None else UNPLACED, value)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_QUARTER_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def interval_of_value(value: str) -> tuple[int, int] | None:
    """First and last day denoted by a TIMEX3 date value, as yyyymmdd integers (BC negative)."""
    value = value.split("T", 1)[0]
    sign = 1
    if value.startswith("BC"):
        value, sign = value[2:], -1
    head, _, rest = value.partition("-")
    if not head or not all(c.isdigit() or c == "X" for c in head) or head.startswith("X"):
        return None
    width = 10 ** (4 - len(head)) if len(head) < 4 else 1  # "19" century, "192" decade digits
    digits = head.replace("X", "0")
    low_year = int(digits) * width
    high_year = int(head.replace("X", "9")) * width + (width - 1)
    if sign < 0:
        low_year, high_year = -high_year, -low_year
    if head.count("X") or len(head) < 4 or not rest:
        return (_day(low_year, 1, 1), _day(high_year, 12, 31))
    part = rest.split("-")
    if part[0] in _SEASON_MONTHS or part[0] in _QUARTER_MONTHS:
        first, last = _SEASON_MONTHS.get(part[0]) or _QUARTER_MONTHS[part[0]]
        return (_day(low_year, first, 1), _day(low_year, last, 31))
    if part[0].startswith("W") and part[0][1:].isdigit():
        day_of_year = min(int(part[0][1:]) * 7, 364)
        first = _day(low_year, 1 + day_of_year // 31, day_of_year % 31 + 1)
        return (first, first + 6)
    if not part[0].isdigit():
        return (_day(low_year, 1, 1), _day(high_year, 12, 31))
    month = int(part[0])
    if len(part) > 1 and part[1].isdigit():
        day = int(part[1])
        return (_day(low_year, month, day), _day(low_year, month, day))
    return (_day(low_year, month, 1), _day(low_year, month, 31))


def _day(year: int, month: int, day: int) -> int:
    """yyyymmdd as one integer; also monotonic for negative (BC) years, month and day being positive."""
    return year * 10000 + month * 100 + day
