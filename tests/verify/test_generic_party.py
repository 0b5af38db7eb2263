"""'Fue expulsado del partido' / 'expelled from the party': the party is the person's one the KB allows."""

from __future__ import annotations

import pytest
from fake_kb import CPSU, TROTSKY, FakeKnowledgeBase, FakeStatement, FakeTime

from cronica.verify.language import load_language
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier


def test_expulsion_from_the_party_is_checked_against_the_persons_party_es(pipeline_es):
    analysis = pipeline_es.analyze_text("El 12 de noviembre de 1927, Trotsky fue expulsado del partido.")
    [claim] = analysis.claims
    assert claim.verdict == "supported"
    assert "«partido» se ha tomado como Partido Comunista de la Unión Soviética" in claim.explanation
    assert claim.confidence is not None and claim.confidence < 0.9


def test_expulsion_from_the_party_is_checked_against_the_persons_party_en(pipeline_en):
    analysis = pipeline_en.analyze_text("In August 1927 Trotsky was expelled from the party.")
    [claim] = analysis.claims
    assert claim.verdict == "contradicted"
    assert claim.correction == (
        "Leon Trotsky was expelled from the Communist Party of the Soviet Union on 12 November 1927,"
        " not in August 1927."
    )
    assert "“the party” was taken as the Communist Party of the Soviet Union" in claim.explanation


@pytest.mark.parametrize("lang", ["es", "en"])
def test_two_possible_parties_leave_the_generic_noun_unresolved(lang):
    other = "Q204911"

    class TwoEndedMemberships(FakeKnowledgeBase):
        def statements(self, qid, pid=None):
            if qid == TROTSKY and pid == "P102":
                return [
                    FakeStatement(CPSU, {"P582": [FakeTime(1927, 11, 12)]}),
                    FakeStatement(other, {"P582": [FakeTime(1917)]}),
                ]
            return super().statements(qid, pid)

    verifier = Verifier(ReferenceView(TwoEndedMemberships()))
    language = load_language(lang)
    words = "el partido" if lang == "es" else "the party"
    assert verifier.only_party_of(TROTSKY, words, language, ends_membership=True) is None
    assert verifier.only_party_of(TROTSKY, "Mensheviks", language, ends_membership=True) is None
    single = Verifier(ReferenceView(FakeKnowledgeBase()))
    assert single.only_party_of(TROTSKY, words, language, ends_membership=True) == CPSU
