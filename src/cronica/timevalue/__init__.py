"""Time values: one home for every TIMEX3 date value cronica reads, places, sorts, draws or checks.

`parse("1927-WI")` gives a `PartialDate`; its `days()` are the span of Gregorian days it
denotes under cronica's policy (docs/timex.md, "Time values"), `readings()` every span a
writer may have meant, `bounds(mod)` the days it may denote under a TIMEX3 `mod`. The
Julian calendar and Russia's switch to the Gregorian (14 February 1918) are in `days`.
The timeline table, the corpus store, the HTML report, the verifier and the knowledge base
all read time values through this package.
"""

from __future__ import annotations

from cronica.timevalue.days import (
    RUSSIAN_SWITCH_TO_GREGORIAN,
    Calendar,
    DaySpan,
    day_key,
    julian_day_number,
    julian_to_gregorian,
)
from cronica.timevalue.readings import (
    DEFAULT_APPROX_REACH,
    DURATION_MODS,
    IN_SPAN_MODS,
    Bounds,
    apply_mod,
    bounds,
    mod_effect,
    nominal_span,
    part_of_span,
    possible_span,
    readings,
)
from cronica.timevalue.value import (
    CHAIN_PRECISIONS,
    REFERENCE_VALUES,
    Kind,
    PartialDate,
    Precision,
    kind,
    month_key,
    old_style_reading,
    parse,
    reference_of,
)

#: where values without a place in time sort: after every dated one
UNPLACED = (1, 0, 0)


def day_span(value: str | None) -> DaySpan | None:
    """The days a TIMEX3 value denotes; None for what has no place in time (durations, XXXX-01, PRESENT_REF)."""
    parsed = parse(value)
    return parsed.days() if parsed is not None else None


def placement_rank(value: str | None) -> tuple[int, int]:
    """How well a value places an event, higher is better: a dated value by its precision (a day
    over a month over a year), then one without a year (XXXX-02), then references (PAST_REF),
    durations and anything else. "Some time later, in February 1929" is dated by February 1929."""
    parsed = parse(value)
    if parsed is None:
        return 0, 0
    return (2 if parsed.is_dated else 1), -parsed.precision.rank


def sort_key(value: str | None) -> tuple[tuple[int, int, int], str]:
    """Order values by the span they denote (first day, then last: "1927" before "1927-11-12", which
    ends sooner, after "1927-01-01"), then by text; values without a place in time go last."""
    span = day_span(value)
    placed = (0, span.first, span.last) if span is not None else UNPLACED
    return placed, value or ""


__all__ = [
    "CHAIN_PRECISIONS",
    "DEFAULT_APPROX_REACH",
    "DURATION_MODS",
    "IN_SPAN_MODS",
    "REFERENCE_VALUES",
    "RUSSIAN_SWITCH_TO_GREGORIAN",
    "UNPLACED",
    "Bounds",
    "Calendar",
    "DaySpan",
    "Kind",
    "PartialDate",
    "Precision",
    "apply_mod",
    "bounds",
    "day_key",
    "day_span",
    "julian_day_number",
    "julian_to_gregorian",
    "kind",
    "mod_effect",
    "month_key",
    "nominal_span",
    "old_style_reading",
    "parse",
    "part_of_span",
    "placement_rank",
    "possible_span",
    "readings",
    "reference_of",
    "sort_key",
]
