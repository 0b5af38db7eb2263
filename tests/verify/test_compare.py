"""Comparison helpers of the split checker: a date within a stay, the gap between spans."""

from __future__ import annotations

import datetime as dt

from cronica.verify.claims import Claimed
from cronica.verify.compare import date_gap, days_apart, stay_days, stay_holding
from cronica.verify.dates import PartialDate
from cronica.verify.reference import Fact

FRANCE, NORWAY, MEXICO, ALMATY = "Q142", "Q20", "Q96", "Q35493"


def stay(place: str, start: PartialDate | None = None, end: PartialDate | None = None) -> Fact:
    qualifiers = {pid: (date,) for pid, date in (("P580", start), ("P582", end)) if date is not None}
    return Fact("Q33391", "P551", place, qualifiers)


STAYS = [
    stay(ALMATY, PartialDate(1928, 1), PartialDate(1929, 2)),
    stay(FRANCE, PartialDate(1933, 7), PartialDate(1935, 6)),
    stay(NORWAY, PartialDate(1935, 6), PartialDate(1936, 12)),
    stay(MEXICO, PartialDate(1937, 1)),  # no known end
]


def test_a_date_inside_a_stay_is_held_by_it_not_only_at_its_start():
    assert stay_holding(PartialDate(1934), STAYS) == (STAYS[1], True)
    assert stay_holding(PartialDate(1935, 6, 30), STAYS) == (STAYS[1], True)  # its last month, the first that holds
    assert stay_holding(PartialDate(1939, 5), STAYS) == (STAYS[3], True)  # an open end reaches on


def test_a_date_outside_every_stay_names_the_nearest():
    assert stay_holding(PartialDate(1931), STAYS) == (STAYS[1], False)  # July 1933 is nearer than February 1929
    assert stay_holding(PartialDate(1929, 6), STAYS) == (STAYS[0], False)
    assert stay_holding(PartialDate(1925), STAYS) == (STAYS[0], False)


def test_a_season_is_held_to_the_years_of_its_readings():
    # "in the winter of 1937" may be the winter of 1936-37: the Norway stay holds it
    winter = PartialDate(1937, part="WI")
    assert stay_holding(winter, [STAYS[2]]) == (STAYS[2], True)


def test_a_stay_with_no_start_reaches_back_indefinitely():
    assert stay_days(stay(FRANCE, end=PartialDate(1935, 6))) == (dt.date.min, dt.date(1935, 6, 30))
    assert stay_days(stay(FRANCE, PartialDate(1933, 7))) == (dt.date(1933, 7, 1), dt.date.max)


def test_days_apart_and_date_gap():
    jan, mar = (dt.date(1930, 1, 1), dt.date(1930, 1, 31)), (dt.date(1930, 3, 1), dt.date(1930, 3, 31))
    assert days_apart(jan, mar) == days_apart(mar, jan) == 29
    assert days_apart(jan, (dt.date(1930, 1, 31), dt.date(1930, 2, 5))) == 0
    claimed = Claimed("date", PartialDate(1930), "1930")
    assert date_gap(claimed, PartialDate(1932, 5)) == (dt.date(1932, 5, 1) - dt.date(1930, 12, 31)).days
    assert date_gap(claimed, "Q142") == 0
