"""Which unlinked names could still be the person a pronoun stands for (verify/person_names.py).

A name ruled out by its form or its place stops blocking a pronoun's identity; a lone surname or
first name the NER tagged as a place ("Kamenev", "Aleksandr") still blocks it, in both languages.
"""

from __future__ import annotations

import pytest

from cronica.model import Entity
from cronica.verify.person_names import name_cues


def entity_in(text: str, words: str, label: str = "LOC", occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Entity("e1", words, start, start + len(words), label)


def linked(text: str, words: str) -> Entity:
    start = text.index(words)
    return Entity("e0", words, start, start + len(words), "PER", kb_id="Q33391")


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "He read the Social Democrats in Odessa. He was arrested.", "Social Democrats"),
        ("en", "He joined the Mensheviks, then the Soviet leaders. He was arrested.", "Soviet"),
        ("en", "It was a milestone in Stalin's Great Purge. He was replaced.", "Great Purge"),
        ("en", "Like most Marxists, he was an atheist. He married in 1900.", "Marxists"),
        ("en", "He grew up near Kherson. He died in 1940.", "Kherson"),
        ("en", "Early life\n\nHe was born in 1879.", "Early life"),
        ("en", "Leon Trotsky (real name Leyba Davidovich Bronstein) was born in 1879.", "Leyba Davidovich Bronstein"),
        ("es", "Así lo recordaban. Nació en 1886.", "Así"),
        ("es", "Dirigió la Gran Purga. Fue destituido.", "Gran Purga"),
        ("es", "Durante el Primer Juicio de Moscú declaró. Fue detenido.", "Primer Juicio de Moscú"),
        ("es", "Se los arrestó en diciembre. Fueron juzgados.", "Se los arrestó"),
        ("es", "Biografía\n\nNació en Moscú en 1888.", "Biografía"),
        ("es", "Vivió en Odesa. Murió en 1940.", "Odesa"),
        ("es", "León Trotski (nacido Lev Davídovich Bronstein) nació en 1879.", "Lev Davídovich Bronstein"),
    ],
)
def test_a_name_its_form_or_place_rules_out_is_no_person(lang, text, words):
    persons = [linked(text, "Leon Trotsky")] if "Leon Trotsky" in text else []
    persons += [linked(text, "León Trotski")] if "León Trotski" in text else []
    assert not name_cues(lang).could_be_person(entity_in(text, words), text, persons)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "Zinoviev met Kamenev. He was executed in 1936.", "Kamenev"),
        ("en", "Lenin's elder brother Aleksandr joined a plot. He was hanged.", "Aleksandr"),
        ("en", "Leon Trotsky met Blumkin in Prinkipo. He was shot in 1929.", "Blumkin"),
        ("en", "In Trotsky's view, Stalin had betrayed the revolution. He wrote so.", "Trotsky"),
        ("es", "Zinóviev se reunió con Kámenev. Fue fusilado en 1936.", "Kámenev"),
        ("es", "Nadezhda Krupskaya cuidó a Inessa en 1920. Murió ese año.", "Inessa"),
        ("es", "León Trotski recibió a Blumkin. Fue fusilado en 1929.", "Blumkin"),
    ],
)
def test_a_lone_name_ner_took_for_a_place_may_still_be_a_person(lang, text, words):
    assert name_cues(lang).could_be_person(entity_in(text, words), text, [])


@pytest.mark.parametrize(
    ("lang", "text", "words", "label"),
    [
        # a page titled with a person's name names them again in running text (issue-13i)
        ("es", "Iona Yakir\nAdmirador de Trotski, en 1937 Yakir fue detenido.", "Iona Yakir", "LOC"),
        ("en", "Vasily Blyukher\nA comrade of Trotsky, Blyukher was arrested.", "Vasily Blyukher", "MISC"),
        # the NER took the heading for a person
        ("es", "Iona Yakir\nAdmirador de Trotski, fue detenido en 1937.", "Iona Yakir", "PER"),
        ("en", "Vasily Blyukher\nA comrade of Trotsky, he was arrested in 1938.", "Vasily Blyukher", "PER"),
    ],
)  # fmt: skip
def test_a_persons_name_as_a_heading_may_still_be_a_person(lang, text, words, label):
    assert name_cues(lang).could_be_person(entity_in(text, words, label), text, [])


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("es", "León Trotski\nExilio\nFue detenido en 1927. Su exilio duró años.", "Exilio"),
        ("en", "Grigory Zinoviev\nLater Years\nHe was arrested in 1935. In later years he wrote.", "Later Years"),
        # recurring only at the head of a sentence is no recurrence inside running text
        ("es", "Lenin\nExilio\nFue deportado. Exilio y cárcel marcaron su vida.", "Exilio"),
    ],
)  # fmt: skip
def test_a_section_heading_is_still_no_person(lang, text, words):
    assert not name_cues(lang).could_be_person(entity_in(text, words, "MISC"), text, [])
