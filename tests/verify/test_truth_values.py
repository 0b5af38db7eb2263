"""A verdict shared by two gold claims answers the one whose value its evidence holds (#13, 13t).

"Trotski se trasladó a México desde Francia en 1937": one system claim, two gold claims (the move's date,
true; the place left, France, false). Refuted on France's stay (left in June 1935), the contradiction is
about France, not the true date; a support is not re-paired (a gold value may be in the text's language). A
place refuted through the stay that began at the text's date ("deported to Norway in 1929": Turkey, 1929)
still answers the place, though its evidence holds the year."""

from __future__ import annotations

from types import SimpleNamespace

from cronica.evaluation.truth import TruthClaim, TruthScore, score_truth_item

TEXT = "Trotski se trasladó a México desde Francia en 1937."


def _gold(prop: str, value: str, truth: str) -> TruthClaim:
    return TruthClaim(TEXT, 0, len(TEXT) - 1, truth, prop, "Leon Trotsky", value)


def _claim(verdict: str, qualifier: str | None, held: set[str]):
    proof = SimpleNamespace(property="P551", qualifier=qualifier, start=0, end=7, entity="Q33391", rule="complete_list")
    claim = SimpleNamespace(start=0, end=len(TEXT) - 1, text=TEXT, verdict=verdict, explanation="", proof=proof)
    claim.held = held
    return claim


def _score(claim, gold) -> TruthScore:
    score = TruthScore()
    score_truth_item(score, "t", "es", "test", gold, [claim], lambda c, value: any(h.startswith(value) for h in c.held))
    return score


def test_a_refuted_place_left_answers_the_place_not_the_date():
    gold = [_gold("move_date", "1937", "true"), _gold("residence_place", "France", "false")]
    score = _score(_claim("contradicted", "P582", {"France", "1935-06"}), gold)
    assert score.false_contradictions == []
    assert score.contradicted.tp == 1


def test_a_value_in_the_texts_language_decides_nothing():
    """ "Turquía" is held by no English label: the support answers both claims, as the properties say."""
    gold = [_gold("deportation_date", "1929", "true"), _gold("deportation_place", "Turquía", "true")]
    score = _score(_claim("supported", "P580", {"Turkey", "1929-02"}), gold)
    assert score.supported.tp == 2


def test_a_place_refuted_at_its_date_still_answers_the_place():
    gold = [_gold("deportation_date", "1929", "true"), _gold("deportation_place", "Norway", "false")]
    claim = _claim("contradicted", None, {"Turkey", "1929-02"})
    score = _score(claim, gold)
    assert score.false_contradictions == []
    assert score.contradicted.tp == 1


def test_a_true_date_refuted_on_its_own_value_is_still_false():
    gold = [_gold("move_date", "1937", "true"), _gold("residence_place", "Mexico", "true")]
    score = _score(_claim("contradicted", "P580", {"Mexico", "1938"}), gold)
    assert score.contradicted.fp >= 1
