"""Finding temporal expressions: token patterns from `rules.yaml`, matched left to right.

A pattern is a space-separated list of elements:

    word|other     one token whose folded form is one of these words
    (de la|por la) one of these word sequences
    {category}     a lexicon or numeric category; its value fills the slot of that name
    {category:slot}  the same, stored under another slot name
    element?       optional
    ~element       must touch the previous token (no white space): "{year} ~s" for "1920s"

Matching is indexed by the keys a rule can start with, so most tokens try no rule at
all; every rule spans a bounded number of tokens and category results are memoized per
position, which keeps the whole scan linear in the length of the text. Finding is
kept apart from normalizing (as dateparser keeps search apart from parsing): a
`Match` only says which rule matched where, with which slot values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cronica.errors import CronicaError
from cronica.timex.matchers import Matchers
from cronica.timex.tokens import Token, fold, token_keys
from cronica.timex.trie import Trie, split_entry

MAX_RULE_ELEMENTS = 16
_CACHE_LIMIT = 50_000  # (token, next token) key pairs whose candidate rules are remembered


@dataclass(frozen=True, slots=True)
class Element:
    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()  # multi-word alternatives "(de la|por la)"
    category: str = ""
    slot: str = ""
    optional: bool = False
    glued: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    elements: tuple[Element, ...]
    fields: Mapping[str, Any] = field(default_factory=dict)
    order: int = 0


@dataclass(frozen=True, slots=True)
class Slot:
    value: Any
    start: int  # character offsets of the tokens that filled the slot
    end: int


@dataclass(frozen=True)
class Match:
    rule: Rule
    first: int  # token indexes, end-exclusive
    last: int
    slots: Mapping[str, Slot]
    start: int  # character offsets of the whole match
    end: int


_PATTERN_PART = re.compile(r"~?\([^)]*\)\??|\S+")


def parse_pattern(pattern: str, matchers: Matchers, where: str) -> tuple[Element, ...]:
    elements: list[Element] = []
    for raw in _PATTERN_PART.findall(pattern):
        text = raw
        glued = text.startswith("~") and len(text) > 1
        if glued:
            text = text[1:]
        optional = text.endswith("?") and len(text) > 1
        if optional:
            text = text[:-1]
        if text.startswith("(") and text.endswith(")"):
            phrases = tuple(split_entry(option) for option in text[1:-1].split("|"))
            if not all(phrases):
                raise CronicaError(f"{where}: empty alternative in pattern {pattern!r}")
            elements.append(Element(phrases=phrases, optional=optional, glued=glued))
        elif text.startswith("{") and text.endswith("}"):
            category, _, slot = text[1:-1].partition(":")
            if not matchers.known(category):
                raise CronicaError(f"{where}: unknown category {{{category}}} in pattern {pattern!r}")
            elements.append(Element(category=category, slot=slot or category, optional=optional, glued=glued))
        else:
            elements.append(Element(words=frozenset(fold(w) for w in text.split("|")), optional=optional, glued=glued))
    if not elements or all(e.optional for e in elements) or len(elements) > MAX_RULE_ELEMENTS:
        raise CronicaError(f"{where}: pattern {pattern!r} must have 1-{MAX_RULE_ELEMENTS} elements, one required")
    return tuple(elements)


def compile_rules(data: Any, matchers: Matchers, lang: str) -> list[Rule]:
    if not isinstance(data, list):
        raise CronicaError(f"timex resources {lang}/rules.yaml: expected a list of rules")
    rules: list[Rule] = []
    for number, item in enumerate(data, start=1):
        where = f"timex resources {lang}/rules.yaml rule {number}"
        if not isinstance(item, Mapping) or "kind" not in item or "patterns" not in item:
            raise CronicaError(f"{where}: a rule needs 'kind' and 'patterns'")
        fields = dict(item.get("set") or {})
        for pattern in item["patterns"]:
            rules.append(
                Rule(
                    name=item.get("name", f"{item['kind']}-{number}"),
                    kind=item["kind"],
                    elements=parse_pattern(pattern, matchers, where),
                    fields=fields,
                    order=len(rules),
                )
            )
    return rules


def _element_keys(element: Element, matchers: Matchers) -> frozenset[str]:
    if element.category:
        return matchers.first_keys(element.category)
    return element.words | {phrase[0] for phrase in element.phrases}


@dataclass(frozen=True)
class QuickCheck:
    """A cheap test that rejects most rules at a position before the full match is tried.

    It only looks at rules that open with one-token literal words ("the? {year} ~s",
    "cada {unit}"): the token after that word must be able to start what follows.
    """

    opener: frozenset[str]
    optional: bool
    next_keys: frozenset[str]

    def passes(self, tokens: Sequence[Token], index: int) -> bool:
        keys = token_keys(tokens[index])
        if not self.opener.isdisjoint(keys):
            if index + 1 < len(tokens) and not self.next_keys.isdisjoint(token_keys(tokens[index + 1])):
                return True
            return self.optional and not self.next_keys.isdisjoint(keys)
        return True  # the opener is optional and absent: the index already checked the next element


def quick_check_of(rule: Rule, matchers: Matchers) -> QuickCheck | None:
    elements = rule.elements
    first = elements[0]
    if first.category or first.phrases or len(elements) < 2:
        return None
    next_keys: set[str] = set()
    for element in elements[1:]:
        next_keys |= _element_keys(element, matchers)
        if not element.optional:
            break
    else:
        return None  # everything after the opener is optional
    return QuickCheck(first.words, first.optional, frozenset(next_keys))


class RuleIndex:
    """Rules grouped by the token keys they can start with."""

    def __init__(self, rules: Sequence[Rule], matchers: Matchers) -> None:
        self.by_key: dict[str, list[tuple[Rule, QuickCheck | None, Trie | None]]] = {}
        self._cache: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Rule]] = {}
        for rule in rules:
            check = quick_check_of(rule, matchers)
            first = rule.elements[0]
            trie = None if first.optional else matchers.lexicon.categories.get(first.category)
            for key in self._start_keys(rule, matchers):
                self.by_key.setdefault(key, []).append((rule, check, trie))

    @staticmethod
    def _start_keys(rule: Rule, matchers: Matchers) -> set[str]:
        keys: set[str] = set()
        for element in rule.elements:
            element_keys = _element_keys(element, matchers)
            if element.optional and not any(key[:1].isalnum() for key in element_keys):
                continue  # an optional comma never starts a match
            keys |= element_keys
            if not element.optional:
                break
        return keys

    def candidates(self, tokens: Sequence[Token], index: int) -> list[Rule]:
        keys = token_keys(tokens[index])
        if not any(key in self.by_key for key in keys):
            return []
        # the quick checks only read this token and the next one: cache by their keys
        following = token_keys(tokens[index + 1]) if index + 1 < len(tokens) else ()
        cache_key = (keys, following)
        found = self._cache.get(cache_key)
        if found is None:
            found = []
            next_key = following[0] if following else None
            for key in keys:
                for rule, check, trie in self.by_key.get(key, ()):
                    if trie is not None and not trie.may_start(tokens[index].key, next_key):
                        continue  # "the" opens "the following", but not before "army"
                    if check is None or check.passes(tokens, index):
                        found.append(rule)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[cache_key] = found
        return found


class Finder:
    """Finds non-overlapping matches, leftmost first, longest first."""

    def __init__(self, rules: Sequence[Rule], matchers: Matchers) -> None:
        self.rules = rules
        self.matchers = matchers
        self.index = RuleIndex(rules, matchers)

    def find(self, tokens: Sequence[Token], accept: Callable[[Match, Sequence[Token]], bool]) -> Iterator[Match]:
        memo: dict[tuple[str, int], list[tuple[int, Any]]] = {}
        position = 0
        count = len(tokens)
        while position < count:
            rules = self.index.candidates(tokens, position)
            best: Match | None = None
            if rules:
                options = [m for rule in rules for m in self._matches(rule, tokens, position, memo)]
                options.sort(key=lambda m: (-(m.last - m.first), m.rule.order))
                best = next((m for m in options if accept(m, tokens)), None)
            if best is None:
                position += 1
                continue
            yield best
            position = best.last

    def _matches(self, rule: Rule, tokens: Sequence[Token], start: int, memo: dict) -> list[Match]:
        """Every way `rule` matches from `start` (bounded: rules are short, optional parts few)."""
        elements = rule.elements
        first = elements[0]
        if first.category and not first.optional:
            key = (first.category, start)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self.matchers.match(first.category, tokens, start)
            if not found:
                return []
        results: list[Match] = []
        slots: dict[str, Slot] = {}
        count = len(tokens)

        def walk(element_index: int, position: int) -> None:
            if element_index == len(elements):
                if position > start:
                    results.append(
                        Match(rule, start, position, dict(slots), tokens[start].start, tokens[position - 1].end)
                    )
                return
            element = elements[element_index]
            if element.optional:
                walk(element_index + 1, position)
            if position >= count:
                return
            token = tokens[position]
            if element.glued and (position == start or not token.glued):
                return
            if element.phrases:
                for phrase in element.phrases:
                    end = position + len(phrase)
                    if end <= count and all(tokens[position + k].key == key for k, key in enumerate(phrase)):
                        walk(element_index + 1, end)
                return
            if not element.category:
                if token.key in element.words:
                    walk(element_index + 1, position + 1)
                return
            key = (element.category, position)
            found = memo.get(key)
            if found is None:
                found = self.matchers.match(element.category, tokens, position)
                memo[key] = found
            previous = slots.get(element.slot)  # a slot named twice keeps its last value
            for end, value in found:
                slots[element.slot] = Slot(value, token.start, tokens[end - 1].end)
                walk(element_index + 1, end)
            if previous is None:
                slots.pop(element.slot, None)
            else:
                slots[element.slot] = previous

        walk(0, start)
        return results
