"""Topic continuity in the verdict (#13, issue-13c): a claim whose subject continues the previous
sentence's main subject is judged of that person, and the explanation quotes the sentence that gave
the antecedent; a trap (an act on another person) keeps every reading and proves nothing."""

from __future__ import annotations


def _claim(analysis, start):
    (claim,) = [c for c in analysis.claims if c.text.startswith(start)]
    return claim


def test_a_dropped_subject_names_the_sentence_that_gave_it(pipeline_es):
    text = "Lev Kámenev nació en Moscú en 1883. En 1926 se opuso a Stalin junto a Trotski. Fue fusilado en 1938."
    claim = _claim(pipeline_es.analyze_text(text, lang="es"), "Fue fusilado")
    assert claim.verdict == "contradicted", claim.explanation  # shot on 25 August 1936
    assert claim.proof is not None and claim.proof.entity_label == "Lev Kámenev"
    assert "oración anterior («En 1926 se opuso a Stalin junto a Trotski.»)" in claim.explanation


def test_a_pronoun_names_the_sentence_that_gave_it(pipeline_en):
    text = (
        "Alexei Rykov was born in Saratov in 1881. In 1928 he argued with Stalin and Molotov over the peasants. "
        "He was shot in 1937."
    )
    claim = _claim(pipeline_en.analyze_text(text, lang="en"), "He was shot")
    assert claim.verdict == "contradicted", claim.explanation  # shot on 15 March 1938
    assert "the sentence before (“In 1928 he argued with Stalin and Molotov over the peasants.”)" in claim.explanation


def test_an_attack_on_another_person_keeps_both_readings(pipeline_en):
    text = "Ramon Mercader arrived in Mexico in 1939. In August 1940 he attacked Leon Trotsky. He died in 1978."
    claim = _claim(pipeline_en.analyze_text(text, lang="en"), "He died")
    assert claim.verdict != "contradicted", claim.explanation  # true of Mercader, false of Trotsky
