"""A succession is two claims (#13, issue-13s; blind set tests/data/verify/blind_succession_two_claims.yaml).

"X was replaced by Y on <date>" says X left the office then AND Y took it then: each fact is a claim of its
own, with its own verdict and proof (verify/succession.py). A handover has two ends (a death, an acting holder
between them): one side is never refuted on its date when the text's date is the other side's, nor the
predecessor's end when his or her term ended by death just before. The truth scorer pairs the two claims over
the same words with the gold claims about their own persons.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cronica.evaluation.truth import TruthClaim, TruthScore, score_truth_item

YAGODA, YEZHOV = "Q141869", "Q141860"


def _claims(pipeline, text: str, lang: str):
    return pipeline.analyze_text(text, lang=lang).claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 16 September 1936 Yagoda was replaced by Yezhov."),
        ("es", "El 16 de septiembre de 1936 Yezhov reemplazó a Yagoda."),
    ],
)
def test_each_side_is_refuted_with_its_own_proof(pipeline_es, pipeline_en, lang, text):
    claims = _claims(pipeline_es if lang == "es" else pipeline_en, text, lang)
    proofs = {(c.proof.entity, c.proof.qualifier) for c in claims if c.verdict == "contradicted" and c.proof}
    assert proofs == {(YEZHOV, "P580"), (YAGODA, "P582")}, [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In May 1939 Litvinov was replaced by Molotov."),
        ("es", "En mayo de 1939 Mólotov sustituyó a Litvínov."),
    ],
)
def test_the_successors_office_is_found_through_the_predecessors_statement(pipeline_es, pipeline_en, lang, text):
    """Molotov's statement of the commissariat names nobody; Litvinov's says "replaced by Molotov": that office
    is the text's, and Molotov's start in it (3 May 1939) supports his side, not his 1930 premiership."""
    claims = _claims(pipeline_es if lang == "es" else pipeline_en, text, lang)
    assert [c.verdict for c in claims] == ["supported", "supported"], [c.explanation for c in claims]
    starts = [e for c in claims for e in c.evidence if "P580" in e.qualifiers and e.subject == "Q132899"]
    assert starts and str(starts[0].qualifiers["P580"][0]).startswith("1939-05")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rykov succeeded Lenin as chairman of the Council of People's Commissars in February 1924."),
        ("es", "Rýkov sucedió a Lenin como presidente del Consejo de Comisarios del Pueblo en febrero de 1924."),
        (
            "en",
            "Kalinin succeeded Sverdlov as chairman of the All-Russian Central Executive Committee on 16 March 1919.",
        ),
    ],
)
def test_a_handover_dated_by_its_other_end_is_no_contradiction(pipeline_es, pipeline_en, lang, text):
    """Lenin died on 21 January 1924 and Rykov took over on 2 February; Sverdlov died on 16 March 1919 and
    Kalinin took over on 30 March (Vladimirsky acting between): the text's date is one end of the handover."""
    claims = _claims(pipeline_es if lang == "es" else pipeline_en, text, lang)
    assert claims and all(c.verdict != "contradicted" for c in claims), [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Litvinov was succeeded by Molotov in 1938."),
        ("es", "Chicherin fue reemplazado por Litvínov en 1928."),
    ],
)
def test_a_one_holder_office_refutes_the_successors_start(pipeline_es, pipeline_en, lang, text):
    """The commissariat has one holder at a time and its holders are all listed: the predecessor held it all
    through the text's year, and no term of the successor's reaches it."""
    claims = _claims(pipeline_es if lang == "es" else pipeline_en, text, lang)
    refuted = [c for c in claims if c.verdict == "contradicted"]
    assert len(refuted) == 1 and refuted[0].proof is not None and refuted[0].proof.rule == "one_holder"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In January 1945 Zhdanov was replaced in Leningrad by Alexey Kuznetsov."),
        ("es", "En enero de 1945 Alekséi Kuznetsov reemplazó a Zhdánov al frente del comité regional de Leningrado."),
        ("en", "In later prints of the May 1920 photograph, Trotsky was replaced by five wooden steps."),
    ],
)
def test_a_successor_the_kb_does_not_know_refutes_nothing(pipeline_es, pipeline_en, lang, text):
    claims = _claims(pipeline_es if lang == "es" else pipeline_en, text, lang)
    assert all(c.verdict != "contradicted" for c in claims), [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "In November 1938 Beria took over from Yezhov at the NKVD.", "SUCCESSION"),
        ("en", "Litvinov followed Chicherin as foreign commissar in July 1930.", "SUCCESSION"),
        ("en", "Trotsky followed Lenin to Moscow in 1918.", None),
        ("es", "En 1937 Beria tomó el relevo de Yezhov en el NKVD.", "SUCCESSION"),
        ("es", "Yezhov fue relevado por Beria en noviembre de 1938.", "SUCCESSION"),
        ("es", "En 1925 Trotski fue relevado del cargo de comisario de Guerra por el Politburó.", "DISMISSAL"),
    ],
)
def test_succession_wordings(pipeline_es, pipeline_en, lang, text, kind):
    events = (pipeline_es if lang == "es" else pipeline_en).analyze_text(text, lang=lang).events
    assert [e.type for e in events][:1] == ([kind] if kind else []), events


