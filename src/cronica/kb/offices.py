"""Offices named short: "chairman of the Supreme Soviet" for the chairman of its Presidium.

Texts name an office by its head and the body it belongs to, leaving out the organ of that body the full
name holds ("chairman of the [Presidium of the] Supreme Soviet", "presidente del [Presídium del] Sóviet
Supremo"). Each office name of the KB yields the name with one such complement left out: a joiner
(`resources/<lang>/names.yaml` `complement_joiners`), an article, and an organ word (`elidable_organs`),
up to the next joiner. Only organs: leaving out any complement would make "member of the [Politburo of
the] Central Committee" a member of the Central Committee, another office. A short name is kept only when
it names one office and is no KB name itself, so an exact name always wins and a short name two offices
share names neither; nor when its body is a place (a place says where an office is, not which).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from cronica.folding import fold
from cronica.kb.normalize import alias_key


def elided_office_names(
    index: Mapping[str, Sequence[str]],
    is_office: Callable[[str], bool],
    is_place: Callable[[str], bool],
    joiners: Iterable[str],
    organs: Iterable[str],
) -> dict[str, str]:
    """Short key → the one office it names, from the KB's alias index (key → ids)."""
    starts = {fold(joiner).split()[0] for joiner in joiners if joiner.strip()}
    organ_keys = {alias_key(organ) for organ in organs}
    found: dict[str, set[str]] = {}
    for key, ids in index.items():
        if not ids or not all(is_office(item) for item in ids):
            continue
        words = key.split()
        at = [position for position in range(1, len(words)) if words[position] in starts]
        for begin, end in pairwise(at):
            if len(words) - end < 2 or alias_key(" ".join(words[begin + 1 : end])) not in organ_keys:
                continue  # no body after the joiner, or what is left out is no organ
            body = alias_key(" ".join(words[end + 1 :]))  # "the soviet union": a place
            if any(is_place(item) for item in index.get(body, ())):
                continue
            short = " ".join(words[:begin] + words[end:])
            if short not in index:
                found.setdefault(short, set()).update(ids)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}


# --- titles with modifiers ---------------------------------------------------------------------------------

#: statements of an office whose item values say what body or place it belongs to, and (one step further) the
#: statements of those items that say what they are part of or where they are: "del PCUS" fits the Leningrad
#: first secretary, whose organization (P2389) is part of (P361) the CPSU
OFFICE_BODY_PROPERTIES = ("P2389", "P361", "P1001", "P17", "P131")
BODY_PART_PROPERTIES = ("P361", "P17", "P131")
#: the most words of one body or place named inside a title ("organización del partido en Leningrado": 5)
ENTITY_WORDS = 6


@dataclass(frozen=True)
class Title:
    """An office title read as its head ("primer secretario") and what its complements name: the KB items (bodies,
    places: each a set of ids, a name several items share) and the other content words ("comite", "regional")."""

    head: str
    words: frozenset[str]
    items: tuple[frozenset[str], ...]


@dataclass
class _Office:
    heads: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # content words of every name of the office
    items: set[str] = field(default_factory=set)  # bodies and places its names or statements name
    directs: set[str] = field(default_factory=set)  # the body it heads (P2389)
    titles: list[Title] = field(default_factory=list)  # its names with a head and complements


