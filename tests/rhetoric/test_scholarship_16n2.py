"""Round 16n2 of #16: a learned span over a sentence whose holder is scholarship (learned_guards.py).

Sentences written for these tests (none is quoted from a gold, blind or training set): historians or a debate as
the subject, the agent or the predicate's complement, or a quoted term named impersonally, with no word of
evidence, give the state of the question; the same shapes with an evaluative word or a hidden agent, a
historian who is only mentioned, historians judged by the author (all of them, or as a copula's subject), or a
naming inside a relative clause stay the tagger's.
"""

from __future__ import annotations

import pytest

from cronica.rhetoric.learned_guards import describes_history, scholarship_holds
from cronica.rhetoric.resources import load_language


@pytest.fixture(scope="module")
def parse():
    from cronica.nlp import NlpModels
    from cronica.options import Options

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


SENTENCES = [
    # scholarship holds it: subject, passive agent, the predicate's complement
    ("es", "La deportación de los chechenos es considerada por muchos historiadores como un crimen de Estado.", True),
    ("es", "Los historiadores relacionan la represión de 1937 con el miedo a una guerra en dos frentes.", True),
    ("es", "El número de víctimas del terror blanco sigue siendo objeto de debate entre los especialistas.", True),
    ("en", "The deportation of the Chechens is considered by many historians as a crime of the state.", True),
    ("en", "Historians usually connect the purge of 1937 with the fear of a war on two fronts.", True),
    ("en", "The death toll of the White Terror remains a subject of debate among specialists.", True),
    # a quoted term named impersonally
    ("es", "A la hambruna de 1921 se la denomina a veces «la gran hambre del Volga».", True),
    ("en", "The famine of 1921 is sometimes called “the great Volga hunger”.", True),
    # evidence of rhetoric in the sentence: the author speaks through the historians
    ("es", "Los historiadores oficiales ocultan la verdad sobre quién financió la revolución.", False),
    ("en", "Establishment historians hide the truth about who secretly financed the revolution.", False),
    # the author judges the historians themselves: all of them, or through a copula
    ("es", "Todos los historiadores que repiten la versión oficial son cobardes a sueldo del régimen.", False),
    ("es", "Los historiadores de la academia son cobardes a sueldo del régimen.", False),
    ("en", "Every historian who repeats the approved story is a coward on the payroll of the regime.", False),
    ("en", "Academic historians are cowards on the payroll of the regime.", False),
    # no scholar holds it, or the historian is only the topic; a naming in a relative clause is an aside
    ("es", "El gobierno de Moscú impuso la colectivización a los campesinos del Volga.", False),
    ("es", "Prieto, a quien se le conocería como «el socialista de Bilbao», negociaba con los banqueros.", False),
    ("en", "The government in Moscow imposed collectivization on the peasants of the Volga.", False),
    ("en", "They burned the books of the historian and the poet.", False),
]


@pytest.mark.parametrize(("lang", "text", "held"), SENTENCES)
def test_a_sentence_held_by_scholarship_describes(parse, lang: str, text: str, held: bool) -> None:
    sentence = next(iter(parse(lang, text).sents))
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert scholarship_holds(sentence, rules) is held


@pytest.mark.parametrize("technique", ["Conspiracy_Narrative", "Antisemitic_Framing", "Doubt"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La deportación de los chechenos es considerada por muchos historiadores como un crimen de Estado."),
        ("en", "The deportation of the Chechens is considered by many historians as a crime of the state."),
    ],
)
def test_the_scholarship_guard_reads_every_learned_technique(parse, lang: str, text: str, technique: str) -> None:
    doc = parse(lang, text)
    assert describes_history(doc[:], technique, load_language(lang).context)  # type: ignore[union-attr]


def test_the_word_lists_are_data_in_both_languages() -> None:
    for lang in ("es", "en"):
        rules = load_language(lang).context  # type: ignore[union-attr]
        assert rules.scholar_nouns and rules.designation_verbs
