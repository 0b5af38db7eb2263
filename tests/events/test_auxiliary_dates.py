"""A date the parser hangs on an auxiliary dates the verb the auxiliary serves (issue #13): English reads the
helping verb of "in 1911 helped found Pravda" as an auxiliary of "found" and hangs the date on it, which left
the founding undated and its wrong year unchecked. Spanish says "ayudó a fundar" (a complement verb): the
control, dated through its governing verb as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("fixture", "text", "year"),
    [
        ("pipeline_en", "Molotov contributed to Bolshevik journals and in 1911 helped found Pravda.", "1911"),
        ("pipeline_en", "In 1936 Trotsky helped found the Fourth International.", "1936"),
        ("pipeline_es", "Mólotov escribía en periódicos bolcheviques y en 1911 ayudó a fundar Pravda.", "1911"),
    ],
)  # fmt: skip
def test_the_helped_founding_takes_the_date(request, fixture, text, year):
    analysis = request.getfixturevalue(fixture).analyze_text(text)
    (founding,) = [e for e in analysis.events if e.type == "FOUNDING"]
    assert founding.time_value is not None and founding.time_value.startswith(year)


def test_the_wrong_year_of_a_helped_founding_is_contradicted(pipeline_en):
    analysis = pipeline_en.analyze_text("Molotov contributed to Bolshevik journals and in 1911 helped found Pravda.")
    (claim,) = [c for c in analysis.claims if "found" in c.text]
    assert claim.verdict == "contradicted"
    assert claim.proof is not None and str(claim.proof.reference).startswith("1912")
