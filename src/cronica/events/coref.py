"""Light in-document coreference for event participants (documented in docs/events.md).

Persons named in the text become referents; a later mention joins a referent when its
words are a subset of the referent's name or the other way round ("León Trotsky",
"Trotsky"). A pronoun, a clitic or a dropped Spanish subject resolves to the most
salient referent: salience is the sum over its earlier mentions of 0.7 ** (sentences
ago). A named subject, a pronoun and a dropped subject weigh 1.5 and count double
within the current sentence (the paragraph's topic is what gets pronominalized); a name
in any other position, or inside a coordinated subject ("Wellington and Blücher", a
plural), weighs 0.5 — so the person a paragraph keeps talking about wins over one named
in passing ("Tras la muerte de Lenin, se enfrentó a Stalin": still Trotsky).
Referents already filling another role of the same event are excluded ("Mercader lo
atacó": "lo" is not Mercader), and so are persons of the other gender once a gendered
pronoun has referred to them ("he ... she": the gender comes from the pronoun's
morphology, never from the name). Nothing is resolved when no person has been named.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from cronica.model import Entity

DECAY = 0.5
TOPIC_WEIGHT = 1.5
OTHER_WEIGHT = 0.5
SAME_SENTENCE_WEIGHT = 2.0
WINDOW = 12  # sentences looked back
#: another referent is a real alternative for a pronoun when its salience reaches this share of the best
ALTERNATIVE_SHARE = 0.5


@dataclass
class Mentions:
    """A referent's mentions by character offset, read by window: a pronoun's salience reads only
    the last `WINDOW` sentences before it, so each lookup costs the same in a long text as in a
    short one (a bisection, then the few mentions in the window). Sums run in the order the
    mentions were recorded, as a plain dict would, so the floats are the same."""

    starts: list[int] = field(default_factory=list)  # sorted
    #: parallel to `starts`: (the order recorded, sentence index, weight); the order puts the named
    #: mentions first, in text order, then the resolved ones as they were resolved, whether the
    #: persons of a text are all recorded before any pronoun or batch by batch (a long text)
    entries: list[tuple[tuple[int, int], int, float]] = field(default_factory=list)
    recorded: int = 0

    def set(self, start: int, sentence: int, weight: float, keep: bool = False, named: bool = False) -> None:
        """Record a mention; one at the same offset is replaced (in its place), or kept with `keep`."""
        at = bisect_left(self.starts, start)
        if at < len(self.starts) and self.starts[at] == start:
            if not keep:
                self.entries[at] = (self.entries[at][0], sentence, weight)
            return
        self.starts.insert(at, start)
        self.entries.insert(at, ((0 if named else 1, self.recorded), sentence, weight))
        self.recorded += 1

    def before(self, offset: int, first_sentence: int) -> list[tuple[int, float]]:
        """(sentence, weight) of the mentions before `offset` in sentence `first_sentence` or later, in
        the order they were recorded (sentences rise with offsets, so they are the last ones before it)."""
        found = []
        at = bisect_left(self.starts, offset) - 1
        while at >= 0 and self.entries[at][1] >= first_sentence:
            found.append(self.entries[at])
            at -= 1
        found.sort()
        return [(sentence, weight) for _, sentence, weight in found]


@dataclass
class Referent:
    words: set[str]
    named: list[Entity] = field(default_factory=list)
    gender: str | None = None  # "Masc"/"Fem", learned from the first pronoun resolved to it
    mentions: Mentions = field(default_factory=Mentions)

    def salience(self, sentence_index: int, offset: int) -> float:
        score = 0.0
        for sentence, weight in self.mentions.before(offset, sentence_index - WINDOW):
            if sentence == sentence_index:
                score += weight * SAME_SENTENCE_WEIGHT if weight >= TOPIC_WEIGHT else weight
            else:
                score += weight * DECAY ** (sentence_index - sentence)
        return score

    def mentioned_since(self, sentence_index: int, offset: int) -> bool:
        """Mentioned in sentence `sentence_index` or later, before `offset`."""
        return bool(self.mentions.before(offset, sentence_index))

    def last_named_before(self, offset: int) -> Entity | None:
        earlier = [entity for entity in self.named if entity.start < offset]
        return earlier[-1] if earlier else (self.named[0] if self.named else None)


def name_words(text: str) -> set[str]:
    return {word.strip(".,;:").lower() for word in text.split() if len(word.strip(".,;:")) > 1}


class Referents:
    """Persons of one document and their mentions, in text order."""

    def __init__(
        self, persons: list[tuple[int, Entity, bool]], sex_of: Callable[[Entity], str | None] | None = None
    ) -> None:
        """`persons`: (sentence index, PER entity, is it a topic: a single subject) in text order;
        `sex_of` gives a named person's grammatical gender (Masc/Fem) when the KB knows it."""
        self.items: list[Referent] = []
        self._by_entity: dict[str, Referent] = {}
        #: sentence index → the positions in `items` of the referents mentioned in it: a pronoun's
        #: candidates are read from the last `WINDOW` sentences, not from every person of the document
        self._by_sentence: dict[int, set[int]] = {}
        self._position: dict[int, int] = {}  # id(referent) → its position in `items`
        self._by_item: dict[str, Referent] = {}  # KB item → the referent of the names linked to it
        self.sex_of = sex_of
        self.add(persons)

    def add(self, persons: list[tuple[int, Entity, bool]]) -> None:
        """Persons named further on (a long text's next batch), in text order, as in `__init__`."""
        for sentence_index, entity, is_subject in persons:
            self.add_person(sentence_index, entity, is_subject)

    def add_person(self, sentence_index: int, entity: Entity, is_subject: bool, only_new: bool = False) -> None:
        """A named person: a referent of their own, or a new mention of one already named (with
        `only_new`, nothing when the name joins a known referent: "Ese año Bolívar", a span the NER
        drew too wide, must not become Bolívar's name)."""
        if entity.id in self._by_entity:
            return
        gender = self.sex_of(entity) if self.sex_of else None
        # names the linker tied to one KB person are one referent even when their words differ: "Trotski,
        # Lev Davídovich [Lev Davidovich Bronstein]" is one man, not three who split his salience
        known = self._match(entity.text, gender) or self._by_item.get(entity.item_id or "")
        if known is not None and only_new:
            return
        referent = known or self._new(entity.text)
        referent.named.append(entity)
        if gender and referent.gender is None:
            referent.gender = gender
        referent.words |= name_words(entity.text)
        if entity.item_id:
            self._by_item.setdefault(entity.item_id, referent)
        weight = TOPIC_WEIGHT if is_subject else OTHER_WEIGHT
        self._set(referent, entity.start, sentence_index, weight, named=True)
        self._by_entity[entity.id] = referent

    def _new(self, text: str) -> Referent:
        referent = Referent(name_words(text))
        self._position[id(referent)] = len(self.items)
        self.items.append(referent)
        return referent

    def _set(
        self,
        referent: Referent,
        offset: int,
        sentence_index: int,
        weight: float,
        keep: bool = False,
        named: bool = False,
    ) -> None:
        referent.mentions.set(offset, sentence_index, weight, keep, named)
        self._by_sentence.setdefault(sentence_index, set()).add(self._position[id(referent)])

    def in_window(self, sentence_index: int) -> list[Referent]:
        """The referents mentioned in the last `WINDOW` sentences up to `sentence_index`."""
        return self._in_window(sentence_index)

    def _in_window(self, sentence_index: int) -> list[Referent]:
        """The referents with a mention in the last `WINDOW` sentences up to `sentence_index`, in the
        order of `items` (any other has no salience there: its score would be 0)."""
        positions: set[int] = set()
        for index in range(sentence_index - WINDOW, sentence_index + 1):
            positions |= self._by_sentence.get(index, set())
        return [self.items[position] for position in sorted(positions)]

    def _match(self, text: str, gender: str | None = None) -> Referent | None:
        words = name_words(text)
        if not words:
            return None
        for referent in reversed(self.items):
            if gender and referent.gender and gender != referent.gender:
                continue  # "Natalia Trotsky" is not "Trotsky"
            if words <= referent.words or referent.words <= words:
                return referent
        return None

    def of_entity(self, entity_id: str | None) -> Referent | None:
        return self._by_entity.get(entity_id or "")

    def resolve(
        self, sentence_index: int, offset: int, exclude: list[Referent], gender: str | None = None
    ) -> Referent | None:
        """The most salient person mentioned before `offset`, other than `exclude`, of a compatible gender."""
        ranked = self.candidates(sentence_index, offset, exclude, gender)
        return ranked[0] if ranked else None

    def candidates(
        self, sentence_index: int, offset: int, exclude: list[Referent], gender: str | None = None
    ) -> list[Referent]:
        """The best referent first, then the others whose salience comes close to it
        (`ALTERNATIVE_SHARE`): those the context does not rule out."""
        scored = []
        for referent in self._in_window(sentence_index):
            if any(referent is other for other in exclude):
                continue
            if gender and referent.gender and referent.gender != gender:
                continue
            score = referent.salience(sentence_index, offset)
            if score > 0:
                scored.append((score, referent))
        if not scored:
            return []
        scored.sort(key=lambda pair: -pair[0])
        best = scored[0][0]
        # a person named in this sentence or the one before is always a possible referent, however
        # little salience they have ("Mercader struck Trotsky. He died the next day": Trotsky is)
        return [
            referent
            for score, referent in scored
            if score >= best * ALTERNATIVE_SHARE or referent.mentioned_since(sentence_index - 1, offset)
        ]

    def mentioned_in(self, sentence_index: int, offset: int) -> list[Referent]:
        """The referents with a mention in sentence `sentence_index` before `offset`, in `items` order."""
        positions = sorted(self._by_sentence.get(sentence_index, set()))
        found = []
        for position in positions:
            referent = self.items[position]
            if any(s == sentence_index for s, _ in referent.mentions.before(offset, sentence_index)):
                found.append(referent)
        return found

    def mention(self, referent: Referent, sentence_index: int, offset: int, gender: str | None = None) -> None:
        """Record a resolved mention (a pronoun or a dropped subject): the topic, so it weighs as one."""
        self._set(referent, offset, sentence_index, TOPIC_WEIGHT, keep=True)
        if gender and referent.gender is None:
            referent.gender = gender
