"""Round 16d of #16: a learned span over a sentence that defines a term (learned_guards.py).

Sentences written for these tests (none is quoted from a gold, blind or training set): a term as the subject of a
copula whose predicate is a class noun with what sets it apart, of a verb that defines, or a term noun as the
subject, define; the sentence after a definition that opens with the term or an opener elaborates it. The same
shapes with a group label or an evaluative word or a hidden agent, or a sentence that is no definition, stay the
tagger's; a rule flag in the sentence keeps the learned span too (the detector's check).
"""

from __future__ import annotations

import pytest

from cronica.rhetoric.detector import learned_flags
from cronica.rhetoric.learned_guards import defines_term
from cronica.rhetoric.resources import load_language
from cronica.rhetoric.tagger import TaggedSpan


@pytest.fixture(scope="module")
def parse():
    from cronica.nlp import NlpModels
    from cronica.options import Options

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


SENTENCES = [
    # a copula's class noun with what sets it apart
    ("es", "El anarquismo es una doctrina política que propone la supresión del Estado y de toda autoridad.", True),
    ("es", "Un koljós era una granja colectiva de la Unión Soviética gestionada por sus miembros.", True),
    ("en", "Anarchism is a political doctrine that proposes the abolition of the state and of all authority.", True),
    ("en", "Syndicalism was a movement of trade unions that sought to run industry through the workers.", True),
    # a verb that defines; a term noun as the subject
    (
        "es",
        "La expresión «comunismo de guerra» se refiere a la política económica de los bolcheviques entre 1918 y 1921.",
        True,
    ),
    ("en", "The word “sovkhoz” refers to a state farm run by the Soviet government.", True),
    ("en", "The acronym OGPU stands for the Joint State Political Directorate.", True),
    # loaded: a group label, an evaluative word, a hidden agent
    ("es", "El bolchevismo es un movimiento judío que busca someter a las naciones cristianas.", False),
    ("es", "El marxismo es una ideología criminal que destruye a la familia.", False),
    ("en", "Bolshevism is a Jewish movement that seeks to subdue the Christian nations.", False),
    ("en", "Communism is an evil ideology devised by a hidden cabal of bankers.", False),
    # no definition: an event told, a pronoun as the subject
    ("es", "Los bolcheviques disolvieron la Asamblea Constituyente en enero de 1918.", False),
    ("en", "The Bolsheviks dissolved the Constituent Assembly in January 1918.", False),
    ("en", "He was a member of the party that took power in 1917.", False),
]


@pytest.mark.parametrize(("lang", "text", "defines"), SENTENCES)
def test_a_sentence_that_defines_a_term_describes(parse, lang: str, text: str, defines: bool) -> None:
    sentence = next(iter(parse(lang, text).sents))
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert defines_term(sentence, rules) is defines


ELABORATIONS = [
    (
        "es",
        "El anarquismo es una doctrina que propone la supresión del Estado. Esta doctrina rechaza los partidos.",
        True,
    ),
    (
        "en",
        "Anarchism is a political doctrine that proposes the abolition of the state. It rejects parties.",
        True,
    ),
    # the sentence before defines nothing: the opener elaborates nothing
    ("en", "The Bolsheviks dissolved the Constituent Assembly in 1918. It rejects parties.", False),
    # the elaboration is loaded
    (
        "en",
        "Anarchism is a political doctrine that proposes the abolition of the state. It is a sinister plot.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "defines"), ELABORATIONS)
def test_the_sentence_after_a_definition_elaborates_it(parse, lang: str, text: str, defines: bool) -> None:
    second = list(parse(lang, text).sents)[1]
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert defines_term(second, rules) is defines


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El anarquismo es una doctrina política que propone la supresión del Estado y de toda autoridad."),
        ("en", "Anarchism is a political doctrine that proposes the abolition of the state and of all authority."),
    ],
)
def test_the_detector_drops_a_learned_span_over_a_definition_unless_a_rule_fired(parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    resources = load_language(lang)
    span = TaggedSpan(0, len(text) - 1, "Loaded_Language", 0.9, 0.9)
    assert learned_flags(doc, [], [span], resources) == []
    from cronica.rhetoric.detector import SpanFlag

    rule = SpanFlag(0, 5, "Name_Calling-Labeling", 0.7, "author", None)
    assert learned_flags(doc, [rule], [TaggedSpan(10, len(text) - 1, "Loaded_Language", 0.9, 0.9)], resources)


def test_the_word_lists_are_data_in_both_languages() -> None:
    for lang in ("es", "en"):
        rules = load_language(lang).context  # type: ignore[union-attr]
        assert (
            rules.class_nouns and rules.definition_verbs and rules.definition_openers and rules.definition_plain_words
        )
