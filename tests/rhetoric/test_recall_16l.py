"""Round 16l of #16: a criminal label on a named person (labels.yaml `criminal_title`), a superlative that
ranks a person, a crime or a regime against history (`superlative_over_history`), each beside the history
sentence that shares its words (the rules alone; see conftest.py); and a verb of proof under a verb of
attempt as reported speech ("try to prove that…"). Sentences written for these tests, none taken from a
blind set."""

from __future__ import annotations

import pytest

from cronica.pipeline import Pipeline
from cronica.rhetoric.learned_guards import describes_history
from cronica.rhetoric.resources import load_language
from rhetoric.class_harness import class_tests, flags

NC, EM = "Name_Calling-Labeling", "Exaggeration-Minimisation"

FLAGGED_ES = [
    # a criminal noun as a title before the name
    ("El criminal Hitler invadió Polonia en 1939.", "criminal Hitler", NC),
    ("El asesino Trotski mandaba el tren blindado.", "asesino Trotski", NC),
    ("Las checas del genocida Carrillo llenaban las cárceles.", "genocida Carrillo", NC),
    # a label asserted with an intensifier, qualified by contempt, made of evil
    ("Beria era un auténtico monstruo.", "auténtico monstruo", NC),
    ("El comisario fue un verdadero carnicero.", "verdadero carnicero", NC),
    ("Yagoda era un sádico asesino.", "sádico asesino", NC),
    ("Aquel jefe de policía se convirtió en una bestia de crueldad.", "bestia de crueldad", NC),
    ("Molotov firmó el pacto con su sanguinario amigo alemán.", "sanguinario amigo", NC),
    # superlatives that judge, over history, a century or the world
    ("Fue uno de los regímenes más sanguinarios de la historia.", "regímenes más sanguinarios de la historia", EM),
    ("Aquella fue la dictadura más criminal del siglo XX.", "dictadura más criminal del siglo", EM),
    ("Fue el crimen más terrible de la historia de España.", "crimen más terrible de la historia", EM),
    ("Lenin fue el peor asesino de la historia.", "peor asesino de la historia", EM),
    ("El comunismo es la peor tiranía de la historia.", "peor tiranía de la historia", EM),
    (
        "Fue uno de los regímenes más malvados que ha conocido la humanidad.",
        "regímenes más malvados que ha conocido la humanidad",
        EM,
    ),
    (
        "Fue una de las matanzas más execrables cometidas durante la guerra.",
        "matanzas más execrables cometidas durante la guerra",
        EM,
    ),
]

FLAGGED_EN = [
    ("The murderer Stalin signed the order.", "murderer Stalin", NC),
    ("The criminal Lenin dissolved the assembly.", "criminal Lenin", NC),
    ("Beria was a real monster.", "real monster", NC),
    ("Yezhov was a veritable butcher.", "veritable butcher", NC),
    ("The commissars were cold-blooded murderers.", "blooded murderers", NC),
    ("Molotov signed the pact with his murderous German friend.", "his murderous German friend", NC),
    ("What a vile man he was.", "What a vile man", NC),
    ("It was the most evil regime in history.", "most evil regime in history", EM),
    (
        "Communism was the most vicious ideology of the twentieth century.",
        "most vicious ideology of the twentieth century",
        EM,
    ),
    ("He was one of history's most notorious killers.", "history's most notorious killers", EM),
    ("It was the greatest fraud of the century.", "greatest fraud of the century", EM),
    ("It was the darkest chapter in history.", "darkest chapter in history", EM),
    ("He was the worst the world has ever known.", "worst the world has ever known", EM),
    ("He was one of the most powerful and murderous tyrants in history.", "murderous tyrants in history", EM),
]

