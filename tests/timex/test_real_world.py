"""Real-world formats, in both languages: Old Style / New Style dates, ranges with hyphens and
dashes, biographies' lead parentheses."""

from __future__ import annotations

import pytest

from cronica.timex import tag


def dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    result = tag(text, lang)
    for timex in result.timexes:
        assert text[timex.start : timex.end] == timex.text
    return [(t.text, t.value, t.calendar) for t in result.timexes]


# --- Old Style / New Style ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("It began on 7 November [O.S. 25 October] 1917.", "en", "7 November [O.S. 25 October] 1917", "1917-11-07"),
        ("He was born on May 2 [O.S. April 21], 1729.", "en", "May 2 [O.S. April 21], 1729", "1729-05-02"),
        ("She died on 12 March 1881 (O.S. 28 February).", "en", "12 March 1881 (O.S. 28 February)", "1881-03-12"),
        (
            "Empezó el 25 de octubre (7 de noviembre) de 1917.",
            "es",
            "el 25 de octubre (7 de noviembre) de 1917",
            "1917-11-07",
        ),
        (
            "Nació el 8 de febrero [O.S. 28 de enero] de 1725.",
            "es",
            "el 8 de febrero [O.S. 28 de enero] de 1725",
            "1725-02-08",
        ),
        (
            "Nació en Yanovka el 26 de octubrejul./ 7 de noviembre de 1879greg.",
            "es",
            "el 26 de octubrejul./ 7 de noviembre de 1879greg.",
            "1879-11-07",
        ),
    ],
)
def test_a_date_in_both_calendars_is_one_timex_with_its_new_style_value(
    text: str, lang: str, span: str, value: str
) -> None:
    assert dates(text, lang) == [(span, value, "gregorian")]


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        # the year after the bracket, with a labelled and comma-separated second date (#13, 13x)
        (
            "Molotov was born on February 25 (March 9, N.S.), 1890.",
            "en",
            "February 25 (March 9, N.S.), 1890",
            "1890-03-09",
        ),
        (
            "Kirov was born on March 15 (March 27, New Style), 1886.",
            "en",
            "March 15 (March 27, New Style), 1886",
            "1886-03-27",
        ),
        (
            "Jrushchov nació el 15 de abril (3 de abril, viejo estilo) de 1894.",
            "es",
            "el 15 de abril (3 de abril, viejo estilo) de 1894",
            "1894-04-15",
        ),
        (
            "Mólotov n. 9 de marzo de 1890 (25 de febrero según el calendario juliano).",
            "es",
            "9 de marzo de 1890 (25 de febrero según el calendario juliano)",
            "1890-03-09",
        ),
        # the text's label is what it states: labels the wrong way round give the other day
        (
            "Sverdlov was born on May 22 (June 3 according to the Old Style calendar), 1885.",
            "en",
            "May 22 (June 3 according to the Old Style calendar), 1885",
            "1885-05-22",
        ),
        (
            "Stalin nació el 6 de diciembre (18 de diciembre según el calendario juliano) de 1878.",
            "es",
            "el 6 de diciembre (18 de diciembre según el calendario juliano) de 1878",
            "1878-12-06",
        ),
        (
            "Nació el 26 de octubrejul./ 7 de noviembre de 1879 en Yanovka.",  # only the first labelled
            "es",
            "el 26 de octubrejul./ 7 de noviembre de 1879",
            "1879-11-07",
        ),
    ],
)
def test_a_dual_date_takes_the_calendar_the_text_labels(text: str, lang: str, span: str, value: str) -> None:
    assert dates(text, lang) == [(span, value, "gregorian")]


