"""Named events dated in the text: "the Second Party Congress, in 1919", "la Segunda Guerra Mundial" left in 1918.

A party congress, a war or a treaty has one date of its own (P585, or the span P580-P582), so a text that ties
another date to a name that identifies the event is provably wrong. Identity is certain only when the words are
a whole name of one KB instance of a class the policy lists (`named_event_classes`), ordinals read alike ("Second",
"2nd", "II": `resources/<lang>/named_events.yaml`), and no name goes on ("the Tenth Party Congress of the Ukrainian
party" names another congress). A date is the event's only when the words tie it to the name: a parenthesis, a
joining phrase ("held in", "celebrado en", "de"), a presence word before the name ("at", "asistió al", "withdrew
from") with the date right after it or heading the sentence with no other clause between, or a holding verb after
a name that opens its sentence ("met in Moscow in 1934", "se celebró en 1903"). Anything else is no claim.

A congress named by its place alone ("the Brussels congress", "los congresos de Bruselas (1902)") is an event only when
the KB holds exactly one dated instance of the noun's class at that place (P276), and only for a text date within
`place_window_years` of it: the KB holds the party's congresses, not every congress that met in Brussels.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from cronica.folding import fold
from cronica.kb.normalize import alias_key
from cronica.model import Analysis, Claim, Evidence, Proof, Sentence, Timex
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.timevalue import RUSSIAN_SWITCH_TO_GREGORIAN
from cronica.verify.ages import widened_for_old_style
from cronica.verify.dates import PartialDate, checked_dates, claimed_span, parse_timex_date
from cronica.verify.language import load_language
from cronica.verify.reference import Fact, ReferenceView

POINT_IN_TIME, START, END, PLACE = "P585", "P580", "P582", "P276"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[()\[\],;:.]")
#: the longest name, in words, looked for
_MAX_NAME = 12


class NamedEventsFile(Schema):
    """verify/resources/<lang>/named_events.yaml"""

    ordinals: Mapping[str, int] = Field(default_factory=dict)
    roman: Mapping[str, int] = Field(default_factory=dict)
    ordinal_suffixes: WordList
    joining: WordList
    presence_before: WordList
    held_after: WordList
    max_gap: int = 3
    clause_breaks: WordList
    #: articles before a name ("the", "el"): part of the claim's words, skipped between a presence word and a name
    articles: WordList
    #: prepositions before a date ("in 1903", "en 1903")
    date_prepositions: WordList
    #: words opening a relative clause of place ("where", "donde", "by which"): what it tells took place at the
    #: named event before it
    relatives: WordList
    #: a class's nouns, singular and plural ("congress", "congresos") → the class: named by a place (P276) alone
    place_nouns: Mapping[str, str] = Field(default_factory=dict)
    #: words joining such a noun to its place ("of", "in", "de", "en"); in English the place may also stand before it
    place_joining: WordList
    #: whether a place may stand before the noun ("the Brussels congress")
    place_before_noun: bool = False
    #: how far (years) a text date may lie from the one KB event at a place for the words still to name it
    place_window_years: int = 3
    #: the claim's words: supported, contradicted, correction, identity_note, rule_note, span, property_<PID>
    templates: Mapping[str, str] = Field(default_factory=dict)


@dataclass(frozen=True)
class Words:
    """One language's words (folded)."""

    numbers: Mapping[str, int]
    suffixes: tuple[str, ...]
    joining: tuple[tuple[str, ...], ...]
    presence: tuple[tuple[str, ...], ...]
    held: tuple[tuple[str, ...], ...]
    max_gap: int
    breaks: frozenset[str]
    articles: frozenset[str]
    date_prepositions: frozenset[str]
    relatives: tuple[tuple[str, ...], ...]
    place_nouns: Mapping[str, str] = dataclasses.field(default_factory=dict)
    place_joining: frozenset[str] = frozenset()
    place_window_years: int = 3
    place_before_noun: bool = False

    @property
    def joining_words(self) -> frozenset[str]:
        """One-word joining phrases ("of", "de"): after a name, with a capitalized word, they make a longer name."""
        return frozenset(phrase[0] for phrase in self.joining if len(phrase) == 1)

    def key(self, word: str) -> str:
        """A folded word, with an ordinal as "#n" so that "Second", "2nd" and "II" meet."""
        folded = fold(word)
        if folded in self.numbers:
            return f"#{self.numbers[folded]}"
        digits = re.fullmatch(r"(\d{1,2})\.?(\w*)", folded)
        if digits and digits.group(2) in self.suffixes:
            return f"#{int(digits.group(1))}"
        return folded


