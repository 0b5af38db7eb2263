"""Round 16q of #16: a label given by a verdict or a standing is the court's or history's (holders.py).

Sentences written for these tests (none is quoted from a gold, blind or training set): a label that is the role
someone was tried, sentenced, punished or remembered in ("juzgado como traidor", "hanged as a traitor", "a
traitor sentenced by a tribunal", "pasó a la historia como traidor") is attributed, with the court as speaker when
the parse names it; the writer's own label ("fue un traidor", "that traitor") and the agent of a verdict
("denunciado por los traidores") stay the writer's.
"""

from __future__ import annotations

import pytest

from cronica.rhetoric.context import voice_of
from cronica.rhetoric.holders import verdict_of
from cronica.rhetoric.resources import load_language


def _voice(parse, span_of, lang: str, text: str, label: str):
    doc = parse(lang, text)
    match = span_of(doc, label)
    return voice_of(match, match.sent, False, load_language(lang).context)  # type: ignore[union-attr]


JUDGED = [
    # (lang, text, label, speaker named in the voice or None)
    ("es", "El tribunal revolucionario juzgó a Hébert como traidor en 1794.", "traidor", "tribunal"),
    ("es", "El coronel Rojas fue fusilado en 1939 como traidor.", "traidor", None),
    ("es", "Como traidor, el coronel Rojas fue fusilado en 1939.", "traidor", None),
    ("es", "Un consejo de guerra condenó al capitán por traidor en 1921.", "traidor", None),
    ("es", "El marino fue ahorcado como traidor en el puerto de Cádiz.", "traidor", None),
    ("es", "La historia de un traidor condenado por un tribunal apasionó a los lectores.", "traidor", None),
    ("es", "Mazepa pasó a la historia como traidor a los ojos de la corte rusa.", "traidor", None),
    ("en", "The revolutionary tribunal tried Hébert as a traitor in 1794.", "traitor", "tribunal"),
    ("en", "Colonel Rojas was shot in 1939 as a traitor.", "traitor", None),
    ("en", "As a traitor, Colonel Rojas was shot in 1939.", "traitor", None),
    ("en", "The sailor was hanged as a traitor in the port of Cadiz.", "traitor", None),
    ("en", "Thousands of engineers were condemned as wreckers during the first five-year plan.", "wreckers", None),
    ("en", "The tale of a traitor sentenced by a military court gripped the readers.", "traitor", None),
    ("en", "Mazepa went down in history as a traitor in the eyes of the Russian court.", "traitor", None),
]


@pytest.mark.parametrize(("lang", "text", "label", "speaker"), JUDGED)
def test_a_label_given_by_a_verdict_or_a_standing_is_attributed(parse, span_of, lang, text, label, speaker) -> None:
    voice = _voice(parse, span_of, lang, text, label)
    assert voice.voice == "attributed"
    if speaker:
        assert voice.speaker is not None and speaker in voice.speaker


OWN = [
    ("es", "El coronel Rojas fue un traidor que vendió a sus hombres.", "traidor"),
    ("es", "Ese traidor entregó la ciudad al enemigo.", "traidor"),
    ("es", "El general fue denunciado por los traidores de su estado mayor.", "traidores"),
    ("es", "Como tirano, Stalin ejecutó a miles de oficiales.", "tirano"),
    ("en", "Colonel Rojas was a traitor who sold out his own men.", "traitor"),
    ("en", "That traitor handed the city over to the enemy.", "traitor"),
    ("en", "The traitors who run the party today hanged the honest workers.", "traitors"),
    ("en", "As a tyrant, Stalin executed thousands of officers.", "tyrant"),
]


@pytest.mark.parametrize(("lang", "text", "label"), OWN)
def test_the_writers_own_label_stays_the_writers(parse, span_of, lang, text, label) -> None:
    doc = parse(lang, text)
    assert verdict_of(span_of(doc, label).root, load_language(lang).context) is None  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_verdict_words_are_data(lang: str) -> None:
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert rules.verdict_verbs and rules.role_markers and rules.standing_nouns


# The learned tagger's "antisemitic framing" needs a Jewish reference or a name used as its code in the sentence
# (learned_guards.named_technique, context.yaml `framing_words`); otherwise the tagger's next technique.
FRAMING = "Antisemitic_Framing"
NEXT = ("Antisemitic_Framing", "Conspiracy_Narrative", "Loaded_Language")

NAMED = [
    (
        "es",
        "La llegada de los europeos provocó, por la viruela y la guerra, la muerte de millones.",
        "Conspiracy_Narrative",
    ),
    ("es", "Los banqueros judíos financiaron en secreto la revolución.", FRAMING),
    ("es", "La casa Rothschild movía los hilos de todos los gobiernos.", FRAMING),
    (
        "en",
        "The arrival of Europeans led, through smallpox and war, to the deaths of millions.",
        "Conspiracy_Narrative",
    ),
    ("en", "Jewish bankers secretly financed the revolution.", FRAMING),
    ("en", "The rootless cosmopolitans pulled the strings of every government.", FRAMING),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_antisemitic_framing_needs_its_reference(parse, lang: str, text: str, expected: str) -> None:
    from cronica.rhetoric.learned_guards import named_technique

    sentence = next(iter(parse(lang, text).sents))
    rules = load_language(lang).context  # type: ignore[union-attr]
    assert named_technique(FRAMING, NEXT[1:], sentence, rules) == expected
    assert named_technique("Doubt", NEXT, sentence, rules) == "Doubt"  # only framing asks for its words


def test_the_tagger_ranks_every_technique() -> None:
    from cronica.rhetoric.tagger import load_tagger

    tagger = load_tagger()
    if tagger is None:
        pytest.skip("no shipped tagger weights")
    from cronica.nlp import NlpModels
    from cronica.options import Options

    doc = NlpModels(Options(lang="en")).get("en")(
        "The Jewish bankers secretly financed the revolution to enslave us all."
    )
    spans = tagger.find(doc, lang="en", threshold=0.0)
    assert spans, "a threshold of 0 lets every sentence through"
    for span in spans:
        assert span.technique not in span.alternatives
        assert sorted((span.technique, *span.alternatives)) == sorted(tagger.techniques)
