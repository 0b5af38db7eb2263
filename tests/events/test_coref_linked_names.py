"""Names the linker tied to one KB person are one referent of the coreference, even when their words
differ ("Trotski, Lev Davídovich [Lev Davidovich Bronstein]"): otherwise the person's salience is split
among them and a relative named once as a subject ("Su padre, David Bronstein, ...") takes the pronouns
and dropped subjects that follow (issue #13, blind set verify/blind_one_person_many_names.yaml)."""

from __future__ import annotations

from cronica.events.coref import Referents
from cronica.model import Entity


def person(entity_id: str, text: str, start: int, kb_id: str | None = None) -> Entity:
    return Entity(entity_id, text, start, start + len(text), "PER", kb_id=kb_id)


def test_linked_names_of_one_person_are_one_referent_es_en():
    for names, relative in (
        (("Trotski", "Lev Davídovich", "Lev Davidovich Bronstein"), "David Bronstein"),
        (("Stalin", "Ioseb Jughashvili"), "Keke Geladze"),
    ):
        persons = [(0, person(f"e{i}", name, i * 30, kb_id="Q1"), False) for i, name in enumerate(names)]
        persons.append((1, person("e9", relative, 200, kb_id="Q2"), False))
        referents = Referents(persons)
        assert len(referents.items) == 2
        assert referents.resolve(2, 300, []) is referents.of_entity("e0")


def test_names_of_different_persons_stay_apart_even_when_words_are_shared():
    persons = [
        (0, person("e1", "Lev Davidovich Bronstein", 0, kb_id="Q1"), False),
        (1, person("e2", "David Bronstein", 50, kb_id="Q2"), True),
    ]
    referents = Referents(persons)
    assert referents.of_entity("e1") is not referents.of_entity("e2")


def test_an_unlinked_name_still_joins_by_its_words():
    persons = [(0, person("e1", "Karl Radek", 0), True), (1, person("e2", "Radek", 40, kb_id="Q3"), True)]
    referents = Referents(persons)
    assert referents.of_entity("e1") is referents.of_entity("e2")