@cache
def load_words(lang: str) -> Words | None:
    path = package_file("cronica.verify", "resources", lang, "named_events.yaml")
    if not path.is_file():
        return None
    data = load_resource(path, NamedEventsFile)

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(fold(p).split()) for p in data.get(key, ())), key=len, reverse=True))

    numbers = {fold(k): v for k, v in {**data.get("roman", {}), **data.get("ordinals", {})}.items()}
    return Words(
        numbers,
        tuple(fold(s) for s in data.get("ordinal_suffixes", ())),
        phrases("joining"),
        phrases("presence_before"),
        phrases("held_after"),
        int(data.get("max_gap", 3)),
        frozenset(fold(w) for w in data.get("clause_breaks", ())),
        frozenset(fold(w) for w in data.get("articles", ())),
        frozenset(fold(w) for w in data.get("date_prepositions", ())),
        phrases("relatives"),
        {fold(k): v for k, v in data.get("place_nouns", {}).items()},
        frozenset(fold(w) for w in data.get("place_joining", ())),
        int(data.get("place_window_years", 3)),
        bool(data.get("place_before_noun", False)),
    )


@dataclass(frozen=True)
class Token:
    text: str
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class DatedEvent:
    """A KB event with its own days: the first and last day it may have taken place, and the facts."""

    item: str
    first: dt.date
    last: dt.date
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Mention:
    """A dated event's name and the date the words tie to it: a date of the text (its days, widened for Old
    Style), or the days of another named event the clause is placed at ("…Brest-Litovsk, donde Rusia se
    retiraba de la Segunda Guerra Mundial": `anchor`)."""

    event: DatedEvent
    start: int
    end: int
    date_start: int
    date_end: int
    days: tuple[dt.date, dt.date]
    tie: str
    anchor: DatedEvent | None = None


