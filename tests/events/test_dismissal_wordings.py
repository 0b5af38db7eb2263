"""Dismissal and removal wordings (#13): the office named after a generic post noun is the
position; removal from a body is an expulsion from it."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("León Trotski fue relevado del puesto de comisario de guerra en 1925.", "comisario de guerra"),
        ("León Trotski fue relevado de su cargo de comisario de guerra en 1925.", "comisario de guerra"),
        ("León Trotski fue apartado del cargo de comisario de guerra en 1925.", "comisario de guerra"),
        ("León Trotski fue destituido como comisario de guerra en 1925.", "comisario de guerra"),
        ("León Trotski fue cesado como comisario de guerra en 1925.", "comisario de guerra"),
        ("En 1925 el partido relevó a León Trotski del puesto de comisario de guerra.", "comisario de guerra"),
    ],
)
def test_spanish_removal_from_an_office(analyze_es, text, position):
    analysis = analyze_es(text, {"1925": "1925"})
    event = only(analysis, "DISMISSAL")
    assert resolved(analysis, event, "patient") == ["León Trotski"]
    assert role(event, "position") == [position]
    assert event.time_value == "1925"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Leon Trotsky was relieved of his post as War Commissar in 1925.", "War Commissar"),
        ("Leon Trotsky was removed from the post of War Commissar in 1925.", "War Commissar"),
        ("Leon Trotsky was dismissed as War Commissar in 1925.", "War Commissar"),
        ("In 1925 Stalin removed Leon Trotsky from his post as War Commissar.", "War Commissar"),
    ],
)
def test_english_removal_from_an_office(analyze_en, text, position):
    analysis = analyze_en(text, {"1925": "1925"})
    event = only(analysis, "DISMISSAL")
    assert resolved(analysis, event, "patient") == ["Leon Trotsky"]
    assert role(event, "position") == [position]


@pytest.mark.parametrize(
    ("analyzer", "text"),
    [
        ("analyze_es", "Abel Enukidze fue relevado de sus funciones en 1935."),
        ("analyze_en", "Avel Yenukidze was relieved of his duties in 1935."),
    ],
)
def test_a_generic_post_noun_alone_is_no_position(request, analyzer, text):
    event = only(request.getfixturevalue(analyzer)(text), "DISMISSAL")
    assert role(event, "position") == []


@pytest.mark.parametrize(
    ("analyzer", "text", "body"),
    [
        ("analyze_es", "En 1926 Grigori Zinóviev fue apartado del Politburó.", "Politburó"),
        ("analyze_en", "In 1957 Vyacheslav Molotov was removed from the Presidium.", "the Presidium"),
    ],
)
def test_removal_from_a_body_is_an_expulsion(request, analyzer, text, body):
    event = only(request.getfixturevalue(analyzer)(text), "EXPULSION")
    assert role(event, "organization") == [body]


def test_relieving_a_siege_is_no_dismissal(analyze_en):
    assert not [e for e in analyze_en("The Red Army relieved the siege of Leningrad.").events if e.type == "DISMISSAL"]
