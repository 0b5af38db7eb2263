"""The truth scorer pairs a gold claim with a system claim about its person when several claims cover
the same words (#13, issue-13i): "Ambos fueron detenidos en 1897" gives one claim per person, and the
contradiction about Lenin must answer the gold claim about Lenin, not the one about Krupskaya (a false
contradiction there would be an artefact of the pairing)."""

from __future__ import annotations

from types import SimpleNamespace

from cronica.evaluation.truth import TruthClaim, TruthScore, score_truth_item

TEXT = "Krúpskaya conoció a Lenin en 1894. Ambos fueron detenidos en 1897."
SPAN = "Ambos fueron detenidos en 1897"
QIDS = {"Vladimir Lenin": "Q1394", "Nadezhda Krupskaya": "Q215637"}


def _gold(about: str) -> TruthClaim:
    start = TEXT.index(SPAN)
    return TruthClaim(SPAN, start, start + len(SPAN), "false", "arrest_date", about)


def _claim(verdict: str, subject: str | None):
    start = TEXT.index(SPAN)
    proof = SimpleNamespace(property="P793", qualifier="P585", entity=subject) if verdict == "contradicted" else None
    return SimpleNamespace(
        start=start, end=start + len(SPAN), text=SPAN, verdict=verdict, explanation="", proof=proof, evidence=()
    )


def _is_about(claim, name: str) -> bool:
    subjects = {claim.proof.entity} if claim.proof else set()
    return not subjects or QIDS.get(name) in subjects


def test_each_gold_claim_takes_the_claim_about_its_person():
    # the NEI claim about Krupskaya comes first: overlap alone would pair Lenin's gold claim with it
    claims = [_claim("not_enough_info", None), _claim("contradicted", "Q1394")]
    for order in (claims, claims[::-1]):
        score = TruthScore()
        gold = [_gold("Nadezhda Krupskaya"), _gold("Vladimir Lenin")]
        score_truth_item(score, "t", "es", "test", gold, order, lambda claim, value: True, _is_about)
        assert score.false_contradictions == []
        assert score.caught == 1


def test_without_the_person_check_the_pairing_is_as_before():
    score = TruthScore()
    gold = [_gold("Vladimir Lenin")]
    score_truth_item(score, "t", "es", "test", gold, [_claim("contradicted", "Q1394")], lambda claim, value: True)
    assert score.caught == 1
