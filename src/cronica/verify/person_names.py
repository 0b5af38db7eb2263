"""Whether a name the KB could not link could still be a person a pronoun stands for.

A pronoun's identity is certain only when no one else could be meant. A name the linker could
not resolve, in the pronoun's sentence or the one before, might be that someone: small NER
models tag a lone surname as a place ("Kamenev") or a first name as a place ("Aleksandr"), so
such a name keeps the identity uncertain. But most unlinked capitalized names are no person at
all, and blocking every pronoun behind them ("...read the Social Democrats. He died in 1941",
"...Stalin's Great Purge. However, he was replaced") loses true verdicts for nothing. A name is
ruled out only by its form and place in the text, never by guessing what it names:

- it holds a lowercase word other than a name particle ("Se los arrestó", "absentia");
- its first word is a function word ("Así", "Al morir", "El presidente de la", "the October ...");
- an article or a possessive comes right before it ("the Social Democrats", "Stalin's Great Purge",
  "la Gran Purga"): personal names take neither in these languages; so does a preposition of place
  ("near Kherson", "en Odesa"), unless the name owns what follows ("in Trotsky's view");
- one of its words names a people, a group, a creed or an event ("Soviet", "Marxists", "Social
  Democrats", "Great Purge"), from the language's list (`verify/resources/<lang>/names.yaml`);
- it stands alone on its line: a section heading ("Biografía", "Early life"), unless the NER took it
  for a person or a word of it recurs inside running text (a page titled with a person's name names
  them again: "Iona Yakir" ... "Yakir fue detenido");
- it is one word opening its sentence with a finite verb's ending (`opening_verb_endings`: "Abrazó el
  marxismo", tagged a place);
- it lies inside the brackets that follow a linked person's name: another name of that person
  ("Leon Trotsky (real name Leyba Davidovich Bronstein)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.util import get_lang_class

from cronica.model import Entity
from cronica.resources import Schema, WordList, load_resource, package_file

#: how far back the brackets holding another name of a person may open (a long "Russian: ...; born ...")
_BRACKET_REACH = 200
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*")


class NamesFile(Schema):
    """verify/resources/<lang>/names.yaml"""

    articles: WordList
    particles: WordList
    possessive_marks: WordList
    place_prepositions: WordList
    nonperson_words: WordList
    nonperson_endings: WordList
    opening_verb_endings: WordList
    prospective_words: WordList


@dataclass(frozen=True)
class NameCues:
    """One language's cues that a capitalized name is no person."""

    articles: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    possessive_marks: tuple[str, ...] = ()
    place_prepositions: frozenset[str] = frozenset()
    nonperson_words: frozenset[str] = frozenset()
    nonperson_endings: tuple[str, ...] = ()
    #: endings of finite verbs: one such word opening its sentence is a verb the NER took for a name
    #: ("Abrazó el marxismo": LOC), not a person
    opening_verb_endings: tuple[str, ...] = ()
    function_words: frozenset[str] = frozenset()
    #: words that make a definite description the person's own later role ("El futuro jefe de …", "The future
    #: head of …"): at an entry's opening it is the headword, where "El zar" is someone else
    prospective_words: frozenset[str] = frozenset()

    def could_be_person(self, entity: Entity, text: str, persons: Sequence[Entity] = ()) -> bool:
        """False when the name's form or place rules out a person; `persons` are the linked persons
        of the document (for another name of one of them in brackets)."""
        words = _WORD.findall(entity.text)
        if not words:
            return False
        folded = [word.lower() for word in words]
        if any(word[0].islower() and low not in self.particles for word, low in zip(words, folded, strict=True)):
            return False
        if folded[0] in self.function_words or folded[0] in self.articles:
            return False
        if self._after_article_or_possessive(text, entity):
            return False
        if len(words) == 1 and folded[0].endswith(self.opening_verb_endings) and _opens_sentence(text, entity):
            return False
        parts = [part for word in folded for part in word.split("-")]
        if any(part in self.nonperson_words or part.endswith(self.nonperson_endings) for part in parts):
            return False
        if _alone_on_its_line(text, entity) and not _named_again(text, entity, words) and entity.label != "PER":
            return False
        return not _in_brackets_after(text, entity, persons)

    def _after_article_or_possessive(self, text: str, entity: Entity) -> bool:
        before = text[max(0, entity.start - 30) : entity.start]
        if any(before.endswith(mark) for mark in self.possessive_marks):
            return True
        previous = _WORD.findall(before)
        if not previous or not before[-1:].isspace():
            return False
        word = previous[-1].lower()
        return word in self.articles or (word in self.place_prepositions and not _possessed(text, entity.end))


def _opens_sentence(text: str, entity: Entity) -> bool:
    """The name is the first word of its sentence (after a full stop, a line break or the text's start)."""
    before = text[: entity.start].rstrip()
    return not before or before[-1] in ".!?\n" or text[: entity.start].endswith("\n")


def _possessed(text: str, end: int) -> bool:
    """The name owns what follows ("in Trotsky's view"): a person after all."""
    return text[end : end + 2] in ("'s", "’s")


def _alone_on_its_line(text: str, entity: Entity) -> bool:
    line_start = text.rfind("\n", 0, entity.start) + 1
    line_end = text.find("\n", entity.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not _WORD.findall(line.replace(entity.text, " "))


def _named_again(text: str, entity: Entity, words: Sequence[str]) -> bool:
    """A word of the name (three letters or more) recurs, capitalized, inside a line of running text
    elsewhere: a page titled with a person's name names them again ("Iona Yakir" ... "Yakir was shot"),
    a section heading rarely does ("Exilio", "Later Years")."""
    for word in words:
        if len(word) < 3:
            continue
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text):
            if entity.start <= match.start() < entity.end:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[line_start : match.start()]
            if before.strip() and not before.rstrip().endswith((".", "!", "?", ":")):
                return True
    return False


def _in_brackets_after(text: str, entity: Entity, persons: Sequence[Entity]) -> bool:
    """Inside "(...)" that opens right after a linked person's name."""
    opening = text.rfind("(", max(0, entity.start - _BRACKET_REACH), entity.start)
    if opening < 0 or ")" in text[opening : entity.start]:
        return False
    return any(
        person.end <= opening and not text[person.end : opening].strip() and person.item_id for person in persons
    )


@cache
def name_cues(code: str) -> NameCues:
    """The cues of a language (none for a language without a names.yaml)."""
    path = package_file("cronica.verify", "resources", code).joinpath("names.yaml")
    if not path.is_file():
        return NameCues()
    data = load_resource(path, NamesFile)
    try:
        stop_words = frozenset(get_lang_class(code).Defaults.stop_words)
    except ImportError:
        stop_words = frozenset()
    lower = lambda key: frozenset(word.lower() for word in data.get(key, ()))  # noqa: E731
    return NameCues(
        articles=lower("articles"),
        particles=lower("particles"),
        possessive_marks=tuple(data.get("possessive_marks", ())),
        place_prepositions=lower("place_prepositions"),
        nonperson_words=lower("nonperson_words"),
        nonperson_endings=tuple(word.lower() for word in data.get("nonperson_endings", ())),
        opening_verb_endings=tuple(word.lower() for word in data.get("opening_verb_endings", ())),
        function_words=stop_words,
        prospective_words=lower("prospective_words"),
    )
