"""Properties of time values that must hold for every value, checked with hypothesis.

Round trips between text and value, spans that contain what they should, orders that
agree with the calendar, Julian dates against known conversions, day arithmetic against
Python's datetime, and a parser that never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cronica.timevalue import (
    CHAIN_PRECISIONS,
    PartialDate,
    Precision,
    bounds,
    julian_to_gregorian,
    kind,
    parse,
    possible_span,
    readings,
    sort_key,
)
from cronica.timevalue.days import (
    add_years,
    day_number,
    distance,
    gregorian_ymd,
    iso_week_monday,
    iso_weeks_in_year,
    month_length,
    to_date,
)
from cronica.verify.dates import compare_dates

YEARS = st.integers(min_value=-3000, max_value=3000).filter(bool)
AD_YEARS = st.integers(min_value=1, max_value=9999)
TIMES = st.sampled_from(["10:00", "23:59:30", "00:00", "MO", "MI", "AF", "EV", "NI", "DT"])
PARTS = {
    Precision.SEASON: ["SP", "SU", "FA", "WI"],
    Precision.QUARTER: ["Q1", "Q2", "Q3", "Q4"],
    Precision.HALF: ["H1", "H2"],
}


@st.composite
def dated_values(draw, calendar: str = "gregorian", years=YEARS) -> PartialDate:
    """Any dated value cronica can write, at any precision."""
    precisions = list(Precision) if calendar == "gregorian" else list(CHAIN_PRECISIONS)
    precision = draw(st.sampled_from(precisions))
    year = draw(years)
    if precision in (Precision.DAY, Precision.TIME, Precision.MONTH):
        month = draw(st.integers(1, 12))
        if precision == Precision.MONTH:
            return PartialDate(year, month, calendar=calendar)
        day = draw(st.integers(1, month_length(year, month, calendar)))  # type: ignore[arg-type]
        time = draw(TIMES) if precision == Precision.TIME else None
        return PartialDate(year, month, day, calendar, precision, time=time)  # type: ignore[arg-type]
    if precision in (Precision.WEEK, Precision.WEEKEND):
        week = draw(st.integers(1, iso_weeks_in_year(year)))
        return PartialDate(year, week=week, precision=precision)
    if precision in PARTS:
        return PartialDate(year, part=draw(st.sampled_from(PARTS[precision])))
    return PartialDate(year, calendar=calendar, precision=precision)  # type: ignore[arg-type]


@st.composite
def undated_values(draw) -> PartialDate:
    form = draw(st.sampled_from(["month", "day", "weekday", "week", "part", "time", "year"]))
    if form == "month":
        return PartialDate(None, draw(st.integers(1, 12)))
    if form == "day":
        month = draw(st.none() | st.integers(1, 12))
        return PartialDate(None, month, draw(st.integers(1, 29)), precision=Precision.DAY)
    if form == "weekday":
        return PartialDate(None, weekday=draw(st.integers(1, 7)))
    if form == "week":
        return PartialDate(None, precision=Precision.WEEK)
    if form == "part":
        return PartialDate(None, part=draw(st.sampled_from(["SP", "SU", "FA", "WI", "Q3", "H1"])))
    if form == "time":
        return PartialDate(None, precision=Precision.TIME, time=draw(TIMES))
    return PartialDate(None)


# --- text ⇄ value -----------------------------------------------------------------------


@given(dated_values() | undated_values())
def test_format_then_parse_gives_the_value_back(value):
    assert parse(value.iso()) == value


@given(dated_values(calendar="julian"))
def test_a_julian_value_writes_its_own_numbers(value):
    # the calendar is the timex's `calendar` attribute, not part of the TIMEX3 value
    reread = parse(value.iso())
    if reread is not None:  # a Julian 29 February 1900 is no Gregorian day
        assert reread == dataclasses.replace(value, calendar="gregorian")


TIMEX_ALPHABET = "0123456789X-WQHSPUFAIBCTEZ:RN_O"


@given(st.text(alphabet=TIMEX_ALPHABET, max_size=20))
def test_parsing_is_idempotent_on_its_canonical_form(text):
    value = parse(text)
    if value is not None:
        assert parse(value.iso()) == value
        assert kind(text) in ("date", "undated")
    else:
        assert kind(text) in ("reference", "duration", "invalid")


@given(st.text(max_size=80) | st.binary(max_size=40).map(lambda b: b.decode("latin-1")))
def test_no_string_makes_the_parser_raise(text):
    parse(text)  # never an exception: a clear None
    kind(text)
    sort_key(text)


# --- spans -----------------------------------------------------------------------------


@given(dated_values() | dated_values(calendar="julian"))
def test_a_value_lies_inside_its_truncation_to_any_coarser_calendar_field(value):
    assume(value.precision in CHAIN_PRECISIONS)
    span = value.days()
    for coarser in CHAIN_PRECISIONS:
        if coarser.rank >= value.precision.rank:
            wider = value.truncated(coarser).days()
            assert wider.contains(span)
            assert wider.days >= span.days  # precision monotonicity: coarser never narrower


@given(dated_values())
def test_parts_of_a_year_lie_inside_the_years_they_touch_and_their_readings_hull(value):
    nominal, hull = value.days(), possible_span(value)
    assert hull.contains(nominal)
    assert all(hull.contains(reading) for reading in readings(value))
    assert readings(value)[0] == nominal  # the nominal reading comes first


@given(dated_values(), st.sampled_from([None, "START", "MID", "END", "EARLY", "LATE", "APPROX", "ABOUT"]))
def test_mods_that_keep_or_widen_a_span_contain_every_reading(value, mod):
    found = bounds(value, mod)
    assert found is not None
    for reading in readings(value):
        assert found.first <= reading.first and reading.last <= found.last


@given(dated_values())
def test_before_and_after_lie_outside_the_value(value):
    span = value.days()
    assert bounds(value, "BEFORE").first is None
    assert bounds(value, "AFTER").last is None
    if value.precision not in (Precision.SEASON, Precision.WEEK, Precision.WEEKEND):  # one reading
        assert bounds(value, "BEFORE").last < span.first and bounds(value, "AFTER").first > span.last
    assert bounds(value, "ON_OR_BEFORE").last >= span.last or len(readings(value)) > 1


# --- order -------------------------------------------------------------------------------


@given(dated_values(), dated_values())
def test_sort_keys_follow_the_spans(a, b):
    span_a, span_b = a.days(), b.days()
    if span_a.last < span_b.first:
        assert sort_key(a.iso()) < sort_key(b.iso())
    if (span_a.first, span_a.last) < (span_b.first, span_b.last):
        assert sort_key(a.iso()) < sort_key(b.iso())


@given(dated_values(), undated_values())
def test_values_without_a_year_sort_after_every_dated_one(dated, undated):
    assert sort_key(dated.iso()) < sort_key(undated.iso())


@given(YEARS, st.integers(-50, 50))
def test_there_is_no_year_zero(year, shift):
    moved = add_years(year, shift)
    assert moved != 0
    if year < 0 < moved or moved < 0 < year:
        assert abs(moved - year) == abs(shift) + 1


# --- datetime and known dates ----------------------------------------------------------------


@given(st.dates())
def test_day_numbers_are_datetime_ordinals(day):
    assert day_number(day.year, day.month, day.day) == day.toordinal()
    assert gregorian_ymd(day.toordinal()) == (day.year, day.month, day.day)
    assert PartialDate(day.year, day.month, day.day).span() == (day, day)


@given(st.dates(), st.dates())
def test_day_arithmetic_agrees_with_datetime(a, b):
    assert distance(a.toordinal(), b.toordinal(), "day") == (b - a).days
    assert distance(a.toordinal(), b.toordinal(), "year") == b.year - a.year
    assert distance(a.toordinal(), b.toordinal(), "month") == (b.year - a.year) * 12 + b.month - a.month


@given(st.integers(1, 9998), st.integers(1, 53))
def test_iso_weeks_agree_with_datetime(year, week):
    monday = iso_week_monday(year, week)
    try:
        expected = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        assert monday is None
    else:
        assert to_date(monday) == expected


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1870, 4, 10), dt.date(1870, 4, 22)),  # Lenin's birth, Old Style → New Style
        ((1917, 10, 25), dt.date(1917, 11, 7)),  # the October Revolution
        ((1879, 10, 26), dt.date(1879, 11, 7)),  # Trotsky's birth
        ((1918, 1, 31), dt.date(1918, 2, 13)),  # Russia's last Julian day; 14 February came next
        ((1582, 10, 5), dt.date(1582, 10, 15)),  # the first Gregorian day, 4 October (O.S.) +1
        ((1700, 2, 29), dt.date(1700, 3, 11)),  # a Julian leap day the Gregorian calendar lacks
    ],
)
def test_julian_dates_convert_to_their_known_gregorian_days(julian, gregorian):
    assert julian_to_gregorian(*julian) == gregorian
    assert PartialDate(*julian, calendar="julian").to_gregorian().span()[0] == gregorian


@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 2, 27)))
def test_old_style_is_thirteen_days_behind_from_march_1900_to_february_2100(day):
    assert julian_to_gregorian(day.year, day.month, day.day) == day + dt.timedelta(days=13)


@given(dated_values(calendar="julian", years=AD_YEARS.filter(lambda y: y < 9999)))
def test_a_julian_span_is_as_long_as_in_its_own_calendar(value):
    # a Julian month or year has the Julian number of days, wherever it falls in Gregorian days
    span = value.days()
    if value.precision == Precision.YEAR:
        assert span.days == (366 if value.year % 4 == 0 else 365)
    elif value.precision == Precision.MONTH:
        assert span.days == month_length(value.year, value.month, "julian")


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(1918, 1, 31)))
def test_a_russian_old_style_day_agrees_with_its_gregorian_day(day):
    written = PartialDate(day.year, day.month, day.day)  # as a Russian text writes it, Old Style
    gregorian = julian_to_gregorian(day.year, day.month, day.day)
    result = compare_dates(written, PartialDate(gregorian.year, gregorian.month, gregorian.day))
    assert result.agrees and (result.old_style or gregorian == day)
