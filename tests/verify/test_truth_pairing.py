"""How the truth scorer pairs gold claims with system claims (#13).

A gold span may hold several claims ("(Gori, 1879 - Moscú, 1953)": a birth date, a birth place,
a death date, a death place) while the system answers with one claim per event. A
contradiction pairs with the gold claim whose property its proof names, not with whichever
system claim overlaps the span most; otherwise a right contradiction is scored as words with
no gold claim, a false contradiction.
"""

from __future__ import annotations

from types import SimpleNamespace

from cronica.evaluation.truth import TruthClaim, TruthScore, score_truth_item

TEXT = "Stalin\nDictador soviético (Gori, Georgia, 1879 - Moscú, 1953)."
SPAN = "Dictador soviético (Gori, Georgia, 1879 - Moscú, 1953)"


def _gold(prop: str, truth: str) -> TruthClaim:
    start = TEXT.index(SPAN)
    return TruthClaim(SPAN, start, start + len(SPAN), truth, prop, "Joseph Stalin")


def _claim(upto: str, since: int, verdict: str, pid: str | None):
    end = TEXT.index(upto) + len(upto)
    proof = SimpleNamespace(property=pid, qualifier=None) if pid else None
    return SimpleNamespace(start=since, end=end, text=TEXT[since:end], verdict=verdict, explanation="", proof=proof)


def _score(claims) -> TruthScore:
    score = TruthScore()
    gold = [_gold("birth_date", "false"), _gold("death_date", "true"), _gold("death_place", "true")]
    score_truth_item(score, "t", "es", "test", gold, claims, lambda claim, value: True)
    return score


def test_a_contradiction_pairs_with_the_gold_claim_of_its_property():
    birth = _claim("1879", 0, "contradicted", "P569")  # "Stalin\nDictador … (Gori, Georgia, 1879"
    death = _claim("1953)", TEXT.index("Dictador"), "supported", None)  # overlaps the span more
    score = _score([birth, death])
    assert score.false_contradictions == []
    assert (score.contradicted.tp, score.contradicted.fp) == (1, 0)
    assert score.supported.tp == 2  # the death date and place


def test_a_contradiction_of_another_property_is_still_false():
    wrong = _claim("1953)", TEXT.index("Dictador"), "contradicted", "P570")  # says the true death date is wrong
    score = _score([wrong])
    assert score.contradicted.fp >= 1
    assert any(o.truth == "true" for o in score.false_contradictions)


def test_an_age_contradiction_is_not_about_the_arrests_date():
    """ "Cuando tenía 30 años, Lenin fue detenido ... en diciembre de 1895": one system claim, refuted on
    the age (P569); the arrest's true date is a gold claim of its own, and the proof does not name it."""
    text = "Cuando tenía 30 años, Lenin fue detenido en San Petersburgo en diciembre de 1895."
    age, arrest = "Cuando tenía 30 años", "Lenin fue detenido en San Petersburgo en diciembre de 1895"
    gold = [
        TruthClaim(age, 0, len(age), "false", "age", "Vladimir Lenin"),
        TruthClaim(
            arrest, text.index(arrest), text.index(arrest) + len(arrest), "true", "arrest_date", "Vladimir Lenin"
        ),
    ]
    proof = SimpleNamespace(property="P569", qualifier=None)
    claim = SimpleNamespace(
        start=0, end=len(text) - 1, text=text[:-1], verdict="contradicted", explanation="", proof=proof
    )
    score = TruthScore()
    score_truth_item(score, "t", "es", "test", gold, [claim], lambda claim, value: True)
    assert score.false_contradictions == []
    assert (score.contradicted.tp, score.contradicted.fp) == (1, 0)


def _support(text: str, pid: str):
    evidence = (SimpleNamespace(property=pid, qualifiers={}),)
    return SimpleNamespace(
        start=0, end=len(text), text=text, verdict="supported", explanation="", proof=None, evidence=evidence
    )


def _pair(text: str, span: str, golds: list[tuple[str, str]], claim) -> TruthScore:
    start = text.index(span)
    gold = [TruthClaim(span, start, start + len(span), truth, prop, "Genrikh Yagoda") for prop, truth in golds]
    score = TruthScore()
    score_truth_item(score, "t", "es", "test", gold, [claim], lambda claim, value: True)
    return score