def test_dual_reading_follows_the_label_only_for_a_pair_of_one_day() -> None:
    from cronica.timex.calendars import dual_reading
    from cronica.timex.values import Point

    feb25, mar9 = Point(1890, 2, 25), Point(1890, 3, 9)
    assert dual_reading(feb25, mar9) == mar9  # read from the dates
    assert dual_reading(feb25, mar9, "gregorian") == mar9
    assert dual_reading(feb25, mar9, "julian") == feb25  # "February 25 (March 9, O.S.)": the text's N.S. day
    assert dual_reading(Point(1890, 2, 26), mar9, "julian") is None  # not one day: two dates


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The manifesto was issued on 17 October 1905 (O.S.).", "en", ("17 October 1905", "1905-10-17", "julian")),
        ("Poltava was fought on 27 June 1709 (Old Style).", "en", ("27 June 1709", "1709-06-27", "julian")),
        ("It was followed by 14 February 1918 (N.S.).", "en", ("14 February 1918", "1918-02-14", "gregorian")),
        (
            "Llegó el 3 de abril de 1917 según el calendario juliano.",
            "es",
            ("el 3 de abril de 1917", "1917-04-03", "julian"),
        ),
        ("Abdicó el 2 de marzo de 1917 (calendario juliano).", "es", ("el 2 de marzo de 1917", "1917-03-02", "julian")),
        (
            "Comenzó el 24 de octubre de 1917 (viejo estilo).",
            "es",
            ("el 24 de octubre de 1917", "1917-10-24", "julian"),
        ),
    ],
)
def test_a_calendar_marker_names_the_calendar_of_the_date_before_it(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # 25 October O.S. is 7 November: the pair is no dual date, but the bracket interrupts one date, the day
        # before it with the year after it; neither side labelled, so no calendar (the verifier reads both)
        (
            "The talks ran from 8 November [25 October] 1917.",
            "en",
            ("8 November [25 October] 1917", "1917-11-08", None),
        ),
        (
            "Las conversaciones fueron el 8 de noviembre (25 de octubre) de 1917.",
            "es",
            ("el 8 de noviembre (25 de octubre) de 1917", "1917-11-08", None),
        ),
        # the bracket labelled Old Style: the date before it is the text's New Style day, even a wrong one
        (
            "Nació el 3 de noviembre (11 de noviembre por el calendario ortodoxo antiguo) de 1875.",
            "es",
            (
                "el 3 de noviembre (11 de noviembre por el calendario ortodoxo antiguo) de 1875",
                "1875-11-03",
                "gregorian",
            ),
        ),
        ("He was born on 3 June (20 May O.S.) 1885.", "en", ("3 June (20 May O.S.) 1885", "1885-06-03", "gregorian")),
        # labelled New Style: the date before it is Old Style
        (
            "Nació el 2 de febrero (19 de febrero según el nuevo calendario) de 1885.",
            "es",
            ("el 2 de febrero (19 de febrero según el nuevo calendario) de 1885", "1885-02-02", "julian"),
        ),
    ],
)
def test_a_date_interrupted_by_the_other_calendar_is_one_date_even_when_the_pair_is_not_one_day(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    assert dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nació el 24 de octubre –12 de octubre según el calendario juliano– de 1886.", "es", "1886-10-24"),
        ("He was born on 6 June — 25 May in the Julian calendar — 1888.", "en", "1888-06-06"),
        ("La revolución estalló en febrero (marzo, según el nuevo calendario) de 1917.", "es", "1917-03"),
        ("The revolution broke out in February (March) 1917.", "en", "1917-03"),  # the later month is New Style
        ("It broke out in March (February, Old Style) 1917.", "en", "1917-03"),
        ("Kirov was born on 15 March (27 March, by the western calendar) 1886.", "en", "1886-03-27"),
    ],
)
def test_dashes_months_and_labels_in_words_make_dual_dates(text: str, lang: str, expected: str) -> None:
    (found,) = dates(text, lang)
    assert found[1:] == (expected, "gregorian")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Zinoviev was born on 11 September (Old Style) 1883.", "en", ("1883-09-11", "julian")),
        ("Sverdlov nació el 22 de mayo –según el calendario juliano– de 1885.", "es", ("1885-05-22", "julian")),
        ("Nació el 14 de febrero (nuevo estilo) de 1918.", "es", ("1918-02-14", "gregorian")),
    ],
)
def test_a_calendar_marker_inside_a_date_names_its_calendar(text: str, lang: str, expected: tuple[str, str]) -> None:
    (found,) = dates(text, lang)
    assert found[1:] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The talks ran from 8 November 1917 [25 October].", "en"),  # the year before the bracket: a date alone
        ("Las conversaciones fueron el 8 de noviembre de 1917 (25 de octubre).", "es"),
        ("Se reunieron en febrero (y en abril) de 1917.", "es"),  # a bracket that is no date is no calendar
    ],
)
def test_a_complete_date_before_a_bracket_that_is_not_its_other_calendar_stays_apart(text: str, lang: str) -> None:
    found = dates(text, lang)
    assert all(calendar is None for _, _, calendar in found)
    assert len(found) >= 2


