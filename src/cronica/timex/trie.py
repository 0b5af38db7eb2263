"""A word-sequence trie: multi-word lexicon entries ("a. C.", "fin de semana") matched token by token."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cronica.timex.tokens import TOKEN_RE, Token, fold


class _EndMark:
    """The key under which a node stores its entry's value: not a string, so no token key
    (not even a control character such as "\\0" in hostile text) can be mistaken for it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<end>"


_END: Any = _EndMark()


def split_entry(entry: str) -> tuple[str, ...]:
    """The token keys of a lexicon entry, cut exactly as the tokenizer cuts text."""
    return tuple(fold(part) for part in TOKEN_RE.findall(entry))


class Trie:
    def __init__(self, entries: Iterable[tuple[str, Any]] = ()) -> None:
        self.root: dict[str, Any] = {}
        self.max_length = 0
        for entry, value in entries:
            self.add(entry, value)

    def add(self, entry: str, value: Any) -> None:
        keys = split_entry(entry)
        if not keys:
            return
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})
        node[_END] = value
        self.max_length = max(self.max_length, len(keys))

    def first_keys(self) -> frozenset[str]:
        return frozenset(self.root)

    def may_start(self, first: str, second: str | None) -> bool:
        """Whether an entry can start with these two token keys (a cheap necessary condition)."""
        node = self.root.get(first)
        if node is None:
            return False
        return _END in node or (second is not None and second in node)

    def matches(self, tokens: Sequence[Token], start: int) -> list[tuple[int, Any]]:
        """Every entry that starts at `tokens[start]`, as (end index, value), shortest first."""
        found: list[tuple[int, Any]] = []
        node = self.root
        index = start
        limit = len(tokens)
        while index < limit:
            child = node.get(tokens[index].key)
            if child is None:
                break
            node = child
            index += 1
            if _END in node:
                found.append((index, node[_END]))
        return found

    def longest_before(self, tokens: Sequence[Token], end: int) -> tuple[int, Any] | None:
        """For a trie of reversed entries: the longest entry ending right before `tokens[end]`,
        as (start index, value)."""
        best = None
        node = self.root
        index = end - 1
        while index >= 0:
            child = node.get(tokens[index].key)
            if child is None:
                break
            node = child
            if _END in node:
                best = (index, node[_END])
            index -= 1
        return best


def reversed_trie(entries: Iterable[tuple[str, Any]]) -> Trie:
    """A trie over reversed entries, to find prefixes such as "a principios de" before a match."""
    trie = Trie()
    for entry, value in entries:
        keys = split_entry(entry)
        node = trie.root
        for key in reversed(keys):
            node = node.setdefault(key, {})
        node[_END] = value
        trie.max_length = max(trie.max_length, len(keys))
    return trie
