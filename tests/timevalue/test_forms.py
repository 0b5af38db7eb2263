"""Every TIMEX3 value form cronica writes, read by the one parser: precision, span, canonical form."""

from __future__ import annotations

import datetime as dt

import pytest

from cronica.timevalue import (
    PartialDate,
    Precision,
    bounds,
    day_span,
    julian_to_gregorian,
    kind,
    month_key,
    old_style_reading,
    parse,
    possible_span,
    reference_of,
    sort_key,
)
from cronica.timevalue.days import day_number, to_date


def _dates(value: str) -> tuple[dt.date | None, dt.date | None]:
    span = day_span(value)
    assert span is not None, value
    return to_date(span.first), to_date(span.last)


D = dt.date


@pytest.mark.parametrize(
    ("value", "precision", "first", "last", "canonical"),
    [
        ("1927", "year", D(1927, 1, 1), D(1927, 12, 31), "1927"),
        ("1927-11", "month", D(1927, 11, 1), D(1927, 11, 30), "1927-11"),
        ("1928-02", "month", D(1928, 2, 1), D(1928, 2, 29), "1928-02"),
        ("1927-11-12", "day", D(1927, 11, 12), D(1927, 11, 12), "1927-11-12"),
        ("1940-08-20T10:00", "time", D(1940, 8, 20), D(1940, 8, 20), "1940-08-20T10:00"),
        ("1940-08-20TNI", "time", D(1940, 8, 20), D(1940, 8, 20), "1940-08-20TNI"),
        ("1944-W23", "week", D(1944, 6, 5), D(1944, 6, 11), "1944-W23"),
        ("2020-W01", "week", D(2019, 12, 30), D(2020, 1, 5), "2020-W01"),
        ("1944-W23-WE", "weekend", D(1944, 6, 10), D(1944, 6, 11), "1944-W23-WE"),
        ("1927-SP", "season", D(1927, 3, 1), D(1927, 5, 31), "1927-SP"),
        ("1927-SU", "season", D(1927, 6, 1), D(1927, 8, 31), "1927-SU"),
        ("1927-FA", "season", D(1927, 9, 1), D(1927, 11, 30), "1927-FA"),
        ("1927-AU", "season", D(1927, 9, 1), D(1927, 11, 30), "1927-FA"),
        ("1927-WI", "season", D(1927, 12, 1), D(1928, 2, 29), "1927-WI"),
        ("1927-Q1", "quarter", D(1927, 1, 1), D(1927, 3, 31), "1927-Q1"),
        ("1944-Q2", "quarter", D(1944, 4, 1), D(1944, 6, 30), "1944-Q2"),
        ("1927-H2", "half", D(1927, 7, 1), D(1927, 12, 31), "1927-H2"),
        ("192", "decade", D(1920, 1, 1), D(1929, 12, 31), "192"),
        ("192X", "decade", D(1920, 1, 1), D(1929, 12, 31), "192"),
        ("19", "century", D(1900, 1, 1), D(1999, 12, 31), "19"),
        ("19XX", "century", D(1900, 1, 1), D(1999, 12, 31), "19"),
        ("1XXX", "millennium", D(1000, 1, 1), D(1999, 12, 31), "1"),
        ("00", "century", D(1, 1, 1), D(99, 12, 31), "00"),  # there is no year 0
        ("1927-08-XX", "month", D(1927, 8, 1), D(1927, 8, 31), "1927-08"),
        ("1927-XX-XX", "year", D(1927, 1, 1), D(1927, 12, 31), "1927"),
        ("1927-XX-12", "year", D(1927, 1, 1), D(1927, 12, 31), "1927"),  # a day of an unknown month
        ("1989-WXX", "year", D(1989, 1, 1), D(1989, 12, 31), "1989"),
    ],
)
def test_dated_forms(value, precision, first, last, canonical):
    parsed = parse(value)
    assert parsed is not None and parsed.precision == precision
    assert _dates(value) == (first, last)
    assert parsed.iso() == canonical
    assert kind(value) == "date"


