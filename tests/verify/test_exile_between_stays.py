"""An exile with no place, dated between two listed stays, is no proof against a list whole place by place (#13).

Class (blind set tests/data/verify/blind_exile_between_stays.yaml): Trotsky's P551 mark lists every stay at each
place it names, not every place (Zürich, August-November 1914, is not in the pack). A no-place exile dated in the
gap between two listed stays may be an unlisted one: undecided. One dated while a listed stay ran through the whole
of the text's date is refuted: no exile began without ending that stay. Sentences of this file are new, not the
blind set's.
"""

from __future__ import annotations

import pytest

CASES = [
    # between Vienna (to August 1914) and Paris (from November 1914)
    ("en", "In September 1914 Leon Trotsky went into exile once more.", "not_contradicted"),
    ("es", "En septiembre de 1914 León Trotski fue enviado al exilio.", "not_contradicted"),
    # in Moscow from March 1918 to January 1928, and in Vienna from October 1907 to August 1914
    ("en", "In 1923 Leon Trotsky was sent into exile.", "contradicted"),
    ("es", "En 1910 León Trotski fue desterrado.", "contradicted"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), CASES)
def test_a_gap_between_listed_stays_is_no_proof(assert_contradiction, lang, text, verdict):
    assert_contradiction(lang, text, verdict)
