"""Bodies named with a qualifier (#13, helper 13n; blind sets tests/data/link/gold_blind_qualified_bodies.yaml and
tests/data/verify/blind_qualified_bodies.yaml, gold written before the change).

A mention of a KB body that NER cut out of a qualified name ("Partido Comunista" of "Partido Comunista de
Azerbaiyán") is widened over the qualifier when the body's names and statements do not carry it, so it no longer
names the parent body; a carried qualifier ("de la Unión Soviética", "the Soviet NKVD") leaves it alone.
"""

from __future__ import annotations

import pytest

from cronica.kb.linker import Linker, Mention
from cronica.kb.qualified import QualifiedBodies, complement_after
from cronica.model import Entity


@pytest.fixture(scope="module")
def qualified(kb) -> QualifiedBodies:
    return QualifiedBodies(Linker(kb))


def entity(text: str, piece: str, label: str = "ORG", at: int = 0) -> Entity:
    start = text.index(piece, at)
    return Entity(id="e1", text=piece, start=start, end=start + len(piece), label=label)


@pytest.mark.parametrize(
    ("text", "piece", "widened"),
    [
        (
            "En 1920 Kirov ingresó en el Partido Comunista de Azerbaiyán.",
            "Partido Comunista",
            "Partido Comunista de Azerbaiyán",
        ),
        ("Kirov joined the Azerbaijan Communist Party in 1920.", "Communist Party", "Azerbaijan Communist Party"),
        ("In 1931 Beria became head of the Georgian Communist Party.", "Communist Party", "Georgian Communist Party"),
        ("Georgian Mensheviks ruled Tiflis.", "Mensheviks", "Georgian Mensheviks"),
        ("Los mencheviques georgianos gobernaron Tiflis.", "mencheviques", "mencheviques georgianos"),
        (
            "The Young Communist International was founded in Berlin.",
            "Communist International",
            "Young Communist International",
        ),
        (
            "La Internacional Comunista de la Juventud se fundó en Berlín.",
            "Internacional Comunista",
            "Internacional Comunista de la Juventud",
        ),
        ("La Checa de Petrogrado se creó en marzo de 1918.", "Checa", "Checa de Petrogrado"),
        ("He rose in the Transcaucasian GPU.", "GPU", "Transcaucasian GPU"),
        (
            "La sección francesa de la Cuarta Internacional se fundó en 1944.",
            "Cuarta Internacional",
            "sección francesa de la Cuarta Internacional",
        ),
        (
            "Naville led the Fourth International's French section.",
            "Fourth International's",
            "Fourth International's French section",
        ),
        (
            "He sat on the Politburo of the Communist Party of Ukraine.",
            "Politburo",
            "Politburo of the Communist Party of Ukraine",
        ),
    ],
)
def test_a_qualifier_the_body_does_not_carry_widens_the_mention(qualified, text, piece, widened):
    mention = entity(text, piece)
    [result] = qualified.apply(text, [mention])
    assert result.text == widened
    assert not qualified.linker.candidates(Mention(result.text, "ORG"))  # the widened name is no KB body: NIL


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Jruschov ingresó en el Partido Comunista de la Unión Soviética en 1924.", "Partido Comunista"),
        ("He joined the Communist Party of the USSR in 1924.", "Communist Party"),
        ("Yagoda served in the Soviet NKVD.", "NKVD"),
        ("He joined the Russian Bolsheviks.", "Bolsheviks"),
        ("Militó en los bolcheviques rusos.", "bolcheviques"),
        ("He sat on the Politburo of the Party.", "Politburo"),
        ("Expelled from the Communist Party in 1927.", "Communist Party"),
        ("Both Bolsheviks and Mensheviks met in London.", "Bolsheviks"),  # a sentence's first word is no qualifier
        ("He betrayed Stalin's Communist Party.", "Communist Party"),  # a possessive is no qualifier
        ("Fue expulsado del Partido Bolchevique de Lenin.", "Partido Bolchevique"),  # a person is no qualifier
        ("Entró en el Partido Comunista en 1921.", "Partido Comunista"),
    ],
)
def test_a_carried_qualifier_or_none_leaves_the_mention(qualified, text, piece):
    mention = entity(text, piece)
    assert qualified.apply(text, [mention]) == [mention]


def test_entities_inside_the_widened_span_are_dropped(qualified):
    text = "Kirov joined the Azerbaijan Communist Party in 1920."
    kirov = entity(text, "Kirov", "PER")
    place = entity(text, "Azerbaijan", "LOC")
    party = entity(text, "Communist Party")
    result = qualified.apply(text, [kirov, place, party])
    assert [e.text for e in result] == ["Kirov", "Azerbaijan Communist Party"]


def test_people_and_places_are_never_widened(qualified):
    text = "Stalin of Georgia met the Young Lenin of Simbirsk."
    mentions = [entity(text, "Stalin", "PER"), entity(text, "Lenin", "PER")]
    assert qualified.apply(text, mentions) == mentions


def test_complement_after_stops_at_the_first_lower_case_word():
    text = "el Partido Comunista de la Unión Soviética en 1924"
    end = text.index(" de la")
    start, stop = complement_after(text, end)  # type: ignore[misc]
    assert text[start:stop] == "Unión Soviética"
    assert complement_after("el Partido Comunista de toda la Unión", len("el Partido Comunista")) is None


def test_the_pipeline_leaves_a_qualified_party_unlinked(pipeline_es, pipeline_en):
    analysis = pipeline_es.analyze_text("En 1920 Kirov ingresó en el Partido Comunista de Azerbaiyán.")
    assert not any(e.kb_id == "Q79854" for e in analysis.entities)
    analysis = pipeline_en.analyze_text("In 1921 Kirov arrived in Baku to lead the Azerbaijan Communist Party.")
    assert not any(e.kb_id == "Q79854" for e in analysis.entities)
    analysis = pipeline_es.analyze_text("En 1924 Jruschov ingresó en el Partido Comunista de la Unión Soviética.")
    assert any(e.kb_id == "Q79854" for e in analysis.entities)
