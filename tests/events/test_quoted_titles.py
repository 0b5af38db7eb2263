"""A trigger inside quotation marks is dated only by a date inside the same quotation (#13, helper 13z;
blind set tests/data/verify/blind_fc_hunt2.yaml): the year after a film's or a book's title is the work's
("La película «El asesinato de Trotsky» (1972)" was contradicted as Trotsky's death in 1972), while a
quoted sentence keeps its own date ("«Trotski fue asesinado en 1940», escribió ... en 1941")."""

from __future__ import annotations

import pytest

from .conftest import only


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_es", "La película «El asesinato de Trotsky» (1972) se rodó en Roma.", {"1972": "1972"}),
        ("analyze_es", "El libro “La muerte de Kírov” se publicó en 1999.", {"1999": "1999"}),
        ("analyze_en", 'Amy Knight\'s book "Who Killed Kirov?" (1999) doubts the official story.', {"1999": "1999"}),
        ("analyze_en", "The pamphlet “Lenin died poisoned” appeared in 1927.", {"1927": "1927"}),
    ],
)  # fmt: skip
def test_a_title_is_not_dated_by_the_works_year(request, analyzer, text, dates):
    deaths = [e for e in request.getfixturevalue(analyzer)(text, dates).events if e.type == "DEATH"]
    assert deaths
    assert all(e.time_value is None for e in deaths)


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_es", "«Trotski fue asesinado en 1940», escribió Natalia Sedova en 1941.",
         {"1940": "1940", "1941": "1941"}),
        ("analyze_en", '"Kirov was killed in 1934," Pravda wrote in 1935.', {"1934": "1934", "1935": "1935"}),
    ],
)  # fmt: skip
def test_a_quoted_sentence_keeps_its_own_date(request, analyzer, text, dates):
    assert only(request.getfixturevalue(analyzer)(text, dates), "DEATH").time_value in ("1940", "1934")
