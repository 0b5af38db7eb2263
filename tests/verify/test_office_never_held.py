"""An office a person never held (#13, helper 13o; blind set tests/data/verify/blind_office_never_held.yaml).

Appositives and copulas give a person an office ("Lenin, the first president of the USSR", "Rykov,
presidente de la URSS"). The claim is contradicted only when every reading of the title is false: the
office did not exist in the person's life (rule `anachronism`), or the person's offices are marked complete
and none is the same post under any name (rule `complete_list`). A loose title ("president of the USSR"
said of Kalinin, the head of state) and a renamed post ("premier" for the Council of People's Commissars'
chairman) are held; an unmarked list or a description ("jefe", "leader") is never refuted.
"""

from __future__ import annotations

import pytest


def _office_claim(pipeline, text: str, lang: str):
    analysis = pipeline.analyze_text(text, lang=lang)
    offices = {e.id for e in analysis.events if e.type in ("OFFICE", "ELECTION", "APPOINTMENT")}
    claims = analysis.claims
    found = [c for c in claims if c.event in offices]
    assert found, [c.text for c in claims]
    return found[0]


CONTRADICTED = [
    ("en", "Vladimir Lenin, the first president of the USSR, died in 1924.", "anachronism"),
    ("es", "Lenin fue el primer presidente de la Unión Soviética.", "complete_list"),
    ("en", "In 1930 Trotsky was elected chairman of the Supreme Soviet.", "complete_list"),
    ("es", "León Trotski fue presidente del Sóviet Supremo.", "complete_list"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), CONTRADICTED)
def test_an_office_never_held_is_contradicted_with_its_proof(pipeline_es, pipeline_en, lang, text, rule):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = _office_claim(pipeline, text, lang)
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None and claim.proof.property == "P39"
    assert claim.proof.rule in ("anachronism", "complete_list")
    if rule == "anachronism":
        assert "1990" in claim.explanation  # the presidency's creation is named
    assert claim.correction


NOT_REFUTED = [
    # a loose title: the head of state non-Soviet sources called president
    ("en", "Mikhail Kalinin, president of the USSR, visited the front.", "supported"),
    ("es", "Mijaíl Kalinin, presidente de la URSS, visitó el frente.", "supported"),
    # Rykov's offices are not marked complete: no proof either way
    ("es", "Rykov, presidente de la URSS, fue fusilado.", "not_enough_info"),
    ("en", "Alexei Rykov, President of the USSR, was shot.", "not_enough_info"),
    # the office held, named as it was (a text naming the body rather than the office stays undecided)
    ("en", "Kliment Voroshilov was Chairman of the Presidium of the Supreme Soviet.", "supported"),
    ("es", "Vorochílov fue presidente del Presídium del Sóviet Supremo.", "supported"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), NOT_REFUTED)
def test_loose_titles_and_open_lists_are_not_refuted(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = _office_claim(pipeline, text, lang)
    assert claim.verdict == verdict, claim.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lenin, the first premier of the Soviet Union, died in 1924."),
        ("es", "Mólotov, primer ministro de la Unión Soviética, firmó el pacto."),
    ],
)
def test_a_renamed_post_is_the_same_post(pipeline_es, pipeline_en, lang, text):
    """The chairman of the Council of Ministers (1946) is the Sovnarkom chairman renamed: a premier before
    1946 held it under its first name."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = pipeline.analyze_text(text, lang=lang).claims
    assert all(c.verdict != "contradicted" for c in claims), [(c.text, c.explanation) for c in claims]


def test_a_description_is_never_refuted_as_an_office(pipeline_en):
    from cronica.verify.language import load_language

    assert load_language("en").describes("the leader of the Soviet state")
    assert load_language("es").describes("el jefe del Gobierno")
    assert not load_language("en").describes("the first president of the Soviet Union")
