"""The `link` pipeline stage: fill `kb_id`, `canonical` and `score` on every entity.

Mentions come from NER, with three repairs: a PER mention is widened over a given name
NER left just before it ("Vasily" + "Stalin"); and, when the KB can list its aliases
(the embedded pack), a mention whose whole text matches nothing but which holds one KB
name is narrowed to it ("Trotski y Zinóviev" → "Trotski"), and a KB name NER missed is
added as a new entity when it links (an exact alias, not overlapping any entity, not a
piece of a longer proper name). A mention naming nothing is also widened to the KB name around it whose other
words NER left out, in lower case too ("Asia" of "Asia central", "Bolshevik" of "the Bolshevik party").
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain, combinations, count, islice, pairwise
from operator import attrgetter

from cronica.folding import fold
from cronica.kb.base import KnowledgeBase, is_provisional
from cronica.kb.linker import Linker, LinkerConfig, Mention, document_years
from cronica.kb.name_words import name_words
from cronica.kb.normalize import alias_key, modifier_variants
from cronica.kb.offices import OfficeTitles
from cronica.kb.qualified import QualifiedBodies
from cronica.kb.registry import kb_from_context
from cronica.kb.respell import Respeller
from cronica.model import Analysis, Entity
from cronica.registry import StageContext, register_stage

DEFAULT_CONFIG = {
    "threshold": 0.5,
    "relabel_at": 0.75,
    "find_missed_names": True,
    "max_name_words": 14,
}

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: a word right after the name, capitalized or not: "Paris Commune", "Partido Comunista Mexicano", "Stalin Prize"
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_])")
#: the word just before a mention, separated by one space
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")


#: how many keys of phrases (two words or more) the gazetteer remembers: a cache of their own, as
#: the phrases of a long text are nearly all said once and would fill `alias_key`'s (issue 17)
PHRASE_KEYS = 4096


@lru_cache(maxsize=PHRASE_KEYS)
def phrase_key(text: str) -> str:
    """`alias_key` of a phrase the gazetteer tries, cached apart from the keys of words and mentions."""
    return alias_key.__wrapped__(text)


def title_words() -> frozenset[str]:
    """Titles that may precede a name without being part of it (resources/<lang>/names.yaml)."""
    return name_words().titles


@lru_cache(maxsize=1)
def _complement_before() -> re.Pattern[str]:
    """The name as the complement of a longer one: "Battle of Stalingrad", "Tratado de Brest"."""
    joiners = "|".join(re.escape(joiner).replace(r"\ ", r"\s+") for joiner in name_words().complement_joiners)
    return re.compile(rf"\b([^\W\d_])\w*\s+(?:{joiners})\s+$")


@lru_cache(maxsize=1)
def _complement_after() -> re.Pattern[str]:
    """A complement naming something right after a name: "de la Industria Maderera", "of Agriculture"."""
    joiners = "|".join(re.escape(joiner).replace(r"\ ", r"\s+") for joiner in name_words().complement_joiners)
    articles = "|".join(re.escape(article) for article in sorted(name_words().leading_articles))
    return re.compile(rf"\s+(?:{joiners})\s+(?:(?:{articles})\s+)?[^\W\d_]", re.IGNORECASE)


def _capitalized_complement(text: str, end: int) -> bool:
    match = _complement_after().match(text, end)
    return bool(match and text[match.end() - 1].isupper())


def with_given_name(text: str, entity: Entity) -> Entity:
    """A PER mention widened over a capitalized word NER left just before it ("Vasily" + "Stalin").

    Not when that word is a title, starts a sentence or is the first word of the text."""
    if entity.label != "PER":
        return entity
    match = _WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
    if not match or not match.group(1)[0].isupper() or fold(match.group(1)) in title_words():
        return entity
    cut = match.start()  # the last character before the word and its spaces (no copy of the text before it)
    while cut > 0 and text[cut - 1] == " ":
        cut -= 1
    if cut == 0 or text[cut - 1] in '.!?:;\n"«“—(':
        return entity
    return dataclasses.replace(entity, text=text[match.start() : entity.end], start=match.start())


def part_of_longer_name(text: str, start: int, end: int) -> bool:
    """True when the KB name at text[start:end] is only a piece of a longer proper name."""
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).isupper():
        return True
    before = _complement_before().search(text[max(0, start - 40) : start])
    return bool(before and before.group(1).isupper())


@register_stage("link", requires=("nlp",), default_config=DEFAULT_CONFIG)
def run_link(analysis: Analysis, ctx: StageContext) -> Analysis:
    kb = kb_from_context(ctx)
    config = LinkerConfig.from_mapping(ctx.config)
    linker = ctx.resources.get(f"linker:{kb.name}:{config}", lambda: Linker(kb, config))
    gazetteer = ctx.resources.get(f"gazetteer:{kb.name}:{config}", lambda: Gazetteer.of(kb, linker))
    entities = _widen_compass(analysis.text, _widen_given_names(analysis.text, analysis.entities), linker)
    if gazetteer is not None:
        max_words = int(ctx.config.get("max_name_words", 14))
        starts = sorted(entity.start for entity in entities)
        entities = [gazetteer.widen(analysis.text, entity, entities, max_words, starts) for entity in entities]
        entities = gazetteer.split_titles(analysis.text, entities, max_words)
        entities = gazetteer.widen_left_all(analysis.text, entities)
        entities = gazetteer.widen_to_names(analysis.text, entities, linker)
        entities = [part for entity in entities for part in gazetteer.narrow(analysis.text, entity, linker)]
        # the KB names of the whole text, read once for both passes below
        found = Spans(gazetteer.names(analysis.text, 0, len(analysis.text), max_words))
        entities = gazetteer.cover(analysis.text, entities, found, linker)
        if ctx.config.get("find_missed_names", True):
            entities += gazetteer.missed(analysis.text, entities, found)
        entities, named = gazetteer.coordinated(analysis.text, entities, linker)
        # "Partido Comunista | de Azerbaiyán", "the Georgian | Communist Party": another body than the KB's
        qualified = ctx.resources.get(f"qualified:{kb.name}:{config}", lambda: QualifiedBodies(linker))
        entities = qualified.apply(analysis.text, entities)
    else:
        named = {}
    entities = inverted_headings(analysis.text, entities, linker, named)
    years = document_years((t.value for t in analysis.timexes if t.type == "DATE"), analysis.document.dct)

    def mention(entity: Entity) -> Mention:
        """What the linker reads: the words, or the whole office a conjunct of a coordination names."""
        return Mention(named.get(id(entity), entity.text), entity.label)

    # two passes over the mentions: the document's summary, then each mention decided against it
    links = linker.document((mention(e) for e in entities), years)
    linked = []
    for entity in entities:
        decision = links.decide(mention(entity))
        if decision.qid is None:
            if entity.id.startswith("k"):
                continue  # a name found only by the gazetteer that did not link: not an entity
            linked.append(_unlinked(entity))
            continue
        label = entity.label
        if decision.kb_label and decision.score >= config.relabel_at:
            label = decision.kb_label  # the KB is sure: a mention linked to a human is PER
        elif label in ("LOC", "PER") and decision.score >= config.relabel_at and linker.is_office(decision.qid):
            label = "MISC"  # an office's title NER took for a place or a person (no KB class types an office)
        # an item without a confirmed QID keeps kb_id null and is named by its provisional id
        provisional = is_provisional(decision.qid)
        linked.append(
            dataclasses.replace(
                entity,
                kb_id=None if provisional else decision.qid,
                provisional_id=decision.qid if provisional else None,
                canonical=kb.label(decision.qid),
                score=decision.score,
                label=label,
            )
        )
    del entities  # each list of the entities is one pointer a mention: one alive at a time where it can be
    return dataclasses.replace(analysis, entities=_renumber_added(linked, len(analysis.entities)))


#: a word of a name: a capital letter, then letters, apostrophes or hyphens ("Nikolái", "LITVINOV", "Bonch-Bruevich")
_NAME = r"[^\W\d_][\w'’-]*"
#: an inverted name at the head of a line, before its end, a parenthesis or a punctuation mark: "LITVINOV, MAKSIM",
#: "Bujarin, Nikolái Ivánovich (1888-1938)", "Trotsky, Leon (1879-1940), Russian revolutionary"
_INVERTED = re.compile(
    rf"^[ \t]*(?P<surname>{_NAME})[ \t]*,[ \t]*(?P<given>{_NAME}(?:[ \t]+{_NAME}){{0,2}})(?=[ \t]*(?:$|[(,.;:–—]))",
    re.MULTILINE,
)


def inverted_headings(text: str, entities: list[Entity], linker: Linker, named: dict[int, str]) -> list[Entity]:
    """An entry's heading or a dictionary line that opens with a person's name inverted ("KAMENEV, LEV BORISOVICH",
    "Trotsky, Leon (1879-1940), ..."): one PER mention over the whole name, read by the linker in its usual order
    ("LEV BORISOVICH KAMENEV"; `named`, by id), where NER split it ("LITVINOV" PER, "MAKSIM" ORG) or read its given
    names as another person's ("Nikolái Ivánovich": Yezhov's too). Only at the head of a line, every word
    capitalized, and only when the name in order is a KB person's (or, with a patronymic, the first given name
    and the surname are): "Moscú, Rusia", "Kamenev, Zinoviev's ally" or "Trotsky, Zinoviev and Kamenev" are left
    alone."""
    found: list[tuple[Entity, str]] = []
    for match in _INVERTED.finditer(text):
        words = match.group("given").split()
        if not all(word[0].isupper() for word in [match.group("surname"), *words]):
            continue
        start, end = match.start("surname"), match.end("given")
        for given in (words, words[:1]):
            name = " ".join([*given, match.group("surname")])
            candidates = linker.candidates(Mention(name, "PER"))
            if candidates and all(linker.kb_label(c.qid) == "PER" for c, _ in candidates):
                found.append((Entity(id="k0", text=text[start:end], start=start, end=end, label="PER"), name))
                break
    if not found:
        return entities
    # the mentions each heading covers, found by bisection over the mentions in text order, walking back only
    # while some mention so far still reaches the heading (the running maximum of their ends): a dictionary of a
    # thousand entries must not rescan a book's mentions per heading
    ordered = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    reach = list(accumulate((e.end for e in ordered), max))
    dropped: set[int] = set()
    headings: list[Entity] = []
    for heading, name in found:
        inside = []
        index = bisect_left(starts, heading.end) - 1
        while index >= 0 and reach[index] > heading.start:
            if ordered[index].end > heading.start:
                inside.append(ordered[index])
            index -= 1
        if any(e.start < heading.start or e.end > heading.end for e in inside):
            continue  # NER read a longer name across the heading: left alone
        dropped.update(id(e) for e in inside)
        headings.append(heading)
        named[id(heading)] = name
    return [e for e in entities if id(e) not in dropped] + headings


def _unlinked(entity: Entity) -> Entity:
    """The entity with no link; the same object when it has none already (an NER mention is shared
    with the parse's, not copied: one object per mention of a book, issue 17)."""
    if entity.kb_id is None and entity.canonical is None and entity.score is None and entity.provisional_id is None:
        return entity
    return dataclasses.replace(entity, kb_id=None, canonical=None, score=None, provisional_id=None)


def _widen_given_names(text: str, entities: tuple[Entity, ...]) -> list[Entity]:
    """Widen PER mentions over a given name NER left out, unless that would overlap another entity."""
    result = []
    previous_end = 0
    for entity in sorted(entities, key=lambda e: e.start):
        widened = with_given_name(text, entity)
        result.append(widened if widened.start >= previous_end else entity)
        previous_end = max(previous_end, entity.end)
    return result


#: a compass point's initial right before a mention ("C Asia", "NE Siberia"), with the spaces after it
_INITIAL_BEFORE = re.compile(r"([A-Z]{1,2})\.? +$")


def _widen_compass(text: str, entities: list[Entity], linker: Linker) -> list[Entity]:
    """Widen a place mention over the compass point's initial reference works write before a region ("C Asia",
    "NE Siberia": NER tags "Asia"), when the spelled-out name is a KB place (`compass_abbreviations`): never
    "S. Kirov" (no KB place is "South Kirov")."""
    result = []
    for entity in entities:
        before = _INITIAL_BEFORE.search(text, max(0, entity.start - 5), entity.start) if entity.label == "LOC" else None
        if before is not None and (before.start() == 0 or text[before.start() - 1] in " (\n"):
            widened = text[before.start() : entity.end]
            if linker.compass_expanded(widened):
                entity = dataclasses.replace(entity, text=widened, start=before.start())
        result.append(entity)
    return result


def _renumber_added(entities: list[Entity], existing: int) -> tuple[Entity, ...]:
    """Entities in text order; those the gazetteer added get ids after NER's (e1..eN stay put).
    Empties `entities`, which it has read."""
    ordered = in_text_order(entities)
    entities.clear()  # read: the sorted list replaces it (one list of a book's entities less at the peak)
    numbers = count(existing + 1)
    return tuple(
        dataclasses.replace(entity, id=f"e{next(numbers)}") if entity.id.startswith("k") else entity
        for entity in ordered
    )


def in_text_order(entities: Iterable[Entity]) -> list[Entity]:
    """Sorted by (start, end), equal ones as they came; two stable sorts on the offsets the entities
    hold, so no key tuple is made per entity (a book's entities, issue 17)."""
    ordered = sorted(entities, key=attrgetter("end"))
    ordered.sort(key=attrgetter("start"))
    return ordered


class Spans:
    """(start, end) pairs kept as one array of offsets: 16 bytes a span instead of a tuple and two
    ints (the KB names of a book, read once for two passes). Iterable again and again."""

    __slots__ = ("_offsets",)

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._offsets = array("q", chain.from_iterable(spans))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        offsets = self._offsets
        return zip(islice(offsets, 0, None, 2), islice(offsets, 1, None, 2), strict=True)

    def __len__(self) -> int:
        return len(self._offsets) // 2


#: how many words either side of a mention `Gazetteer.widen_to_names` reads
WIDEN_WORDS = 3
#: what may stand between two words of a name: spaces, or a possessive's apostrophe before them ("Bolsheviks' party")
_NAME_GAP = re.compile(r"['’]?[ \t]+")


def _adjacent_words(
    words: Iterable[re.Match[str]], text: str, edge: int, backwards: bool = False
) -> list[tuple[int, int]]:
    """Up to `WIDEN_WORDS` words running on from `edge` (backwards: the words before it, nearest first), each
    apart from the last by spaces only (a possessive's apostrophe too): no punctuation, no line break."""
    found: list[tuple[int, int]] = []
    for word in islice(words, WIDEN_WORDS):
        gap = (word.end(), edge) if backwards else (edge, word.start())
        if not _NAME_GAP.fullmatch(text, *gap):
            break
        found.append((word.start(), word.end()))
        edge = word.start() if backwards else word.end()
    return found


#: the fewest words of a KB name that may swallow NER fragments written inside it (`Gazetteer.cover`)
COVERING_WORDS = 3
#: how many words before a coordinated list may start an office's name, and after it end it
COORDINATED_HEAD = 8
COORDINATED_TAIL = 3


#: the most words of a coordinated list before its coordinator ("foreign, military and naval": 2)
COORDINATED_LIST = 5
_LIST_WORD = re.compile(r"[^\W\d_][\w'’-]*+")
_LIST_COMMA = re.compile(r",\s+")


@lru_cache(maxsize=4)
def _coordinator_pattern(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A coordinator after a word and before one: ", and naval", " y Navales"."""
    alternatives = "|".join(re.escape(joiner) for joiner in joiners)
    return re.compile(rf"(?<=[^\W\d_]),?\s+(?:{alternatives})\s+(?=[^\W\d_])", re.IGNORECASE)


def _coordinated_list(text: str, joiners: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Spans of lists of two or more single words, the last joined by a coordinator ("foreign, military and
    naval"): found from each coordinator, read back over at most `COORDINATED_LIST` words joined by commas,
    so the work is linear in the text (a run of "a, a, a, …" is no trap)."""
    for match in _coordinator_pattern(joiners).finditer(text):
        last = _LIST_WORD.match(text, match.end())
        if last is None:
            continue
        words = [(m.start(), m.end()) for m in _LIST_WORD.finditer(text, max(0, match.start() - 160), match.start())]
        if not words or words[-1][1] != match.start():
            continue
        start = words[-1][0]
        for previous, following in zip(reversed(words[:-1]), reversed(words[1:]), strict=False):
            if len(words) - words.index(previous) > COORDINATED_LIST or not _LIST_COMMA.fullmatch(
                text, previous[1], following[0]
            ):
                break
            start = previous[0]
        yield start, last.end()


class Gazetteer:
    """Finds KB names in raw text through the alias index (offline KBs only)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        keys: set[str],
        offices: set[str] = frozenset(),  # type: ignore[assignment]
        titles: OfficeTitles | None = None,
    ) -> None:
        self.kb = kb
        self.keys = keys
        #: keys of office names (positions): found even in lower case ("people's commissar for war")
        self.offices = offices
        #: office titles said with modifiers, read by the linker's `OfficeTitles` (None: exact names only)
        self.titles = titles
        #: first word of a key → the most words a key starting with it has (how far a name may run)
        self.longest: dict[str, int] = {}
        for key in keys:
            words = key.split()
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))
        self.first_words = set(self.longest)
        self.office_first_words = {key.split()[0] for key in offices}
        #: first words of the heads of office titles ("primer", "comisario", "first", "people"): a title with
        #: modifiers may run longer than any KB name starting with them
        self.title_first_words = {head.split()[0] for head in titles.by_head} if titles is not None else set()
        self.respeller = Respeller(keys)

    @classmethod
    def of(cls, kb: KnowledgeBase, linker: Linker | None = None) -> Gazetteer | None:
        """The KB's names; with the linker, also the office names said short (`Linker.short_offices`)."""
        index = kb.alias_index()
        if not index:
            return None
        if linker is None:
            return cls(kb, set(index))
        offices = {key for key, ids in index.items() if ids and all(linker.is_office(item) for item in ids)}
        offices |= set(linker.short_offices)
        return cls(kb, set(index) | set(linker.short_offices), offices, linker.office_titles)

    def is_office_key(self, key: str) -> bool:
        """A KB office's name, said short, or a title with modifiers that names one KB office."""
        return key in self.offices or (self.titles is not None and self.titles.match(key) is not None)

    def _title(self, first: str, key: str) -> bool:
        """The span (its key) is an office title with modifiers naming one KB office, from a title's first word."""
        return self.titles is not None and first in self.title_first_words and self.titles.match(key) is not None

    def names(self, text: str, start: int, end: int, max_words: int) -> Iterator[tuple[int, int]]:
        """Longest non-overlapping spans in text[start:end] whose key is a KB alias. The words are read
        as they come, `max_words` ahead (a list of every word of a book took 20 MiB per million
        characters, issue 17)."""
        following = ((m.start(), m.end()) for m in _WORD.finditer(text, start, end))
        words = deque(islice(following, max_words))
        while words:
            found = None
            word = text[words[0][0] : words[0][1]]
            word_key = alias_key(word)
            first_key = word_key.split()  # "Alma-Ata": "alma ata"
            if first_key and first_key[0] not in self.first_words and word[0].isupper():
                first_key = self.respeller.key(word).split()  # a name in another romanization: "Vorochílov"
            if first_key and first_key[0] in self.first_words:
                reach = max_words if first_key[0] in self.title_first_words else self.longest[first_key[0]] + 2
                for size in range(min(max_words, len(words), reach), 0, -1):
                    span_start, span_end = words[0][0], words[size - 1][1]
                    key = word_key if size == 1 else phrase_key(text[span_start:span_end])
                    if key not in self.keys and text[span_start].isupper() and self.respeller.could_respell(key):
                        key = self.respeller.key(text[span_start:span_end])  # "Kliment Vorochilov"
                    if key in self.keys or (size > 2 and self._title(first_key[0], key)):
                        if size > 2 and self.is_office_key(key) and _capitalized_complement(text, span_end):
                            continue  # "primer secretario del Partido Comunista | de Azerbaiyán": another office
                        found = (span_start, span_end, size)
                        break
            if found:
                yield found[0], found[1]
            for _ in range(found[2] if found else 1):
                words.popleft()
            words.extend(islice(following, max_words - len(words)))

    def split_titles(self, text: str, entities: list[Entity], max_words: int) -> list[Entity]:
        """A person's span NER drew over a name and the office title after it, split at the first word that
        starts a KB office name: "appointed Trotsky People's Commissar for War", "nombró a Frunze Comisario del
        Pueblo para Asuntos Militares y Navales" (an appointment's two objects). The title is the office's whole
        name, also where it runs past the span ("… for War"); a fragment NER tagged inside it is dropped."""
        titles: list[tuple[int, int]] = []
        result: list[Entity] = []
        for entity in entities:
            parts = self._name_and_title(text, entity, max_words) if entity.label == "PER" else None
            if parts is None:
                result.append(entity)
                continue
            name_end, (start, end) = parts
            result.append(dataclasses.replace(entity, text=text[entity.start : name_end], end=name_end))
            result.append(Entity(id="k0", text=text[start:end], start=start, end=end, label="MISC"))
            titles.append((start, end))
        if not titles:
            return entities
        return [
            e
            for e in result
            if e.id == "k0" or not any(s <= e.start and e.end <= t and (e.start, e.end) != (s, t) for s, t in titles)
        ]

    def _name_and_title(self, text: str, entity: Entity, max_words: int) -> tuple[int, tuple[int, int]] | None:
        """Where the name ends and the office title's span, when the entity is capitalized name words followed
        by a KB office's name (two words or more); else None."""
        words = list(_WORD.finditer(text, entity.start, entity.end))
        for at in range(1, len(words)):
            if not words[at - 1].group()[0].isupper():
                return None  # the words before a title are a name's, each capitalized
            key = alias_key(words[at].group()).split()
            if not key or key[0] not in self.office_first_words | self.title_first_words:
                continue
            found = next(self.names(text, words[at].start(), min(len(text), entity.end + 120), max_words), None)
            if found is None or found[0] != words[at].start() or found[1] < words[-1].end():
                continue  # no KB name there, or one ending inside the span (the rest would be lost)
            if len(_WORD.findall(text, *found)) > 1 and self.is_office_key(phrase_key(text[found[0] : found[1]])):
                return words[at - 1].end(), found
        return None

    def narrow(self, text: str, entity: Entity, linker: Linker) -> list[Entity]:
        """A mention matching nothing, narrowed to the one KB name it contains, or split into the KB
        names that are all its words ("In Mexico Trotsky" tagged as one entity: "Mexico", "Trotsky");
        else unchanged."""
        if linker.candidates(Mention(entity.text, entity.label)):
            return [entity]
        spans = list(self.names(text, entity.start, entity.end, 6))
        if len(spans) > 1 and self._covers(text, entity, spans):
            first, *rest = spans
            return [
                dataclasses.replace(entity, text=text[first[0] : first[1]], start=first[0], end=first[1]),
                *(Entity(id="k0", text=text[s:e], start=s, end=e, label="MISC") for s, e in rest),
            ]
        if len(spans) != 1 or part_of_longer_name(text, *spans[0]):
            return [entity]
        start, end = spans[0]
        given = _WORD_BEFORE.search(text, entity.start, start)
        if entity.label == "PER" and given and given.group(1)[0].isupper():
            return [entity]  # "Vasily Stalin" is another person than Stalin, not a boundary error
        return [dataclasses.replace(entity, text=text[start:end], start=start, end=end)]

    @staticmethod
    def _covers(text: str, entity: Entity, spans: list[tuple[int, int]]) -> bool:
        """True when every word of the entity lies inside one of the KB-name spans."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, entity.start, entity.end)]
        return all(any(s <= ws and we <= e for s, e in spans) for ws, we in words)

    def widen(
        self, text: str, entity: Entity, entities: Sequence[Entity], max_words: int, starts: Sequence[int] | None = None
    ) -> Entity:
        """A mention NER cut short, widened to the KB name that starts with it and goes on in
        capitalized words ("Natalia" → "Natalia Sedova"), unless that would reach another entity.

        `starts`, the sorted starts of `entities`, makes the last check a bisection (linear on a book)."""
        window_end = min(len(text), entity.end + 80)
        spans = self.names(text, entity.start, window_end, max_words)
        first = next(spans, None)
        if first is None or first[0] != entity.start or first[1] <= entity.end:
            return entity
        start, end = first
        extra = text[entity.end : end].split()
        if not extra or not all(word[0].isupper() for word in extra):
            return entity
        if starts is not None:
            if bisect_left(starts, end) > bisect_left(starts, entity.end):  # another entity starts in [entity.end, end)
                return entity
        elif any(other is not entity and other.start < end and entity.end <= other.start for other in entities):
            return entity
        return dataclasses.replace(entity, text=text[start:end], end=end)

    def widen_left_all(self, text: str, entities: Sequence[Entity]) -> list[Entity]:
        """Mentions NER cut after a given name it left out, even at the start of a sentence ("Isaak" +
        "Zelensky"), widened when the two words together are a KB name and no other entity is in the way."""
        result = []
        previous_end = 0
        for entity in sorted(entities, key=lambda e: e.start):
            match = _WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
            if (
                match
                and match.start() >= previous_end
                and match.group(1)[0].isupper()
                and phrase_key(text[match.start() : entity.end]) in self.keys
            ):
                entity = dataclasses.replace(entity, text=text[match.start() : entity.end], start=match.start())
            result.append(entity)
            previous_end = max(previous_end, entity.end)
        return result

    def widen_to_names(self, text: str, entities: Sequence[Entity], linker: Linker) -> list[Entity]:
        """Mentions NER cut inside a KB name whose other words it left out, capitalized or not ("Asia" of "Asia
        central" and "central Asia", "Bolshevik" of "the Bolshevik party", "Bolsheviks" of "the Bolsheviks'
        party"): widened to the longest KB name (up to `WIDEN_WORDS` words each side, read with its modifiers'
        endings undone: `modifier_variants`) that holds the mention, reaches no other entity and is no piece of
        a longer proper name ("the Asia Central Bank", "Banco de Asia Central" stay as they are). A mention that
        names something as written keeps its own link ("the seminary in Tiflis": Tiflis, the city)."""
        ordered = in_text_order(entities)
        result = []
        for index, entity in enumerate(ordered):
            if linker.candidates(Mention(entity.text, entity.label)):
                result.append(entity)
                continue
            low = ordered[index - 1].end if index else 0
            high = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
            result.append(self._widened_to_name(text, entity, low, high))
        return result

    def _widened_to_name(self, text: str, entity: Entity, low: int, high: int) -> Entity:
        """The entity over the longest KB name around it between `low` and `high` (the entities either side)."""
        before = _adjacent_words(
            reversed(list(_WORD.finditer(text, max(low, entity.start - 60), entity.start))),
            text,
            entity.start,
            backwards=True,
        )
        after = _adjacent_words(_WORD.finditer(text, entity.end, min(high, entity.end + 60)), text, entity.end)
        if not before and not after:
            return entity
        best: tuple[int, int, int] | None = None  # (words of the key, start, end)
        for left in range(len(before) + 1):
            for right in range(len(after) + 1):
                if not left and not right:
                    continue
                start = before[left - 1][0] if left else entity.start
                end = after[right - 1][1] if right else entity.end
                key = phrase_key(text[start:end])
                if key not in self.keys and not any(v in self.keys for v in modifier_variants(key)):
                    continue
                size = len(key.split())
                if (best is None or size > best[0]) and not part_of_longer_name(text, start, end):
                    best = (size, start, end)
        if best is None or len(phrase_key(entity.text).split()) >= best[0]:
            return entity
        _, start, end = best
        return dataclasses.replace(entity, text=text[start:end], start=start, end=end)

    def cover(
        self, text: str, entities: list[Entity], found: Iterable[tuple[int, int]], linker: Linker
    ) -> list[Entity]:
        """KB names of at least `COVERING_WORDS` words written around NER fragments that name nothing in
        the KB ("comisario del pueblo del Interior" around "Interior", LOC): the first fragment widened
        to the whole name (MISC: the link decides what it is), the others inside it dropped. Offices are
        written in lower case in Spanish, and NER sees only their capitalized word. A fragment the KB
        knows keeps its own link ("jefe del NKVD": the NKVD). `found`: the text's KB names (`names`)."""
        ordered = in_text_order(entities)
        starts = [e.start for e in ordered]
        reach = list(accumulate((e.end for e in ordered), max))
        replaced: dict[int, Entity | None] = {}  # id(entity) → its replacement (None: dropped)
        for start, end in found:
            first = bisect_left(starts, start)
            last = bisect_left(starts, end)
            inside = ordered[first:last]
            if not inside or any(e.end > end for e in inside) or (first and reach[first - 1] > start):
                continue  # nothing inside, or a span reaching out of the name
            if any(e.start == start and e.end == end for e in inside):
                continue  # NER has the name already
            if len(_WORD.findall(text, start, end)) < COVERING_WORDS:
                continue
            if (
                any(linker.candidates(Mention(e.text, e.label)) for e in inside)
                and not self._office_of_a_place(text, start, end, inside, linker)
                and not self._title_of_its_bodies(text, start, end, inside, linker)
            ):
                continue
            widened = dataclasses.replace(inside[0], text=text[start:end], start=start, end=end, label="MISC")
            replaced[id(inside[0])] = widened
            replaced.update((id(e), None) for e in inside[1:])
        if not replaced:
            return entities
        result = []
        for entity in entities:
            new = replaced.get(id(entity), entity)
            if new is not None:
                result.append(new)
        return result

    def _office_of_a_place(self, text: str, start: int, end: int, inside: Sequence[Entity], linker: Linker) -> bool:
        """An office's exact name around the place it is an office of ("president of the Soviet Union",
        "presidente de la URSS"): the place names no office, so the office's name is the mention (issue 13).
        A body inside an office's name keeps its own link ("jefe del NKVD"): the verifier reads the body."""
        if not self.is_office_key(phrase_key(text[start:end])):
            return False
        return all(
            all(linker.kb_label(c.qid) == "LOC" for c, _ in candidates)  # (a fragment naming nothing is no body)
            for candidates in (linker.candidates(Mention(e.text, e.label)) for e in inside)
        )

    def _title_of_its_bodies(self, text: str, start: int, end: int, inside: Sequence[Entity], linker: Linker) -> bool:
        """An office's title with modifiers around the bodies and places that qualify it ("primer secretario del
        Comité de Leningrado del Partido Comunista"): the title names one office with them (`OfficeTitles`), so
        the title is the mention, and the bodies inside are its words. Not an exact name ("jefe del NKVD" keeps
        the NKVD), and never over a person."""
        key = phrase_key(text[start:end])
        if self.titles is None or key in self.keys or self.titles.match(key) is None:
            return False
        return not any(
            linker.kb_label(c.qid) == "PER" for e in inside for c, _ in linker.candidates(Mention(e.text, e.label))
        )

    def coordinated(self, text: str, entities: list[Entity], linker: Linker) -> tuple[list[Entity], dict[int, str]]:
        """Offices coordinated inside one name: "the people's commissar for foreign, military and naval
        affairs" is the People's Commissar for Foreign Affairs and the one for Military and Naval Affairs.

        Where a list of single words ("foreign, military and naval"; `coordinators` of names.yaml) stands
        between the start of an office's name and its end, the list is cut into groups, each read with the
        words before and after it, and the cut whose every group is a KB office name (the fewest groups,
        at least two) gives one entity a group: the words before with the first group, each middle group,
        the last group with the words after. Returned: the entities (names NER cut inside such a phrase
        that the KB does not know are dropped) and, by `id`, the office each new entity names, for the
        linker. Nothing happens where any entity inside the phrase links by itself."""
        named: dict[int, str] = {}
        added: list[Entity] = []
        taken = in_text_order(entities)
        for phrase in self._coordinations(text):
            start, end = phrase[0][0][0], phrase[-1][0][1]
            inside = [e for e in taken if e.start < end and start < e.end]
            if any(e.start < start or e.end > end for e in inside) or any(
                linker.candidates(Mention(e.text, e.label)) for e in inside
            ):
                continue
            for (span_start, span_end), name in phrase:
                entity = Entity(id="k0", text=text[span_start:span_end], start=span_start, end=span_end, label="MISC")
                named[id(entity)] = name
                added.append(entity)
            dropped = {id(e) for e in inside}
            taken = [e for e in taken if id(e) not in dropped]
        if not added:
            return entities, named
        kept = {id(e) for e in taken}
        return [e for e in entities if id(e) in kept] + added, named

    def _coordinations(self, text: str) -> Iterator[list[tuple[tuple[int, int], str]]]:
        """For each coordinated office phrase of the text: its groups, as (span, the office's name)."""
        joiners = name_words().coordinators
        if not joiners or not self.offices:
            return
        for start, end in _coordinated_list(text, joiners):
            found = self._coordination(text, start, end)
            if found:
                yield found

    def _coordination(self, text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]] | None:
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
        conjuncts = [w for w in words if fold(text[w[0] : w[1]]) not in name_words().coordinators]
        joiner = next(text[s:e] for s, e in words if fold(text[s:e]) in name_words().coordinators)
        before = [(m.start(), m.end()) for m in _WORD.finditer(text, max(0, start - 120), start)]
        after = list(islice(((m.start(), m.end()) for m in _WORD.finditer(text, end)), COORDINATED_TAIL))
        for head in range(max(0, len(before) - COORDINATED_HEAD), len(before)):
            first = alias_key(text[before[head][0] : before[head][1]]).split()
            if not first or first[0] not in self.office_first_words:
                continue
            prefix = text[before[head][0] : before[-1][1]]
            for tail in range(len(after), -1, -1):
                suffix = text[after[0][0] : after[tail - 1][1]] if tail else ""
                groups = self._office_groups(prefix, [text[s:e] for s, e in conjuncts], joiner, suffix)
                if groups is None:
                    continue
                spans: list[tuple[tuple[int, int], str]] = []
                position = 0
                for number, (size, name) in enumerate(groups):
                    opening, closing = conjuncts[position], conjuncts[position + size - 1]
                    span_start = before[head][0] if number == 0 else opening[0]
                    span_end = after[tail - 1][1] if tail and number == len(groups) - 1 else closing[1]
                    spans.append(((span_start, span_end), name))
                    position += size
                return spans
        return None

    def _office_groups(
        self, prefix: str, conjuncts: list[str], joiner: str, suffix: str
    ) -> list[tuple[int, str]] | None:
        """The cut of the conjuncts into the fewest groups (two or more) whose every "prefix group suffix"
        is a KB office name: (group size, that name) for each group; None when no cut is."""
        count_ = len(conjuncts)
        cuts = sorted((combo for r in range(1, count_) for combo in combinations(range(1, count_), r)), key=len)
        for cut in cuts:
            bounds = [0, *cut, count_]
            groups = []
            for low, high in pairwise(bounds):
                words = conjuncts[low:high]
                said = words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {joiner} " + words[-1]
                name = " ".join(part for part in (prefix, said, suffix) if part)
                if phrase_key(name) not in self.offices:
                    break
                groups.append((high - low, name))
            else:
                return groups
        return None

    def _office_in_lower_case(self, text: str, start: int, end: int) -> bool:
        """An office's name of `COVERING_WORDS` words or more, in lower case as English and Spanish write
        offices ("people's commissar for military and naval affairs"): a name, though not capitalized;
        not when a complement naming something follows it ("comisario del pueblo de la Industria
        Maderera": another office, one the KB does not hold)."""
        surface = text[start:end]
        if len(_WORD.findall(surface)) < COVERING_WORDS or not self.is_office_key(phrase_key(surface)):
            return False
        return not _capitalized_complement(text, end)

    def missed(self, text: str, entities: list[Entity], found: Iterable[tuple[int, int]]) -> list[Entity]:
        """KB names NER did not mark: capitalized (or written exactly as the alias), outside every entity.
        `found`: the text's KB names (`names`)."""
        taken = in_text_order(entities)
        taken_starts = [e.start for e in taken]
        reach = list(accumulate((e.end for e in taken), max))  # the furthest end among the first i+1 spans
        added: list[Entity] = []
        for start, end in found:
            before = bisect_left(taken_starts, end)  # the spans starting before this name ends
            if (before and reach[before - 1] > start) or part_of_longer_name(text, start, end):
                continue
            surface = text[start:end]
            if (
                not surface[0].isupper()
                and not any(c.matched == surface for c in self.kb.candidates(surface))
                and not self._office_in_lower_case(text, start, end)
            ):
                continue
            added.append(Entity(id=f"k{len(added) + 1}", text=surface, start=start, end=end, label="MISC"))
        return added
