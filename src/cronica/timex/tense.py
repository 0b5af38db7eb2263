"""Tense cues around an expression: does what it dates lie before or after its clause's time?

News writes "Friday", "in March" without a year or a direction; the verbs around say which
one is meant. Without a parser, the clause is read as a window of tokens around the
expression, bounded by the sentence and by clause breaks ("said", "that", "que"), and
its words are sorted into kinds, all language data (`future_cues`, `past_cues` and the
`words.tense_*` categories of the lexicon):

* a **past perfect** ("had been due to expire Friday", "no había detenido") puts it
  before the DCT, even beside a word that points ahead;
* words that **point ahead** of their clause ("set to", "is to", "as early as",
  "planned", "until", "está previsto para") count only before the expression: a date
  fronted before them dates the planning itself ("On Monday, the ministry planned to...");
* **tense** words: the future ("will", "-rá"), the future seen from the past ("would",
  "viajaría"), the past ("-ed", "-ó"), the nearest first; a participle after "be" or "to",
  before its agent ("markets untouched by the crisis", whose "was" or "had" carries the tense
  when there is one), or after a determiner ("the plan", "a still unspecified date"), is not
  a past;
* words that **look back** ("since", "desde"), used only when nothing else is found.

`now` tells that the clause speaks from the report's own time (a future or a planned
event, with no past verb): a story's year does not apply to "a summit set for April".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cronica.timex.language import Lexicon
from cronica.timex.tokens import Token
from cronica.timex.trie import Trie

#: how far the clause is read, in tokens, before and after the expression
BACK_WINDOW = 15
AHEAD_WINDOW = 8
#: a fronted expression dates its main clause, whose verb may come after a long subject
FRONTED_AHEAD_WINDOW = 16
#: an inserted clause after a fronted expression is skipped up to this many tokens
INSERTED_CLAUSE = 20
#: an expression with at most this many words before it in its clause is fronted ("In March, the firm sold")
FRONTED_WORDS = 2
SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})

PERFECT, FUTURE, WOULD, PAST = "perfect", "future", "would", "past"


@dataclass(frozen=True, slots=True)
class Tense:
    future: bool = False
    past: bool = False
    now: bool = False  # spoken from the report's own time: a future or a plan, no past verb


_NONE = Tense()
_EMPTY = Trie()


class TenseReader:
    """Reads the tense cues of one language around a match."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        categories = lexicon.categories
        self.perfect = categories.get("tense_perfect", _EMPTY)
        self.ahead = categories.get("tense_ahead", _EMPTY)
        self.ahead_adjacent = categories.get("tense_ahead_adjacent", _EMPTY)
        self.back = categories.get("tense_back", _EMPTY)
        self.would = categories.get("tense_would", _EMPTY)
        self.would_endings = tuple(sorted(categories.get("tense_would_ending", _EMPTY).first_keys()))
        self.possessive = categories.get("possessive_mark", _EMPTY)
        self.conjunctions = categories.get("clause_conjunction", _EMPTY).first_keys()
        self.not_verb_after = categories.get("not_a_verb_after", _EMPTY).first_keys()
        self.adverb_endings = tuple(sorted(categories.get("adverb_ending", _EMPTY).first_keys()))

    def read(self, tokens: Sequence[Token], first: int, last: int) -> Tense:
        """The tense of the clause around tokens[first:last]."""
        if self._possessive(tokens, last):
            return _NONE  # "around Wednesday's ruling": the day of a thing named, not of the clause's verb
        start = self._clause_start(tokens, first)
        fronted = sum(1 for token in tokens[start:first] if token.text[0].isalnum()) <= FRONTED_WORDS
        tense: tuple[int, str] | None = None  # (distance, kind) of the nearest tense word
        ahead = back = None
        planned = False  # a verb of planning before the expression ("a summit set for", "prevista para")
        for index in range(first - 1, start - 1, -1):
            distance = first - index
            kind = self._points_ahead(tokens, index, first)
            if kind is not None:
                ahead = distance if ahead is None else ahead
                planned = planned or kind in ("plan", "plan_now")
            if back is None and self.back.matches(tokens, index):
                back = distance
            if tense is None:
                kind = self._tense_word(tokens, index)
                if kind is not None:
                    tense = (distance, kind)
        for index, distance in self._after(tokens, last, fronted):
            kind = self._tense_word(tokens, index)
            if kind is not None:
                if tense is None or distance < tense[0]:
                    tense = (distance, kind)
                break
        return _decide(tense, ahead, planned, back)

    # --- the clause -----------------------------------------------------------------

    def _clause_start(self, tokens: Sequence[Token], first: int) -> int:
        breaks = self.lexicon.future_clause_breaks
        index = first - 1
        while index >= max(0, first - BACK_WINDOW):
            key = tokens[index].key
            if key in SENTENCE_END or key in breaks:
                return index + 1
            index -= 1
        return index + 1

    def _after(self, tokens: Sequence[Token], last: int, fronted: bool):  # type: ignore[no-untyped-def]
        """Token indexes after the expression in its clause, with their distance. After a fronted
        expression the clause runs on past commas and over an inserted subordinate clause
        ("El sábado, cuando los líderes estén reunidos, habrá..."): the main verb comes later."""
        breaks = self.lexicon.future_clause_breaks
        count = len(tokens)
        window = FRONTED_AHEAD_WINDOW if fronted else AHEAD_WINDOW
        index, stop, skipped = last, min(count, last + window), 0
        while index < stop:
            key = tokens[index].key
            if (key in SENTENCE_END and not _abbreviation(tokens, index)) or (not fronted and key in self.conjunctions):
                return  # "on Saturday and were planning to...": the next verb is another clause's
            if key in breaks:
                if not fronted:
                    return
                if key != ",":  # skip the inserted clause up to its closing comma (it does not count)
                    began = index
                    limit = min(count, index + INSERTED_CLAUSE)
                    while index < limit and tokens[index].key not in SENTENCE_END and tokens[index].key != ",":
                        index += 1
                    skipped += index - began
                    stop = min(count, last + window + skipped)
                index += 1
                continue
            yield index, index - last + 1 - skipped
            index += 1

    # --- words ----------------------------------------------------------------------

    def _points_ahead(self, tokens: Sequence[Token], index: int, first: int) -> str | None:
        """A word pointing ahead starts at `index`: anywhere before the expression ("set to resume
        Monday"), or right before it for a preposition ("until Tuesday", "hasta el martes", "para
        agosto"; "para las víctimas de los terremotos de mayo" is no plan). Its value: "plan" for
        a verb or participle of planning, "bound" for a preposition ("until"), which says nothing of
        the report's own time."""
        for end, value in self.ahead.matches(tokens, index):
            if end <= first and not self._after_determiner(tokens, index):
                return value
        for end, value in self.ahead_adjacent.matches(tokens, index):
            if end == first or (end == first - 1 and tokens[end].key in self.not_verb_after):
                return value
        return None

    def _tense_word(self, tokens: Sequence[Token], index: int) -> str | None:
        lexicon = self.lexicon
        token = tokens[index]
        key = token.key
        if self.perfect.matches(tokens, index):
            return PERFECT
        word = token.text.lower()
        long_word = len(word) > 4
        if key in lexicon.future_words or (long_word and word.endswith(lexicon.future_suffixes)):
            return FUTURE
        if any(value == "plan_now" for _, value in self.ahead.matches(tokens, index)) and not self._after_determiner(
            tokens, index
        ):
            return FUTURE  # "On Tuesday, the league plans to hold...": the plan is now, the day ahead
        if self.would.matches(tokens, index) or (
            long_word and "í" in word and key.endswith(self.would_endings) and not token.text[0].isupper()
        ):
            return WOULD
        past_form = key in lexicon.past_words or (
            _stem_ok(word, lexicon.past_suffixes) and word.endswith(lexicon.past_suffixes)
        )
        if past_form and index > 0 and tokens[index - 1].key in lexicon.past_not_after:
            return None  # "will be announced", "would be paid", "to be held": not a past
        if past_form and index + 1 < len(tokens) and tokens[index + 1].key in lexicon.past_not_before:
            # "new markets untouched by the crisis": a participle with its agent, no past of the clause;
            # "was hampered by": the auxiliary's past, read here since it may lie beyond the window
            return PAST if index > 0 and tokens[index - 1].key in lexicon.past_words else None
        if past_form and not self._after_determiner(tokens, index):
            return PAST
        return None

    def _possessive(self, tokens: Sequence[Token], last: int) -> bool:
        return last < len(tokens) and tokens[last].glued and bool(self.possessive.matches(tokens, last))

    def _after_determiner(self, tokens: Sequence[Token], index: int) -> bool:
        """ "the plan", "its planned cuts", "a still unspecified date": a noun or an adjective, not a verb."""
        before = index - 1
        if before > 0 and tokens[before].key.endswith(self.adverb_endings):
            before -= 1  # one adverb between: "a still unspecified date", "its newly planned cuts"
        return before >= 0 and tokens[before].key in self.not_verb_after


