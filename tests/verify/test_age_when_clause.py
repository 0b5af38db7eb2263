"""An age told by a copular clause over a "when" clause: "Lenin was 53 when he died", "Bujarin tenía
49 años cuando fue fusilado" (#13, class "age claims", the second shape).

The age belongs to the event of the when-clause only when both clauses speak of the same person:
"Lenin tenía 15 años cuando murió su padre" gives Lenin's age at his father's death, never the
father's age. Expected verdicts written before the change, from the record (Lenin born 22 April
1870, died 21 January 1924; Stalin 18 December 1878 - 5 March 1953; Kirov 27 March 1886 - 1 December
1934; Bukharin 9 October 1888 - 15 March 1938; Zinoviev 23 September 1883 - 25 August 1936).
"""

from __future__ import annotations

import pytest

CASES = [
    # (lang, text, the verdict of the event's claim, the age read on the event or None)
    ("en", "Lenin was 53 when he died in January 1924.", "supported", 53),
    ("en", "Stalin was 73 when he died in March 1953.", "contradicted", 73),
    ("en", "Kirov was 48 years old when he was assassinated in December 1934.", "supported", 48),
    ("es", "Bujarin tenía 49 años cuando fue fusilado en 1938.", "supported", 49),
    ("es", "Zinóviev tenía 60 años cuando fue ejecutado en 1936.", "contradicted", 60),
]

OTHERS = [
    # the age is not the event's person's: nothing may be contradicted
    ("en", "Trotsky was 12 when his son Lev was born in 1906."),
    ("es", "Lenin tenía 15 años cuando murió su padre en 1886."),
    ("es", "Stalin tenía 53 años cuando se suicidó su esposa en 1932."),
    ("en", "Stalin was 53 when his wife killed herself in 1932."),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "age"), CASES)
def test_an_age_over_a_when_clause_is_the_events(pipeline_es, pipeline_en, lang, text, verdict, age):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = [e for e in analysis.events if e.type in ("DEATH", "EXECUTION")]
    assert event.age is not None and event.age.years == age
    (claim,) = [c for c in analysis.claims if c.event == event.id]
    assert claim.verdict == verdict, claim.explanation


@pytest.mark.parametrize(("lang", "text"), OTHERS)
def test_another_persons_age_is_never_the_events(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert all(e.age is None for e in analysis.events), [(e.type, e.age) for e in analysis.events]
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], [c.explanation for c in analysis.claims]
