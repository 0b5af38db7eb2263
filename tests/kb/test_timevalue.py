from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.kb.base import JULIAN_IRI, TimeValue
from cronica.timevalue import julian_day_number


def test_parse_precisions():
    assert TimeValue.parse("1927-11-12").precision == 11
    assert TimeValue.parse("1927-11").iso == "1927-11"
    assert TimeValue.parse("+1927-00-00T00:00:00Z", 9).iso == "1927"
    with pytest.raises(ValueError):
        TimeValue.parse("November 1927")


def test_old_style_dates_convert_to_new_style():
    # Trotsky's birth: 26 October 1879 Old Style = 7 November 1879; the October Revolution: 25 Oct = 7 Nov 1917
    assert TimeValue(1879, 10, 26, 11, "julian").to_gregorian().iso == "1879-11-07"
    assert TimeValue(1917, 10, 25, 11, "julian").to_gregorian().iso == "1917-11-07"
    # the Russian switch: 31 January 1918 (Julian) was followed by 14 February 1918 (Gregorian)
    assert TimeValue(1918, 2, 1, 11, "julian").to_gregorian().iso == "1918-02-14"


def test_month_and_year_bounds():
    assert TimeValue.parse("1928-01").bounds() == (dt.date(1928, 1, 1), dt.date(1928, 1, 31))
    assert TimeValue.parse("1940").bounds() == (dt.date(1940, 1, 1), dt.date(1940, 12, 31))
    assert TimeValue.parse("1928-12").bounds()[1] == dt.date(1928, 12, 31)


def test_rdf_times_are_gregorian_with_the_entered_calendar_kept():
    value = TimeValue.from_wikidata("1879-11-07T00:00:00Z", 11, JULIAN_IRI)
    assert value.iso == "1879-11-07" and value.calendar == "gregorian" and value.entered_in == "julian"


@given(st.dates(min_value=dt.date(1800, 3, 13), max_value=dt.date(2099, 12, 31)))
def test_old_style_is_12_days_behind_in_the_19th_century_and_13_after_1900(day):
    new_style = TimeValue(day.year, day.month, day.day, 11, "julian").to_gregorian()
    shift = (dt.date(new_style.year, new_style.month, new_style.day) - day).days
    assert shift == (12 if day < dt.date(1900, 2, 28) else 13) or (day.month, day.day) == (2, 28)
    assert julian_day_number(day.year, day.month, day.day) > 2_000_000


def test_the_kb_time_hands_itself_to_cronica_timevalue():
    from cronica.timevalue import PartialDate

    assert TimeValue(1917, 10, 25, 11, "julian").as_partial_date() == PartialDate(1917, 10, 25, "julian")
    assert TimeValue(1925, 0, 0, 8).as_partial_date() == PartialDate(1920, precision="decade")
    assert TimeValue(1950, 0, 0, 7).bounds() == (dt.date(1900, 1, 1), dt.date(1999, 12, 31))
    assert TimeValue(100, 0, 0, 3).as_partial_date() is None  # coarser than a millennium


def test_a_julian_month_bounds_the_gregorian_days_it_covers():
    # October 1917 Old Style ran from 14 October to 13 November (New Style); the bounds were the
    # Gregorian October before cronica.timevalue read the calendar of coarse values too
    assert TimeValue(1917, 10, 0, 10, "julian").bounds() == (dt.date(1917, 10, 14), dt.date(1917, 11, 13))
