"""Round 16y of #16: the media cover-up claimed (`cover_up_claim`). A concealing predicate whose agent is
the media, an unnamed "they" or the authorities, a passive with no agent, or a story kept "from us" is a
claim of a hidden plot; the same predicate with a named censor or a year is a historian's report of
censorship and stays quiet. Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("Nos han escondido quién pagó la expedición.", "cover_up_claim", PLOT),
    ("Los periódicos silencian todo lo que huele a logia.", "cover_up_claim", PLOT),
    ("El escándalo se tapó en pocos días.", "cover_up_claim", PLOT),
    ("Los informes se destruyeron para ocultar el papel de los prestamistas.", "cover_up_claim", PLOT),
    ("Los historiadores guardan silencio sobre aquel pacto.", "cover_up_claim", PLOT),
]

FLAGGED_EN = [
    ("The real reasons have been hidden from you all your life.", "cover_up_claim", PLOT),
    ("The scandal was hushed up within days.", "cover_up_claim", PLOT),
    ("They buried the evidence along with the witnesses.", "cover_up_claim", PLOT),
    ("The files were burned to hide the lenders' part in the plot.", "cover_up_claim", PLOT),
    ("The newspapers covered up every trace of the lodge.", "cover_up_claim", PLOT),
    ("The historians stay silent about that pact.", "cover_up_claim", PLOT),
]

# the same predicates in a historian's plain voice: a named censor or a year
NEUTRAL_ES = [
    "La prensa soviética silenció el accidente durante varios días.",
    "Las autoridades ocultaron el brote de cólera de 1885 para no dañar el comercio.",
    "El escándalo se tapó en 1923 gracias a un acuerdo entre los partidos.",
    "La censura franquista borró los nombres de los exiliados de los manuales.",
]

NEUTRAL_EN = [
    "The Soviet press silenced the accident for several days.",
    "The authorities hid the cholera outbreak of 1885 to protect trade.",
    "The scandal was hushed up in 1923 by an agreement between the parties.",
    "The monks hid the relics in the crypt.",
    "The press covered the trial every day.",
]


def _explained_as(found, lang, trope_id, technique):
    """A flag of `technique` carries the explanation of the trope `trope_id`."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == trope_id)
    prefix = trope.explanation.split("{text}")[0]
    return any(flag.technique == technique and flag.explanation.startswith(prefix) for flag in found)


(
    test_spanish_cover_up_is_flagged_and_explained,
    test_english_cover_up_is_flagged_and_explained,
    test_spanish_reported_censorship_stays_quiet,
    test_english_reported_censorship_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=_explained_as)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_trope_exists_in_both_languages_with_a_definition(lang):
    trope = next(trope for trope in load_language(lang).tropes if trope.id == "cover_up_claim")
    assert trope.technique == PLOT
    assert len(trope.definition) > 60 and "{text}" in trope.explanation
