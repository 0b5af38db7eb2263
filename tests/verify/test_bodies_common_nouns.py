"""Bodies named by a common noun phrase (issue 13, 13b2): "el seminario", "the seminary", "the Leningrad party
organisation" resolve to the one KB item the context allows, and stay unresolved when none or several fit."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from cronica.kb.embedded import EmbeddedKB
from cronica.verify.language import load_language
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

STALIN, SEMINARY = "Q855", "cronica:tiflis-theological-seminary"


def test_the_seminary_is_the_one_the_persons_record_holds_es(pipeline_es):
    analysis = pipeline_es.analyze_text(
        "Iósif Stalin estudió en Tiflis. Fue expulsado del seminario en octubre de 1899."
    )
    [claim] = [c for c in analysis.claims if "expulsado" in c.text]
    assert claim.verdict == "contradicted"
    assert (
        claim.correction
        == "Iósif Stalin fue expulsado del Seminario Teológico de Tiflis el 29 de mayo de 1899, no en octubre de 1899."
    )
    assert "«seminario» se ha tomado como Seminario Teológico de Tiflis" in claim.explanation


def test_the_seminary_is_the_one_the_persons_record_holds_en(pipeline_en):
    analysis = pipeline_en.analyze_text("Joseph Stalin was expelled from the seminary in 1899.")
    [claim] = analysis.claims
    assert claim.verdict == "supported"
    assert "“the seminary” was taken as the Tiflis Theological Seminary" in claim.explanation


def test_a_body_named_around_a_place_is_the_body_not_the_place_en(pipeline_en):
    analysis = pipeline_en.analyze_text("In 1929 Stalin sent Sergei Kirov to head the Leningrad party organisation.")
    [claim] = analysis.claims
    assert claim.verdict == "contradicted"
    assert claim.proof is not None and claim.proof.property == "P39"


def test_a_body_named_around_a_place_is_the_body_not_the_place_es(pipeline_es):
    analysis = pipeline_es.analyze_text("En 1926 Kírov pasó a dirigir la organización del partido de Leningrado.")
    [claim] = analysis.claims
    assert claim.verdict == "supported"


@dataclass
class _TwoSeminaries:
    """The pack, with a second seminary in Stalin's record: "the seminary" then names neither."""

    kb: EmbeddedKB

    def __getattr__(self, name):
        return getattr(self.kb, name)

    def statements(self, qid, pid=None):
        found = list(self.kb.statements(qid, pid))
        if qid == STALIN and pid in (None, "P69"):
            found += [s for s in self.kb.statements(STALIN, "P69")]
            found[-1] = replace(found[-1], value="cronica:other-seminary")
        return found

    def instance_of(self, qid):
        return {"cronica:seminary"} if qid == "cronica:other-seminary" else self.kb.instance_of(qid)


@pytest.fixture(scope="module")
def pack() -> EmbeddedKB:
    return EmbeddedKB.open_default()


@pytest.mark.parametrize(("lang", "words"), [("es", "el seminario"), ("en", "the seminary"), ("en", "his seminary")])
def test_the_noun_resolves_only_when_one_item_fits(pack, lang, words):
    language = load_language(lang)
    assert Verifier(ReferenceView(pack)).resolve_body(STALIN, words, language) == (SEMINARY, True)
    assert Verifier(ReferenceView(_TwoSeminaries(pack))).resolve_body(STALIN, words, language) is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "a seminary"),
        ("es", "un seminario"),
        ("en", "the organization"),
        ("es", "la organización"),
        ("en", "the city"),
    ],
)
def test_indefinite_and_general_nouns_name_no_body(pack, lang, words):
    assert Verifier(ReferenceView(pack)).resolve_body(STALIN, words, load_language(lang)) is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "the Leningrad party organisation"), ("es", "la organización del partido de Leningrado")],
)
def test_a_whole_kb_name_resolves_without_the_person(pack, lang, words):
    found = Verifier(ReferenceView(pack)).resolve_body(None, words, load_language(lang))
    assert found == ("cronica:leningrad-party-organization", False)
