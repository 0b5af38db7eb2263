from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.kb.base import JULIAN_IRI, TimeValue, julian_day_number


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
