"""Date comparison: precision, distance, Julian conversion, Old Style readings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.verify.dates import PartialDate, compare_dates, julian_to_gregorian, parse_timex_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1927", PartialDate(1927)),
        ("1927-08", PartialDate(1927, 8)),
        ("1927-11-12", PartialDate(1927, 11, 12)),
        ("1927-SU", PartialDate(1927, part="SU")),  # checked as the years of its readings (below)
        ("1927-11-12T10:00", PartialDate(1927, 11, 12)),  # a time is checked as its day
        ("192X", None),
        ("BC0264", None),
        ("XXXX-11", None),
        ("PRESENT_REF", None),
        ("P2Y", None),
        ("1927-02-30", None),
        (None, None),
    ],
)
def test_timex_values_become_partial_dates(value, expected):
    assert parse_timex_date(value) == expected


def test_month_agrees_with_any_day_of_that_month():
    assert compare_dates(PartialDate(1927, 11), PartialDate(1927, 11, 12)).agrees
    assert compare_dates(PartialDate(1927, 11, 30), PartialDate(1927, 11)).agrees


def test_a_year_only_reference_cannot_contradict_a_day_inside_it():
    result = compare_dates(PartialDate(1939, 2, 27), PartialDate(1939))
    assert result.agrees and result.precision == "year"


def test_a_year_only_reference_contradicts_another_year():
    result = compare_dates(PartialDate(1938, 2, 27), PartialDate(1939))
    assert not result.agrees and result.precision == "year"
    assert (result.distance.amount, result.distance.unit, result.distance.later) == (1, "year", True)


def test_distance_is_in_the_unit_of_the_shared_precision():
    result = compare_dates(PartialDate(1927, 8), PartialDate(1927, 11, 12))
    assert not result.agrees
    assert (result.distance.amount, result.distance.unit, result.distance.later) == (3, "month", True)
    days = compare_dates(PartialDate(1940, 8, 23), PartialDate(1940, 8, 21))
    assert (days.distance.amount, days.distance.unit, days.distance.later) == (2, "day", False)


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1917, 10, 25), dt.date(1917, 11, 7)),  # 13 days in 1900–1918
        ((1918, 1, 31), dt.date(1918, 2, 13)),  # the last Julian day in Russia
        ((1870, 4, 10), dt.date(1870, 4, 22)),  # 12 days in 1800–1899
        ((1900, 2, 29), dt.date(1900, 3, 13)),  # a Julian leap day the Gregorian calendar lacks
        ((1900, 3, 1), dt.date(1900, 3, 14)),  # from here on 13 days
    ],
)
def test_julian_to_gregorian(julian, gregorian):
    assert julian_to_gregorian(*julian) == gregorian


def test_a_julian_reference_is_converted_before_comparing():
    reference = PartialDate(1883, 9, 11, "julian")  # = 23 September 1883
    assert compare_dates(PartialDate(1883, 9, 23), reference).agrees
    result = compare_dates(PartialDate(1883, 9, 11), reference)
    assert result.agrees and result.old_style  # the text's date read as Old Style


def test_a_julian_month_covers_the_gregorian_days_it_spans():
    october_old_style = PartialDate(1917, 10, calendar="julian")  # 14 October – 13 November 1917
    assert compare_dates(PartialDate(1917, 11, 7), october_old_style).agrees
    assert not compare_dates(PartialDate(1917, 11, 20), october_old_style).agrees


def test_old_style_text_dates_agree_only_before_the_switch():
    # "25 October 1917" in a Russian narrative is the Julian date of 7 November
    result = compare_dates(PartialDate(1917, 10, 25), PartialDate(1917, 11, 7))
    assert result.agrees and result.old_style
    # after February 1918 Russia used the Gregorian calendar: a 13-day gap is an error
    assert not compare_dates(PartialDate(1924, 1, 8), PartialDate(1924, 1, 21)).agrees


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2000, 12, 31)))
def test_every_day_agrees_with_its_own_month_and_year(day):
    date = PartialDate(day.year, day.month, day.day)
    assert compare_dates(date, PartialDate(day.year, day.month)).agrees
    assert compare_dates(PartialDate(day.year), date).agrees


def test_modifiers_change_what_a_text_date_covers():
    reference = PartialDate(1927, 11, 12)
    assert compare_dates(PartialDate(1930), reference, "BEFORE").agrees
    # "by 1927" / "para 1927": at the latest in 1927, the year included ("before 1927" excludes it)
    assert compare_dates(PartialDate(1927), reference, "ON_OR_BEFORE").agrees
    assert not compare_dates(PartialDate(1927), reference, "BEFORE").agrees
    assert not compare_dates(PartialDate(1926), reference, "ON_OR_BEFORE").agrees
    assert not compare_dates(PartialDate(1927), reference, "AFTER").agrees
    assert compare_dates(PartialDate(1926), reference, "AFTER").agrees
    assert compare_dates(PartialDate(1929), reference, "APPROX").agrees  # "around 1929" reaches 1927
    assert not compare_dates(PartialDate(1930), reference, "APPROX").agrees
    assert compare_dates(PartialDate(1927, 10), reference, "APPROX").agrees  # a month either side
    assert compare_dates(PartialDate(1927), reference, "END").agrees
    assert compare_dates(PartialDate(1927), reference, "MORE_THAN") is None


def test_a_season_is_checked_as_the_years_any_reading_touches():
    # "the winter of 1927": December 1927 - February 1928 for cronica's timeline, but a writer may
    # name a winter by its January, or write from the southern hemisphere: no convention may accuse
    winter = PartialDate(1927, part="WI")
    for day in (PartialDate(1926, 12, 20), PartialDate(1927, 1, 15), PartialDate(1928, 2, 10)):
        result = compare_dates(winter, day)
        assert result.agrees and result.precision == "year"
    result = compare_dates(winter, PartialDate(1930, 1, 5))
    assert not result.agrees and (result.distance.amount, result.distance.unit) == (3, "year")
    summer = PartialDate(1976, part="SU")  # the southern summer runs from December 1975 into 1977
    assert compare_dates(summer, PartialDate(1977, 1, 20)).agrees
    assert not compare_dates(PartialDate(1927, part="SP"), PartialDate(1929, 4, 1)).agrees


def test_a_week_is_checked_as_the_years_it_touches():
    # ISO week 1 of 2020 starts on Monday 30 December 2019: it cannot contradict that day
    assert compare_dates(PartialDate(2020, week=1), PartialDate(2019, 12, 30)).agrees
    assert not compare_dates(PartialDate(2020, week=1), PartialDate(2018, 6, 1)).agrees


def test_a_decade_reference_covers_its_ten_years():
    from cronica.kb.base import TimeValue
    from cronica.verify.reference import to_value

    decade = to_value(TimeValue(1920, 0, 0, 8))  # Wikidata precision 8: the 1920s
    assert decade == PartialDate(1920, precision="decade")
    assert compare_dates(PartialDate(1925, 3, 1), decade).agrees  # before: read as the year 1920 only
    assert not compare_dates(PartialDate(1931, 3, 1), decade).agrees
    assert to_value(TimeValue(-264, 0, 0, 9)) == "-264"  # before Christ: kept as text, not compared


def test_the_distance_falls_back_to_a_finer_unit_when_the_shared_one_says_zero():
    result = compare_dates(PartialDate(1927), PartialDate(1927, 5, 10), "BEFORE")
    assert not result.agrees
    assert (result.distance.amount, result.distance.unit, result.distance.later) == (4, "month", True)


def test_checked_dates_are_the_days_the_verifier_holds_a_text_date_to():
    from cronica.verify.dates import checked_dates

    assert checked_dates(PartialDate(1927, 11)) == (dt.date(1927, 11, 1), dt.date(1927, 11, 30))
    # a residence "in the winter of 1937" is checked against a stay as the years of its readings
    assert checked_dates(PartialDate(1937, part="WI")) == (dt.date(1936, 1, 1), dt.date(1938, 12, 31))


def test_a_tolerance_only_meeting_is_tolerated_not_agreed():
    # the end of a stay in January 1928 against a text's "1927": within a 31-day journey, not the same year
    near = compare_dates(parse_timex_date("1927"), parse_timex_date("1928-01"), tolerance_days=31)
    assert near is not None and near.agrees and near.tolerated
    inside = compare_dates(parse_timex_date("1928"), parse_timex_date("1928-01"), tolerance_days=31)
    assert inside is not None and inside.agrees and not inside.tolerated
    far = compare_dates(parse_timex_date("1927-10"), parse_timex_date("1928-01"), tolerance_days=31)
    assert far is not None and not far.agrees


def test_a_stated_calendar_has_no_old_style_reading():
    # 26 October 1879 is 7 November 1879 read as Julian; "by the Gregorian calendar" forbids that reading
    unmarked = compare_dates(parse_timex_date("1879-10-26"), parse_timex_date("1879-11-07"))
    assert unmarked is not None and unmarked.agrees and unmarked.old_style
    stated = compare_dates(parse_timex_date("1879-10-26"), parse_timex_date("1879-11-07"), calendar_stated=True)
    assert stated is not None and not stated.agrees


def test_a_known_journey_replaces_the_tolerance():
    # a stay begun by a journey the reference holds (P1319): January 1928 to Alma-Ata, ordered and left that month
    journey = parse_timex_date("1928-01")
    before = compare_dates(
        parse_timex_date("1927"), parse_timex_date("1928-01"), tolerance_days=31, journey_from=journey
    )
    assert before is not None and not before.agrees  # the 31 days no longer reach back over the year's end
    inside = compare_dates(parse_timex_date("1928-01-17"), parse_timex_date("1928-01"), journey_from=journey)
    assert inside is not None and inside.agrees and not inside.tolerated
    # a journey of weeks: the departure's month is within it, neither confirmed nor refuted
    sailed = compare_dates(
        parse_timex_date("1936-12"), parse_timex_date("1937-01"), journey_from=parse_timex_date("1936-12")
    )
    assert sailed is not None and sailed.agrees and sailed.tolerated
    after = compare_dates(
        parse_timex_date("1937-02"), parse_timex_date("1937-01"), journey_from=parse_timex_date("1936-12")
    )
    assert after is not None and not after.agrees  # after the arrival: no margin either


def test_a_journeys_start_read_as_old_style():
    # an order of 29 January 1897 O.S. (10 February N.S.): "January 1897" unmarked may be its Julian month
    journey, arrival = parse_timex_date("1897-02"), parse_timex_date("1897-05")
    unmarked = compare_dates(parse_timex_date("1897-01"), arrival, journey_from=journey)
    assert unmarked is not None and unmarked.agrees and unmarked.tolerated
    stated = compare_dates(parse_timex_date("1897-01"), arrival, calendar_stated=True, journey_from=journey)
    assert stated is not None and not stated.agrees
