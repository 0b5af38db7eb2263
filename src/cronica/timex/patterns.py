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
        if raw in ("~", "~?"):  # "{hour} ~? {ampm}" once read as a required literal "?": say so
            raise CronicaError(f"{where}: '{raw}' in pattern {pattern!r} marks no element (write '~{{cat}}')")
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
class Opening:
    """How a rule may open at a token: with its element `element`, the optional ones before
    it skipped. Two cheap necessary conditions reject most rules before the full match:
    after a one-token literal the next token must start what follows ("the? {year} ~s" at
    "the" needs a number next); a lexicon category must have an entry starting with this
    token and the next ("the following")."""

    rule: Rule
    next_keys: frozenset[str] | None
    trie: Trie | None
    continuation: frozenset[str] = frozenset()  # keys a numeric category may read past its first token

    def possible(self, key: str, next_keys: tuple[str, ...], next_key: str | None) -> bool:
        if self.trie is not None and not self.trie.may_start(key, next_key):
            return False
        if self.next_keys is None or not self.next_keys.isdisjoint(next_keys):
            return True
        return not self.continuation.isdisjoint(next_keys)


def _openings(rule: Rule, matchers: Matchers) -> list[tuple[frozenset[str], Opening]]:
    openings = []
    elements = rule.elements
    for index, element in enumerate(elements):
        keys = _element_keys(element, matchers)
        if element.optional and not any(key[:1].isalnum() for key in keys):
            continue  # an optional comma never starts a match
        next_keys: frozenset[str] | None = None
        if element.category:  # a numeric category reads one token unless a continuation follows
            continuation = matchers.continuation_keys(element.category)
        else:  # one literal word; a phrase spans several tokens and gets no check
            continuation = None if element.phrases else frozenset()
        if continuation is not None:
            following: set[str] = set()
            for later in elements[index + 1 :]:
                following |= _element_keys(later, matchers)
                if not later.optional:
                    next_keys = frozenset(following)
                    break
        trie = matchers.lexicon_trie(element.category) if element.category else None
        openings.append((keys, Opening(rule, next_keys, trie, continuation or frozenset())))
        if not element.optional:
            break
    return openings


class RuleIndex:
    """Rules grouped by the token keys they can open with."""

    def __init__(self, rules: Sequence[Rule], matchers: Matchers) -> None:
        self.by_key: dict[str, list[Opening]] = {}
        self._cache: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Rule]] = {}
        for rule in rules:
            for keys, opening in _openings(rule, matchers):
                for key in keys:
                    self.by_key.setdefault(key, []).append(opening)

    def candidates(self, tokens: Sequence[Token], index: int) -> list[Rule]:
        keys = token_keys(tokens[index])
        if not any(key in self.by_key for key in keys):
            return []
        # the quick checks only read this token and the next one: cache by their keys
        following = token_keys(tokens[index + 1]) if index + 1 < len(tokens) else ()
        cache_key = (keys, following)
        found = self._cache.get(cache_key)
        if found is None:
            next_key = following[0] if following else None
            token_key = tokens[index].key
            chosen: dict[int, Rule] = {}  # a rule may open in several ways: keep it once, in order
            for key in keys:
                for opening in self.by_key.get(key, ()):
                    rule = opening.rule
                    if rule.order not in chosen and opening.possible(token_key, following, next_key):
                        chosen[rule.order] = rule
            found = [chosen[order] for order in sorted(chosen)]
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
            if element.optional and position == start and not token.text[0].isalnum():
                return  # an optional comma never opens a match
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
        walk = _walked  # `walk` called itself through its closure: a cycle holding the text's tokens until the GC ran
        return results


def _walked(element_index: int, position: int) -> None:
    """What a rule's walk is replaced by once done, so that it no longer refers to itself (see `find`)."""
