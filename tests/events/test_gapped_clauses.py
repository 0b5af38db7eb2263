"""Gapped second conjuncts (#13, class blind set tests/data/verify/blind_deportation_gapped.yaml): "In 1927
Trotsky was expelled from the party and in 1929 from the Soviet Union" is two events, each with its own date;
the first never takes the second's date or phrases."""

from __future__ import annotations

import pytest

from .conftest import resolved, role


def _events(analysis):
    return [(e.type, e.time_value) for e in analysis.events]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected", "second_place"),
    [
        ("analyze_en", "In 1927 Trotsky was expelled from the party and in 1929 from the Soviet Union.",
         {"1927": "1927", "1929": "1929"}, [("EXPULSION", "1927"), ("DEPORTATION", "1929")], "the Soviet Union"),
        ("analyze_es", "En 1927 Trotski fue expulsado del partido; en 1929, de la Unión Soviética.",
         {"1927": "1927", "1929": "1929"}, [("EXPULSION", "1927"), ("DEPORTATION", "1929")], "Unión Soviética"),
    ],
)  # fmt: skip
def test_a_gapped_conjunct_is_a_second_event_with_its_own_date(request, analyzer, text, dates, expected, second_place):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert sorted(_events(analysis)) == sorted(expected)
    expulsion = next(e for e in analysis.events if e.type == "EXPULSION")
    deportation = next(e for e in analysis.events if e.type == "DEPORTATION")
    assert role(deportation, "origin") == [second_place]
    assert role(expulsion, "origin") == []
    assert resolved(analysis, deportation, "patient") == resolved(analysis, expulsion, "patient")


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "first", "second"),
    [
        ("analyze_en", "Lev Kamenev was expelled from the party in 1927, and Nikolai Bukharin in 1929.",
         {"1927": "1927", "1929": "1929"}, "Lev Kamenev", "Nikolai Bukharin"),
        ("analyze_es", "Zinóviev fue expulsado del partido en 1927 y Bujarin, en 1929.",
         {"1927": "1927", "1929": "1929"}, "Zinóviev", "Bujarin"),
    ],
)  # fmt: skip
def test_a_gapped_conjunct_with_a_new_person_shares_the_rest(request, analyzer, text, dates, first, second):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    found = {resolved(analysis, e, "patient")[0]: e for e in analysis.events if e.type == "EXPULSION"}
    assert found[first].time_value == "1927" and found[second].time_value == "1929"
    assert role(found[first], "organization") == role(found[second], "organization") != []


def test_the_remnants_phrase_replaces_the_first_conjuncts(analyze_en):
    analysis = analyze_en(
        "In 1929 Bukharin was removed from the Politburo, and in 1937 from the party.", {"1929": "1929", "1937": "1937"}
    )
    second = next(e for e in analysis.events if e.time_value == "1937")
    assert "Politburo" not in [*role(second, "organization"), *role(second, "position")]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected"),
    [
        ("analyze_en", "Trotsky was arrested in 1898 and exiled to Siberia in 1900.", {"1898": "1898", "1900": "1900"},
         [("ARREST", "1898"), ("EXILE", "1900")]),  # a verb of its own: a clause, not a remnant
        ("analyze_es", "Trotski fue expulsado del partido en 1927 y del Comité Central.", {"1927": "1927"},
         [("EXPULSION", "1927")]),  # no date of its own: no second event
        ("analyze_en", "Trotsky was expelled from the party in 1927 and from the Central Committee.", {"1927": "1927"},
         [("EXPULSION", "1927")]),  # no date of its own: no second event
    ],
)  # fmt: skip
def test_no_remnant_without_a_verbless_dated_conjunct(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert sorted(_events(analysis)) == expected


def test_a_list_of_remnants_gives_one_event_each(analyze_en):
    text = (
        "Stalin fought back, expelling Trotsky from the Politburo in 1926, from the party in 1927, "
        "and from Moscow in 1928."
    )
    analysis = analyze_en(text, {"1926": "1926", "1927": "1927", "1928": "1928"})
    dated = {e.time_value: e for e in analysis.events if e.time_value}
    assert sorted(dated) == ["1926", "1927", "1928"]
    assert role(dated["1926"], "organization") == ["Politburo"]
    assert role(dated["1927"], "organization") == ["the party"]
    assert role(dated["1928"], "origin") == ["Moscow"]  # from a place: a deportation, dated by its own year
