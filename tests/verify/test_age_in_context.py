"""An age told by its context (#13, class "an age told by its context").

Two constructions: the age in a when-clause over the event ("When he was 25, Lenin was arrested
...", "Cuando era un niño de 12 años, ...") and a sentence that only gives an age, right after the
event's sentence ("... died in Paris on 16 February 1938. He was only 32." / "Tenía 31 años.").
The second speaks of the sentence before only when that sentence's main clause is the event and its
subject is the event's main person, in the same paragraph, of the pronoun's gender. The blind set is
tests/data/verify/blind_age2.yaml (gold written before cronica read either construction); these
are other sentences.
"""

from __future__ import annotations

import pytest

CONTRADICTED = [
    # (lang, text, the age named in the correction)
    ("en", "Nikolai Bukharin was shot on 15 March 1938. He was only 40.", "49"),
    ("es", "Nikolái Bujarin fue fusilado el 15 de marzo de 1938. Tenía cuarenta años.", "49"),
    ("en", "When he was just 20, Trotsky was arrested in Nikolaev in 1898.", "18"),
    ("es", "Cuando era un muchacho de 14 años, Trotski fue detenido en 1898.", "18"),
]


@pytest.mark.parametrize(("lang", "text", "age"), CONTRADICTED)
def test_a_wrong_age_told_by_its_context_is_contradicted(pipeline_es, pipeline_en, lang, text, age):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    aged = [e for e in analysis.events if e.age is not None]
    assert len(aged) == 1 and text[aged[0].age.start : aged[0].age.end] == aged[0].age.text
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert claim.proof is not None and claim.proof.rule == "age_arithmetic"
    assert age in (claim.correction or "")
    assert claim.start <= aged[0].age.start and aged[0].age.end <= claim.end  # the claim shows the age


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nikolai Bukharin was shot on 15 March 1938. He was 49."),
        ("es", "Nikolái Bujarin fue fusilado el 15 de marzo de 1938. Tenía 49 años."),
    ],
)
def test_a_right_age_in_the_next_sentence_is_read(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = analysis.events
    assert event.age is not None and event.age.years == 49
    assert all(c.verdict != "contradicted" for c in analysis.claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the pronoun's gender is not the dead man's: Krupskaya's age, not Lenin's
        ("en", "Lenin died at Gorki on 21 January 1924. She was 54."),
        # a blank line: the age opens another paragraph
        ("en", "Kirov was shot in Leningrad on 1 December 1934.\n\nHe was 30."),
        ("es", "Kírov fue asesinado en Leningrado el 1 de diciembre de 1934.\n\nTenía 30 años."),
        # a sentence with more than an age: its own clause, not an age of the event before
        ("en", "Kirov was shot in Leningrad on 1 December 1934. He was 30 when he joined the party."),
        # the event is not the main clause of the sentence before
        ("es", "Stalin supo en diciembre de 1934 que Kírov había sido asesinado. Tenía 30 años."),
    ],
)
def test_an_age_sentence_is_not_read_where_it_may_be_someone_elses(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert all(e.age is None for e in analysis.events if e.type == "DEATH"), analysis.events
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], [c.explanation for c in analysis.claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ramón Mercader attacked Trotsky in Coyoacán in August 1940. He was 26."),
        ("es", "Ramón Mercader atacó a Trotski en Coyoacán en agosto de 1940. Tenía 26 años."),
    ],
)
def test_the_age_is_the_subjects_never_the_attacked_mans(pipeline_es, pipeline_en, lang, text):
    """The subject is the attacker: the age is his (the attack's main person), never Trotsky's (60)."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    for event in analysis.events:
        if event.age is not None:
            main = [p for p in event.participants if p.role == "agent"]
            assert main and main[0].text == "Ramón Mercader", event
    assert not [c for c in analysis.claims if c.verdict == "contradicted"], [c.explanation for c in analysis.claims]