def test_dual_month_is_a_month_and_the_next() -> None:
    from cronica.timex.calendars import dual_month
    from cronica.timex.values import Point

    feb, mar, apr = Point(1917, 2), Point(1917, 3), Point(1917, 4)
    assert dual_month(feb, mar) == mar
    assert dual_month(mar, feb) == mar
    assert dual_month(feb, mar, "julian") == feb  # the text's word: it says the bracketed month is Old Style
    assert dual_month(feb, apr) is None


def test_julian_to_gregorian_through_the_centuries() -> None:
    from cronica.timex.calendars import julian_to_gregorian
    from cronica.timex.values import Point

    assert julian_to_gregorian(Point(1917, 10, 25)) == Point(1917, 11, 7)  # 13 days
    assert julian_to_gregorian(Point(1828, 8, 28)) == Point(1828, 9, 9)  # 12 days
    assert julian_to_gregorian(Point(1725, 1, 28)) == Point(1725, 2, 8)  # 11 days
    assert julian_to_gregorian(Point(1700, 2, 29)) == Point(1700, 3, 11)  # a Julian leap day
    assert julian_to_gregorian(Point(1917, 10)) is None  # a month straddles two


# --- ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "values", "interval"),
    [
        (
            "His life, 7 November 1879-21 August 1940.",
            "en",
            ["1879-11-07", "1940-08-21"],
            "7 November 1879-21 August 1940",
        ),
        (
            "His life, 7 November 1879 – 21 August 1940.",
            "en",
            ["1879-11-07", "1940-08-21"],
            "7 November 1879 – 21 August 1940",
        ),
        ("He edited it from December 1917-April 1929.", "en", ["1917-12", "1929-04"], "from December 1917-April 1929"),
        ("The famine of 1932—1933 killed millions.", "en", ["1932", "1933"], "1932—1933"),
        (
            "Su vida, 7 de noviembre de 1879-21 de agosto de 1940.",
            "es",
            ["1879-11-07", "1940-08-21"],
            "7 de noviembre de 1879-21 de agosto de 1940",
        ),
        (
            "Su vida, 18 de diciembre de 1878 - 5 de marzo de 1953.",
            "es",
            ["1878-12-18", "1953-03-05"],
            "18 de diciembre de 1878 - 5 de marzo de 1953",
        ),
        ("La hambruna de 1932—1933 causó millones de muertos.", "es", ["1932", "1933"], "1932—1933"),
        (
            "Vivió exiliado (febrero de 1929-julio de 1933).",
            "es",
            ["1929-02", "1933-07"],
            "febrero de 1929-julio de 1933",
        ),
    ],
)
def test_ranges_with_hyphens_and_dashes(text: str, lang: str, values: list[str], interval: str) -> None:
    result = tag(text, lang)
    assert [t.value for t in result.timexes] == values
    assert [i.text for i in result.intervals] == [interval]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("The congress sat 2–6 March 1919.", "en", ["1919-03-02", "1919-03-06"]),
        ("It met daily, October 26–November 7, 1917.", "en", ["XXXX-XX-XX", "1917-10-26", "1917-11-07"]),
        ("It lasted December 28–January 3, 1918.", "en", ["1917-12-28", "1918-01-03"]),
        ("La rebelión (1–17 de marzo de 1921) fue aplastada.", "es", ["1921-03-01", "1921-03-17"]),
    ],
)
def test_day_ranges_with_dashes_share_the_month_and_year(text: str, lang: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, lang).timexes] == values