def _abbreviation(tokens: Sequence[Token], index: int) -> bool:
    """A full stop after a short word glued to it ("vs.", "Mr.", "Sept.") inside a sentence."""
    token = tokens[index]
    if token.key != "." or index == 0 or not token.glued:
        return False
    before = tokens[index - 1].text
    return before.isalpha() and len(before) <= 4 and index + 1 < len(tokens) and not tokens[index + 1].text[0].islower()


def _stem_ok(word: str, suffixes: tuple[str, ...]) -> bool:
    """Long enough to carry an ending: more than four letters, or a stem of three ("tomó"), not
    "need" or "seed"."""
    if len(word) > 4:
        return True
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in suffixes)


def _decide(tense: tuple[int, str] | None, ahead: int | None, planned: bool, back: int | None) -> Tense:
    if tense is not None and tense[1] == PERFECT:
        return Tense(past=True)
    candidates: list[tuple[int, str]] = []
    if tense is not None:
        candidates.append(tense)
    if ahead is not None:
        candidates.append((ahead, "ahead"))
    if not candidates:
        return Tense(past=True) if back is not None else _NONE
    kind = min(candidates)[1]
    if kind == PAST:
        return Tense(past=True)
    told_past = tense is not None and tense[1] == PAST
    now = not told_past and (kind == FUTURE or (tense is not None and tense[1] == FUTURE) or planned)
    return Tense(future=True, now=now)


__all__ = ["Tense", "TenseReader"]