class NamedEvents:
    """Finds the names of dated KB events in a text and the dates the text ties to them."""

    def __init__(
        self, view: ReferenceView, classes: frozenset[str], is_instance: Callable[[str, Iterable[str]], bool]
    ) -> None:
        self.view = view
        self.classes = classes
        self.is_instance = is_instance
        self._names: dict[str, dict[tuple[str, ...], set[str]]] = {}
        self._events: dict[str, DatedEvent | None] = {}
        self._aliases: Mapping[str, list[str]] | None = None
        self._at_place: dict[str, dict[str, set[str]]] = {}

    def dated(self, item: str) -> DatedEvent | None:
        if item not in self._events:
            self._events[item] = self._dated(item)
        return self._events[item]

    def _dated(self, item: str) -> DatedEvent | None:
        points = self.view.facts(item, POINT_IN_TIME)
        starts, ends = self.view.facts(item, START), self.view.facts(item, END)
        if len(points) == 1 and not starts and isinstance(points[0].value, PartialDate):
            first, last = checked_dates(points[0].value)
            return DatedEvent(item, first, last, (points[0],))
        if len(starts) == 1 and len(ends) == 1 and not points:
            begin, finish = starts[0].value, ends[0].value
            if isinstance(begin, PartialDate) and isinstance(finish, PartialDate):
                return DatedEvent(item, checked_dates(begin)[0], checked_dates(finish)[1], (starts[0], ends[0]))
        return None  # undated, or dated twice: no one value to hold a text to

    def shared(self, name: str) -> bool:
        """Whether an item of another kind (a person, a body) carries the name too: then it names no one event."""
        if self._aliases is None:
            self._aliases = getattr(self.view.kb, "alias_index", lambda: None)() or {}
        return any(not self.is_instance(item, self.classes) for item in self._aliases.get(alias_key(name), ()))

    def at_place(self, cls: str, place_name: str) -> set[str]:
        """The dated instances of `cls` whose place (P276) is an item the words `place_name` name."""
        if cls not in self._at_place:
            index: dict[str, set[str]] = {}
            aliases = getattr(self.view.kb, "alias_index", lambda: None)() or {}
            for item in sorted({i for found in aliases.values() for i in found}):
                if self.is_instance(item, {cls}) and self.dated(item) is not None:
                    for fact in self.view.facts(item, PLACE):
                        index.setdefault(str(fact.value), set()).add(item)
            self._at_place[cls] = index
        if self._aliases is None:
            self._aliases = getattr(self.view.kb, "alias_index", lambda: None)() or {}
        places = self._aliases.get(alias_key(place_name), ())
        return {event for place in places for event in self._at_place[cls].get(place, ())}

    def by_place(self, tokens: Sequence[Token], at: int, words: Words) -> tuple[DatedEvent, int, int] | None:
        """The one KB event a class noun and a place name at tokens[at:] name ("congress of Brussels", "los
        congresos de Bruselas", "the Brussels congress"), with the tokens it spans; None when the KB holds none or
        several there."""
        found: tuple[str, int, int] | None = None
        noun = words.place_nouns.get(tokens[at].key)
        if noun is not None and at + 2 < len(tokens) and tokens[at + 1].key in words.place_joining:
            place_end = _capitalized_run(tokens, at + 2)
            if place_end > at + 2:
                found = (text_of(tokens, at + 2, place_end), at, place_end)
        elif words.place_before_noun and tokens[at].text[:1].isupper():
            place_end = _capitalized_run(tokens, at)
            cls = words.place_nouns.get(tokens[place_end].key) if place_end < len(tokens) else None
            if place_end > at and cls is not None:
                noun, found = cls, (text_of(tokens, at, place_end), at, place_end + 1)
        if noun is None or found is None or _name_goes_on(tokens, found[1], found[2], words):
            return None
        events = self.at_place(noun, found[0])
        event = self.dated(next(iter(events))) if len(events) == 1 else None
        return (event, found[1], found[2]) if event is not None else None

    def names(self, words: Words, lang: str) -> dict[tuple[str, ...], set[str]]:
        """Every name (label, alias, in any language) of a dated instance of the classes → its items."""
        if lang in self._names:
            return self._names[lang]
        index: dict[tuple[str, ...], set[str]] = {}
        kb = self.view.kb
        aliases = getattr(kb, "alias_index", lambda: None)()
        items = sorted({item for found in (aliases or {}).values() for item in found})
        for item in items:
            if not self.is_instance(item, self.classes) or self.dated(item) is None:
                continue
            labels = list(getattr(kb, "labels", lambda _: {})(item).values())
            for names in getattr(kb, "aliases", lambda _: {})(item).values():
                labels.extend(names)
            for name in labels:
                key = tuple(words.key(w) for w in _WORD.findall(name) if w not in "()[],;:.")
                if key:
                    index.setdefault(key, set()).add(item)
        self._names[lang] = index
        return index

    def mentions(self, analysis: Analysis) -> Iterator[Mention]:
        words = load_words(analysis.document.lang)
        if words is None or not self.classes:
            return
        index = self.names(words, analysis.document.lang)
        if not index:
            return
        # the longest name starting with each word: a word no name starts with costs one lookup, not one per length
        longest: dict[str, int] = {}
        for key in index:
            longest[key[0]] = min(_MAX_NAME, max(longest.get(key[0], 0), len(key)))
        for sentence in analysis.sentences:
            yield from self._in_sentence(analysis, sentence, words, index, longest)

    def _in_sentence(
        self,
        analysis: Analysis,
        sentence: Sentence,
        words: Words,
        index: Mapping[tuple[str, ...], set[str]],
        longest: Mapping[str, int],
    ) -> Iterator[Mention]:
        text = analysis.text
        tokens = [
            Token(m.group(), words.key(m.group()), sentence.start + m.start(), sentence.start + m.end())
            for m in _WORD.finditer(text[sentence.start : sentence.end])
        ]
        # a bisection of the analysis's timex index: a scan of every timex per sentence is quadratic on a book
        timexes = [
            t
            for t in analysis.timexes_overlapping(sentence.start, sentence.end)
            if t.start >= sentence.start and t.type == "DATE"
        ]
        named: list[tuple[DatedEvent, int, int]] = []
        at = 0
        while at < len(tokens):
            found = None
            for size in range(min(longest.get(tokens[at].key, 0), len(tokens) - at), 0, -1):
                items = index.get(tuple(t.key for t in tokens[at : at + size]))
                if items:
                    found = (size, items)
                    break
            if found is None:
                placed = self.by_place(tokens, at, words) if words.place_nouns else None
                if placed is not None:
                    mention = _place_mention(placed, tokens, timexes, words, text)
                    if mention is not None:
                        yield mention
                    at = placed[2]
                    continue
                at += 1
                continue
            size, items = found
            end = at + size
            words_said = text[tokens[at].start : tokens[end - 1].end]
            if len(items) == 1 and not _name_goes_on(tokens, at, end, words) and not self.shared(words_said):
                event = self.dated(next(iter(items)))
                first = at - 1 if at > 0 and tokens[at - 1].key in words.articles else at
                tied = _tied_date(tokens, at, end, timexes, words, text) if event else None
                days = text_days(tied[0]) if tied is not None else None
                if event is not None and tied is not None and days is not None:
                    timex, tie = tied
                    yield Mention(event, tokens[first].start, tokens[end - 1].end, timex.start, timex.end, days, tie)
                elif event is not None and named:
                    anchor = _placed_at(tokens, at, named, words)
                    if anchor is not None:
                        where, (_, a_start, a_end) = anchor, named[-1]
                        span = (where.first, where.last)
                        yield Mention(
                            event,
                            tokens[first].start,
                            tokens[end - 1].end,
                            tokens[a_start].start,
                            tokens[a_end - 1].end,
                            span,
                            "relative",
                            where,
                        )
                if event is not None:
                    named.append((event, at, end))
            at = end


