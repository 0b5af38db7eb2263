"""Bodies named with a qualifier: "Partido Comunista de Azerbaiyán" is not the CPSU (issue 13, 13n).

NER often tags only the part of a qualified body's name the KB knows: "Partido Comunista" in "Partido Comunista de
Azerbaiyán", "Communist Party" in "the Georgian Communist Party", "Communist International" in "the Young Communist
International", "mencheviques" in "los mencheviques georgianos". Linked alone, the part names the parent body, and a
true sentence about the qualified one is checked against the parent's facts (its founding, a person's membership).

A mention that names a KB body (an organization or party; `ORG`) is read with the words around it:

- after it, a complement of capitalized words ("de Azerbaiyán", "of the Soviet Union", "de la Juventud"; not a
  person: "de Lenin"), or an adjective of place (`place_adjectives`: "georgianos");
- before it, a capitalized word ("the Petrograd Cheka", "the Young Communist International"; at the head of a
  sentence only an adjective of place: "Georgian Mensheviks ruled");
- a part of the body ("la sección francesa de la Cuarta Internacional", "the Fourth International's French
  section"; `body_parts`): always another body.

A qualifier is carried when the whole name is a KB name, or when the body's own names and statements say it, read as
`cronica.kb.offices.OfficeTitles` reads an office's complements: each KB item the qualifier names is one the body's
names or statements name ("de la Unión Soviética", "of the USSR": the CPSU), and each other word is a word of its
names ("del Partido"), or says only which state the body belonged to (`neutral_qualifiers`: "the Soviet NKVD").
A carried qualifier leaves the mention as it is; any other widens it over the qualifier, and the widened mention
links to what the KB names so (usually nothing: NIL). The entities inside the widened span are dropped.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from cronica.folding import fold
from cronica.kb.linker import Linker, Mention
from cronica.kb.name_words import name_words
from cronica.kb.normalize import alias_key
from cronica.kb.offices import BODY_PART_PROPERTIES, OFFICE_BODY_PROPERTIES
from cronica.model import Entity, SpanIndex

_CAPITAL = r"[^\W\d_][\w'’-]*"
#: the most capitalized words a qualifier after a name may hold ("de Bosnia y Herzegovina" aside)
QUALIFIER_WORDS = 5
_END_OF_SENTENCE = '.!?:;\n"«“—('


@lru_cache(maxsize=1)
def _joiner_after() -> re.Pattern[str]:
    """A joiner and an article right after a name: " de la", " of the"."""
    words = name_words()
    joiners = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in words.complement_joiners)
    articles = "|".join(re.escape(a) for a in sorted(words.leading_articles))
    return re.compile(rf"[ \t]+(?:{joiners})[ \t]+(?:(?:{articles})[ \t]+)?", re.IGNORECASE)


_NEXT_WORD = re.compile(rf"[ \t]*({_CAPITAL})")


def complement_after(text: str, end: int) -> tuple[int, int] | None:
    """The capitalized complement right after a name ("de Azerbaiyán", "of the Soviet Union", "de la Juventud
    Comunista"): its span, its words capitalized or joiners between capitalized words; None without one."""
    match = _joiner_after().match(text, end)
    if match is None:
        return None
    position, last, count = match.end(), None, 0
    while count < QUALIFIER_WORDS * 2:
        word = _NEXT_WORD.match(text, position)
        if word is None:
            break
        if word.group(1)[0].isupper():
            last = word.end(1)
        elif fold(word.group(1)) not in _function_words() or last is None:
            break
        position, count = word.end(1), count + 1
    return (match.end(), last) if last is not None else None


_ADJECTIVE_AFTER = re.compile(rf"[ \t]+(?P<q>{_CAPITAL})")
_WORD_BEFORE = re.compile(rf"(?P<q>{_CAPITAL})[ \t]+$")


@lru_cache(maxsize=1)
def _part_before() -> re.Pattern[str]:
    """A part of a body named before it: "sección francesa de la", "French section of the"."""
    words = name_words()
    joiners = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in words.complement_joiners)
    articles = "|".join(re.escape(a) for a in sorted(words.leading_articles))
    part = rf"(?P<part>(?:{_CAPITAL}[ \t]+)?{_CAPITAL}(?:[ \t]+{_CAPITAL})?)"
    return re.compile(rf"{part}[ \t]+(?:{joiners})[ \t]+(?:(?:{articles})[ \t]+)?$", re.IGNORECASE)


