"""A page titled with a person's name speaks of them: a pronoun or a dropped subject further down may be
them, whoever the context chose (verify/identity.py, `title_person`; blind set blind_topic_unlinked.yaml).

Against the fake KB: Trotsky died in 1940, Lenin in 1924. "<Title>\\n... Trotsky. He died in <year>" with the
pronoun resolved to Trotsky is contradicted only when the title names no one else, or names a KB person of
whom the claim is false too.
"""

from __future__ import annotations

import dataclasses

from builder import analysis_with_event
from fake_kb import LENIN, TROTSKY

from cronica.model import Entity, Sentence


def titled(title: Entity | None, text: str, lang: str, trigger: str, pronoun: str, year: str, dropped: bool = False):
    """A death whose patient is a pronoun (or, `dropped`, a subject resolved to the antecedent's words in the
    sentence before) resolved to Trotsky, on a text whose first line may be a title entity."""
    name = "Trotsky" if lang == "en" else "Trotski"
    analysis = analysis_with_event(text, lang, "DEATH", trigger, {"patient": (name, TROTSKY)}, time=(year, year))
    (event,) = analysis.events
    (patient,) = event.participants
    if not dropped:
        start = text.rindex(pronoun)
        patient = dataclasses.replace(patient, text=pronoun, start=start, end=start + len(pronoun))
    line = text.index("\n") + 1
    last = text.rindex(". ") + 2
    sentences = (Sentence("s1", 0, line - 1), Sentence("s2", line, last - 1), Sentence("s3", last, len(text)))
    entities = (*analysis.entities, title) if title is not None else analysis.entities
    return dataclasses.replace(
        analysis,
        sentences=sentences,
        entities=entities,
        events=(dataclasses.replace(event, participants=(patient,)),),
    )


def verdict(verifier, analysis) -> str:
    (claim,) = verifier.claims_of(analysis)
    return claim.verdict


def test_a_title_the_kb_does_not_know_keeps_the_pronoun_open_es_en(verifier):
    for text, lang, trigger, pronoun, dropped in (
        ("Ieronim Uborevich\nHe served under Trotsky. He died in 1950.", "en", "died", "He", False),
        ("Ieronim Uborévich\nSirvió a las órdenes de Trotski. Murió en 1950.", "es", "Murió", "", True),
    ):
        title = Entity("e9", text[: text.index("\n")], 0, text.index("\n"), "MISC")
        assert verdict(verifier, titled(None, text, lang, trigger, pronoun, "1950", dropped)) == "contradicted"
        assert verdict(verifier, titled(title, text, lang, trigger, pronoun, "1950", dropped)) == "not_enough_info"


def test_a_title_naming_a_kb_person_is_one_more_reading_es_en(verifier):
    for text, lang, trigger, pronoun, dropped in (
        ("Vladimir Lenin\nHe worked with Trotsky. He died in 1950.", "en", "died", "He", False),
        ("Vladímir Lenin\nTrabajó con Trotski. Murió en 1950.", "es", "Murió", "", True),
    ):
        title = Entity("e9", text[: text.index("\n")], 0, text.index("\n"), "PER", kb_id=LENIN)
        false_of_both = titled(title, text, lang, trigger, pronoun, "1950", dropped)
        assert verdict(verifier, false_of_both) == "contradicted"  # neither died in 1950
        true_of_the_title = titled(title, text.replace("1950", "1924"), lang, trigger, pronoun, "1924", dropped)
        assert verdict(verifier, true_of_the_title) == "not_enough_info"  # Lenin died in 1924


def test_a_lowercase_first_line_or_a_longer_one_is_no_title(verifier):
    text = "Comandante del Ejército\nSirvió a las órdenes de Trotski. Murió en 1950."
    heading = Entity("e9", "Comandante del Ejército", 0, 23, "LOC")
    assert verdict(verifier, titled(heading, text, "es", "Murió", "", "1950", True)) == "contradicted"