def test_a_support_on_the_date_does_not_answer_the_place():
    """ "nació el 7 de noviembre de 1891 en Nizhni Nóvgorod": supported on the date (P569) only; the
    place is false (Rybinsk) and the system never checked it: not a false claim supported."""
    text = "Yagoda nació el 7 de noviembre de 1891 en Nizhni Nóvgorod"
    span = "nació el 7 de noviembre de 1891 en Nizhni Nóvgorod"
    score = _pair(text, span, [("birth_date", "true"), ("birth_place", "false")], _support(text, "P569"))
    assert (score.supported.tp, score.supported.fp) == (1, 0)
    verdicts = {o.truth: o.verdict for o in score.outcomes}
    assert verdicts == {"true": "supported", "false": "not_enough_info"}


def test_a_support_on_the_date_does_not_answer_a_lone_place_claim():
    """ "Yagoda was born in Rybinsk in 1891" with one gold claim (the place): a support whose evidence is
    the date alone never checked the place, so it does not answer it."""
    text = "Yagoda was born in Rybinsk in 1891"
    score = _pair(text, text, [("birth_place", "true")], _support(text, "P569"))
    assert score.supported.tp == 0
    assert [o.verdict for o in score.outcomes] == ["not_enough_info"]


def test_a_support_on_the_place_answers_the_place():
    text = "Yagoda nació en Rybinsk el 7 de noviembre de 1891"
    score = _pair(text, text, [("birth_date", "true"), ("birth_place", "true")], _support(text, "P19"))
    verdicts = sorted(o.verdict or "" for o in score.outcomes)
    assert verdicts == ["not_enough_info", "supported"]


def test_a_contradiction_a_sibling_claim_names_is_not_about_an_other_claim():
    """ "Trotski fue detenido por primera vez en 1897, en Nikoláiev": one system claim, refuted on the arrest's
    date (P793/P585); the gold's "other" claim of the same words (where he was arrested: undecidable) is not
    what the proof is about, since its sibling, the arrest's date, names the proof's property."""
    text = "Trotski fue detenido por primera vez en 1897, en Nikoláiev."
    date_span, place_span = (
        "Trotski fue detenido por primera vez en 1897",
        "detenido por primera vez en 1897, en Nikoláiev",
    )
    place_start = text.index(place_span)
    gold = [
        TruthClaim(date_span, 0, len(date_span), "false", "arrest_date", "Leon Trotsky", correct="1898"),
        TruthClaim(place_span, place_start, place_start + len(place_span), "undecidable", "other", "Leon Trotsky"),
    ]
    proof = SimpleNamespace(property="P793", qualifier="P585")
    end = len(text) - 1
    claim = SimpleNamespace(start=0, end=end, text=text[:end], verdict="contradicted", explanation="", proof=proof)
    score = TruthScore()
    score_truth_item(score, "t", "es", "test", gold, [claim], lambda c, value: True)
    assert score.false_contradictions == []
    assert score.contradicted.tp == 1


def test_a_refuted_end_date_is_no_answer_to_the_start_of_the_same_office():
    """ "From 1918 to 1924, Trotsky was the people's commissar for …": one span, two gold claims (the start,
    undecidable; the end, false) and two system claims; the one refuted on the end date (P582) answers the
    end, never the start (P580) of the same office (issue-13L)."""
    text = "From 1918 to 1924, Trotsky was the people's commissar for foreign, military and naval affairs."
    span = text[:-1]
    gold = [
        TruthClaim(span, 0, len(span), "undecidable", "appointment_date", "Leon Trotsky"),
        TruthClaim(span, 0, len(span), "false", "removal_date", "Leon Trotsky"),
    ]
    start = SimpleNamespace(start=0, end=len(span), text=span, verdict="not_enough_info", explanation="", proof=None)
    proof = SimpleNamespace(property="P39", qualifier="P582")
    end = SimpleNamespace(start=0, end=len(span), text=span, verdict="contradicted", explanation="", proof=proof)
    score = TruthScore()
    score_truth_item(score, "t", "en", "test", gold, [start, end], lambda claim, value: True)
    assert score.false_contradictions == []
    assert (score.contradicted.tp, score.contradicted.fp) == (1, 0)


