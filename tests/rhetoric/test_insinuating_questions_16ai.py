"""Round 16ai of #16: the insinuating question (`insinuating_question`). A question asked in the author's
voice whose implied answer is a hidden plan or a hidden actor (who benefited, who really did it, a
coincidence?, isn't it strange that…, how is it possible that…, why does nobody mention…) is flagged; a
historian's research question, an exam or quiz question, a chapter title, a question reported without its
question mark, and one quoted from someone else (attributed to them) are not the author's insinuation.
Sentences written for these tests, none taken from a blind set."""

from __future__ import annotations

import pytest

from cronica.pipeline import Pipeline
from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests, flags

PLOT = "Conspiracy_Narrative"
TROPE = "insinuating_question"

FLAGGED_ES = [
    ("¿Quién se benefició realmente de la caída del zar?", "se benefició", PLOT),
    ("¿A quién beneficiaba la muerte del general?", "beneficiaba", PLOT),
    ("La pregunta es sencilla: ¿quién se benefició de la guerra?", "se benefició de la guerra", PLOT),
    ("¿Quién mató realmente a Kennedy?", "mató realmente", PLOT),
    ("¿O fue casualidad?", "casualidad", PLOT),
    ("¿De verdad fue un simple accidente?", "accidente", PLOT),
    ("¿Es casualidad que el banco central y el impuesto llegaran el mismo año?", "casualidad que", PLOT),
    ("¿Alguien cree todavía que fue un accidente?", "cree", PLOT),
    ("¿Cómo es posible que nadie investigara a los banqueros de la revolución?", "es posible que", PLOT),
    ("¿No es curioso que el banco central naciera el mismo año?", "es curioso", PLOT),
    ("¿No parece que alguien movía los hilos desde arriba?", "parece que alguien", PLOT),
    ("¿Por qué nadie habla de los banqueros de Lenin?", "nadie habla", PLOT),
    ("¿Era Oswald un simple instrumento de una conspiración mayor?", "instrumento de una conspiración", PLOT),
    ("¿Existe una élite que decide el destino de las naciones?", "élite que decide", PLOT),
    ("¿Qué fuerzas oscuras estaban detrás de la revolución?", "fuerzas oscuras", PLOT),
    ("¿O les avisaron de antemano?", "avisaron", PLOT),
]

FLAGGED_EN = [
    ("Who benefited from the death of the tsar?", "benefited", PLOT),
    ("Who stood to gain from his death?", "stood to gain", PLOT),
    ("So the question remains: Who really ordered the killing?", "really ordered", PLOT),
    ("Was it just a coincidence?", "coincidence", PLOT),
    ("Or was it an accident?", "accident", PLOT),
    ("Isn't it interesting that the Fed and the income tax came the same year?", "interesting", PLOT),
    ("How is it possible that no one investigated the bankers behind the revolution?", "possible", PLOT),
    ("What are the odds that both men died the same week?", "odds", PLOT),
    ("Why does nobody mention the bankers?", "nobody mention", PLOT),
    ("Why has no one ever asked who paid for the revolution?", "no one ever asked", PLOT),
    ("Is it possible that the workers were being manipulated by someone else?", "manipulated", PLOT),
    ("Was the gunman only a cog in a much larger plot?", "cog", PLOT),
    ("What dark forces stood behind the plan?", "dark forces stood behind", PLOT),
    ("Does a secret group really decide the fate of nations?", "group really decide", PLOT),
    ("Who is pulling the strings behind the curtain?", "pulling the strings", PLOT),
    ("Or were they paid to keep quiet?", "paid", PLOT),
]

# the same words in a historian's question, an exam, a title, a report of someone's question
NEUTRAL_ES = [
    "¿Por qué ganó Franco la guerra?",
    "¿Quién financió el golpe de 1936?",
    "¿Quiénes fueron los instigadores del asesinato de Prim?",
    "El historiador se pregunta quién se benefició de la crisis.",
    "¿Cómo pudo Hitler llegar al poder en 1933?",
    "¿Cómo fue posible que un partido con el tres por ciento de los votos llegara al poder?",
    "¿Fue un accidente el incendio del Reichstag?",
    "¿Qué intereses económicos había detrás del reparto de África?",
    "¿Tiene sentido hablar de una revolución burguesa en España?",
    "Capítulo 3: ¿Quién ordenó la matanza?",
    "Pregunta 4: ¿Qué partido lideró la Revolución de Octubre?",
    "¿Quieres entender realmente el origen de la guerra?",
    "¿Era Quisling un títere de Hitler?",
]

NEUTRAL_EN = [
    "Why did the Weimar Republic fail?",
    "Who financed Franco's coup in 1936?",
    "The historian asked who benefited from the crisis.",
    "Was the Reichstag fire an accident?",
    "How was it possible that a party with three per cent of the vote took power?",
    "What economic interests lay behind the Scramble for Africa?",
    "Does it make sense to speak of a bourgeois revolution in Spain?",
    "Did Stalin plan to attack Germany in July 1941?",
    "Question 3: Who provided the money for Lenin's journey to Russia?",
    "Chapter 2: Who killed the tsar?",
    "Which powers signed the Treaty of Versailles?",
    "Is it possible that Stalin was planning an offensive in 1941?",
    "Why did Britain declare war on Germany in 1939?",
]


def _explained_as_question(found, lang, words, technique):
    """A flag of `technique` covering `words` carries the insinuating question's explanation."""
    trope = next(trope for trope in load_language(lang).tropes if trope.id == TROPE)
    prefix = trope.explanation.split("{text}")[0]
    return any(
        words in flag.text and flag.technique == technique and flag.explanation.startswith(prefix) for flag in found
    )


(
    test_spanish_insinuating_questions_are_flagged_and_explained,
    test_english_insinuating_questions_are_flagged_and_explained,
    test_spanish_research_questions_stay_quiet,
    test_english_research_questions_stay_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN, check=_explained_as_question)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_trope_exists_in_both_languages_with_a_definition(lang):
    trope = next(trope for trope in load_language(lang).tropes if trope.id == TROPE)
    assert trope.technique == PLOT
    assert trope.keeps_negation  # "Isn't it strange that…?" is a question, not a denial
    assert len(trope.definition) > 60 and "{text}" in trope.explanation


def test_a_quoted_insinuation_is_the_speaker_s(pipeline_es: Pipeline):
    found = flags(
        pipeline_es, '"¿Cómo es posible que este hombre fuese ascendido tras el atentado?", se pregunta su hijo.'
    )
    questions = [flag for flag in found if "posible" in flag.text]
    assert questions and all(flag.voice == "attributed" for flag in questions)