def _place_mention(
    placed: tuple[DatedEvent, int, int], tokens: Sequence[Token], timexes: Sequence[Timex], words: Words, text: str
) -> Mention | None:
    """A place-named event's mention, when the words tie a date to it and that date lies near the event: a date
    years away is likelier another congress at the place than a wrong date for this one."""
    event, at, end = placed
    tied = _tied_date(tokens, at, end, timexes, words, text)
    days = text_days(tied[0]) if tied is not None else None
    if tied is None or days is None:
        return None
    window = dt.timedelta(days=366 * words.place_window_years)
    if days[1] < event.first - window or days[0] > event.last + window:
        return None
    first = at - 1 if at > 0 and tokens[at - 1].key in words.articles else at
    timex, tie = tied
    return Mention(event, tokens[first].start, tokens[end - 1].end, timex.start, timex.end, days, tie)


def _capitalized_run(tokens: Sequence[Token], at: int, most: int = 3) -> int:
    """The end of the capitalized words from `at` (a place's name: "Bruselas", "New York"), at most `most`."""
    end = at
    while end < len(tokens) and end - at < most and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    return end


def text_of(tokens: Sequence[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end])


def _name_goes_on(tokens: Sequence[Token], start: int, end: int, words: Words) -> bool:
    """A capitalized word right before the name (not the sentence's first) or a capitalized word after it, or
    after "of/de/del" + article: the words are part of a longer name ("the Ukrainian Tenth Party Congress",
    "X Congreso del Partido Comunista de Ucrania")."""
    if start > 1 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha():
        return True
    rest = tokens[end : end + 3]
    if rest and rest[0].text[:1].isupper() and rest[0].text.isalpha():
        return True
    if len(rest) >= 2 and rest[0].key in words.joining_words:
        following = rest[1] if rest[1].key not in words.articles or len(rest) < 3 else rest[2]
        return following.text[:1].isupper() and following.text.isalpha()
    return False


