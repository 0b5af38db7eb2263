"""Round 16aa of #16: suppressed history. The keepers of the record (historians, academia, textbooks,
encyclopedias, Wikipedia, schools) said to hide, bend or refuse to tell the past is the media cover-up
(`media_cover_up`) widened; its negated forms ("prefer not to mention", "never teach the truth") belong to
`withheld_truth`, which keeps its negation. A historian's report of real censorship, a dated block, a
historiography debate or a myth corrected stays quiet. Sentences written for these tests, none taken
from a blind set."""

from __future__ import annotations

import pytest

from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests

PLOT = "Conspiracy_Narrative"

FLAGGED_ES = [
    ("Durante décadas los historiadores prefirieron ignorar el papel de los banqueros.", "media_cover_up", PLOT),
    ("Luego escribieron la historia a su medida.", "media_cover_up", PLOT),
    ("Confeccionaron una historia a la medida de sus intereses.", "media_cover_up", PLOT),
    ("Los documentos se ocultaron deliberadamente para proteger a los culpables.", "media_cover_up", PLOT),
    ("La historia oficial es una farsa.", "media_cover_up", PLOT),
    ("La historia que se nos enseña es un cúmulo de patrañas.", "media_cover_up", PLOT),
    ("Es una mentira enseñada en todas las escuelas.", "media_cover_up", PLOT),
    ("El silencio cómplice de la academia protege a los masones.", "media_cover_up", PLOT),
    ("Los manuales prefieren no hablar de la logia.", "withheld_truth", PLOT),
    ("La academia se negó a investigar aquellos documentos.", "withheld_truth", PLOT),
    ("A nuestros hijos no se les enseña la verdad sobre la revolución.", "withheld_truth", PLOT),
]

FLAGGED_EN = [
    ("For decades the historians preferred to ignore the role of the bankers.", "media_cover_up", PLOT),
    ("Academics have chosen to conceal the Masonic connection.", "media_cover_up", PLOT),
    ("The official story was deliberately written by establishment historians.", "media_cover_up", PLOT),
    ("The real facts about the war were systematically suppressed.", "media_cover_up", PLOT),
    ("Embarrassing details are routinely omitted in official histories.", "media_cover_up", PLOT),
    ("Wikipedia is actively censored by its editors.", "media_cover_up", PLOT),
    ("The Wikipedia entry conceals the lodge's part in the revolution.", "media_cover_up", PLOT),
    ("His role was censored from the Wikipedia page.", "media_cover_up", PLOT),
    ("Official history is a fabrication from start to finish.", "media_cover_up", PLOT),
    ("What they call history is propaganda.", "media_cover_up", PLOT),
    ("These are the lies taught in our schools.", "media_cover_up", PLOT),
    ("The complicit silence of the universities protects the bankers.", "media_cover_up", PLOT),
    ("The historical guild refused to ask those questions.", "media_cover_up", PLOT),
    ("Historians prefer not to mention the lodge.", "withheld_truth", PLOT),
    ("They never teach the truth about the revolution in school.", "withheld_truth", PLOT),
]

# the same words in a historian's plain voice: a named regime or a year, a historiography debate, a
# myth corrected, a person who preferred to ignore something, a dated block of an encyclopedia
NEUTRAL_ES = [
    "Los historiadores han ignorado durante mucho tiempo el papel de las mujeres.",
    "Franco prefirió ignorar las advertencias de sus generales.",
    "Los historiadores soviéticos prefirieron ignorar la hambruna.",
    "Wikipedia fue bloqueada en Turquía en 2017.",
    "A medida que avanzaba el ejército, se quemaban los archivos.",
    "El mito, todavía enseñado en las escuelas, de que Colón demostró que la Tierra era redonda es falso.",
    "Los documentos permanecieron clasificados hasta 2017.",
    "El historiador limitó deliberadamente su estudio a los años de la República.",
    "Stalin se negó a investigar la matanza.",
    "Nadie les contó la guerra en las asignaturas de historia.",
    "La historia de la propaganda es larga.",
    "Los maestros no enseñaban historia contemporánea en la escuela rural.",
]

NEUTRAL_EN = [
    "Historians have ignored the role of women in the revolution for a long time.",
    "Stalin preferred to ignore the warnings of his spies.",
    "The Soviet historians preferred to ignore the famine.",
    "Wikipedia was blocked in Turkey in 2017.",
    "The Wikipedia article on the battle was edited many times.",
    "The history of the Protocols is a history of fraud.",
    "The myth, still taught in schools, that Columbus proved the earth was round is false.",
    "The documents remained classified until 2017.",
    "The historian deliberately limited his study to the years of the republic.",
    "The minutes were deliberately destroyed by the Soviet regime in 1941.",
    "The history of propaganda is long.",
    "The teacher did not teach history that year.",
    "Stalin refused to discuss the matter.",
]


def _explained_as(found, lang, trope_id, technique):
    """A flag of `technique` carries the explanation of the trope `trope_id`."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == trope_id)
    prefix = trope.explanation.split("{text}")[0]
    return any(flag.technique == technique and flag.explanation.startswith(prefix) for flag in found)


(
    test_spanish_suppressed_history_is_flagged_and_explained,
    test_english_suppressed_history_is_flagged_and_explained,
    test_spanish_reported_censorship_and_historiography_stay_quiet,
    test_english_reported_censorship_and_historiography_stay_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=_explained_as)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_widened_tropes_keep_their_technique(lang):
    tropes = {trope.id: trope for trope in load_language(lang).tropes}
    assert tropes["media_cover_up"].technique == PLOT
    assert tropes["withheld_truth"].keeps_negation