def test_a_year_and_a_day_joined_by_a_hyphen_stay_one_number_without_a_month() -> None:
    assert [t.value for t in tag("The war lasted 1914-18 in Europe.", "en").timexes] == ["1914", "1918"]


# --- biographies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "values", "interval"),
    [
        (
            "Leon Trotsky (Yanovka, 7 November 1879 – Coyoacán, 21 August 1940) was a revolutionary.",
            "en",
            ["1879-11-07", "1940-08-21"],
            "7 November 1879 – Coyoacán, 21 August 1940",
        ),
        (
            "Joseph Stalin (18 December [O.S. 6 December] 1878 – 5 March 1953) ruled.",
            "en",
            ["1878-12-18", "1953-03-05"],
            "18 December [O.S. 6 December] 1878 – 5 March 1953",
        ),
        (
            "León Trotski (Yanovka, 7 de noviembre de 1879-Coyoacán, 21 de agosto de 1940) fue un revolucionario.",
            "es",
            ["1879-11-07", "1940-08-21"],
            "7 de noviembre de 1879-Coyoacán, 21 de agosto de 1940",
        ),
        (
            "Lev Sedov (24 de febrero de 1906-16 de febrero de 1938) murió en París.",
            "es",
            ["1906-02-24", "1938-02-16"],
            "24 de febrero de 1906-16 de febrero de 1938",
        ),
    ],
)
def test_lead_parentheses_of_biographies(text: str, lang: str, values: list[str], interval: str) -> None:
    result = tag(text, lang)
    assert [t.value for t in result.timexes] == values
    assert [i.text for i in result.intervals] == [interval]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mikhail Frunze (2 February 1885 – 31 October 1925) led the army. In May he fell ill.", "en"),
        ("Mijaíl Frunze (2 de febrero de 1885 - 31 de octubre de 1925) dirigió el ejército. En mayo enfermó.", "es"),
    ],
)
def test_a_biography_s_dates_do_not_date_the_story_after_them(text: str, lang: str) -> None:
    # the lead parenthesis gives a life's bounds; "in May" after it belongs to the story (here,
    # with no other date, the latest written date's year, 1925 — never a year from elsewhere)
    assert [t.value for t in tag(text, lang).timexes][-1] == "1925-05"


# --- named events, vague expressions, PRESENT_REF on the timeline ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("In 1940 Trotsky still defended the October Revolution.", "en", ["1940"]),
        ("After the July Days the party went underground; in May it recovered.", "en", ["XXXX-05"]),
        ("The Winter Palace fell in 1917.", "en", ["1917"]),
        ("During the Thirty Years' War the population fell.", "en", []),
        ("In Spring 1918 Ludendorff attacked.", "en", ["1918-SP"]),
        ("En 1940 Trotski seguía defendiendo la Revolución de Octubre.", "es", ["1940"]),
        ("La Revolución de Febrero de 1917 derrocó al zar.", "es", ["1917"]),
        ("Se reunieron en la Plaza de Mayo en 1982.", "es", ["1982"]),
        ("El Domingo Sangriento abrió la revolución.", "es", []),
        ("La Guerra de los Seis Días transformó la región.", "es", []),
        ("El pasado Sábado ganó la final.", "es", ["XXXX-WXX-6"]),
        ("Los actos del Primero de Mayo terminaron.", "es", ["XXXX-05-01"]),
    ],
)
def test_named_events_and_periods_are_not_dates(text: str, lang: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, lang).timexes] == values


