"""A definite description standing for a person: "el representante ruso", "the prosecutor", "the Soviet politician".

A reader takes such a description for the one person of the nearby text it fits: the person its head noun was
said of ("Zhdanov actuó como representante de Stalin ... el representante ruso", "Yezhov, the head of the NKVD
... the head of the secret police"), or the person whose KB description and offices hold all its words ("the
Soviet politician" beside Malenkov) — when it fits NO other person named there. A description that fits two
persons (Stalin and Molotov are both Soviet politicians), one the KB cannot judge (an unlinked name), nobody, or
a group ("los dirigentes", "the leaders") names no one: identity stays open, and nothing is contradicted.
The words are data (verify/resources/<lang>/descriptions.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cronica.model import Analysis, Entity
from cronica.options import SUPPORTED_LANGUAGES
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.verify.reference import ReferenceView

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*")
#: sentences before the description's own that may hold the person it stands for
WINDOW_SENTENCES = 2
#: words a predication may leave between its mark and the head ("fue nombrado comisario", "then the general secretary")
_GAP = 3
#: words an adverbial opening a sentence may hold before its subject ("En la reunión,", "At the 1934 congress,")
_OPENING_WORDS = 6
#: how far after a predication's head its complement may name a possessor ("comisario de Instrucción Pública")
_COMPLEMENT = 40
#: how far after a name its predication is looked for
_REACH = 160
#: a word prefix long enough to say two forms are one word ("soviético"/"Soviética", "leningradense"/"Leningrado")
_STEM = 5


class DescriptionsFile(Schema):
    """verify/resources/<lang>/descriptions.yaml"""

    articles: WordList
    plural_articles: WordList
    heads: WordList
    function_words: WordList
    predication: WordList
    owner_marks: WordList
    owner_suffixes: WordList
    person_nouns: WordList
    masculine_possessives: WordList
    feminine_possessives: WordList


@dataclass(frozen=True, slots=True)
class Description:
    """The words of a singular definite description: its head noun and the other words it holds (folded)."""

    head: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class DescriptionCues:
    """One language's words for descriptions."""

    articles: frozenset[str] = frozenset()
    plural_articles: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    predication: tuple[str, ...] = ()
    owner_marks: frozenset[str] = frozenset()
    owner_suffixes: tuple[str, ...] = ()
    #: nouns that may stand for a person without describing one by role ("the monarch", "su hermano"): with
    #: `heads`, the persons a possessive pronoun may mean besides its named antecedent (verify/identity.py)
    person_nouns: frozenset[str] = frozenset()
    #: possessives that say their possessor's sex ("his", "her"; Spanish "su" says none)
    masculine_possessives: frozenset[str] = frozenset()
    feminine_possessives: frozenset[str] = frozenset()
    _pattern: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def person_words(self) -> frozenset[str]:
        """Every noun that may stand for a person: the description heads and the other person nouns."""
        return self.heads | self.person_nouns

    def parse(self, text: str) -> Description | None:
        """The description the words make, or None: no singular definite article first, or no head noun."""
        words = [fold(word) for word in _WORD.findall(text)]
        if len(words) < 2 or words[0] not in self.articles:
            return None
        content = tuple(word for word in words[1:] if word not in self.function_words)
        head = next((word for word in content if word in self.heads), None)
        return Description(head, content) if head else None

    def predicated(self, folded_after: str, head: str) -> int | None:
        """Where the head ends in the words just after a name when they say the name IS that ("actuó como
        representante", "was the chairman", ", the head of"), else None. `folded_after` is folded (`fold_text`)."""
        pattern = self._pattern.get(head)
        if pattern is None:
            marks = "|".join(re.escape(mark) for mark in self.predication)
            gap = rf"(?:[^\s,.;:]+\s+){{0,{_GAP}}}?"
            pattern = re.compile(rf"^(?:\s*,\s*|\s+{gap}(?:{marks})\s+){gap}{re.escape(head)}(?![^\W\d_])")
            self._pattern[head] = pattern
        found = pattern.match(folded_after)
        return found.end() if found else None

    def owned(self, text: str, entity: Entity) -> bool:
        """The name is a possessor or an object in its clause ("la política de Truman", "Stalin's policy")."""
        before = _WORD.findall(text[max(0, entity.start - 20) : entity.start])
        if before and fold(before[-1]) in self.owner_marks:
            return True
        return any(text.startswith(suffix, entity.end) for suffix in self.owner_suffixes)


