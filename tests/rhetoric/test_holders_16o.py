"""Round 16o of #16: a label given as others' view, or a reported charge, is attributed (holders.py).

Sentences written for these tests (none is quoted from a gold, blind or training set): a holder fronted before
the label's clause ("Para los monárquicos…", "In the eyes of the Jacobins…") or a charge above the label makes it
the holder's or the accuser's; the author's own holder ("para mí", "to any honest reader"), a time ("For
decades") and a clause of the author's after a report stay the author's.
"""

from __future__ import annotations

import pytest

from cronica.rhetoric.context import voice_of
from cronica.rhetoric.holders import frame_above, frame_within
from cronica.rhetoric.resources import load_language

OTHERS = [
    # (lang, text, label, speaker named in the voice)
    ("es", "Para los monárquicos, Azaña era un tirano.", "tirano", "los monárquicos"),
    ("es", "A ojos de los carlistas, los liberales eran herejes.", "herejes", "carlistas"),
    ("es", "En los sermones de la época, los comuneros eran bandidos.", "bandidos", None),
    ("es", "Tildados de bandidos, los guerrilleros fueron fusilados en 1947.", "bandidos", None),
    ("en", "To the royalists, Cromwell was a tyrant.", "tyrant", "the royalists"),
    ("en", "In the eyes of the Jacobins, the Girondins were traitors.", "traitors", "Jacobins"),
    ("en", "Accused of being bandits, the partisans were shot in 1947.", "bandits", None),
]


@pytest.mark.parametrize(("lang", "text", "label", "speaker"), OTHERS)
def test_a_label_given_as_others_view_is_attributed(parse, span_of, lang, text, label, speaker) -> None:
    doc = parse(lang, text)
    match = span_of(doc, label)
    voice = voice_of(match, match.sent, False, load_language(lang).context)  # type: ignore[union-attr]
    assert voice.voice == "attributed"
    if speaker:
        assert voice.speaker is not None and speaker in voice.speaker


OWN = [
    ("es", "Para mí, Azaña fue un tirano.", "tirano"),
    ("es", "Para cualquier lector honrado, el dictador fue un carnicero.", "carnicero"),
    ("en", "To any honest reader, Cromwell was a tyrant.", "tyrant"),
    ("en", "In my view, the Girondins were traitors.", "traitors"),
    ("en", "For decades, Cromwell was a tyrant.", "tyrant"),
    ("en", "Cromwell was a tyrant who ruled by the sword.", "tyrant"),
    ("es", "Azaña fue un tirano que gobernó contra media España.", "tirano"),
    # a purpose, a personal pronoun, a noun's complement, the author speaking in the first person
    ("es", "Para ello fundó una banda de matones.", "banda de matones"),
    ("es", "Para ellos, la vida humana fue siempre una mercancía de traidores.", "traidores"),
    ("es", "Exigía penas más duras para los obreros que para los patronos y la ruina de los traidores.", "traidores"),
    ("es", "Para los monárquicos, lo que voy a contar es la prueba de que era un tirano.", "tirano"),
    # a charge named by an infinitive is the author's description of an act
    ("es", "Su táctica era culpar a los demás de las matanzas de sus carniceros.", "carniceros"),
]


@pytest.mark.parametrize(("lang", "text", "label"), OWN)
def test_the_authors_own_label_has_no_frame(parse, span_of, lang, text, label) -> None:
    doc = parse(lang, text)
    assert frame_above(span_of(doc, label), load_language(lang).context) is None  # type: ignore[union-attr]


def test_scare_quotes_stay_the_writers_inside_a_charge(pipeline_en) -> None:
    analysis = pipeline_en.analyze_text("The dictator blamed the Jews for the failure of his “peace” offer in 1939.")
    doubts = [flag for flag in analysis.flags if flag.technique == "Doubt"]
    assert doubts and all(flag.voice == "author" for flag in doubts)


def test_a_report_does_not_reach_the_authors_next_clause(parse, span_of) -> None:
    rules = load_language("en").context  # type: ignore[union-attr]
    doc = parse("en", "The royalists accused him of tyranny, and he was a butcher.")
    assert frame_above(span_of(doc, "butcher"), rules) is None


LEARNED = [
    # a learned span that holds its report and ends in its scope
    ("es", "Su nombre dividió al país; para sus enemigos era un traidor vendido al extranjero.", True),
    ("es", "El partido fue disuelto en 1937, acusado de ser un nido de espías extranjeros.", True),
    ("en", "His name divided the country; to his enemies he was a traitor sold to foreigners.", True),
    ("en", "The party was dissolved in 1937, accused of being a nest of foreign spies.", True),
    # the same labels in the author's voice
    ("es", "El partido fue un nido de espías extranjeros y de traidores.", False),
    ("es", "Para cualquier persona decente, el régimen fue una banda de asesinos.", False),
    ("en", "The party was a nest of foreign spies and traitors.", False),
    ("en", "To any decent person, the regime was a gang of murderers.", False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), LEARNED)
def test_a_learned_span_that_reports_a_label(parse, lang, text, reported) -> None:
    doc = parse(lang, text)
    span = doc[:-1]  # the whole sentence but its full stop, as the tagger's widest spans
    frame = frame_within(span, load_language(lang).context)  # type: ignore[union-attr]
    assert (frame is not None) is reported


def test_the_stage_attributes_a_holders_label(pipeline_en, pipeline_es) -> None:
    analysis = pipeline_en.analyze_text("To the royalists, Cromwell was a traitor and a regicide.")
    assert analysis.flags and all(flag.voice == "attributed" for flag in analysis.flags)
    analysis = pipeline_es.analyze_text("Para los carlistas, los liberales eran unos traidores.")
    assert analysis.flags and all(flag.voice == "attributed" for flag in analysis.flags)


def test_the_word_lists_are_data_in_both_languages() -> None:
    for lang in ("es", "en"):
        rules = load_language(lang).context  # type: ignore[union-attr]
        assert rules.holder_prepositions and rules.holder_nouns and rules.universal_words and rules.charge_words
