"""Taking a post worded as a transfer or a first (#13, class blind set
tests/data/verify/blind_post_transfer_first.yaml): a headship verb under a post-taking verb ("was
transferred to Leningrad to head…", "pasó a encabezar…") is the post's start, dated by the governing
clause and taken by its object or passive subject; a transfer to a body is a post taken there."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "person", "position"),
    [
        ("analyze_en", "In 1926 Stalin transferred Kirov to Leningrad to head the party organization there.",
         {"1926": "1926"}, "Kirov", "the party organization"),
        ("analyze_en", "In 1926 Kirov was transferred to Leningrad to head up the Leningrad party organization.",
         {"1926": "1926"}, "Kirov", "the Leningrad party organization"),
        ("analyze_en", "In 1938 Yezhov was moved to head the People's Commissariat of Water Transport.",
         {"1938": "1938"}, "Yezhov", "the People's Commissariat of Water Transport"),
        ("analyze_es", "En 1926 Kírov fue trasladado a Leningrado para dirigir la organización del partido.",
         {"1926": "1926"}, "Kírov", "la organización del partido"),
        ("analyze_es", "En 1929 Stalin trasladó a Kírov a Leningrado para encabezar el partido de la ciudad.",
         {"1929": "1929"}, "Kírov", "el partido de la ciudad"),
        ("analyze_es", "En 1930 Mólotov pasó a encabezar el Consejo de Comisarios del Pueblo.", {"1930": "1930"},
         "Mólotov", "Consejo de Comisarios del Pueblo"),
    ],
)  # fmt: skip
def test_a_headship_under_a_post_taking_verb_is_an_appointment(request, analyzer, text, dates, person, position):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == [person]
    assert role(event, "position") == [position]
    assert event.time_value == next(iter(dates.values()))
    assert event.modality == "asserted"  # the post it was given, not a mere purpose


@pytest.mark.parametrize(
    ("analyzer", "text"),
    [
        ("analyze_en", "In 1923 Trotsky led the Left Opposition."),  # a headship verb alone is no event
        ("analyze_es", "En 1923 Trotski dirigió la Oposición de Izquierda."),
        ("analyze_en", "In 1926 Stalin went to Leningrad to head off the opposition."),  # "go" gives no post
    ],
)
def test_a_headship_verb_alone_takes_no_post(request, analyzer, text):
    analysis = request.getfixturevalue(analyzer)(text)
    assert not [e for e in analysis.events if e.type == "APPOINTMENT"]


def test_a_transfer_to_a_body_is_a_post_taken_there(analyze_en, analyze_es):
    analysis = analyze_en("In 1939 Molotov was transferred to the People's Commissariat of Foreign Affairs.")
    assert role(only(analysis, "APPOINTMENT"), "position") == ["the People's Commissariat of Foreign Affairs"]
    analysis = analyze_es("En 1926 Kírov fue trasladado a Leningrado.")  # a place: the move stays a move
    assert not [e for e in analysis.events if e.type == "APPOINTMENT"]
    assert role(only(analysis, "MOVE"), "destination") == ["Leningrado"]