def _part_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a part of the body named around it ("la sección francesa de | la Cuarta Internacional",
    "the Fourth International's | French section"; `body_parts`), else None."""
    words = name_words()
    before = _part_before().search(text, max(0, start - 60), start)
    if before and any(fold(word) in words.body_parts for word in before.group("part").split()):
        first = before.start("part")
        article = re.match(r"(\w+)[ \t]+", text[first:start])
        if article and fold(article.group(1)) in words.leading_articles:
            first += article.end()
        return first, end
    after = _PART_AFTER.match(text, end)
    if after and fold(after.group("part").split()[-1]) in words.body_parts:
        return start, after.end("part")
    return None


_PART_AFTER = re.compile(rf"(?:['’]s)?(?P<part>(?:[ \t]+{_CAPITAL})?[ \t]+{_CAPITAL})")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    words = name_words()
    return frozenset(fold(w) for joiner in words.complement_joiners for w in joiner.split()) | words.leading_articles


def _stem(word: str) -> str:
    """A crude stem for comparing qualifiers with names across number and gender ("rusos", "ruso")."""
    word = fold(word)
    if len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    if len(word) > 4 and word[-1] in "aoe":
        word = word[:-1]
    return word


class QualifiedBodies:
    """Reads the qualifiers around the mentions of KB bodies (module docstring)."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self.index = linker.kb.alias_index() or {}
        self._carried: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def bodies(self, text: str) -> frozenset[str]:
        """The KB bodies the mention's words name (empty unless every candidate is a body, no office)."""
        found = [candidate.qid for candidate, _ in self.linker.candidates(Mention(text, "ORG"))]
        if not found or not all(self.linker.kb_label(q) == "ORG" and not self.linker.is_office(q) for q in found):
            return frozenset()
        return frozenset(found)

    def _said(self, qid: str) -> tuple[frozenset[str], frozenset[str]]:
        """(stems of the words of the body's names, items its names and statements name)."""
        if qid not in self._carried:
            kb = self.linker.kb
            names = list(kb.labels(qid).values()) + [a for aliases in kb.aliases(qid).values() for a in aliases]
            stems = {_stem(word) for name in names for word in alias_key(name).split()}
            items: set[str] = set()
            for name in names:  # from each word on: the body's own name must not hide the places inside it
                words = alias_key(name).split()
                for first in range(len(words)):
                    _, groups = self.linker.office_titles._complements(words[first:])
                    items.update(item for group in groups for item in group if item != qid)
            related = {v for pid in OFFICE_BODY_PROPERTIES for v in self.linker._item_values(qid, pid)}
            parts = {v for item in related for pid in BODY_PART_PROPERTIES for v in self.linker._item_values(item, pid)}
            self._carried[qid] = (frozenset(stems), frozenset(items | related | parts))
        return self._carried[qid]

    def carried(self, qualifier: str, bodies: frozenset[str]) -> bool:
        """Whether every body the mention names carries the qualifier (module docstring)."""
        key = alias_key(qualifier)
        if not key:
            return True
        neutral = name_words().neutral_qualifiers
        content, groups = self.linker.office_titles._complements(key.split())
        for qid in bodies:
            stems, items = self._said(qid)
            if not all(group & items for group in groups):
                return False
            if not all(word in neutral or _stem(word) in stems or word in _function_words() for word in content):
                return False
        return True

    def _is_person(self, text: str, persons: SpanIndex, start: int, end: int) -> bool:
        if persons.overlapping(start, end):
            return True
        found = self.linker.candidates(Mention(text, "PER"))
        return bool(found) and all(self.linker.kb_label(c.qid) == "PER" for c, _ in found)

    def widened(self, text: str, entity: Entity, persons: SpanIndex) -> tuple[int, int] | None:
        """The span of the qualified body the mention is a piece of, or None (no qualifier, or a carried one).
        `persons` indexes the text's PER entities: a lookup by bisection, so that a long text stays linear."""
        bodies = self.bodies(entity.text)
        if not bodies:
            return None
        part = _part_of(text, entity.start, entity.end)
        if part is not None:
            return part
        start, end = entity.start, entity.end
        end = self._complement(text, start, end, bodies, persons)
        end = self._adjective_after(text, start, end, bodies)
        start = self._word_before(text, start, end, bodies, persons)
        return None if (start, end) == (entity.start, entity.end) else (start, end)

    def _qualifies(self, text: str, start: int, end: int, qualifier: str, bodies: frozenset[str]) -> bool:
        """The qualified name text[start:end] is no KB name, and the bodies do not carry the qualifier."""
        return alias_key(text[start:end]) not in self.index and not self.carried(qualifier, bodies)

    def _complement(self, text: str, start: int, end: int, bodies: frozenset[str], persons: SpanIndex) -> int:
        """The end of a capitalized complement that qualifies the body ("de Azerbaiyán"), else `end`."""
        complement = complement_after(text, end)
        if complement is None:
            return end
        qualifier = text[complement[0] : complement[1]]
        if self._is_person(qualifier, persons, *complement) or not self._qualifies(
            text, start, complement[1], qualifier, bodies
        ):
            return end
        return complement[1]

    def _adjective_after(self, text: str, start: int, end: int, bodies: frozenset[str]) -> int:
        """The end of a lower-case adjective of place after the name ("mencheviques georgianos"), else `end`."""
        adjective = _ADJECTIVE_AFTER.match(text, end)
        if adjective is None or not adjective.group("q").islower():
            return end
        word = adjective.group("q")
        if fold(word) not in name_words().place_adjectives or not self._qualifies(
            text, start, adjective.end("q"), word, bodies
        ):
            return end
        return adjective.end("q")

    def _word_before(self, text: str, start: int, end: int, bodies: frozenset[str], persons: SpanIndex) -> int:
        """The start of a capitalized word right before the name that qualifies it ("the Petrograd Cheka"): inside
        a sentence any word but an article, a possessive or a person; at its head only an adjective of place."""
        words = name_words()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not before.group("q")[0].isupper():
            return start
        word = before.group("q")
        if fold(word) in words.leading_articles or (
            words.possessive is not None and words.possessive.search(fold(word)) is not None
        ):
            return start
        cut = before.start()
        while cut > 0 and text[cut - 1] in " \t":
            cut -= 1
        opening = cut == 0 or text[cut - 1] in _END_OF_SENTENCE
        if opening and fold(word) not in words.place_adjectives:
            return start
        if self._is_person(word, persons, before.start(), before.end()):
            return start
        return before.start() if self._qualifies(text, before.start(), end, word, bodies) else start

    def apply(self, text: str, entities: list[Entity]) -> list[Entity]:
        """The entities with each qualified body's mention widened over its qualifier, those inside it dropped."""
        widened: dict[int, tuple[int, int]] = {}
        persons = SpanIndex([entity for entity in entities if entity.label == "PER"])
        for entity in entities:
            span = self.widened(text, entity, persons)
            if span is not None:
                widened[id(entity)] = span
        if not widened:
            return entities
        result = []
        spans = SpanIndex([_Span(start, end) for start, end in widened.values()])
        for entity in entities:
            span = widened.get(id(entity))
            if span is not None:
                start, end = span
                result.append(dataclasses.replace(entity, text=text[start:end], start=start, end=end, label="ORG"))
            elif not spans.covering(entity.start, entity.end):
                result.append(entity)
        return result


@dataclasses.dataclass(frozen=True)
class _Span:
    start: int
    end: int
