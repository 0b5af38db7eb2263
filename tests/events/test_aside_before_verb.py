"""A parenthesis between a subject and its verb is an aside (#13, class "parenthesis before the
verb"): its words are neither the verb's subject nor a source of the clause ("Bujarin (el «favorito
del partido», según Lenin) fue detenido" is asserted, not reported). When the parser hangs the verb
inside the aside, the name just before it is the subject, unless that name is a modifier ("el padre de
Lenin (…) murió"). The blind set is tests/data/events/blind_13/c10_parenthesis_before_verb.json (gold
written before the change); these are other sentences.
"""

from __future__ import annotations

import pytest
import spacy

from cronica.events.syntax import aside_of

CASES = [
    # (lang, text, type, main participant, modality)
    ("es", "Grigori Zinóviev (su verdadero nombre era Ovsei-Gershon Radomyslski) fue fusilado en 1936.",
     "EXECUTION", "Grigori Zinóviev", "asserted"),
    ("es", "Kárl Rádek (según Trotski, el mejor periodista del partido) fue detenido en 1936.",
     "ARREST", "Kárl Rádek", "asserted"),
    ("en", "Grigory Zinoviev (his real name was Ovsei-Gershon Radomyslsky) was shot in 1936.",
     "DEATH", "Grigory Zinoviev", "asserted"),
    ("en", "Karl Radek (according to Trotsky, the best journalist of the party) was arrested in 1936.",
     "ARREST", "Karl Radek", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "event_type", "main", "modality"), CASES)
def test_an_aside_is_neither_subject_nor_source(pipeline_es, pipeline_en, lang, text, event_type, main, modality):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    events = [e for e in pipeline.analyze_text(text, lang=lang).events if e.type == event_type]
    assert len(events) == 1
    assert [p.text for p in events[0].participants if p.role == "patient"] == [main]
    assert events[0].modality == modality


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El padre de Lenin (Ilyá Uliánov) murió en enero de 1886."),
        ("en", "The father of Lenin (Ilya Ulyanov) died in January 1886."),
    ],
)
def test_a_name_that_modifies_the_subject_is_not_the_subject(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (event,) = pipeline.analyze_text(text, lang=lang).events
    (patient,) = [p for p in event.participants if p.role == "patient"]
    assert patient.kin == "father"


def test_a_source_outside_the_aside_still_reports(pipeline_es):
    text = "Según Trotski, Kámenev (uno de los viejos bolcheviques) fue detenido en 1934."
    (event,) = pipeline_es.analyze_text(text, lang="es").events
    assert event.modality == "reported"


def test_the_aside_of_a_token_is_its_innermost_bracket_pair():
    doc = spacy.blank("en")("Kamenev (born Rosenfeld [in Moscow]) was shot.")
    for token in doc:
        token.is_sent_start = token.i == 0
    moscow = next(t for t in doc if t.text == "Moscow")
    born = next(t for t in doc if t.text == "born")
    shot = next(t for t in doc if t.text == "shot")
    sentence = doc[:]
    assert aside_of(moscow, sentence) == (4, 7)
    assert aside_of(born, sentence) == (1, 8)
    assert aside_of(shot, sentence) is None
