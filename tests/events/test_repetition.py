"""Repetition (#13): an event the text says happened again is flagged `repeated`, so the
verifier never contradicts a second expulsion with the first one."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "type_name"),
    [
        ("Kámenev fue expulsado de nuevo del partido en 1932.", "EXPULSION"),
        ("Kámenev fue expulsado otra vez en 1932.", "EXPULSION"),
        ("Kámenev volvió a ser expulsado del partido en 1932.", "EXPULSION"),
        ("Kámenev fue detenido por quinta vez en 1932.", "ARREST"),
        ("Kámenev fue readmitido en el partido en 1928.", "JOIN"),
    ],
)
def test_spanish_repetition(analyze_es, text, type_name):
    event = only(analyze_es(text), type_name)
    assert event.repeated
    assert role(event, "patient") == ["Kámenev"]
    assert all("vez" not in p.text for p in event.participants)  # the marker is no participant


@pytest.mark.parametrize(
    ("text", "type_name"),
    [
        ("Lev Kamenev was expelled from the party again in 1932.", "EXPULSION"),
        ("Lev Kamenev was once more expelled from the party in 1932.", "EXPULSION"),
        ("Lev Kamenev was arrested for the fifth time in 1932.", "ARREST"),
        ("The police arrested Lev Kamenev once again in 1932.", "ARREST"),
        ("Lev Kamenev was readmitted to the party in 1928.", "JOIN"),
    ],
)
def test_english_repetition(analyze_en, text, type_name):
    event = only(analyze_en(text), type_name)
    assert event.repeated
    assert role(event, "patient") == ["Lev Kamenev"]
    assert all("time" not in p.text for p in event.participants)


def test_a_repetition_verb_with_an_infinitive_is_no_journey(analyze_es):
    analysis = analyze_es("La policía zarista volvió a detener a Stalin en 1910.", {"1910": "1910"})
    assert [e.type for e in analysis.events] == ["ARREST"]
    event = analysis.events[0]
    assert event.repeated and event.time_value == "1910"
    assert resolved(analysis, event, "patient") == ["Stalin"]


@pytest.mark.parametrize(
    ("analyzer", "text", "type_name"),
    [
        ("analyze_es", "Trotski fue expulsado del partido en 1927 y nunca volvió a Moscú.", "EXPULSION"),
        ("analyze_en", "Leon Trotsky was expelled from the party in 1927.", "EXPULSION"),
    ],
)
def test_a_first_event_is_not_repeated(request, analyzer, text, type_name):
    assert not only(request.getfixturevalue(analyzer)(text), type_name).repeated
