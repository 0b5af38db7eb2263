"""A noun event dated by an appositive (#13, 13t): "Su muerte, acaecida en 1848", "his arrest, which came
on 16 December 1934", "His death, in August 1948, ...": the date is the noun's. A participle that says
something else happened ("anunciada", "ordered") dates nothing of the noun's; a decision dates it only when
the main clause does not say when it was carried out."""

from __future__ import annotations

import pytest

from .conftest import only


def _time(analysis, event) -> str | None:
    timexes = {t.id: t.value for t in analysis.timexes}
    return timexes.get(event.time or "")


@pytest.mark.parametrize(
    ("analyzer", "text", "date", "value", "type_name"),
    [
        ("analyze_es", "La muerte de Valerián Kúibyshev, ocurrida el 25 de enero de 1935, fue repentina.",
         "el 25 de enero de 1935", "1935-01-25", "DEATH"),
        ("analyze_es", "Yagoda cayó en desgracia. Su detención, producida en marzo de 1937, no sorprendió a nadie.",
         "marzo de 1937", "1937-03", "ARREST"),
        ("analyze_es", "La expulsión de Zinóviev del partido, decidida en noviembre de 1927, lo apartó del poder.",
         "noviembre de 1927", "1927-11", "EXPULSION"),
        ("analyze_es", "Kírov dirigía Leningrado. Su asesinato, que tuvo lugar el 1 de diciembre de 1934, desató "
         "la represión.", "el 1 de diciembre de 1934", "1934-12-01", "DEATH"),
        ("analyze_en", "Kuibyshev's death, which occurred on 25 January 1935, was sudden.", "25 January 1935",
         "1935-01-25", "DEATH"),
        ("analyze_en", "Yagoda fell from favour. His arrest, which came in March 1937, surprised no one.",
         "March 1937", "1937-03", "ARREST"),
        ("analyze_en", "Rykov was isolated. His arrest, in February 1937, followed a plenum.", "February 1937",
         "1937-02", "ARREST"),
    ],
)  # fmt: skip
def test_an_appositive_of_occurrence_dates_the_event_noun(request, analyzer, text, date, value, type_name):
    analysis = request.getfixturevalue(analyzer)(text, {date: value})
    assert _time(analysis, only(analysis, type_name)) == value


@pytest.mark.parametrize(
    ("analyzer", "text", "date", "value", "type_name"),
    [
        # the announcement came a day later: its date is not the death's
        ("analyze_es", "La muerte de Lenin, anunciada el 22 de enero de 1924, conmovió al país.",
         "el 22 de enero de 1924", "1924-01-22", "DEATH"),
        ("analyze_en", "Lenin's death, announced on 22 January 1924, shook the country.", "22 January 1924",
         "1924-01-22", "DEATH"),
        # a decision, when the main clause says when it was carried out, is not the event's date
        ("analyze_es", "Bujarin fue juzgado. Su ejecución, decidida en marzo de 1937, se llevó a cabo en 1938.",
         "marzo de 1937", "1937-03", "EXECUTION"),
        ("analyze_en", "Bukharin was tried. His execution, decided in March 1937, was carried out in 1938.",
         "March 1937", "1937-03", "EXECUTION"),
    ],
)  # fmt: skip
def test_an_appositive_saying_something_else_does_not_date_the_noun(request, analyzer, text, date, value, type_name):
    analysis = request.getfixturevalue(analyzer)(text, {date: value})
    assert _time(analysis, only(analysis, type_name)) != value