@cache
def description_cues(code: str) -> DescriptionCues:
    """The description words of a language (none for a language without a descriptions.yaml)."""
    path = package_file("cronica.verify", "resources", code).joinpath("descriptions.yaml")
    if not path.is_file():
        return DescriptionCues()
    data = load_resource(path, DescriptionsFile)
    folded = lambda key: frozenset(fold(word) for word in data.get(key, ()))  # noqa: E731
    return DescriptionCues(
        articles=folded("articles"),
        plural_articles=folded("plural_articles"),
        heads=folded("heads"),
        function_words=folded("function_words"),
        predication=tuple(fold(word) for word in data.get("predication", ())),
        owner_marks=folded("owner_marks"),
        owner_suffixes=tuple(data.get("owner_suffixes", ())),
        person_nouns=folded("person_nouns"),
        masculine_possessives=folded("masculine_possessives"),
        feminine_possessives=folded("feminine_possessives"),
    )


def fold(word: str) -> str:
    """Lowercase without accents: "Político" and "politico" are one word."""
    return fold_text(word)


def fold_text(text: str) -> str:
    """`fold` character by character, keeping offsets (a letter and its accent fold to one character)."""
    return "".join(unicodedata.normalize("NFD", char)[:1].lower() or char for char in text)


class DescriptionResolver:
    """The person a description in one document stands for, if the nearby text settles it."""

    def __init__(
        self,
        view: ReferenceView,
        analysis: Analysis,
        cues: DescriptionCues,
        could_be_person: Callable[[Entity], bool],
    ) -> None:
        self.view = view
        self.analysis = analysis
        self.cues = cues
        self.could_be_person = could_be_person
        self._kb_words: dict[str, frozenset[str]] = {}

    def referent(self, start: int, end: int) -> str | None:
        """The KB id of the one person the description at [start, end) fits, else None: the person its head was said
        of, when no other person of the window fits it; or the window's only person, when the KB's words fit."""
        text = self.analysis.text[start:end]
        description = self.cues.parse(text)
        index = self.analysis.sentence_index(start)
        if description is None or index is None:
            return None
        window_start = self.analysis.sentences[max(index - WINDOW_SENTENCES, 0)].start
        persons = self._persons(self.analysis.entities_starting(window_start, start), end)
        predications = [
            (key, found)
            for key, mentions in persons.items()
            for m in mentions
            if (found := self._said_of(m, description.head, start))
        ]
        said = {key for key, _ in predications}
        fitting = set(said)
        for key, mentions in persons.items():
            linked = mentions[0].item_id
            if key in said or (linked is None and all(self._of_head(m, predications) for m in mentions)):
                # "comisario de Instrucción Pública", an unlinked name NER took for a person: the head's complement
                continue
            if linked is None or self._kb_fits(linked, description):
                # an unlinked name: the KB cannot say it does not fit, so it may be the one meant
                fitting.add(key)
        if len(fitting) != 1:
            return None
        key = next(iter(fitting))
        if key not in said and len(persons) > 1:
            # fitting by the KB's words alone, beside another person: a KB description is short, and the other may
            # well fit too ("Stalin met Trotsky. The revolutionary ..."): only what the text said of them settles it
            return None
        return persons[key][0].item_id

    def _persons(self, entities: Iterable[Entity], end: int) -> dict[str, list[Entity]]:
        """The persons named in the window, each with its mentions (a linked one by its KB id)."""
        found: dict[str, list[Entity]] = {}
        for entity in entities:
            if entity.end > end or entity.start >= end:
                continue
            if entity.item_id:
                if not self.view.is_human(entity.item_id):
                    continue
                key = entity.item_id
            elif entity.label == "PER" and self.could_be_person(entity):
                key = "name:" + fold(entity.text)
            else:
                continue
            found.setdefault(key, []).append(entity)
        return found

    def _said_of(self, mention: Entity, head: str, before: int) -> tuple[int, int] | None:
        """The words right after the name say it is the head ("X actuó como representante", "X, the head of"),
        inside the name's sentence and ahead of the description: the offsets from the name's end to the head's end."""
        sentence = self.analysis.sentence_of(mention.start)
        limit = min(before, sentence.end if sentence is not None else before, mention.end + _REACH)
        after = fold_text(self.analysis.text[mention.end : limit])
        end = self.cues.predicated(after, head)
        return (mention.end, mention.end + end) if end is not None else None

    def _of_head(self, entity: Entity, predications: Sequence[tuple[str, tuple[int, int]]]) -> bool:
        """The name is a possessor inside a predication's words, or right after its head ("representante de
        Stalin", "Stalin's representative", "comisario de Instrucción Pública")."""
        text = self.analysis.text
        for _, (start, end) in predications:
            inside = start <= entity.start < end + _COMPLEMENT
            if inside and (self.cues.owned(text, entity) or any(text.startswith(s, entity.end) for s in ("'s", "’s"))):
                return True
        return False

    def _kb_fits(self, qid: str, description: Description) -> bool:
        """Every word of the description is a word of the person's KB description or of an office they held."""
        known = self._kb_words.get(qid)
        if known is None:
            known = self._words_of(qid)
            self._kb_words[qid] = known
        return all(any(_same_word(word, other) for other in known) for word in description.words)

    def _words_of(self, qid: str) -> frozenset[str]:
        descriptions = getattr(self.view.kb, "descriptions", None)
        texts: list[str] = list(descriptions(qid).values()) if callable(descriptions) else []
        for fact in self.view.facts(qid, "P39"):
            if isinstance(fact.value, str):
                texts.extend(self.view.label(fact.value, lang) for lang in SUPPORTED_LANGUAGES)
        return frozenset(fold(word) for text in texts for word in _WORD.findall(text))