def _starts_with(tokens: Sequence[Token], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(t.key for t in tokens[at : at + len(phrase)]) == phrase


def _ends_with(tokens: Sequence[Token], end: int, phrase: tuple[str, ...]) -> bool:
    return end >= len(phrase) and tuple(t.key for t in tokens[end - len(phrase) : end]) == phrase


def _timex_at(timexes: Sequence[Timex], offset: int) -> Timex | None:
    return next((t for t in timexes if t.start == offset), None)


def _tied_date(
    tokens: Sequence[Token], start: int, end: int, timexes: Sequence[Timex], words: Words, text: str
) -> tuple[Timex, str] | None:
    """The date the words tie to the name at tokens[start:end], and how ("parenthesis", "joining", "presence",
    "held"); None when no date is the event's."""
    after = end
    # "The Tenth Party Congress (March 1921)"
    if after < len(tokens) and tokens[after].text == "(":
        timex = _timex_at(timexes, tokens[after + 1].start) if after + 1 < len(tokens) else None
        return (timex, "parenthesis") if timex is not None and text[timex.end : timex.end + 1] == ")" else None
    comma = after < len(tokens) and tokens[after].text == ","
    at = after + 1 if comma else after
    # ", held in December 1927", " de 1939"
    for phrase in words.joining:
        if _starts_with(tokens, at, phrase) and at + len(phrase) < len(tokens):
            timex = _timex_at(timexes, tokens[at + len(phrase)].start)
            if timex is not None:
                return timex, "joining"
    bare = _bare_preposition(tokens, at, words)
    present = _presence_before(tokens, start, words)
    if present and bare is not None:
        timex = _timex_at(timexes, tokens[bare].start)
        if timex is not None:
            return timex, "presence"
    if present and start > 0:
        heading = _heading_date(tokens, start, timexes, words)
        if heading is not None:
            return heading, "presence"
    if _opens_sentence(tokens, start, words) and not comma:
        for phrase in words.held:
            if _starts_with(tokens, after, phrase):
                for gap in range(after + len(phrase), min(after + len(phrase) + words.max_gap + 2, len(tokens))):
                    timex = _timex_at(timexes, tokens[gap].start)
                    if timex is not None:
                        return timex, "held"
                    if tokens[gap].text in ",;:.()" or tokens[gap].key in words.breaks:
                        break
    return None


def _bare_preposition(tokens: Sequence[Token], at: int, words: Words) -> int | None:
    """The token after "in" / "en" (or right at `at` when a date follows directly): where a date may start."""
    if at < len(tokens) and tokens[at].key in words.date_prepositions:
        return at + 1 if at + 1 < len(tokens) else None
    return None


def _presence_before(tokens: Sequence[Token], start: int, words: Words) -> bool:
    """A presence word right before the name, an article between them allowed ("at the", "asistió al", "en el")."""
    end = start
    if end > 0 and tokens[end - 1].key in words.articles:
        end -= 1
    return any(_ends_with(tokens, end, phrase) for phrase in words.presence)


def _heading_date(tokens: Sequence[Token], start: int, timexes: Sequence[Timex], words: Words) -> Timex | None:
    """A date heading the sentence ("In 1918 Russia withdrew from …", "En 1918 Rusia se retiró de …"), the only
    date of the sentence, with no clause break between it and the name."""
    if len(timexes) != 1:
        return None
    timex = timexes[0]
    first = 1 if tokens and tokens[0].key in words.date_prepositions else 0
    if first >= len(tokens) or tokens[first].start != timex.start:
        return None
    between = [t for t in tokens[first:start] if t.start >= timex.end]
    if any(t.key in words.breaks or t.text in ";:()" for t in between):
        return None
    return timex


def _placed_at(
    tokens: Sequence[Token], start: int, named: Sequence[tuple[DatedEvent, int, int]], words: Words
) -> DatedEvent | None:
    """The named event a relative clause of place puts this one's presence word at: "<event>, where / donde /
    by which … withdrew from [the] <name>", with nothing between but the clause's subject and verb."""
    anchor, _, anchor_end = named[-1]
    if not _presence_before(tokens, start, words) or anchor_end >= len(tokens) or tokens[anchor_end].text != ",":
        return None
    after = anchor_end + 1
    relative = next((p for p in words.relatives if _starts_with(tokens, after, p)), None)
    if relative is None:
        return None
    between = tokens[after + len(relative) : start]
    if any(t.key in words.breaks or not t.text[:1].isalnum() for t in between) or len(between) > 8:
        return None
    return anchor


def _opens_sentence(tokens: Sequence[Token], start: int, words: Words) -> bool:
    return start == 0 or (start == 1 and tokens[0].key in words.articles)


def text_days(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """The days the text's date may denote, widened by the Old Style reading before Russia's switch."""
    date = parse_timex_date(timex.value)
    if date is None:
        return None
    span = claimed_span(date, timex.mod)
    if span is None or dt.date.min in span or dt.date.max in span:
        return None
    if timex.calendar:
        return span
    return widened_for_old_style(span, RUSSIAN_SWITCH_TO_GREGORIAN)


def evidence_of(view: ReferenceView, event: DatedEvent) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            view.name,
            fact.subject,
            fact.property,
            fact.value.iso() if isinstance(fact.value, PartialDate) else fact.value,
            {},
            fact.source,
            view.url(fact.subject),
        )
        for fact in event.facts
    )


