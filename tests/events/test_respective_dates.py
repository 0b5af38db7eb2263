"""As many coordinated persons as coordinated dates pair in order (#13, helper 13z; blind set
tests/data/verify/blind_fc_hunt2.yaml): "Kirov, Kuibyshev and Ordzhonikidze died in 1934, 1935 and 1937"
is Kirov's death in 1934, Kuibyshev's in 1935 and Ordzhonikidze's in 1937, never each of them dying three
times (every wrong pair was a false contradiction). With another count the pairing is unknown and the
persons' event stays undated; one person with two dates keeps one event per date."""

from __future__ import annotations

import pytest

from .conftest import resolved


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected"),
    [
        ("analyze_en", "Kirov, Kuibyshev and Ordzhonikidze died in 1934, 1935 and 1937 respectively.",
         {"1934": "1934", "1935": "1935", "1937": "1937"},
         [(["Kirov"], "1934"), (["Kuibyshev"], "1935"), (["Ordzhonikidze"], "1937")]),
        ("analyze_es", "Kírov, Kúibyshev y Ordzhonikidze murieron en 1934, 1935 y 1937.",
         {"1934": "1934", "1935": "1935", "1937": "1937"},
         [(["Kírov"], "1934"), (["Kúibyshev"], "1935"), (["Ordzhonikidze"], "1937")]),
        ("analyze_en", "Lenin and Stalin were born in 1870 and 1878.", {"1870": "1870", "1878": "1878"},
         [(["Lenin"], "1870"), (["Stalin"], "1878")]),
        ("analyze_es", "Lenin y Stalin nacieron en 1870 y 1878, respectivamente.", {"1870": "1870", "1878": "1878"},
         [(["Lenin"], "1870"), (["Stalin"], "1878")]),
    ],
)  # fmt: skip
def test_each_person_takes_the_date_in_their_place(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    found = [(resolved(analysis, e, "patient"), e.time_value) for e in analysis.events]
    assert found == expected


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_en", "Kirov, Kuibyshev and Ordzhonikidze died in 1934 and 1937.", {"1934": "1934", "1937": "1937"}),
        ("analyze_es", "Kírov, Kúibyshev y Ordzhonikidze murieron en 1934 y 1937.", {"1934": "1934", "1937": "1937"}),
    ],
)  # fmt: skip
def test_another_count_leaves_the_persons_undated(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert [e.time_value for e in analysis.events] == [None]
    assert len(resolved(analysis, analysis.events[0], "patient")) == 3


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_en", "Trotsky was arrested in 1898 and 1905.", {"1898": "1898", "1905": "1905"}),
        ("analyze_es", "Trotski fue detenido en 1898 y en 1905.", {"1898": "1898", "1905": "1905"}),
    ],
)  # fmt: skip
def test_one_person_keeps_an_event_per_date(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert sorted(e.time_value for e in analysis.events) == ["1898", "1905"]
