"""Words that look like times but are not times where they stand.

Each check is language data read from the lexicon, and each rejects a match the rules
found:

* a unit written with a capital inside a sentence is part of a title or a name: "60
  Minutes", ABC's "This Week", the newspaper "CINCO DÍAS" (units are written in lower
  case in running text);
* "second"/"segundo" before a noun is the ordinal, not the unit: "a second term", "un
  segundo debate" (`ordinal_unit`; a duration is followed by punctuation or one of
  `after_duration`: "un segundo de silencio", "a second later");
* a date right after a street's head noun names the street: "la calle 25 de Mayo",
  "Avenida 9 de Julio" (`street_head`);
* `not_preceded_by` in a rule: "los diarios económicos" (the newspapers), "los
  colaboradores más próximos" (the closest); `not_before_name`: "the daily Granma".
"""

from __future__ import annotations

from collections.abc import Sequence

from cronica.timex.language import Lexicon
from cronica.timex.patterns import Match
from cronica.timex.tokens import Token, fold
from cronica.timex.trie import Trie

_SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})
_OPENERS = frozenset({'"', "“", "«", "'", "‘", "(", "[", "`"})
_UNIT_SLOTS = ("unit",)
_EMPTY = Trie()


class NotATime:
    def __init__(self, lexicon: Lexicon) -> None:
        categories = lexicon.categories
        self.units = frozenset().union(
            *(categories[name].first_keys() for name in ("unit", "unit_plural", "calendar_unit") if name in categories)
        )
        self.ordinal_units = categories.get("ordinal_unit", _EMPTY).first_keys()
        self.after_duration = categories.get("after_duration", _EMPTY).first_keys()
        self.street_heads = categories.get("street_head", _EMPTY).first_keys()
        self.joiners = lexicon.name_joiners

    def rejects(self, match: Match, tokens: Sequence[Token]) -> bool:
        return (
            self._title(match, tokens)
            or self._ordinal(match, tokens)
            or self._street(match, tokens)
            or self._preceded(match, tokens)
            or self._before_name(match, tokens)
        )

    def _title(self, match: Match, tokens: Sequence[Token]) -> bool:
        slot = match.slots.get("unit")
        if slot is None:
            return False
        for index in range(match.first, match.last):
            token = tokens[index]
            if token.start < slot.start or token.end > slot.end or token.key not in self.units:
                continue
            if token.text[0].isupper() and not _sentence_initial(tokens, index):
                return True
        return False

    def _ordinal(self, match: Match, tokens: Sequence[Token]) -> bool:
        last = tokens[match.last - 1]
        if last.key not in self.ordinal_units or match.last >= len(tokens):
            return False
        following = tokens[match.last]
        return following.text[0].isalpha() and following.key not in self.after_duration

    def _street(self, match: Match, tokens: Sequence[Token]) -> bool:
        """A date right after a street's head, across the day of the name ("avenida 9 de Julio"
        is not then "Julio"); "la quinta plaza una semana más" is no street."""
        if not ("month" in match.slots or "day" in match.slots):
            return False
        index = match.first - 1
        while index >= max(0, match.first - 3) and (tokens[index].digits or tokens[index].key in self.joiners):
            index -= 1
        return index >= 0 and tokens[index].key in self.street_heads

    def _before_name(self, match: Match, tokens: Sequence[Token]) -> bool:
        """`not_before_name` in a rule: "the Communist Party daily Granma" names a newspaper."""
        if not match.rule.fields.get("not_before_name") or match.last >= len(tokens):
            return False
        following = tokens[match.last]
        return following.text[0].isupper() and not following.glued

    def _preceded(self, match: Match, tokens: Sequence[Token]) -> bool:
        blockers = match.rule.fields.get("not_preceded_by")
        return bool(blockers) and match.first > 0 and tokens[match.first - 1].key in {fold(str(b)) for b in blockers}


def _sentence_initial(tokens: Sequence[Token], index: int) -> bool:
    """The first word of a sentence or of a quotation ("This week" after an opening quote)."""
    while index > 0 and tokens[index - 1].key in _OPENERS:
        index -= 1
    return index == 0 or tokens[index - 1].key in _SENTENCE_END


__all__ = ["NotATime"]
