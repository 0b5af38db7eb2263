"""End to end on the bundled pack: timex → link → events → verify, in both languages."""

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


def test_manner_of_death_of_the_executed_es_en(pipeline_es, pipeline_en):
    (wrong,) = pipeline_es.analyze_text("Bujarin se suicidó en 1938.", lang="es").claims
    assert wrong.verdict == "contradicted" and wrong.correction.endswith("fue pena de muerte, no suicidio.")
    (right,) = pipeline_en.analyze_text("Bukharin was executed in 1938.", lang="en").claims
    assert right.verdict == "supported"
    assert {e.property for e in right.evidence} >= {"P570", "P1196"}


def test_an_expulsion_from_the_politburo_is_checked_on_the_position_held_es_en(pipeline_es, pipeline_en):
    """Link runs before events: "Politburó", tagged LOC by the Spanish model, is an ORG once
    linked, so the sentence is an expulsion (not a deportation), checked against the office."""
    (claim,) = pipeline_es.analyze_text("Bujarin fue expulsado del Politburó en 1929.", lang="es").claims
    assert claim.verdict == "supported"
    (claim,) = pipeline_en.analyze_text("Bukharin was expelled from the Politburo in 1927.", lang="en").claims
    assert claim.verdict == "contradicted" and "17 November 1929" in claim.correction


def test_a_false_natural_death_is_contradicted_es_en(pipeline_es, pipeline_en):
    (claim,) = pipeline_en.analyze_text("Trotsky died of natural causes in 1940.", lang="en").claims
    assert claim.verdict == "contradicted"
    assert claim.correction == "The manner of death of Leon Trotsky was homicide, not natural causes."
    (claim,) = pipeline_es.analyze_text("Trotski murió de causas naturales en 1940.", lang="es").claims
    assert claim.verdict == "contradicted" and claim.correction.endswith("fue homicidio, no causas naturales.")
