"""TIMEX3 values → the span of calendar days they cover, as sortable yyyymmdd integers.

The spans are `cronica.timevalue`'s (docs/timex.md, "Time values"): a value of year
precision covers the whole year, a decade ("192", "192X") ten years, a century ("19")
a hundred, a season its three months (winter into the next year); so "events in
1917-11" can be asked of an event dated "1917" (it overlaps) and of one dated
"1917-11-07" (it is inside). Integers keep BC years ordered (BC0264 → year -264),
which ISO strings would not.
"""

from __future__ import annotations

from cronica.timevalue import day_span, month_key, parse

#: (first, last) yyyymmdd keys (`cronica.timevalue.day_key`)
DayRange = tuple[int, int]


def day_range(value: str | None) -> DayRange | None:
    """(first, last) day keys covered by a TIMEX3 date value; None for durations, sets, XXXX, refs."""
    span = day_span(value)
    return span.keys() if span is not None else None


def month_of(value: str | None) -> str | None:
    """YYYY-MM when the value names a month or a day (AD dates only)."""
    parsed = parse(value)
    return month_key(parsed) if parsed is not None else None
