"""The Treaty of Brest-Litovsk and the offices and stays real texts state (issue 14, ninth wave), in English and
in Spanish.

The treaty's signatories are marked complete (Sokolnikov, Chicherin, Petrovsky and Karakhan signed for Soviet
Russia on 3 March 1918: the Great Soviet Encyclopedia), so a person the list lacks is refuted under the rule
`complete_values`; a state, a delegation led, a signature refused are never refuted. Expected verdicts written
from the pack's sources before these texts were run."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from cronica.verify.policy import verify_policy

TREATY = "cronica:treaty-of-brest-litovsk"


def _claims(request, pipeline, text):
    return request.getfixturevalue(pipeline).analyze_text(text).claims


def _verdicts(request, pipeline, text):
    return [(c.text, c.verdict, c.correction) for c in _claims(request, pipeline, text)]


def test_the_treaty_lists_every_signatory_the_pack_holds():
    kb = open_kb("embedded")
    assert kb.is_complete(TREATY, "P1891")
    people = {q for q in kb.values(TREATY, "P1891") if kb.is_human(q)}
    assert people == {"cronica:grigori-sokolnikov", "cronica:georgy-chicherin", "cronica:grigory-petrovsky"}
    assert "Q33391" not in kb.values(TREATY, "P1891")  # Trotsky walked out in February 1918
    assert [s.value.iso for s in kb.statements(TREATY, "P585")] == ["1918-03-03"]


def test_only_people_are_refuted_by_a_signatory_list():
    assert verify_policy().complete_values == {"P1891": frozenset({"Q5"})}


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In 1918 Leon Trotsky signed the Treaty of Brest-Litovsk."),
        ("pipeline_es", "En 1918 León Trotski firmó la paz de Brest."),
        ("pipeline_en", "Joseph Stalin signed the Peace of Brest-Litovsk in March 1918."),
        ("pipeline_es", "Lev Kámenev firmó el tratado de Brest-Litovsk."),
    ],
)
def test_a_signatory_the_list_lacks_is_refuted_with_its_proof(request, pipeline, text):
    claims = _claims(request, pipeline, text)
    refuted = [c for c in claims if c.verdict == "contradicted"]
    assert refuted, [(c.text, c.verdict, c.explanation) for c in claims]
    proof = refuted[0].proof
    assert proof is not None and proof.rule == "complete_values" and proof.property == "P1891"
    assert "Chicherin" in (refuted[0].correction or "")  # the correction names every listed signatory


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Grigori Sokolnikov signed the Treaty of Brest-Litovsk in March 1918."),
        ("pipeline_es", "Gueorgui Chicherin firmó el Tratado de Brest-Litovsk el 3 de marzo de 1918."),
    ],
)
def test_a_signatory_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "supported" for _, verdict, _ in verdicts), verdicts
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky led the Soviet delegation at Brest-Litovsk."),
        ("pipeline_es", "León Trotski encabezó la delegación soviética en Brest-Litovsk."),
        ("pipeline_en", "Trotsky would not sign the Treaty of Brest-Litovsk."),
        ("pipeline_es", "Trotski no firmó la paz de Brest."),
        ("pipeline_en", "Germany signed the Treaty of Brest-Litovsk in March 1918."),
        ("pipeline_es", "La Rusia soviética firmó el Tratado de Brest-Litovsk en 1918."),
        ("pipeline_en", "Bukharin opposed the Treaty of Brest-Litovsk.\n\nSokolnikov signed it on 3 March 1918."),
        (
            "pipeline_es",
            "Bujarin se opuso al Tratado de Brest-Litovsk.\n\nSokólnikov firmó el Tratado de Brest-Litovsk en 1918.",
        ),
    ],
)
def test_what_is_no_signature_of_a_listed_person_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In May 1940 Voroshilov became deputy chairman of the Council of People's Commissars."),
        ("pipeline_es", "En 1918 Alekséi Rýkov fue nombrado presidente del Consejo Supremo de la Economía Nacional."),
    ],
)
def test_the_offices_added_support_true_texts(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict, _ in verdicts), verdicts
