"""A date whose calendar the text names is read in that calendar only (#13, class "calendar").

An unmarked day before 1918 may be Old Style in a Russian narrative, so it is also read as Julian.
"(N.S.)", "nuevo estilo", "by the Gregorian calendar" close that door: "26 October 1879 by the
Gregorian calendar" is not Trotsky's birthday in any calendar the text allows. Expected verdicts
written before the system ran on these sentences (KB: Lenin born 22 April 1870, Gregorian).
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Lenin was born on 22 April 1870 (N.S.).", "supported"),
    ("es", "Lenin nació el 22 de abril de 1870 según el calendario gregoriano.", "supported"),
    ("es", "Lenin nació el 10 de abril de 1870 (nuevo estilo).", "contradicted"),
    ("en", "Lenin was born on 10 April 1870 by the Gregorian calendar.", "contradicted"),
    ("en", "Lenin was born on 10 April 1870 (O.S.).", "supported"),
    ("es", "Lenin nació el 10 de abril de 1870 según el calendario juliano.", "supported"),
    # no calendar named: an Old Style reading may confirm it, never a contradiction
    ("en", "Lenin was born on 10 April 1870.", "supported"),
    ("es", "Lenin nació el 10 de abril de 1870.", "supported"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_named_calendar_allows_one_reading(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    assert claim.verdict == verdict, claim.explanation
