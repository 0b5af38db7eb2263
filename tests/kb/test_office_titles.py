"""Office titles said with modifiers, and inverted names heading an entry (#13, helper 13o; blind sets
tests/data/verify/blind_office_heading.yaml and tests/data/link/gold_blind_office_heading.yaml, gold written
before the change).

A title links to the one KB office its head, bodies and places name, every modifier weighed: "del PCUS" fits
the Leningrad first secretary (its organization is part of the CPSU), "de la URSS" fits the foreign affairs
commissar (another of its names says so), a left-out "Regional" is a body's level; another body, place or
head (Azerbaijan, the Ukrainian SSR, a second secretary) is another office, and NIL.
"""

from __future__ import annotations

import pytest

from cronica.kb.linker import Linker
from cronica.kb.normalize import alias_key
from cronica.kb.stage import inverted_headings
from cronica.model import Entity

LENINGRAD = "cronica:first-secretary-of-the-leningrad-regional-committee"
GORKY = "cronica:first-secretary-of-the-gorky-regional-committee"
FOREIGN = "cronica:peoples-commissar-for-foreign-affairs"


@pytest.fixture(scope="module")
def linker(kb) -> Linker:
    return Linker(kb)


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("primer secretario del Comité de Leningrado del PCUS", LENINGRAD),
        ("primer secretario del Comité de Leningrado del Partido Comunista", LENINGRAD),
        ("First Secretary of the Leningrad party committee", LENINGRAD),
        ("jefe de la organización del partido en Leningrado", LENINGRAD),
        ("Comisario del Pueblo para Asuntos Exteriores de la URSS", FOREIGN),
        ("comisario del pueblo de Asuntos Exteriores de la Unión Soviética", FOREIGN),
        # another place, body or head: another office, which the KB does not hold
        ("primer secretario del Partido Comunista de Azerbaiyán", None),
        ("First Secretary of the Saratov provincial committee", None),
        # the Nizhny Novgorod committee was such an office until the fifteenth pack wave (14w15) added it
        ("First Secretary of the Nizhny Novgorod provincial committee", GORKY),
        ("Second Secretary of the Leningrad regional committee", None),
        ("Chairman of the Council of People's Commissars of the Ukrainian SSR", None),
        ("presidente del Consejo de Comisarios del Pueblo de Ucrania", None),
        ("comisario del pueblo de Asuntos Exteriores de Ucrania", None),
        # a word of the office's name left out that is no body's level: "Naval Affairs" is another commissariat
        ("People's Commissar for Naval Affairs", None),
        # a title cut after a preposition
        ("jefe de la organización del partido en Leningrado en", None),
    ],
)
def test_a_title_names_one_office_or_none(linker, title, office):
    assert linker.office_titles.match(alias_key(title)) == office


def test_a_place_the_office_never_names_is_not_weighed_away(linker):
    """The RSFSR's council chairman is not the Union's: with no KB name of it saying "RSFSR", NIL."""
    key = alias_key("presidente del Consejo de Comisarios del Pueblo de la RSFSR")
    assert linker.office_titles.match(key) is None


def _heading(text: str, linker: Linker, spans: list[tuple[str, str]]) -> tuple[list[Entity], dict[int, str]]:
    entities = []
    for number, (words, label) in enumerate(spans, 1):
        start = text.index(words)
        entities.append(Entity(id=f"e{number}", text=words, start=start, end=start + len(words), label=label))
    named: dict[int, str] = {}
    return inverted_headings(text, entities, linker, named), named


def test_an_inverted_heading_is_one_mention_read_in_order(linker):
    text = "LITVINOV, MAKSIM\nSoviet diplomat."
    entities, named = _heading(text, linker, [("LITVINOV", "PER"), ("MAKSIM", "ORG")])
    assert [(e.text, e.label) for e in entities] == [("LITVINOV, MAKSIM", "PER")]
    assert named[id(entities[0])] == "MAKSIM LITVINOV"


def test_a_heading_with_a_patronymic_and_dates(linker):
    text = "Bujarin, Nikolái Ivánovich (1888-1938)\nTeórico bolchevique."
    entities, named = _heading(text, linker, [("Bujarin", "PER"), ("Nikolái Ivánovich", "PER")])
    assert [e.text for e in entities] == ["Bujarin, Nikolái Ivánovich"]
    assert linker.link_document([]) == [] and named[id(entities[0])].endswith("Bujarin")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Kamenev, Zinoviev's closest ally, was shot in 1936.", [("Kamenev", "PER"), ("Zinoviev", "PER")]),
        ("Moscú, Rusia. Zinóviev fue fusilado.", [("Moscú", "LOC"), ("Rusia", "LOC"), ("Zinóviev", "PER")]),
        ("Trotsky, Zinoviev and Kamenev were expelled.", [("Trotsky", "PER"), ("Zinoviev", "PER"), ("Kamenev", "PER")]),
    ],
)
def test_a_name_a_comma_and_more_words_is_no_heading(linker, text, spans):
    entities, named = _heading(text, linker, spans)
    assert [e.text for e in entities] == [words for words, _ in spans] and not named