@pytest.mark.parametrize(
    ("text", "lang", "dct", "expected"),
    [
        ("He was exiled in 1929. A few years later he settled in Mexico.", "en", None, ("DURATION", "PXY")),
        ("Years later, the archives were opened.", "en", None, ("DURATION", "PXY")),
        ("They signed in 1918. Some time later the war resumed.", "en", None, ("DATE", "PAST_REF")),
        ("Two years later he was dead.", "en", None, ("DATE", "PAST_REF")),
        ("The board will meet on Monday and a few weeks later will vote.", "en", "2019-12-20", ("DATE", "FUTURE_REF")),
        ("Fue expulsado en 1929. Unos años después se instaló en México.", "es", None, ("DURATION", "PXY")),
        ("Días después cayó la ciudad.", "es", None, ("DURATION", "PXD")),
        ("Firmaron en 1918. Tiempo después la guerra se reanudó.", "es", None, ("DATE", "PAST_REF")),
        ("La comisión se reunirá el lunes y unas semanas después votará.", "es", "2019-12-20", ("DATE", "FUTURE_REF")),
    ],
)
def test_vague_relative_expressions_are_never_future_in_the_past(
    text: str, lang: str, dct: str | None, expected: tuple[str, str]
) -> None:
    assert [(t.type, t.value) for t in tag(text, lang, dct=dct).timexes][-1] == expected


def test_present_ref_is_never_shown_as_a_date() -> None:
    from cronica.export.table import date_cell
    from cronica.report.dates import calendar_date

    assert date_cell("PRESENT_REF") == "(undated: present)"
    assert date_cell("PAST_REF") == "(undated: past)"
    assert date_cell(None) == "(undated)"
    assert date_cell("1917-11-07") == "1917-11-07"
    assert calendar_date("PRESENT_REF") is None and calendar_date("FUTURE_REF") is None
    assert calendar_date("1917-11") == "1917-11"


def test_the_report_lists_a_present_ref_event_as_undated() -> None:
    import dataclasses

    from tests.report.report_fixtures import rich_analysis

    from cronica.report.i18n import translations
    from cronica.report.view import build_document_view

    analysis = rich_analysis()
    now = dataclasses.replace(analysis.events[0], id="e99", time=None, time_value="PRESENT_REF")
    view = build_document_view(dataclasses.replace(analysis, events=(*analysis.events, now)), 0, translations("en"))
    assert all(row.date != "PRESENT_REF" for row in (*view.events, *view.undated))
    assert any(row.date == "" and "PRESENT_REF" not in (row.undated_reason or "") for row in view.undated)


# --- holidays that move with the year, ages ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "dct", "value"),
    [
        ("Families gathered on Thanksgiving Day.", "en", "1998-12-01", "1998-11-26"),
        ("On Easter 1916 the rebels rose.", "en", None, "1916-04-23"),
        ("Polls opened on Election Day.", "en", "1998-11-01", "1998-11-03"),
        ("El Viernes Santo de 1937 llovió.", "es", None, "1937-03-26"),
        ("La procesión salió el Domingo de Ramos.", "es", "2024-04-10", "2024-03-24"),
    ],
)
def test_movable_holidays_are_computed_for_their_year(text: str, lang: str, dct: str | None, value: str) -> None:
    assert [t.value for t in tag(text, lang, dct=dct).timexes] == [value]


def test_easter_and_rules_of_the_nth_weekday() -> None:
    from cronica.timex.calendars import easter, movable_date

    assert easter(2024) == (3, 31) and easter(1998) == (4, 12) and easter(2000) == (4, 23)
    assert movable_date({"month": 5, "weekday": 1, "nth": -1}, 2024) == (5, 27)  # last Monday of May


def test_a_holiday_in_a_name_is_not_a_date() -> None:
    assert [t.value for t in tag("The Easter Rising of 1916 failed.", "en").timexes] == ["1916"]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("The 6-year-old boy was returned to Cuba.", "en", []),  # an age (TimeML): not a time
        ("The boy, six years old, was returned.", "en", ["P6Y"]),
        ("Murió a los 64 años.", "es", ["P64Y"]),  # the Spanish TimeBank annotates ages said as durations
    ],
)
def test_ages(text: str, lang: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, lang).timexes] == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 12 March 1917 the old calendar was still in use.", "en"),
        ("El 12 de marzo de 1917 el viejo calendario seguía vigente.", "es"),
    ],
)
def test_a_calendar_named_as_the_sentence_subject_is_no_marker_of_the_date_before_it(text: str, lang: str) -> None:
    assert [calendar for _, _, calendar in dates(text, lang)] == [None]