def _same_word(word: str, other: str) -> bool:
    """One word in two forms: equal, or sharing a stem long enough ("soviético"/"soviética")."""
    if word == other:
        return True
    return len(word) >= _STEM and len(other) >= _STEM and word[:_STEM] == other[:_STEM]


def sentence_subject(
    analysis: Analysis, index: int, cues: DescriptionCues, roles: Sequence[str], is_person: Callable[[Entity], bool]
) -> tuple[int, int] | None:
    """The description that is the subject of sentence `index`: the first participant of its events in a subject
    role, if it is a description; with no such participant (the verb triggered no event: "el comisario criticó la
    política de Trotski"), a description opening the sentence after a short adverbial ("En 1920", "In court,")
    with no person named before it. Its offsets, else None."""
    sentence = analysis.sentences[index] if 0 <= index < len(analysis.sentences) else None
    if sentence is None:
        return None
    first = None
    for event in analysis.events:
        if not sentence.start <= event.trigger.start < sentence.end:
            continue
        for participant in event.participants:
            inside = participant.role in roles and sentence.start <= participant.start < sentence.end
            if inside and (first is None or participant.start < first.start):
                first = participant
    if first is not None:
        return (first.start, first.end) if cues.parse(first.text) is not None else None
    found = _opening(fold_text(analysis.text[sentence.start : sentence.end]), cues)
    if found is None:
        return None
    start, end = sentence.start + found[0], sentence.start + found[1]
    if any(is_person(entity) for entity in analysis.entities_starting(sentence.start, start)):
        return None
    return start, end


def _opening(folded: str, cues: DescriptionCues) -> tuple[int, int] | None:
    """The first singular definite article and head noun of a sentence (folded), if few words come before."""
    articles = "|".join(re.escape(article) for article in cues.articles)
    heads = "|".join(re.escape(head) for head in sorted(cues.heads, key=len, reverse=True))
    if not articles or not heads:
        return None
    pattern = rf"(?<![^\W\d_])(?:{articles})\s+(?:[^\s,.;:]+\s+){{0,2}}?(?:{heads})(?![^\W\d_])"
    found = re.search(pattern, folded)
    if found is None or len(_WORD.findall(folded[: found.start()])) > _OPENING_WORDS:
        return None
    return found.start(), found.end()
