"""The event and its date go together (#13, rule 4): a date at the head of a sentence governs
its main clause and any complement clause; "ese día"/"that day" is the date last named; a date
in another clause never dates the event; two events with two dates keep their own."""

from __future__ import annotations

import pytest

from .conftest import only, resolved


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "type_name", "date"),
    [
        ("analyze_es", "En 1936 Stalin ordenó que Kámenev fuera juzgado.", {"1936": "1936"}, "TRIAL", "1936"),
        ("analyze_en", "In 1936 Stalin ordered that Zinoviev be tried.", {"1936": "1936"}, "TRIAL", "1936"),
    ],
)
def test_a_head_date_governs_the_complement_clause(request, analyzer, text, dates, type_name, date):
    assert only(request.getfixturevalue(analyzer)(text, dates), type_name).time_value == date


def test_a_reported_complement_does_not_take_the_statement_date(analyze_es):
    analysis = analyze_es("En 1938 Trotski afirmó que había sido expulsado injustamente.", {"1938": "1938"})
    assert only(analysis, "EXPULSION").time_value is None


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected"),
    [
        ("analyze_es",
         "Lev Kámenev era el rival más débil. En 1927 Stalin logró que fuera expulsado del partido y el 5 de enero "
         "de 1928 fue desterrado a Kaluga.",
         {"1927": "1927", "el 5 de enero de 1928": "1928-01-05"},
         [("EXPULSION", "1927"), ("EXILE", "1928-01-05")]),
        ("analyze_en", "Sergei Kirov was shot on 1 December 1934 and Leonid Nikolaev was executed on 29 December 1934.",
         {"1 December 1934": "1934-12-01", "29 December 1934": "1934-12-29"},
         [("DEATH", "1934-12-01"), ("EXECUTION", "1934-12-29")]),
    ],
)  # fmt: skip
def test_two_events_keep_their_own_dates(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert [(e.type, e.time_value) for e in analysis.events] == expected


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "first", "second"),
    [
        ("analyze_es",
         "En 1929, después de haber sido expulsado del partido en 1927, León Trotski se trasladó a Turquía.",
         {"1929": "1929", "1927": "1927"}, ("EXPULSION", "1927"), ("MOVE", "1929")),
        ("analyze_en", "In 1929, after being expelled from the party in 1927, Leon Trotsky moved to Turkey.",
         {"1929": "1929", "1927": "1927"}, ("EXPULSION", "1927"), ("MOVE", "1929")),
    ],
)  # fmt: skip
def test_a_date_in_another_clause_never_dates_the_event(request, analyzer, text, dates, first, second):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert [(e.type, e.time_value) for e in analysis.events] == [first, second]
    # the adverbial clause without tense takes the main clause's subject
    assert all(resolved(analysis, e, "patient") == ["León Trotski" if "León" in text else "Leon Trotsky"]
               for e in analysis.events)  # fmt: skip


def test_a_name_hung_on_a_fronted_date_is_the_subject(analyze_es):
    text = "Grigori Zinóviev fue detenido en 1934. Ese día Lev Kámenev fue arrestado también."
    analysis = analyze_es(text, {"1934": "1934", "Ese día": "1934"})
    first, second = [e for e in analysis.events if e.type == "ARREST"]
    assert resolved(analysis, first, "patient") == ["Grigori Zinóviev"]
    # the small model's NER makes one entity of "Ese día Lev Kámenev": the subject is still Kámenev
    (name,) = resolved(analysis, second, "patient")
    assert name.endswith("Lev Kámenev")


def test_a_cataphoric_pronoun_in_an_opening_clause_is_the_main_subject(analyze_en):
    text = "In 1932, after she had been arrested in 1929, Maria Spiridonova was exiled to Ufa."
    analysis = analyze_en(text, {"1932": "1932", "1929": "1929"})
    assert resolved(analysis, only(analysis, "ARREST"), "patient") == ["Maria Spiridonova"]
    assert only(analysis, "ARREST").time_value == "1929"
    assert only(analysis, "EXILE").time_value == "1932"


def test_personal_al_marks_the_object(analyze_es):
    analysis = analyze_es("La policía detuvo al agresor.")
    assert [p.text for p in only(analysis, "ARREST").participants if p.role == "patient"] == ["agresor"]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "type_name", "date"),
    [
        ("analyze_es", "Tras el congreso de 1927, Trotski fue desterrado a Almá-Atá.", {"1927": "1927"},
         "EXILE", "1927"),
        ("analyze_en", "After the congress of 1927, Trotsky was exiled to Alma-Ata.", {"1927": "1927"},
         "EXILE", "1927"),
        ("analyze_en", "After the Fifteenth Congress of December 1927, Trotsky was exiled to Alma-Ata.",
         {"December 1927": "1927-12"}, "EXILE", "1927-12"),
    ],
)  # fmt: skip
def test_a_date_naming_a_noun_the_event_follows_does_not_date_it(request, analyzer, text, dates, type_name, date):
    """blind_fc_hunt fc-en-22: the date is the congress's, through "of" in English ("de" hangs on the noun in
    Spanish), so it never contradicts the exile (January 1928). And since the exile came after the congress
    ("tras", "after": blind_order_named_dates), the congress's date does not date it at all: it may not support
    it either (the eleventh session; before, such a date was "named" and could support)."""
    event = only(request.getfixturevalue(analyzer)(text, dates), type_name)
    assert (event.time_value, event.time_source) == (None, None), date


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "type_name", "date"),
    [
        ("analyze_es", "Durante el congreso de 1927, Trotski fue expulsado del partido.", {"1927": "1927"},
         "EXPULSION", "1927"),
        ("analyze_en", "During the congress of 1927, Trotsky was expelled from the party.", {"1927": "1927"},
         "EXPULSION", "1927"),
    ],
)  # fmt: skip
def test_a_date_naming_another_noun_dates_the_event_only_loosely(request, analyzer, text, dates, type_name, date):
    """The date is the congress's: it may support the event, never contradict it."""
    event = only(request.getfixturevalue(analyzer)(text, dates), type_name)
    assert (event.time_value, event.time_source) == (date, "named")


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_en", "Trotsky was exiled to Alma-Ata on the night of 16 January 1928.",
         {"the night of 16 January 1928": "1928-01-16"}),
        ("analyze_en", "Trotsky was exiled to Alma-Ata in January 1928.", {"January 1928": "1928-01"}),
        ("analyze_en", "In the cold days of January 1928, Trotsky was exiled to Alma-Ata.",
         {"January 1928": "1928-01"}),
        ("analyze_es", "En los fríos días de enero de 1928 Trotski fue desterrado a Almá-Atá.",
         {"enero de 1928": "1928-01"}),
        ("analyze_es", "Trotski fue desterrado a Almá-Atá en enero de 1928.", {"enero de 1928": "1928-01"}),
    ],
)  # fmt: skip
def test_the_events_own_date_is_not_named(request, analyzer, text, dates):
    assert only(request.getfixturevalue(analyzer)(text, dates), "EXILE").time_source != "named"