def test_a_refuted_value_answers_the_value_claim_not_the_date_claim():
    text = "Trotsky was deported to Norway in 1929."
    place = TruthClaim("Trotsky was deported to Norway", 0, 30, "false", "deportation_place", "Leon Trotsky")
    date = TruthClaim(text[:-1], 0, len(text) - 1, "true", "deportation_date", "Leon Trotsky")
    proof = SimpleNamespace(property="P551", qualifier=None, start=0, end=7)
    claim = SimpleNamespace(start=0, end=len(text) - 1, text=text, verdict="contradicted", explanation="", proof=proof)
    score = TruthScore()
    score_truth_item(score, "t", "en", "test", [place, date], [claim], lambda claim, value: True)
    assert not score.false_contradictions
    assert score.caught == 1


def test_a_proof_about_another_person_does_not_pair_by_property():
    text = "Kamenev was expelled from the party in 1927, and Bukharin in 1929."
    first = TruthClaim(text[:43], 0, 43, "true", "expulsion_date", "Lev Kamenev")
    second_start = text.index("Bukharin")
    second = TruthClaim(
        "Bukharin in 1929", second_start, second_start + 16, "false", "expulsion_date", "Nikolai Bukharin"
    )
    supported = SimpleNamespace(start=0, end=43, text=text[:43], verdict="supported", explanation="", proof=None)
    proof = SimpleNamespace(property="P102", qualifier="P582", start=second_start, end=second_start + 8)
    contradicted = SimpleNamespace(
        start=8, end=len(text) - 1, text=text[8:-1], verdict="contradicted", explanation="", proof=proof
    )
    score = TruthScore()
    score_truth_item(score, "t", "en", "test", [first, second], [supported, contradicted], lambda claim, value: True)
    assert not score.false_contradictions
    assert score.caught == 1


def test_the_end_of_a_stay_does_not_answer_the_end_of_a_membership():
    """ "En 1927, Trotsky fue expulsado del Partido Comunista y exiliado de Rusia": the system supports the
    expulsion (P102) and refutes the exile (P551, its end P582). The refuted stay shares only a date
    qualifier with the expulsion's gold claim, so it answers the exile's claim, never the expulsion's."""
    text = "En 1927, Trotsky fue expulsado del Partido Comunista y exiliado de Rusia."
    party = "En 1927, Trotsky fue expulsado del Partido Comunista"
    both = "En 1927, Trotsky fue expulsado del Partido Comunista y exiliado de Rusia"
    gold = [
        TruthClaim(party, 0, len(party), "true", "expulsion_date", "Leon Trotsky"),
        TruthClaim(both, 0, len(both), "false", "deportation_date", "Leon Trotsky"),
    ]
    support = _support(party[3:], "P102")
    support.start, support.end = 3, len(party)
    proof = SimpleNamespace(property="P551", qualifier="P582", start=text.index("Trotsky"), end=text.index(" fue"))
    refuted = SimpleNamespace(
        start=3, end=len(both), text=both[3:], verdict="contradicted", explanation="", proof=proof, evidence=()
    )
    score = TruthScore()
    score_truth_item(score, "t", "es", "test", gold, [support, refuted], lambda claim, value: True)
    assert score.false_contradictions == []
    assert (score.contradicted.tp, score.supported.tp) == (1, 1)


def test_a_support_on_a_false_claim_is_listed_as_a_wrong_support():
    """ "Murió en Moscú en 1953" supported while the gold says the birth year is false: the report lists the
    support a reader would trust, in the JSON and in the text report, as it lists false contradictions."""
    support = _claim("1953)", 0, "supported", "P569")
    score = _score([support])
    assert [o.truth for o in score.wrong_supports] == ["false"]
    assert score.as_dict()["wrong_support_list"][0]["truth"] == "false"
    from cronica.evaluation.truth import format_truth_report

    assert "supported, but the gold says false or undecidable" in format_truth_report(score, "t")


def test_a_right_support_is_not_listed():
    support = _claim("1953)", TEXT.index("Dictador"), "supported", "P570")
    support.evidence = (SimpleNamespace(property="P570", qualifiers=()), SimpleNamespace(property="P20", qualifiers=()))
    score = _score([support])  # the death date and place, both true; the false birth year was not checked
    assert score.supported.tp == 2
    assert score.wrong_supports == []