def judge(view: ReferenceView, mention: Mention, text: str, lang: str, templates: Mapping[str, str]) -> Claim | None:
    """The claim that the event took place at the date the text ties to it: supported when the days overlap the
    event's, contradicted when they cannot (the event's date is one value: rule single_value)."""
    days, event = mention.days, mention.event
    start, end = min(mention.start, mention.date_start), max(mention.end, mention.date_end)
    if mention.tie == "parenthesis":
        end += 1
    name, said = text[mention.start : mention.end], text[mention.date_start : mention.date_end]
    label = view.label(event.item, lang)
    reference = _reference_words(event, templates, lang)
    evidence = evidence_of(view, event)
    fields = {"name": name, "label": label, "date": said, "reference": reference}
    at = ""
    if mention.anchor is not None:  # the text's date is the event it places this one at
        evidence += evidence_of(view, mention.anchor)
        fields["anchor_date"] = _reference_words(mention.anchor, templates, lang)
        said = fields["date"] = templates["placed_at"].format(**fields)
        at = "_at"
    if days[1] >= event.first and days[0] <= event.last:
        explanation = templates[f"supported{at}"].format(**fields)
        return Claim("", None, start, end, text[start:end], "supported", evidence, None, explanation, 0.9)
    fact = event.facts[0]
    proof = Proof(
        mention=name,
        start=mention.start,
        end=mention.end,
        entity=event.item,
        entity_label=label,
        identity="full_name",
        identity_note=templates["identity_note"].format(**fields),
        property=fact.property,
        qualifier=None,
        property_label=templates[f"property_{fact.property}"],
        reference="/".join(str(e.value) for e in evidence_of(view, event)),
        reference_label=reference,
        source=fact.source,
        url=view.url(event.item),
        text_value=said,
        rule="single_value",
        rule_note=templates["rule_note"].format(**fields),
    )
    correction = templates[f"correction{at}"].format(**fields)
    explanation = templates[f"contradicted{at}"].format(**fields)
    return Claim("", None, start, end, text[start:end], "contradicted", evidence, correction, explanation, 0.9, proof)


def _reference_words(event: DatedEvent, templates: Mapping[str, str], lang: str) -> str:
    """The event's date in the language's words ("on 7 November 1917", "del 28 de febrero de 1921 al …"), never
    an ISO string a reader must decode."""
    language = load_language(lang)
    dates = [fact.value for fact in event.facts if isinstance(fact.value, PartialDate)]
    if len(dates) == 1:
        return templates["point"].format(date=language.date(dates[0], in_sentence=True))
    return templates["span"].format(first=language.date(dates[0]), last=language.date(dates[-1]))


def named_event_claims(view: ReferenceView, finder: NamedEvents, analysis: Analysis) -> list[Claim]:
    """One claim per dated name of an event (`NamedEvents.mentions`), judged on its own date."""
    lang = analysis.document.lang
    templates = load_templates(lang)
    if templates is None:
        return []
    claims = []
    for mention in finder.mentions(analysis):
        claim = judge(view, mention, analysis.text, lang, templates)
        if claim is not None:
            claims.append(claim)
    return claims


@cache
def load_templates(lang: str) -> Mapping[str, str] | None:
    path = package_file("cronica.verify", "resources", lang, "named_events.yaml")
    if not path.is_file():
        return None
    return dict(load_resource(path, NamedEventsFile).get("templates", {}))
