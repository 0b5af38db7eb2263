"""The region or country a text gives right after a place ("nació en Merjeuli, en Armenia", "born in Gori,
Georgia", "murió en Coyoacán (México)"): the place mention keeps its parts, so the verifier checks each.

Today's reading of a place took only its first name: "Beria nació en Merjeuli, en Armenia" was supported on the
village. A part is read only in an apposition right after the place: ", Y", ", en Y", ", in the Y", " (Y)"; never
in a list of places ("en Londres, en París y en Viena": the next word after Y coordinates another place), never a
date. Y is a named entity that is no person, or a run of capitalized words ("the Kherson Governorate"), or a
region noun ending in a named entity ("la gobernación de Kursk"): words the KB may not know, kept with no item
so that the verifier says the region could not be checked rather than support the place on the city alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cronica.model import Entity

#: labels of entities that cannot be a containing unit
_NOT_PLACES = frozenset({"PER"})
#: the longest unit read as words without an entity spanning it
_MAX_WORDS = 5
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: what ends a unit's words
_DELIMITER = re.compile(r"[,.;:()\[\]\"“”«»!?]|\s[-–—]\s")


@dataclass(frozen=True, slots=True)
class RegionPart:
    """One containing unit the text names for a place: its words and its KB item (None when not linked)."""

    text: str
    item: str | None


@dataclass(frozen=True, slots=True)
class RegionWords:
    """A language's words for reading a unit: the preposition after the comma ("en", "in"), articles,
    coordinators (a list of places, not a unit), the words that may join a capitalized name ("de", "of") and
    the nouns of a unit ("gobernación", "province")."""

    prepositions: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    #: nouns of a unit before its name ("gobernación de Kursk", "Kherson province")
    nouns: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *lists: Iterable[str]) -> RegionWords:
        """From the word lists in the field order (prepositions, articles, coordinators, connectors, nouns)."""
        sets = [frozenset(word.lower() for word in words) for words in lists]
        return cls(*sets)


def regions_after(
    text: str,
    end: int,
    entities: Sequence[Entity],
    words: RegionWords,
    dates: Sequence[tuple[int, int]] = (),
    lookup: Callable[[str], str | None] = lambda words: None,
) -> tuple[RegionPart, ...]:
    """The units the text names right after the place ending at `end`, innermost first ("X, Y, Z": Y then Z);
    `dates` are the offsets of the text's time expressions ("born in Gori, in December 1878": no unit);
    `lookup(words)` names the one KB item of those exact words, for a unit no entity spans ("la gobernación de
    Kursk", an alias of Kursk Oblast), or None."""
    parts: list[RegionPart] = []
    while len(parts) < 3:
        found = _one_after(text, end, entities, words, lookup)
        if found is None:
            break
        part, part_end = found
        if any(start < part_end and end < stop for start, stop in dates):
            break
        end = part_end
        parts.append(part)
    if parts and _a_list_follows(text, end, words):
        return ()
    return tuple(parts)


def _one_after(
    text: str, end: int, entities: Sequence[Entity], words: RegionWords, lookup: Callable[[str], str | None]
) -> tuple[RegionPart, int] | None:
    rest = text[end:]
    stripped = rest.lstrip()
    pos = end + len(rest) - len(stripped)
    paren = stripped.startswith("(")
    if not paren and not stripped.startswith(","):
        return None
    pos += 1
    pos = _skip(text, pos, words.prepositions) if not paren else _skip(text, pos, frozenset())
    pos = _skip(text, pos, words.articles)
    unit = _unit_at(text, pos, entities, words)
    if unit is not None and unit[0].item is None:
        unit = (RegionPart(unit[0].text, lookup(unit[0].text)), unit[1])
    if unit is None:
        return None
    part, unit_end = unit
    if paren:
        after = text[unit_end:].lstrip()
        if not after.startswith(")"):
            return None
        unit_end = len(text) - len(after) + 1
    return part, unit_end


def _skip(text: str, pos: int, skipped: frozenset[str]) -> int:
    """The offset after the spaces at `pos` and, when the next word is one of `skipped`, after it too."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    match = _WORD.match(text, pos)
    if match and match.group().lower() in skipped:
        pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return pos


def _unit_at(text: str, pos: int, entities: Sequence[Entity], words: RegionWords) -> tuple[RegionPart, int] | None:
    """A unit starting at `pos`: an entity starting there, else words up to a delimiter that end in an entity
    (a region noun before it) or are capitalized names."""
    starting = [e for e in entities if e.start == pos and e.label not in _NOT_PLACES]
    if any(e.start == pos and e.label in _NOT_PLACES for e in entities):
        return None
    delimiter = _DELIMITER.search(text, pos)
    stop = delimiter.start() if delimiter else len(text)
    phrase = text[pos:stop].rstrip()
    tokens = _WORD.findall(phrase)
    if starting:
        entity = max(starting, key=lambda e: e.end)
        more = _WORD.findall(text[entity.end : pos + len(phrase)])
        if not more or not all(t[0].isupper() or t.lower() in words.connectors for t in more):
            return RegionPart(entity.text, entity.item_id or None), entity.end
        # "the Vyatka Governorate": the name runs on past the entity, so it is not the entity's item
    if not tokens or len(tokens) > _MAX_WORDS or any(ch.isdigit() for ch in phrase):
        return None
    if any(t.lower() in words.coordinators for t in tokens):
        return None
    end = pos + len(phrase)
    inside = [e for e in entities if pos <= e.start and e.end == end]
    if inside:
        head = _WORD.findall(text[pos : inside[0].start])
        if inside[0].label in _NOT_PLACES or not all(t.lower() in words.nouns | words.connectors for t in head):
            return None  # "Gori, near Tbilisi", "Gori, a town in Georgia": no region in apposition
        return RegionPart(phrase, None), end
    if tokens[0][0].isupper() and all(t[0].isupper() or t.lower() in words.connectors for t in tokens):
        return RegionPart(phrase, None), end
    return None


def _a_list_follows(text: str, end: int, words: RegionWords) -> bool:
    """After the last unit comes a coordinator and a name: the "units" were a list of places ("en Londres, en
    París y en Viena"), not an apposition ("born in Gori, Georgia and studied in Tiflis" is one)."""
    rest = text[end:].lstrip()
    match = _WORD.match(rest)
    if not match or match.group().lower() not in words.coordinators:
        return False
    pos = _skip(rest, match.end(), words.prepositions)
    pos = _skip(rest, pos, words.articles)
    following = _WORD.match(rest, pos)
    return bool(following and following.group()[0].isupper())