@pytest.mark.parametrize(
    ("value", "first_year", "last_year", "precision", "canonical"),
    [
        ("BC0264", -264, -264, "year", "BC0264"),
        ("BC026", -269, -260, "decade", "BC026"),  # the 260s BC
        ("BC026X", -269, -260, "decade", "BC026"),
        ("BC02", -299, -200, "century", "BC02"),  # the third century BC
        ("BC00", -99, -1, "century", "BC00"),
    ],
)
def test_before_christ(value, first_year, last_year, precision, canonical):
    parsed = parse(value)
    assert parsed is not None and parsed.precision == precision and parsed.iso() == canonical
    assert day_span(value) == day_span(str(first_year if first_year > 0 else f"BC{-first_year:04d}")).hull(
        day_span(f"BC{-last_year:04d}")
    )


def test_bc_spans_keep_their_order():
    assert day_span("BC026").last < day_span("BC0259").first < day_span("BC0001").last < day_span("0001").first
    assert day_span("BC0001").last + 1 == day_span("0001").first  # 31 December 1 BC, then 1 January AD 1


@pytest.mark.parametrize(
    ("value", "expected_kind", "precision"),
    [
        ("XXXX-01", "undated", "month"),
        ("XXXX-XX-12", "undated", "day"),
        ("XXXX-WXX-7", "undated", "day"),
        ("XXXX-WXX", "undated", "week"),
        ("XXXX-XX-XX", "undated", "day"),
        ("XXXX-XX-XXT10:00", "undated", "time"),
        ("XXXX-SU", "undated", "season"),
        ("XXXX", "undated", "year"),
    ],
)
def test_values_without_a_year_are_understood_but_not_placed(value, expected_kind, precision):
    parsed = parse(value)
    assert parsed is not None and not parsed.is_dated and parsed.precision == precision
    assert parsed.iso() == value  # written back as they came
    assert parsed.days() is None and day_span(value) is None
    assert kind(value) == expected_kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PRESENT_REF", "reference"),
        ("PAST_REF", "reference"),
        ("FUTURE_REF", "reference"),
        ("P2Y", "duration"),
        ("P2Y3M1D", "duration"),
        ("PXY", "duration"),
        ("PT3H", "duration"),
        ("P1DE", "duration"),
        ("1927-02-30", "invalid"),  # no such day: cronica never writes one
        ("1927-13", "invalid"),
        ("2014-W53", "invalid"),  # 2014 has 52 ISO weeks
        ("0000", "invalid"),  # no year 0
        ("19X", "invalid"),
        ("", "invalid"),
        ("garbage", "invalid"),
        ("1927-11-12x", "invalid"),
    ],
)
def test_what_is_not_a_date_is_said_so(value, expected):
    assert kind(value) == expected
    assert parse(value) is None and day_span(value) is None


def test_non_strings_are_not_values():
    assert parse(None) is None and parse(1927) is None and kind(None) == "invalid"


def test_references_name_their_direction():
    assert reference_of("PRESENT_REF") == "present" and reference_of("PAST_REF") == "past"
    assert reference_of("1927") is None and reference_of(None) is None


def test_winter_policy_is_december_to_february_of_the_next_year():
    # one policy everywhere (docs/timex.md): the nominal winter of 1927 starts in December 1927
    assert _dates("1927-WI") == (D(1927, 12, 1), D(1928, 2, 29))
    # checking reads every convention: winter named by its January, the southern winter, astronomical
    hull = possible_span(parse("1927-WI"))
    assert (to_date(hull.first), to_date(hull.last)) == (D(1926, 12, 1), D(1928, 3, 20))
    southern_summer = possible_span(parse("1976-SU"))
    assert to_date(southern_summer.first) == D(1975, 12, 1) and to_date(southern_summer.last) == D(1977, 3, 20)


def test_weeks_are_read_as_iso_weeks_or_weeks_from_sunday():
    hull = possible_span(parse("1944-W23"))
    assert (to_date(hull.first), to_date(hull.last)) == (D(1944, 6, 4), D(1944, 6, 11))


