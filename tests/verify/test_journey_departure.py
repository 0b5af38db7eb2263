"""A stay begun by a forced journey the reference holds: the journey, not 31 days, bounds the text's date (#13, 13j).

Class (blind set tests/data/verify/blind_journey_departure.yaml): an exile or a deportation dated by the text at
the sending, the sentence or the arrival. Where the pack holds the journey's start on the stay (P1319: Trotsky to
Alma-Ata in January 1928, out of the USSR from January 1929), a date outside [P1319, P580] is refuted and one
inside it is not; where it holds none (Norway to Mexico, 1936-1937) the 31 days' margin stays. Sentences of this
file are new, not the blind set's.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Leon Trotsky was banished to Alma-Ata in November 1927.", "contradicted"),
    ("es", "León Trotski fue desterrado a Alma-Ata en octubre de 1927.", "contradicted"),
    ("es", "León Trotski fue desterrado en diciembre de 1927.", "contradicted"),
    ("en", "Leon Trotsky was deported to Turkey in November 1928.", "contradicted"),
    # within the journey: the sentence's month, the departure's, the arrival's
    ("es", "En enero de 1929 León Trotski fue deportado a Turquía.", "not_contradicted"),
    ("en", "In January 1928 Leon Trotsky was exiled to Alma-Ata.", "not_contradicted"),
    # the place's own stay began a year off (Turkey, from January 1929) while another began at the text's date
    # (Alma-Ata, 1928): the date may be the slip as well as the place, so neither is refuted
    ("en", "Leon Trotsky was banished to Turkey in 1928.", "not_contradicted"),
    # no journey in the pack: the margin stays (sailed from Norway in December 1936, landed in January 1937)
    ("en", "Leon Trotsky moved to Mexico in December 1936.", "not_contradicted"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_known_journey_bounds_the_texts_date(assert_contradiction, lang, text, verdict):
    assert_contradiction(lang, text, verdict)


def test_the_proof_names_the_journey(pipeline_en):
    analysis = pipeline_en.analyze_text("Leon Trotsky was banished to Alma-Ata in November 1927.", lang="en")
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert "journey" in claim.explanation and "January 1928" in claim.explanation
    assert claim.proof is not None and claim.proof.qualifier == "P580"
