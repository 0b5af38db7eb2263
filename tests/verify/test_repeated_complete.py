"""A repeated event against a complete list (#13, class "repetition"): "expelled from the party again".

The first statement can never refute a second occurrence; but when the reference marks the
property complete for the person (docs/kb.md, completeness marks) and holds only one statement
that fits the text, there was no second: the claim is contradicted under `complete_list`.
Without the mark (Radek's readmission of 1930 is not in the pack) nothing is concluded. Expected
verdicts written before the rule ran on these sentences, from the historical record: Zinoviev
and Kamenev were expelled twice (1927, 1932) and Radek too (1927, 1936); Lenin was arrested
four times; Yezhov once (1939); Bukharin was expelled once (1937).
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "Zinoviev was expelled from the party again in 1932.", False),
    ("es", "Kámenev fue expulsado del partido de nuevo en 1932.", False),
    ("en", "Lenin was arrested again in 1900.", False),
    ("es", "Lenin fue detenido otra vez en 1900.", False),
    ("en", "Radek was expelled from the party a second time in 1936.", False),
    ("es", "Rádek fue expulsado del partido por segunda vez en 1936.", False),
    ("en", "Yezhov was arrested again in 1940.", True),
    ("es", "Yezhov fue detenido de nuevo en 1940.", True),
    ("en", "Bukharin was expelled from the party again in 1937.", True),
    ("es", "Bujarin fue expulsado de nuevo del partido en 1937.", True),
]


@pytest.mark.parametrize(("lang", "text", "false_claim"), CASES)
def test_a_second_time_is_refuted_only_by_a_complete_list(pipeline_es, pipeline_en, lang, text, false_claim):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = analysis.events
    assert event.repeated
    assert not any(w in p.text for p in event.participants for w in ("nuevo", "vez", "again", "time"))
    (claim,) = analysis.claims
    if false_claim:
        assert claim.verdict == "contradicted", claim.explanation
        assert claim.proof is not None and claim.proof.rule == "complete_list"
    else:
        assert claim.verdict != "contradicted", claim.explanation
