"""End to end on the bundled pack: timex → events → link → verify, in both languages."""

from __future__ import annotations

from contract_checks import check_contract
from cronica.export.json_export import to_dict


def test_a_wrong_month_is_corrected_in_spanish(pipeline_es):
    analysis = pipeline_es.analyze_text("Trotski fue expulsado del Partido Comunista en agosto de 1927.", lang="es")
    assert analysis.stages["verify"] == "ok"
    (claim,) = analysis.claims
    assert claim.verdict == "contradicted"
    assert claim.correction.endswith("el 12 de noviembre de 1927, no en agosto de 1927.")
    assert claim.evidence[0].subject == "Q33391" and claim.evidence[0].property == "P102"
    check_contract(to_dict(analysis))


def test_a_true_date_is_supported_and_an_opinion_not_checkable_in_english(pipeline_en):
    text = "Lenin died on 21 January 1924. Stalin was the worst tyrant of his century."
    analysis = pipeline_en.analyze_text(text, lang="en")
    assert [claim.verdict for claim in analysis.claims] == ["supported", "not_checkable"]
    assert analysis.summary["supported"] == 1 and analysis.summary["not_checkable"] == 1
    check_contract(to_dict(analysis))
