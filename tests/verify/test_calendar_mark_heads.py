"""A calendar mark after a date is no name: "born on 18 December 1878 (O.S.)" (#13, class "calendars").

The English parser may hang the date on its mark ("(O.S.)" as the head noun), which read the date
as part of another thing's name and barred any contradiction. An Old Style day is written with
the New Style day it is, so "22 April 1870 Old Style" never reads as the same day as the
reference's 22 April 1870. Expected verdicts written before the change (Stalin: 6 December 1878
O.S. = 18 December N.S.; Trotsky: 26 October 1879 O.S. = 7 November N.S.).
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Stalin was born on 18 December 1878 (O.S.).", "contradicted"),
    ("en", "Trotsky was born on 26 October 1879 (O.S.).", "supported"),
    ("es", "Stalin nació el 6 de diciembre de 1878 (calendario juliano).", "supported"),
    ("es", "Trotski nació el 7 de noviembre de 1879 (calendario juliano).", "contradicted"),
    ("en", "Lenin died on 21 January 1924 (N.S.).", "supported"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_calendar_mark_is_no_name(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = analysis.events
    assert event.time_source == "clause"
    (claim,) = analysis.claims
    assert claim.verdict == verdict, claim.explanation
    if "(N.S.)" not in text:
        assert ("Old Style" if lang == "en" else "calendario juliano") in claim.explanation