# --- the scorer ---------------------------------------------------------------------------------------

TEXT = "On 16 September 1936 Yagoda was replaced by Yezhov."
SPAN = TEXT[:-1]
QIDS = {"Genrikh Yagoda": YAGODA, "Nikolai Yezhov": YEZHOV}


def _side(subject: str, qualifier: str, other: str):
    proof = SimpleNamespace(property="P39", qualifier=qualifier, entity=subject)
    # each side's evidence may hold the other's statement too (the office found through it)
    evidence = (SimpleNamespace(subject=subject), SimpleNamespace(subject=other))
    return SimpleNamespace(
        start=0, end=len(SPAN), text=SPAN, verdict="contradicted", explanation="", proof=proof, evidence=evidence
    )


def _is_about(claim, name: str) -> bool:
    subjects = {e.subject for e in claim.evidence} | ({claim.proof.entity} if claim.proof else set())
    return not subjects or QIDS.get(name) in subjects


def test_each_side_answers_the_gold_claim_about_its_person():
    gold = [
        TruthClaim(SPAN, 0, len(SPAN), "false", "removal_date", "Genrikh Yagoda", "1936-09-16", "1936-09-26"),
        TruthClaim(SPAN, 0, len(SPAN), "false", "appointment_date", "Nikolai Yezhov", "1936-09-16", "1936-09-26"),
    ]
    sides = [_side(YEZHOV, "P580", YAGODA), _side(YAGODA, "P582", YEZHOV)]
    for order in (sides, sides[::-1]):
        score = TruthScore()
        score_truth_item(score, "t", "en", "test", gold, order, lambda claim, value: True, _is_about)
        assert score.false_contradictions == []
        assert score.caught == 2


def test_the_unlisted_side_of_a_succession_is_audited_not_scored():
    """A gold set written when a succession was one claim lists one side; the other side's contradiction over
    the same words and event is listed for audit, not counted as words with no gold claim."""
    gold = [TruthClaim(SPAN, 0, len(SPAN), "false", "appointment_date", "Nikolai Yezhov", "1936-09-16", "1936-09-26")]
    sides = [_side(YEZHOV, "P580", YAGODA), _side(YAGODA, "P582", YEZHOV)]
    for side in sides:
        side.event = "ev1"
    score = TruthScore()
    score_truth_item(score, "t", "en", "test", gold, sides, lambda claim, value: True, _is_about)
    assert score.false_contradictions == [] and score.caught == 1
    assert len(score.unlisted_sides) == 1
    # another event's contradiction over no gold words is still a false contradiction
    stray = _side(YAGODA, "P582", YEZHOV)
    stray.event = "ev2"
    score = TruthScore()
    score_truth_item(score, "t", "en", "test", gold, [sides[0], stray], lambda claim, value: True, _is_about)
    assert len(score.false_contradictions) == 1
