"""Each form the issue lists, in English. Expected values written from the TIMEX3 guidelines."""

from __future__ import annotations

import pytest

from cronica.timex import tag

from .helpers import found

DCT = "2019-12-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was born on October 23, 1926.", [("October 23, 1926", "DATE", "1926-10-23", None)]),
        ("He was born on 23 October 1926.", [("23 October 1926", "DATE", "1926-10-23", None)]),
        ("Dated 1926-10-23.", [("1926-10-23", "DATE", "1926-10-23", None)]),
        ("It arrived in October 1926.", [("October 1926", "DATE", "1926-10", None)]),
        ("Trotsky was expelled in 1927.", [("1927", "DATE", "1927", None)]),
        ("In the 1920s jazz spread.", [("the 1920s", "DATE", "192", None)]),
        (
            "He died in the thirties of the nineteenth century.",  # the century it names, not the 1900s
            [("the thirties of the nineteenth century", "DATE", "183", None)],
        ),
        ("in the 19th century", [("the 19th century", "DATE", "18", None)]),
        ("Carthage fell in 146 BC.", [("146 BC", "DATE", "BC0146", None)]),
        ("the summer of 1991", [("the summer of 1991", "DATE", "1991-SU", None)]),
        ("by early 1925", [("early 1925", "DATE", "1925", "ON_OR_BEFORE")]),
        ("in early 1925", [("early 1925", "DATE", "1925", "START")]),
        ("by 1938 he had been replaced", [("1938", "DATE", "1938", "ON_OR_BEFORE")]),
        ("in mid-1925", [("mid-1925", "DATE", "1925", "MID")]),
        ("in late 1925", [("late 1925", "DATE", "1925", "END")]),
        ("around 1930 he moved", [("around 1930", "DATE", "1930", "APPROX")]),
        ("before 1917 it did not exist", [("1917", "DATE", "1917", "BEFORE")]),
        ("after 1918 it changed", [("1918", "DATE", "1918", "AFTER")]),
        ("It lasted three weeks.", [("three weeks", "DURATION", "P3W", None)]),
        ("It took two or three years.", [("two", "DURATION", "P2Y", None), ("three years", "DURATION", "P3Y", None)]),
        ("They met every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7", None)]),
        ("They met every year.", [("every year", "SET", "P1Y", None)]),
    ],
)
def test_absolute_forms(text: str, expected: list) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text", ["Some 1937 soldiers died.", "See page 1926.", "It cost $1,000.", "The Long March began."]
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert found(text, "en") == []


def test_underspecified_month_takes_the_year_in_context() -> None:
    result = tag("The war began in 1925. In January there was a battle.", "en")
    first, january = result.timexes
    assert (january.text, january.value, january.anchor) == ("January", "1925-01", first.id)


def test_anaphoric_expressions_in_a_narrative() -> None:
    text = "On May 5, 1925 the city fell. A week later the army left. Two days later it rained. The next year it ended."
    timexes = tag(text, "en").timexes
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("May 5, 1925", "1925-05-05", None),
        ("A week later", "1925-W20", "t1"),
        ("Two days later", "1925-05-07", "t1"),
        ("The next year", "1926", "t3"),  # a day counted from the story's day is the story's day now
    ]


def test_the_following_spring() -> None:
    timexes = tag("In the autumn of 1918 peace came. The following spring they returned.", "en").timexes
    assert [(t.text, t.value) for t in timexes] == [
        ("the autumn of 1918", "1918-FA"),
        ("The following spring", "1919-SP"),
    ]


def test_deictic_expressions_against_the_dct() -> None:
    timexes = tag("Today it rains; yesterday it snowed and last year there was a drought.", "en", dct=DCT).timexes
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("Today", "2019-12-20", "dct"),
        ("yesterday", "2019-12-19", "dct"),
        ("last year", "2018", "dct"),
    ]


def test_today_in_a_narrative_is_the_present() -> None:
    assert found("Today the city is a museum.", "en") == [("Today", "DATE", "PRESENT_REF", None)]


def test_times_of_day() -> None:
    assert found("They met at 4:00 pm.", "en", dct=DCT) == [("4:00 pm", "TIME", "2019-12-20T16:00", None)]
    timexes = tag("On June 6, 1944, at dawn, the troops landed.", "en").timexes
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("June 6, 1944", "DATE", "1944-06-06"),
        ("dawn", "TIME", "1944-06-06TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "interval_text"),
    [
        ("He ruled from 1914 to 1918.", "from 1914 to 1918"),
        ("He lived there between 1925 and 1927.", "between 1925 and 1927"),
        ("The war (1914–1918) changed Europe.", "1914–1918"),
        ("The Second World War (1939-45) ended.", "1939-45"),
    ],
)
def test_intervals(text: str, interval_text: str) -> None:
    result = tag(text, "en")
    assert [t.type for t in result.timexes] == ["DATE", "DATE"]
    (interval,) = result.intervals
    assert interval.text == interval_text
    assert text[interval.start : interval.end] == interval_text


def test_years_before_christ_in_a_narrative() -> None:
    timexes = tag("The revolt ended in 493 BC. In 490 the Persians landed.", "en").timexes
    assert [(t.text, t.value) for t in timexes] == [("493 BC", "BC0493"), ("490", "BC0490")]


@pytest.mark.parametrize("text", ["February 31, 1927", "the year 0", "99999", "13/32/2020", "0 BC"])
def test_odd_dates_never_crash_nor_invent(text: str) -> None:
    for _, _, value, _ in found(text, "en"):
        assert "-02-31" not in value and value not in ("0000", "99999", "BC0000")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("In December the deal was signed.", "2020-01-15", "2019-12"),
        ("They will vote in September.", "2019-12-20", "2020-09"),
        ("In March there were elections.", "2019-12-20", "2019-03"),
    ],
)
def test_news_month_without_year_follows_the_tense(text: str, dct: str, value: str) -> None:
    assert [t.value for t in tag(text, "en", dct=dct).timexes] == [value]


def test_planned_dates_do_not_move_the_story() -> None:
    text = "In 1974 the offensive was planned for 1976. In March the army attacked."
    assert [t.value for t in tag(text, "en").timexes] == ["1974", "1976", "1974-03"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("from May to July 1940", ["1940-05", "1940-07"]),
        ("in the spring and summer of 1918", ["1918-SP", "1918-SU"]),
        ("They surrendered on May 4 and 5, 1865.", ["1865-05-04", "1865-05-05"]),
        ("Titus took Jerusalem in AD 70.", ["0070"]),
        ("on the night of 3 May 1904", ["1904-05-03TNI"]),
        ("Third-quarter profit fell.", ["2019-Q3"]),
    ],
)
def test_shared_frames_and_other_forms(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, "en", dct=DCT).timexes] == values


def test_a_bare_part_of_day_is_dated_only_by_its_own_sentence() -> None:
    text = "On June 6, 1944 the troops landed. They usually attacked at night. On June 7, at dawn, they moved."
    assert [(t.text, t.value) for t in tag(text, "en").timexes] == [
        ("June 6, 1944", "1944-06-06"),
        ("night", "XXXX-XX-XXTNI"),
        ("June 7", "1944-06-07"),
        ("dawn", "1944-06-07TMO"),
    ]
