"""Respective dates are checked person by person (#13, helper 13z; blind set
tests/data/verify/blind_fc_hunt2.yaml): a true "Kirov, Kuibyshev and Ordzhonikidze died in 1934, 1935 and
1937" is never contradicted (the cross product of names and dates contradicted six wrong pairs); the same
list with two dates swapped is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kirov, Kuibyshev and Ordzhonikidze died in 1934, 1935 and 1937 respectively."),
        ("es", "Kírov, Kúibyshev y Ordzhonikidze murieron a mediados de los años treinta, en 1934, 1935 y 1937."),
        ("en", "Lenin and Stalin were born in 1870 and 1878."),
    ],
)
def test_true_respective_dates_are_not_contradicted(assert_contradiction, lang, text):
    assert_contradiction(lang, text, "not_contradicted")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Lenin y Stalin nacieron en 1878 y 1870, respectivamente."),
        ("en", "Kirov, Kuibyshev and Ordzhonikidze died in 1935, 1934 and 1937 respectively."),
    ],
)
def test_swapped_respective_dates_are_contradicted(assert_contradiction, lang, text):
    assert_contradiction(lang, text, "contradicted")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La película «El asesinato de Trotsky» (1972), de Joseph Losey, narra su muerte en Coyoacán."),
        ("en", 'Amy Knight\'s book "Who Killed Kirov?" (1999) doubts the official story.'),
    ],
)
def test_a_titles_year_does_not_contradict_the_event_it_names(assert_contradiction, lang, text):
    assert_contradiction(lang, text, "not_contradicted")
