"""The second verb of a coordination shares the first one's frame (#13, lead, twelfth session; blind set
tests/data/verify/blind_conjunct_modality.yaml): "feared that Trotsky would return and be elected" fears the
election too. A conjunct with a finite indicative verb of its own is told ("tried to flee and was arrested"), and
so is one set against its head ("was not exiled but shot", "no fue desterrado sino fusilado"). In Spanish, a
subjunctive clause under a verb of fearing, hoping or wanting is not told as fact ("temía que volviera"); an
emotive factive is ("lamentó que muriera")."""

from __future__ import annotations

import re

import pytest


def _years(text: str) -> dict[str, str]:
    return {year: year for year in re.findall(r"\b1[89]\d\d\b", text)}


def _modalities(analysis, trigger: str) -> list[str]:
    return [e.modality for e in analysis.events if trigger in e.trigger.text.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Molotov feared that Bukharin would return to Moscow and be elected premier in 1930.",
            "elected",
            "hypothetical",
        ),
        ("Tomsky planned to leave the unions and be appointed to the Council in 1929.", "appointed", "attempted"),
        ("Radek did not flee to Berlin and die there in 1939.", "die", "negated"),
        ("Radek tried to flee to Berlin and was arrested in 1936.", "arrested", "asserted"),
        ("Radek was arrested in 1936 and sentenced in 1937.", "sentenced", "asserted"),
        ("Kamenev was not exiled but shot in 1936.", "shot", "asserted"),
    ],
)
def test_an_english_conjunct_shares_its_head_verbs_frame(analyze_en, text, trigger, modality):
    assert modality in _modalities(analyze_en(text, _years(text)), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Mólotov temía que Bujarin volviera a Moscú y fuera nombrado presidente en 1930.", "volviera", "hypothetical"),
        ("Mólotov temía que Bujarin volviera a Moscú y fuera nombrado presidente en 1930.", "nombrado", "hypothetical"),
        ("Tomski intentó dejar los sindicatos y ser nombrado para el Consejo en 1929.", "nombrado", "attempted"),
        ("Radek intentó huir a Berlín y fue detenido en 1936.", "detenido", "asserted"),
        ("Stalin lamentó que Kírov muriera en 1934.", "muriera", "asserted"),
        ("Kámenev no fue desterrado sino fusilado en 1936.", "fusilado", "asserted"),
    ],
)
def test_un_conjunto_en_espanol_comparte_el_marco_de_su_verbo(analyze_es, text, trigger, modality):
    assert modality in _modalities(analyze_es(text, _years(text)), trigger)