def test_mods():
    day = parse("1927-11-12")
    reference = day_number(1927, 11, 12)
    assert bounds(day, "BEFORE").last == reference - 1 and bounds(day, "BEFORE").first is None
    assert bounds(day, "AFTER").first == reference + 1 and bounds(day, "AFTER").last is None
    assert bounds(day, "ON_OR_BEFORE").last == reference
    assert bounds(day, "APPROX").first == reference - 7
    year = bounds(parse("1927"), "APPROX")
    assert (to_date(year.first), to_date(year.last)) == (D(1925, 1, 1), D(1929, 12, 31))
    month = bounds(parse("1927-10"), "ABOUT")
    assert (to_date(month.first), to_date(month.last)) == (D(1927, 9, 1), D(1927, 11, 30))
    assert bounds(parse("1927"), "END") == bounds(parse("1927"), "START") == bounds(parse("1927"))
    assert bounds(parse("1927"), "MORE_THAN") is None and bounds(parse("1927"), "NONSENSE") is None
    assert bounds(parse("1927"), "APPROX", {"year": 1}).first == day_number(1926, 1, 1)


def test_calendars():
    assert julian_to_gregorian(1870, 4, 10) == D(1870, 4, 22)  # Lenin's birth, Old Style
    assert julian_to_gregorian(1917, 10, 25) == D(1917, 11, 7)
    assert julian_to_gregorian(1918, 1, 31) == D(1918, 2, 13)  # Russia's last Julian day
    old = PartialDate(1917, 10, 25, "julian")
    assert old.to_gregorian() == PartialDate(1917, 11, 7) and old.span() == (D(1917, 11, 7), D(1917, 11, 7))
    october = PartialDate(1917, 10, calendar="julian")  # a Julian month straddles two Gregorian ones
    assert october.to_gregorian() is october and october.span() == (D(1917, 10, 14), D(1917, 11, 13))
    assert PartialDate(1900, 2, 29, "julian").span()[0] == D(1900, 3, 13)  # a Julian leap day
    with pytest.raises(ValueError):
        PartialDate(1900, 2, 29)
    assert old_style_reading(PartialDate(1917, 10, 25)) == PartialDate(1917, 10, 25, "julian")
    assert old_style_reading(PartialDate(1918, 2, 14)) is None  # after the switch
    assert old_style_reading(PartialDate(1917, 10)) is None  # only days


def test_sort_keys_place_partial_dates_by_their_span():
    values = ["1927-11-12", None, "1927", "192X", "BC0044", "1927-11", "XXXX-05", "PRESENT_REF", "1927-WI"]
    ordered = sorted(values, key=sort_key)
    assert ordered == ["BC0044", "192X", "1927", "1927-11", "1927-11-12", "1927-WI", None, "PRESENT_REF", "XXXX-05"]


def test_month_keys():
    assert month_key(parse("1917-11-07")) == "1917-11" and month_key(parse("1917-11")) == "1917-11"
    assert month_key(parse("1917")) is None and month_key(parse("BC0264-03")) is None
    assert month_key(parse("1917-W45")) is None
    assert month_key(PartialDate(1917, 10, 25, "julian")) == "1917-11"


def test_truncation_follows_the_calendar_fields():
    day = parse("1927-11-12T10:00")
    assert day.truncated(Precision.DAY).iso() == "1927-11-12"
    assert day.truncated(Precision.MONTH).iso() == "1927-11"
    assert day.truncated(Precision.DECADE).iso() == "192"
    assert parse("1927-WI").truncated(Precision.YEAR).iso() == "1927"
    with pytest.raises(ValueError):
        parse("1927").truncated(Precision.MONTH)


def test_placement_rank_prefers_a_dated_value_then_the_finer_one():
    from cronica.timevalue import placement_rank

    ranked = sorted(["PAST_REF", "1929", "1929-02", "XXXX-02", "P2Y", "1929-02-10", "192"], key=placement_rank)
    assert ranked == ["PAST_REF", "P2Y", "XXXX-02", "192", "1929", "1929-02", "1929-02-10"]
