"""Round 16n of #16: a learned span over a sentence that ranks without rhetoric (learned_guards.py).

Sentences written for these tests (none is quoted from a gold, blind or training set): a superlative given as a
standing under a verb of reputation, or measured by its count with no word of evidence, describes; the same
ranking with an evaluative word or a hidden agent, without its measure, or as a comparative stays the tagger's.
"""

from __future__ import annotations

import pytest

from cronica.rhetoric.learned_guards import describes_history, ranks_without_rhetoric
from cronica.rhetoric.resources import load_language


@pytest.fixture(scope="module")
def parse():
    from cronica.nlp import NlpModels
    from cronica.options import Options

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


RANKINGS = [
    # a standing: the superlative under a verb of reputation
    ("es", "La epidemia de 1918 está considerada como la más letal del siglo XX.", True),
    ("es", "Al morir era considerado el banquero más rico de Génova.", True),
    ("en", "The siege of Leningrad is regarded as the longest siege of the Second World War.", True),
    ("en", "At his death he was considered the richest merchant of Venice.", True),
    # a measured ranking: copula, superlative, its count, no evidence of rhetoric
    ("es", "Verdún fue la batalla más larga de la guerra: duró trescientos tres días.", True),
    ("en", "Verdun was the longest battle of the war, lasting 303 days.", True),
    # the same shapes with evidence of rhetoric, without a measure, or as a comparative
    ("es", "Fue el mayor fraude de la historia: 3 millones de engañados.", False),
    ("es", "Fue la mayor farsa de la historia.", False),
    ("es", "Fue uno de los personajes más siniestros de la República.", False),
    ("es", "El virus no era más mortal que una gripe, y en 2020 nos encerraron.", False),
    ("en", "It was the biggest lie in history, told to 10 million people.", False),
    ("en", "They are the most powerful secret society of all time, with 33 degrees.", False),
    ("en", "He was the worst tyrant of the century.", False),
]


@pytest.mark.parametrize(("lang", "text", "ranks"), RANKINGS)
def test_a_ranking_without_rhetoric_describes(parse, lang: str, text: str, ranks: bool) -> None:
    sentence = next(iter(parse(lang, text).sents))
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert ranks_without_rhetoric(sentence, rules) is ranks


@pytest.mark.parametrize("technique", ["Conspiracy_Narrative", "Antisemitic_Framing", "Loaded_Language"])
def test_the_ranking_guard_reads_every_learned_technique(parse, technique: str) -> None:
    doc = parse("es", "La hambruna de 1932 está considerada como la más mortífera de la historia de Ucrania.")
    assert describes_history(doc[:], technique, load_language("es").context)  # type: ignore[union-attr]


def test_the_word_lists_are_data_in_both_languages() -> None:
    for lang in ("es", "en"):
        rules = load_language(lang).context  # type: ignore[union-attr]
        assert rules.reputation_verbs and rules.evidence_words