class OfficeTitles:
    """Office titles said with modifiers the KB's names lack or add, linked when they name one KB office.

    A title is its head (the words before the first preposition, `title_prepositions`), then complements naming
    bodies and places (KB items, found as the longest KB names in them) and content words. It names office O
    when its head is the head of one of O's names, whole ("primer secretario" is not "secretario" nor "segundo
    secretario"), and every modifier is weighed:

    - a word the title adds must be a word of one of O's names ("party" in "First Secretary of the Leningrad
      party committee": O is also "Leningrad party chief");
    - a body or place the title adds must be one O's names or statements name, or one those are part of ("de la
      URSS": O is also "ministro de Asuntos Exteriores de la URSS"; "del PCUS": O's organization is part of the
      CPSU); the Ukrainian SSR, Azerbaijan or Nizhny Novgorod never is, so their offices are not O;
    - a word of O's name the title leaves out must be a body's level (`body_levels`: "regional"), and every body
      and place of that name must be in the title; or the title names the body O heads (P2389: "jefe de la
      organización del partido en Leningrado").

    Linked only when exactly one office fits (two: NIL, better than a coin toss). An exact KB name never comes
    here: the linker tries it first."""

    def __init__(
        self,
        index: Mapping[str, Sequence[str]],
        is_office: Callable[[str], bool],
        is_person: Callable[[str], bool],
        item_values: Callable[[str, str], Iterable[str]],
        prepositions: Iterable[str],
        articles: Iterable[str],
        levels: Iterable[str],
    ) -> None:
        self.index = index
        self.is_office = is_office
        self.is_person = is_person
        self.prepositions = {alias_key(word) for word in prepositions if alias_key(word)}
        self.skipped = self.prepositions | {alias_key(word) for word in articles if alias_key(word)}
        self.levels = {alias_key(word) for word in levels if alias_key(word)}
        self.offices: dict[str, _Office] = {}
        for key, ids in index.items():
            offices = [item for item in ids if is_office(item)]
            if not offices or len(offices) != len(ids):
                continue
            title = self.read(key)
            for office in offices:
                entry = self.offices.setdefault(office, _Office())
                if title is None:  # a name with no complement ("Leningrad party chief"): its words still count
                    words, items = self._complements(key.split())
                    entry.words |= words
                    entry.items.update(item for group in items for item in group)
                    continue
                entry.heads.add(title.head)
                entry.titles.append(title)
                entry.words |= title.words
                entry.items.update(item for group in title.items for item in group)
        for office, entry in self.offices.items():
            related = {value for pid in OFFICE_BODY_PROPERTIES for value in item_values(office, pid)}
            entry.directs = set(item_values(office, "P2389"))
            parts = {value for item in related for pid in BODY_PART_PROPERTIES for value in item_values(item, pid)}
            entry.items |= related | parts
        self.by_head: dict[str, list[str]] = {}
        for office, entry in sorted(self.offices.items()):
            for head in entry.heads:
                self.by_head.setdefault(head, []).append(office)
        self._found: dict[str, str | None] = {}

    def read(self, key: str) -> Title | None:
        """The title's head and complements; None without a head or a complement."""
        words = key.split()
        at = next((i for i, word in enumerate(words) if i and word in self.prepositions), None)
        if at is None:
            return None
        content, items = self._complements(words[at:])
        if not content and not items:
            return None
        return Title(" ".join(words[:at]), frozenset(content), tuple(items))

    def _complements(self, words: list[str]) -> tuple[set[str], list[frozenset[str]]]:
        """Content words and the KB items (no office, no person) named by the longest KB names among `words`."""
        content: set[str] = set()
        items: list[frozenset[str]] = []
        position = 0
        while position < len(words):
            if words[position] in self.skipped:
                position += 1
                continue
            for size in range(min(ENTITY_WORDS, len(words) - position), 0, -1):
                ids = self.index.get(" ".join(words[position : position + size]), ())
                named = frozenset(item for item in ids if not self.is_office(item) and not self.is_person(item))
                if named:
                    items.append(named)
                    position += size
                    break
            else:
                content.add(words[position])
                position += 1
        return content, items

    def match(self, key: str) -> str | None:
        """The one KB office the title (an alias key) names, or None."""
        if key not in self._found:
            self._found[key] = self._match(key)
        return self._found[key]

    def could_start(self, key: str) -> bool:
        """Whether a title may start with this word (the first word of an office name's head)."""
        return any(head.split()[0] == key for head in self.by_head)

    def _match(self, key: str) -> str | None:
        words = key.split()
        at = next((i for i, word in enumerate(words) if i and word in self.prepositions), None)
        if at is None or words[-1] in self.skipped or " ".join(words[:at]) not in self.by_head:
            return None  # no head, a head no office has, or a title cut after a preposition ("... en")
        title = self.read(key)
        if title is None:
            return None
        fitting = [office for office in self.by_head[title.head] if self._fits(title, self.offices[office])]
        return fitting[0] if len(fitting) == 1 else None

    def _fits(self, title: Title, office: _Office) -> bool:
        if not title.words <= office.words or not all(group & office.items for group in title.items):
            return False  # a word or a body the office's names and statements never say
        if any(group & office.directs for group in title.items):
            return True  # "jefe de la organización del partido en Leningrado": the head of the body it heads
        for name in office.titles:
            if name.head != title.head or not (name.words - title.words) <= self.levels:
                continue
            if all(any(group & said for said in title.items) for group in name.items):
                return True
        return False
