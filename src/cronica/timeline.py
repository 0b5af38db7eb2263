"""The order of a timeline: events by the interval their date denotes, undated ones after.

Shared by every view of a timeline (the terminal table, CSV, the HTML report), so it sits
below `export` and `report`, which both read it. What a date value denotes is
`cronica.timevalue`'s; this module only orders events by it.
"""

from __future__ import annotations

from cronica.model import Analysis, Event
from cronica.timevalue import sort_key


def timeline_order(analysis: Analysis) -> list[Event]:
    """Dated events by the interval their date denotes, then undated ones in text order.

    A partial date is placed by its interval: "1927" (all of 1927) starts before
    "1927-11-12" and, beginning on the same day as "1927-01-01", ends after it; dates
    without a known year ("XXXX-01", "PAST_REF") go after every placed date.
    """
    dated = [event for event in analysis.events if event.time_value]
    undated = [event for event in analysis.events if not event.time_value]
    dated.sort(key=lambda event: (sort_key(event.time_value), event.trigger.start))
    return dated + sorted(undated, key=lambda event: event.trigger.start)
