"""The words around names, per language (`resources/<lang>/names.yaml`), and the transliteration
folds of alias keys (`resources/transliteration.yaml`).

A mention and a KB alias meet under one key whatever the language of the text (the pack's
aliases are in every language), so the stage uses the words of all languages together:
a leading "la" or "the" is dropped from any name, "Camarada" and "Comrade" are both titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import Field

from cronica.folding import fold
from cronica.resources import Schema, StringPair, WordList, load_resource, package_file

RESOURCE_PACKAGE = "cronica.kb.resources"


class NamesFile(Schema):
    """kb/resources/<lang>/names.yaml"""

    titles: WordList
    leading_articles: WordList
    complement_joiners: WordList
    possessive_endings: WordList
    elidable_organs: WordList
    coordinators: WordList
    title_prepositions: WordList
    body_levels: WordList
    body_parts: WordList
    place_adjectives: WordList
    neutral_qualifiers: WordList
    #: a compass point written as its initial before a region's name in reference works ("C Asia", "NE Siberia")
    compass_abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    #: endings of a plural or possessive modifier before a name's last word ("the Bolsheviks Party")
    modifier_endings: WordList


class TransliterationFile(Schema):
    """kb/resources/transliteration.yaml: [pattern, replacement] pairs, applied in order"""

    folds: list[StringPair] = Field(default_factory=list)
    #: convention name → its rules, tried on a word no KB name holds (`readings`)
    readings: dict[str, list[StringPair]] = Field(default_factory=dict)


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]  # folded (cronica.folding), as the words they meet
    leading_articles: frozenset[str]
    complement_joiners: tuple[str, ...]  # longest first
    possessive: re.Pattern[str] | None  # "Trotsky's": the ending an alias key leaves out
    elidable_organs: tuple[str, ...] = ()  # "Presidium": left out of an office's name by texts
    coordinators: tuple[str, ...] = ()  # folded: "and", "y": the last joint of a list of words
    title_prepositions: tuple[str, ...] = ()  # "de", "of": where an office title's head ends
    body_levels: tuple[str, ...] = ()  # "regional": a word of an office's KB name texts may leave out
    body_parts: frozenset[str] = frozenset()  # folded: "section", "sección": a part of the body named after it
    place_adjectives: frozenset[str] = frozenset()  # folded: "georgian", "georgianos": a qualifier of place
    neutral_qualifiers: frozenset[str] = frozenset()  # folded: "soviet": a qualifier naming no other body
    #: "C" → ("Central",), "NE" → ("Northeast", "Northeastern"): the words an initial stands for before a place
    compass_abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: folded, longest first: "s" ("Bolsheviks Party", "the Bolsheviks' party"): a modifier's plural or possessive,
    #: which the KB writes without it ("Bolshevik Party"); never the last word, the head, whose plural names many
    modifier_endings: tuple[str, ...] = ()


def available_languages() -> list[str]:
    root = package_file(RESOURCE_PACKAGE)
    return sorted(item.name for item in root.iterdir() if item.is_dir() and item.joinpath("names.yaml").is_file())


@cache
def name_words() -> NameWords:
    """The words of every language with a names.yaml, together."""
    files = [
        load_resource(package_file(RESOURCE_PACKAGE, lang, "names.yaml"), NamesFile) for lang in available_languages()
    ]
    joiners = {word for data in files for word in data.get("complement_joiners", ())}
    endings = sorted({fold(word) for data in files for word in data.get("possessive_endings", ())}, key=len)
    return NameWords(
        titles=frozenset(fold(word) for data in files for word in data.get("titles", ())),
        leading_articles=frozenset(fold(word) for data in files for word in data.get("leading_articles", ())),
        complement_joiners=tuple(sorted(joiners, key=lambda joiner: (-len(joiner), joiner))),
        possessive=re.compile(rf"(?:{'|'.join(map(re.escape, reversed(endings)))})\b") if endings else None,
        elidable_organs=tuple(sorted({word for data in files for word in data.get("elidable_organs", ())})),
        coordinators=tuple(sorted({fold(word) for data in files for word in data.get("coordinators", ())})),
        title_prepositions=tuple(sorted({word for data in files for word in data.get("title_prepositions", ())})),
        body_levels=tuple(sorted({word for data in files for word in data.get("body_levels", ())})),
        body_parts=_folded(files, "body_parts"),
        place_adjectives=_folded(files, "place_adjectives"),
        neutral_qualifiers=_folded(files, "neutral_qualifiers"),
        compass_abbreviations={
            initial: tuple(words)
            for data in files
            for initial, words in (data.get("compass_abbreviations") or {}).items()
        },
        modifier_endings=tuple(sorted(_folded(files, "modifier_endings"), key=lambda ending: (-len(ending), ending))),
    )


def _folded(files: Sequence[dict[str, Any]], key: str) -> frozenset[str]:
    return frozenset(fold(word) for data in files for word in data.get(key, ()))


Rules = tuple[tuple[re.Pattern[str], str], ...]


@cache
def _transliteration() -> dict[str, Any]:
    data: dict[str, Any] = load_resource(package_file(RESOURCE_PACKAGE, "transliteration.yaml"), TransliterationFile)
    return data


@cache
def transliteration_folds() -> Rules:
    return _rules(_transliteration().get("folds", ()))


@cache
def readings() -> tuple[Rules, ...]:
    """The other romanizations a word may have been written in (French ch = ш, German w = в, ...): each a
    list of rules for the lower-case word as written, before `alias_key` folds it."""
    return tuple(_rules(rules) for rules in _transliteration().get("readings", {}).values())


def _rules(pairs: Iterable[Sequence[str]]) -> Rules:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


def read_as(rules: Rules, text: str) -> str:
    """`text` (lower-cased) read under one convention's rules."""
    text = text.lower()
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text
