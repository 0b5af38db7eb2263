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


def test_a_known_last_subject_is_a_reading_not_an_unknown(pipeline_es, pipeline_en):
    """The subject of the sentence before is a person the reference knows and the date rules out (Lenin, dead
    in 1924): a reading judged like the others, so the claim false of the one left is refuted (blind set
    blind_pronoun_after_known_subject)."""
    text = (
        "Lev Kámenev presidió el Sóviet de Moscú. Tras la muerte de Lenin en 1924, su poder declinó. "
        "Fue fusilado en 1938."
    )
    claim = _claim(pipeline_es.analyze_text(text, lang="es"), "Fue fusilado")
    assert claim.verdict == "contradicted", claim.explanation  # shot on 25 August 1936
    text = "Lev Kamenev chaired the Moscow Soviet. After Lenin's death in 1924, his power waned. He was shot in 1938."
    claim = _claim(pipeline_en.analyze_text(text, lang="en"), "He was shot")
    assert claim.verdict == "contradicted", claim.explanation


def test_an_unknown_last_subject_still_leaves_the_claim_undecided(pipeline_es):
    text = "Lev Kámenev presidió el Sóviet de Moscú. Un obrero anónimo le escribió en 1925. Fue fusilado en 1938."
    claim = _claim(pipeline_es.analyze_text(text, lang="es"), "Fue fusilado")
    assert claim.verdict != "contradicted", claim.explanation
