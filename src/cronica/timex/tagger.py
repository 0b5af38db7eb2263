"""The tagger: tokens → matches (find) → TIMEX3 (normalize) → ids, intervals.

Works on raw text in one pass, without spaCy. One `Tagger` per language holds the
compiled resources; it keeps no state between texts, so it can be shared.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from cronica.errors import CronicaError
from cronica.model import Interval, Timex
from cronica.timex.calendars import mark_calendars
from cronica.timex.coordination import complete_coordinated, merge_durations
from cronica.timex.daytimes import date_times
from cronica.timex.intervals import find_intervals
from cronica.timex.language import Lexicon, load_lexicon, load_yaml
from cronica.timex.matchers import MIN_YEAR, Matchers, YearValue, valid_date
from cronica.timex.normalize import AUTO, MODES, Resolver, dual_value
from cronica.timex.notimes import NotATime
from cronica.timex.patterns import Finder, Match, compile_rules
from cronica.timex.relatives import anchor_on_following, counted_day
from cronica.timex.tense import TenseReader
from cronica.timex.tokens import Token, split_date_joins, tokenize
from cronica.timex.values import Point

#: kinds whose matches may take a part-of-period or approximation prefix into their span
_DATE_KINDS = frozenset({"date", "decade", "century", "relative", "offset", "time"})
#: relative expressions are resolved against the reference time but do not become one
#: ("two years ago" must not move the story's year)
_NOT_REFERENCES = frozenset({"relative", "offset"})
_SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})
#: a blank line after a sentence end, with the white space around it: where a batch may end
_BATCH_END = re.compile(r"[.!?;][ \t]*\n[ \t]*\n\s*")
#: slots that give a time of day its own day ("10 p.m. Friday", "las 11.45 de ayer")
_DAY_SLOTS = frozenset(
    {"month", "day", "year", "numeric_date", "iso_date", "relative_day", "deictic_shift", "anaphoric_shift", "weekday",
     "holiday", "movable"}
)  # fmt: skip


@dataclass
class TagState:
    """What tagging carries from one batch of a text to the next: the reference time and the
    expressions it remembers (`Resolver`), the ids given so far, and the tokens of the batch
    being read (dropped when it is done)."""

    resolver: Resolver
    count: int = 0
    tokens: list[Token] = field(default_factory=list)


def batch_bounds(text: str, size: int | None) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans covering `text`, each about `size` characters or less: a batch
    ends after a blank line that follows a sentence end (".", "!", "?", ";": where the tagger's own
    sentences end, so no expression, guard or prefix reads across it), the last one in the batch's
    second half, else the first one after it. Without `size`, or with no such line, one batch."""
    if not size or len(text) <= size:
        return [(0, len(text))]
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = None
        for found in _BATCH_END.finditer(text, start + size // 2, start + size):
            end = found.end()
        if end is None:
            following = _BATCH_END.search(text, start + size)
            if following is None:
                break
            end = following.end()
        if end >= len(text):
            break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


@dataclass(frozen=True)
class TagResult:
    timexes: tuple[Timex, ...]
    intervals: tuple[Interval, ...]


class Tagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lexicon: Lexicon = load_lexicon(lang)
        self.matchers = Matchers(self.lexicon)
        lexicon = self.lexicon
        self._function_words = lexicon.year_cue_before | lexicon.year_fine_after | lexicon.year_strong_cue_before
        self.finder = Finder(compile_rules(load_yaml(lang, "rules.yaml"), self.matchers, lang), self.matchers)
        self.tense = TenseReader(lexicon)
        self.not_a_time = NotATime(lexicon)
        categories = lexicon.categories
        self._month_keys = frozenset().union(
            *(categories[name].first_keys() for name in ("month", "month_abbr") if name in categories)
        )
        suffixes = categories["calendar_suffix"].first_keys() if "calendar_suffix" in categories else frozenset()
        # "octubrejul": a month with a calendar note run into it (copied superscripts) → month length
        self._glued_months = {
            month + suffix: len(month) for month in categories["month"].first_keys() for suffix in suffixes
        }

    def tag(
        self, text: str, dct: str | dt.date | None = None, mode: str | None = None, batch_chars: int | None = None
    ) -> TagResult:
        """Tag `text`. `mode` None or "auto" decides each expression's anchor (DCT or the text's own
        dates) by its kind; "news" and "narrative" force one (see `normalize`).

        With `batch_chars`, a longer text is tagged in batches of about that many characters, cut
        at a blank line after a sentence end (`batch_bounds`): the tokens of one batch at a time are
        alive, while the reference time (`Resolver`) and the ids run on across the batches, so the
        result is the one tagging the whole text gives (no rule reads across a sentence end)."""
        dct_point = _dct_point(dct)
        mode = mode or AUTO
        if mode not in MODES:
            raise CronicaError(f"unknown timex mode '{mode}' (modes: {', '.join(MODES)})")
        state = TagState(Resolver(mode, dct_point))
        timexes: list[Timex] = []
        intervals: list[Interval] = []
        for start, end in batch_bounds(text, batch_chars):
            found = sorted(self._tag_batch(text, start, end, state), key=lambda t: (t.start, t.end))
            intervals += find_intervals(text, found, state.tokens, self.lexicon)
            state.tokens = []  # the batch's tokens are dropped before the next batch is read
            timexes += found
        new_ids = {t.id: f"t{number}" for number, t in enumerate(timexes, start=1)}  # text order already
        numbered = tuple(
            replace(t, id=new_ids[t.id], anchor=new_ids.get(t.anchor, t.anchor) if t.anchor else None) for t in timexes
        )
        renamed = tuple(
            replace(
                interval,
                id=f"i{number}",
                start_timex=new_ids[interval.start_timex],
                end_timex=new_ids[interval.end_timex],
            )
            for number, interval in enumerate(intervals, start=1)
        )
        return TagResult(numbered, renamed)

    def _tag_batch(self, text: str, batch_start: int, batch_end: int, state: TagState) -> list[Timex]:
        """The timexes of text[batch_start:batch_end] (offsets in `text`), in text order, with ids
        that run on from the previous batches' (`state.count`); leaves the batch's tokens in `state`."""
        tokens = split_date_joins(
            tokenize(text, batch_start, batch_end), self._month_keys, self.lexicon.day_month_joiners, self._glued_months
        )
        state.tokens = tokens
        resolver = state.resolver
        sentence_starts = [batch_start] + [
            tokens[index + 1].start for index in range(len(tokens) - 1) if tokens[index].key in _SENTENCE_END
        ]
        timexes: list[Timex] = []
        dateless: set[str] = set()  # times of day whose day came from the reference, not their words
        day_shifts: dict[str, int] = {}  # "the day before", "al día siguiente": may count from the next date
        floor = 0  # a prefix may not reach back into the previous expression

        def acceptable(match: Match, tokens: Sequence[Token]) -> bool:
            return self._acceptable(match, tokens, resolver.refs.in_bc_era()) and self._guarded(match, tokens, text)

        for match in self.finder.find(tokens, acceptable):
            first, mod = self._prefix(match, tokens, floor)
            floor = match.last
            tense = self.tense.read(tokens, match.first, match.last)
            future = tense.future
            sentence = sentence_starts[bisect_right(sentence_starts, tokens[match.first].start) - 1]
            for resolution in resolver.resolve(match, future, tense.past, sentence, tense.now):
                start = resolution.start if resolution.start is not None else tokens[first].start
                end = resolution.end if resolution.end is not None else tokens[match.last - 1].end
                state.count += 1
                timex_id = f"t{state.count}"
                timexes.append(
                    Timex(
                        id=timex_id,
                        text=text[start:end],
                        start=start,
                        end=end,
                        type=resolution.type,  # type: ignore[arg-type]
                        value=resolution.value,
                        mod=mod if resolution.type != "SET" else None,
                        anchor=resolution.anchor,
                        calendar=resolution.calendar,  # type: ignore[arg-type]
                    )
                )
                if (
                    not future
                ):  # "expects losses through the third quarter of 1990": a forecast, not the report's period
                    resolver.refs.note(resolution)
                if match.rule.kind == "time" and not any(
                    name in match.slots or name in match.rule.fields for name in _DAY_SLOTS
                ):
                    dateless.add(timex_id)
                shift = _day_shift(match)
                if shift and resolution.type == "DATE":
                    day_shifts[timex_id] = shift
                # "a campaign planned for 1976" is not the story's time
                planned = future and resolver.refs.story_frame()
                # "the next day... the day following": a day counted from the story's day moves the story
                counted = (
                    resolution.anchor not in (None, "dct")
                    and resolution.point is not None
                    and bool(resolution.point.day)
                )
                if resolution.point is not None and (match.rule.kind not in _NOT_REFERENCES or counted) and not planned:
                    resolver.refs.remember(
                        resolution.point, timex_id, end, explicit=resolution.anchor is None, part=resolution.part
                    )
                if len(timexes) > 1 and timexes[-2].id in day_shifts and resolution.point and resolution.point.day:
                    # "The day before last Tuesday's hearing, ... the next morning": the day counted from
                    # the date that follows is the story's day for what comes next
                    story_day = counted_day(timexes[-2], day_shifts[timexes[-2].id], timexes[-1], tokens)
                    if story_day is not None:
                        year, month, day = map(int, story_day.split("-"))
                        resolver.refs.remember(Point(year, month, day), timexes[-2].id, end)
        timexes = complete_coordinated(text, merge_durations(text, timexes, self.lexicon), tokens, self.lexicon)
        timexes = anchor_on_following(timexes, day_shifts, tokens)
        timexes = date_times(timexes, dateless, tokens)
        return mark_calendars(timexes, tokens, self.lexicon)

    # --- finding helpers ------------------------------------------------------------

    def _acceptable(self, match: Match, tokens: Sequence[Token], bc_era: bool) -> bool:
        """Reject impossible dates and numbers that are not used as years."""
        slots = match.slots
        year: YearValue | None = slots["year"].value if "year" in slots else None
        day = slots["day"].value if "day" in slots else None
        month = slots["month"].value if "month" in slots else None
        if day and month and not valid_date(year.year if year else 2000, month, day):
            return False
        if match.rule.kind == "decade" and year is not None and year.year % 10:
            return False  # "1965's" is a year followed by 's, not a decade
        if match.rule.kind == "dual_date" and dual_value(slots, match.rule.fields) is None:
            return False  # "7 November [25 October] 1917" only when the two are one day in two calendars
        bare = match.rule.fields.get("context") == "year"
        if bare and not tokens[match.first].digits and not (year is not None and year.spoken):
            return False  # "thousand", "mil" alone are quantities; years in words need a frame ("el año mil")
        if (
            year is not None
            and not year.explicit_era
            and year.year < MIN_YEAR
            and not self._small_year_ok(match, tokens, bc_era)
        ):
            return False
        if bare and year is not None:
            return self._used_as_year(match, tokens, year)
        if match.rule.fields.get("context") == "hour":
            after = tokens[match.last] if match.last < len(tokens) else None
            counted = (  # "de las tres grandes potencias", "las dos iglesias": a quantity, not a time
                after is not None
                and after.text[0].isalpha()
                and after.text[0].islower()
                and (after.key.endswith(self.lexicon.counted_noun_endings) or after.key == "que")
            )
            return match.first > 0 and tokens[match.first - 1].key in self.lexicon.hour_cue_before and not counted
        return True

    def _small_year_ok(self, match: Match, tokens: Sequence[Token], bc_era: bool) -> bool:
        """A number under 1000 is a year only where the rule says so ("el año 711") or, in a text
        about the years before Christ, where a year is expected ("in 480")."""
        if match.rule.fields.get("small_year"):
            return True
        year: YearValue = match.slots["year"].value
        if not bc_era or year.year < 10:
            return False
        if match.rule.fields.get("context") != "year":
            return True
        return match.first > 0 and tokens[match.first - 1].key in self.lexicon.year_strong_cue_before

    def _used_as_year(self, match: Match, tokens: Sequence[Token], year: YearValue) -> bool:
        if year.explicit_era:
            return True
        lexicon = self.lexicon
        before = tokens[match.first - 1] if match.first > 0 else None
        after = tokens[match.last] if match.last < len(tokens) else None
        if before is not None and before.key in lexicon.year_blocked_before and not self._life_sign(match, tokens):
            return False
        if after is not None and after.key in ("%", "º", "ª"):
            return False
        if lexicon.in_span_modifiers.longest_before(tokens, match.first) is not None:
            return True  # "early 1856", "a finales de 1925": the modifier says it is a date
        if before is not None and before.key in lexicon.year_sentence_cue and before.text[0].isupper():
            return True  # "In 1956 demonstrations forced...": in English a sentence opening "In <number>" dates it
        if (
            after is not None
            and after.text[0].isalpha()
            and after.text[0].islower()
            and after.key not in lexicon.year_fine_after
            and after.key.endswith(lexicon.counted_noun_endings)
        ):
            return False  # "1937 soldados": a quantity of something, not a year
        if before is not None and before.key in lexicon.year_cue_before:
            return True
        possessive = before is not None and before.key == "s" and match.first > 1 and tokens[match.first - 2].key == "'"
        modifier_cue = before is not None and (before.key in lexicon.year_modifier_cue_before or possessive)
        if modifier_cue and 1800 <= year.year <= 2099:
            return True  # "the 2003 invasion", "the company's 1989 results": a year used as a modifier
        if after is None or not after.text[0].isalpha():
            return True
        return after.text[0].isupper() or after.key in lexicon.year_fine_after

    def _life_sign(self, match: Match, tokens: Sequence[Token]) -> bool:
        """A sign before the year that a reference book uses for a birth, where it opens a parenthesis
        or a part of one: "(* 1888, † 1938)" is a life, "3 * 1888" a product."""
        sign = tokens[match.first - 1]
        if sign.key not in self.lexicon.year_life_signs:
            return False
        return match.first < 2 or tokens[match.first - 2].key in self.lexicon.year_life_sign_after

    def _guarded(self, match: Match, tokens: Sequence[Token], text: str) -> bool:
        """Guards some rules declare in their data:
        `needs_prefix`: only after a part-of-period modifier ("the end of" + "the year");
        `common_word`: a one-word match (season, part of day) is not a capitalized name mid-sentence
        ("Operation Red Dawn", "Fall of Saigon");
        `month_name`: an ambiguous month name ("March") is not part of a name ("the Long March")."""
        if match.rule.kind != "name" and (self._inside_name(match, tokens) or self.not_a_time.rejects(match, tokens)):
            return False
        blockers = match.rule.fields.get("not_followed_by")
        if blockers and match.last < len(tokens) and tokens[match.last].key in blockers:
            return False
        guard = match.rule.fields.get("guard")
        if guard is None:
            return True
        if guard == "needs_prefix":
            return self.lexicon.in_span_modifiers.longest_before(tokens, match.first) is not None
        if guard == "before_word":  # "las próximas elecciones": an adjective before its noun
            following_token = tokens[match.last] if match.last < len(tokens) else None
            return following_token is not None and following_token.text[0].isalpha()
        if guard == "capitalized_end":  # "the April Theses" is a name, "a June agreement" a date
            return tokens[match.last - 1].text[0].isupper()
        if guard == "phrase_end":  # "dos días después." but not "dos días después de la votación"
            return match.last >= len(tokens) or not tokens[match.last].text[0].isalnum()
        token = tokens[match.first]
        previous = tokens[match.first - 1] if match.first > 0 else None
        following = tokens[match.last] if match.last < len(tokens) else None
        name_before = (
            previous is not None
            and previous.text[0].isupper()
            and previous.key not in self._function_words
            and "\n" not in text[previous.end : token.start]
        )
        name_after = following is not None and following.text[0].isupper() and not following.glued
        if guard == "common_word":
            return not token.text[0].isupper() or not (name_before or name_after)
        if guard == "month_name" and token.key in self.lexicon.needs_capital:
            # "the Long March", "the March for Life", "March of the Combatant Mothers" are names;
            # "the March accession", "the May elections" are the month before a noun
            if name_before or self._preposition_to_name(tokens, match.last):
                return False
            return previous is None or previous.key != "the" or (following is not None and following.text[0].islower())
        return True

    def _preposition_to_name(self, tokens: Sequence[Token], index: int) -> bool:
        """A preposition of a name ("for", "of", "on": lexicon name_preposition), an optional
        article, then a capitalized word: "March for Life", "March of the Combatant Mothers"."""
        prepositions = self.lexicon.categories.get("name_preposition")
        if prepositions is None or index >= len(tokens) or tokens[index].key not in prepositions.first_keys():
            return False
        index += 1
        if index < len(tokens) and tokens[index].key in self.lexicon.name_articles:
            index += 1
        if index >= len(tokens) or not (tokens[index].text[0].isupper() and tokens[index].text[0].isalpha()):
            return False
        return tokens[index].key not in self._month_keys  # "from May to July" is a range

    def _inside_name(self, match: Match, tokens: Sequence[Token]) -> bool:
        """Date words the language writes in lower case, capitalized and joined to a capitalized word,
        are part of a name: "la Revolución de Octubre", "la Plaza de Mayo", "el Domingo Sangriento",
        "the Winter Palace", "the Thirty Years' War". Only a date word at the edge of the match is
        joined: "In Spring 1918 Ludendorff attacked" is a date."""
        lexicon = self.lexicon
        skip = lexicon.name_joiners | lexicon.name_articles
        words = [t for t in tokens[match.first : match.last] if t.text[0].isalpha() and t.key not in skip]
        if not words or not any(t.key in lexicon.lowercase_date_words for t in words):
            return False
        if not all(t.text[0].isupper() for t in words):
            return False
        if self._capitalized_neighbor(tokens, match.first - 1, -1):
            return True
        last = tokens[match.last - 1]
        return last.text[0].isalpha() and self._capitalized_neighbor(tokens, match.last, 1)

    def _capitalized_neighbor(self, tokens: Sequence[Token], index: int, step: int) -> bool:
        """A capitalized word (not a date word, not a sentence's first function word) at `index`,
        across joiners and articles ("de los", "of the"): articles alone do not join."""
        lexicon = self.lexicon
        crossed_joiner = crossed_article = False
        while 0 <= index < len(tokens) and (
            tokens[index].key in lexicon.name_joiners or tokens[index].key in lexicon.name_articles
        ):
            crossed_joiner |= tokens[index].key in lexicon.name_joiners
            crossed_article |= tokens[index].key in lexicon.name_articles
            index += step
        if (crossed_article and not crossed_joiner) or not 0 <= index < len(tokens):
            return False
        token = tokens[index]
        if not (token.text[0].isalpha() and token.text[0].isupper()):
            return False
        sentence_initial = index == 0 or tokens[index - 1].key in _SENTENCE_END
        if token.key in lexicon.lowercase_date_words:  # "Jornadas de Julio", "los Seis Días"
            return crossed_joiner or not sentence_initial
        return not (sentence_initial and token.key in self._function_words)

    def _prefix(self, match: Match, tokens: Sequence[Token], floor: int) -> tuple[int, str | None]:
        """Extend the span over a modifier before it ("a finales de", "around"), or read a signal
        ("antes de", "after") that sets the mod without entering the span."""
        kind = match.rule.kind
        lexicon = self.lexicon
        first, mod = match.first, match.rule.fields.get("mod")
        tries = (lexicon.quantity_modifiers,) if kind == "duration" else (lexicon.in_span_modifiers,)
        if kind in _DATE_KINDS or kind == "duration":
            for trie in tries:
                found = trie.longest_before(tokens, first)
                if found and found[0] >= floor:
                    first, mod = found
        if kind in _DATE_KINDS and mod in (None, *_PART_MODS):
            found = lexicon.signal_modifiers.longest_before(tokens, first)
            if found and found[0] >= floor and (mod is None or found[1] == _UPPER_BOUND):
                # "by early 1925": the bound outweighs the part, or an event of 1924 would be refuted
                mod = found[1]
        return first, mod


#: the in-span modifiers a date can carry, and the signal that bounds it from above ("by early 1925")
_PART_MODS = ("START", "MID", "END")
_UPPER_BOUND = "ON_OR_BEFORE"


def _day_shift(match: Match) -> int | None:
    """The days a relative expression ending in its direction word moves ("the day before": -1,
    "al día siguiente": 1)."""
    fields, slots = match.rule.fields, match.slots

    def get(name: str) -> object:
        return slots[name].value if name in slots else fields.get(name)

    shift = get("anaphoric_shift")
    if match.rule.kind != "relative" or get("unit") != "D" or not isinstance(shift, int) or abs(shift) != 1:
        return None
    unit = slots.get("unit")
    if unit is None or unit.end >= match.end:
        return None  # "the next day" opens with its direction: what follows is no complement
    return shift


def _dct_point(dct: str | dt.date | None) -> Point | None:
    if dct is None:
        return None
    if isinstance(dct, str):
        try:
            dct = dt.date.fromisoformat(dct.strip()[:10])
        except ValueError:
            raise CronicaError(f"invalid document date '{dct}': expected YYYY-MM-DD") from None
    return Point(dct.year, dct.month, dct.day)


@cache
def get_tagger(lang: str) -> Tagger:
    """One compiled tagger per language and process."""
    return Tagger(lang)


def renumber(timexes: Sequence[Timex]) -> tuple[Timex, ...]:
    """Renumber ids t1, t2... in text order, keeping anchors pointing at the same timexes."""
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    new_ids = {t.id: f"t{number}" for number, t in enumerate(ordered, start=1)}
    return tuple(
        replace(t, id=new_ids[t.id], anchor=new_ids.get(t.anchor, t.anchor) if t.anchor else None) for t in ordered
    )


__all__ = ["TagResult", "Tagger", "get_tagger"]
