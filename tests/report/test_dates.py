"""TIMEX3 values on the report's time axis: vague dates become the ranges they cover."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.report.dates import decimal_year, span_of


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("1925", 1925.0, 1926.0, "year"),
        ("192X", 1920.0, 1930.0, "decade"),
        ("19", 1900.0, 2000.0, "century"),
        ("1XXX", 1000.0, 2000.0, "millennium"),
        ("1927-01", 1927.0, decimal_year(1927, 2), "month"),
        ("1927-12", decimal_year(1927, 12), 1928.0, "month"),
        ("1927-Q1", 1927.0, decimal_year(1927, 4), "quarter"),
        ("1927-H2", decimal_year(1927, 7), 1928.0, "half"),
        ("1927-SU", decimal_year(1927, 6), decimal_year(1927, 9), "season"),
        ("1927-WI", decimal_year(1927, 12), decimal_year(1928, 3), "season"),
        ("1944-W23", decimal_year(1944, 6, 5), decimal_year(1944, 6, 12), "week"),
        ("1944-W23-WE", decimal_year(1944, 6, 10), decimal_year(1944, 6, 12), "weekend"),  # a whole week before
        ("BC0264", -263.0, -262.0, "year"),  # 264 BC is astronomical year -263
        ("BC02", -298.0, -198.0, "century"),  # the 3rd century BC: 299-200 BC
    ],
)
def test_partial_dates_cover_their_whole_range(value, start, end, precision):
    span = span_of(value)
    assert span is not None
    assert span.start == pytest.approx(start)
    assert span.end == pytest.approx(end)
    assert span.precision == precision
    assert span.is_range


def test_a_day_is_a_point_and_a_time_stays_inside_its_day():
    day = span_of("1926-10-23")
    assert day is not None and not day.is_range and day.precision == "day"
    assert day.start == pytest.approx(decimal_year(1926, 10, 23))
    timed = span_of("1940-08-20T10:00")
    assert timed is not None and timed.precision == "time" and timed.start == pytest.approx(decimal_year(1940, 8, 20))


@pytest.mark.parametrize("value", ["XXXX-01", "PRESENT_REF", "PAST_REF", "P2Y", "", None, "garbage", "1927-13-45x"])
def test_values_that_cannot_be_placed_give_none(value):
    assert span_of(value) is None


def test_impossible_day_is_not_placed_and_unknown_parts_widen():
    # one policy for every reader of values (cronica.timevalue): a day that does not exist is not a
    # date; the report used to keep its month, the store and the verifier gave None
    assert span_of("1927-02-30") is None
    assert span_of("1927-XX-XX").precision == "year"
    assert span_of("1927-08-XX").precision == "month"


def test_mods_narrow_widen_or_open_the_span():
    early, mid, late = (span_of("193X", mod) for mod in ("EARLY", "MID", "LATE"))
    assert early.start == pytest.approx(1930) and early.end == pytest.approx(1930 + 10 / 3)
    assert mid.start == pytest.approx(1930 + 10 / 3)
    assert late.end == pytest.approx(1940)
    assert all(span.approximate for span in (early, mid, late))
    approx = span_of("1927", "APPROX")
    assert approx.start < 1927 and approx.end > 1928 and approx.approximate
    assert span_of("1927", "BEFORE").open_before and span_of("1927", "AFTER").open_after
    assert span_of("1927", "unknown-mod") == span_of("1927")


@given(st.integers(min_value=-3000, max_value=3000), st.integers(1, 12), st.integers(1, 28))
def test_days_are_ordered_and_inside_their_year(year, month, day):
    value = decimal_year(year, month, day)
    assert year <= value < year + 1
    if month < 12:
        assert value < decimal_year(year, month + 1, 1)


def test_a_date_the_text_marks_old_style_is_drawn_on_its_gregorian_day():
    julian = span_of("1917-10-25", calendar="julian")
    assert julian is not None and julian.start == pytest.approx(decimal_year(1917, 11, 7))


def test_around_reaches_as_far_as_checking_does():
    # "around 1927" is 1925-1929 for the verifier; the report draws the same (it drew 1926.5-1928.5)
    approx = span_of("1927", "APPROX")
    assert approx.start == pytest.approx(1925.0) and approx.end == pytest.approx(1930.0)
    assert span_of("1927-11-12", "APPROX").start == pytest.approx(decimal_year(1927, 11, 5))