# the same words told as history: a trade or an office before a name, a legal category, a verdict, a
# superlative of measure, a slave's master, common criminals
NEUTRAL_ES = [
    "El verdugo Blojín ejecutó a miles de prisioneros polacos en 1940.",
    "El tirano Pisístrato gobernó Atenas.",
    "El criminal de guerra Eichmann fue ahorcado en 1962.",
    "El asesino Ramón Mercader fue condenado a veinte años de prisión por el tribunal mexicano.",
    "Los presos políticos compartían celda con delincuentes comunes.",
    "Stalingrado fue la batalla más sangrienta de la historia de la humanidad.",
    "Entre 1958 y 1961, China vivió la mayor hambruna de la historia.",
    "Fue la peor hambruna de la historia de China: murieron treinta millones de personas.",
    "Kursk fue la mayor batalla de tanques de la historia.",
    "Beria fue el más longevo de los jefes de la policía secreta.",
    "Fue la peor derrota de la guerra para el ejército republicano.",
]

NEUTRAL_EN = [
    "The executioner Blokhin shot about 7,000 Polish prisoners in 1940.",
    "The tyrant Pisistratus ruled Athens.",
    "The war criminal Eichmann was hanged in 1962.",
    "Political prisoners shared cells with common criminals.",
    "The Battle of Kursk was the largest tank battle in history.",
    "Blokhin was the most prolific official executioner in recorded history.",
    "It was the worst famine in history: thirty million people died.",
    "Arnold's treason was the most notorious episode of treason in U.S. history.",
    "Douglass escaped from his cruel master in 1838.",
    "Stalin probably exercised greater political power than any other figure in history.",
]

(
    test_spanish_class_is_flagged,
    test_english_class_is_flagged,
    test_spanish_history_stays_quiet,
    test_english_history_stays_quiet,
) = class_tests(FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)


def test_a_proof_attempted_is_the_attempts_claim(pipeline_en: Pipeline, pipeline_es: Pipeline) -> None:
    """ "They try to prove that X is a myth": X is their claim (attributed to them), not the author's."""
    for pipeline, text, speaker in (
        (
            pipeline_en,
            "The state newspapers try to prove that the famine is only a fictitious myth.",
            "state newspapers",
        ),
        (
            pipeline_es,
            "Los diarios oficiales intentan demostrar que la hambruna es solo un mito ficticio.",
            "diarios oficiales",
        ),
    ):
        found = flags(pipeline, text)
        assert found, text
        assert all(flag.voice == "attributed" and speaker in (flag.speaker or "") for flag in found), [
            (flag.text, flag.voice, flag.speaker) for flag in found
        ]


def test_wanting_is_not_saying(pipeline_en: Pipeline) -> None:
    """A verb of attempt alone is no verb of saying: "They want to destroy our way of life" stays the author's."""
    found = flags(pipeline_en, "They want to destroy our way of life.")
    assert found and all(flag.voice == "author" for flag in found)


# the learned tagger's spans that describe (learned_guards.py): a population counted, a name's superlative
# apposition; beside the same words as framing or as a judgement


@pytest.fixture(scope="module")
def parse():
    from cronica.nlp import NlpModels
    from cronica.options import Options

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


LEARNED = [
    ("en", "Antisemitic_Framing", "In 1900 five million Jews lived in the Russian Empire.", True),
    ("en", "Antisemitic_Framing", "The Jews control the banks and the press.", False),
    ("en", "Exaggeration-Minimisation", "Washington, the greatest hero of the Revolution, was a Mason.", True),
    ("en", "Exaggeration-Minimisation", "It was the greatest fraud ever told.", False),
    ("es", "Antisemitic_Framing", "En 1900 vivían cinco millones de judíos en el Imperio ruso.", True),
    ("es", "Antisemitic_Framing", "Los judíos controlan la banca y la prensa.", False),
    ("es", "Exaggeration-Minimisation", "Bolívar, el mayor héroe de la independencia, murió en 1830.", True),
]


@pytest.mark.parametrize(("lang", "technique", "text", "describes"), LEARNED)
def test_learned_spans_that_describe(parse, lang: str, technique: str, text: str, describes: bool) -> None:
    doc = parse(lang, text)
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert describes_history(doc[:], technique, rules) is describes
