"""Offices one person holds at a time: a claim refuted by who else held the office then.

An office can repeat in a person's life, so a claim "X held O from 1919 to 1925" is refuted by X's own
statements only when X's offices are marked complete. Many offices admit one holder at a time, though, and
the pack often lists every holder over a span (`resources/single_holder.yaml`: the office, the period over
which its holder list is complete, the page that lists them). Over that period:

- **another holder**: a holder other than X held O (a term with both ends dated) over a part of the span
  the text gives X ("from 1919 to 1925": the years between; "in 1935": the whole year), and no statement
  of X's of O may reach that part; then X did not hold O then, whoever X is;
- **another successor**: the text says Y followed P in O, and every term of P's of O ended inside the
  period and was followed by a known holder (the term's "replaced by", else the one term that began as it
  ended) who is not Y.

The office must be certainly the text's: the linked office (or the body whose chair the words name, by one
of the office's own names), words that hold one of the entry's `markers` when it lists any (a republic had
its own Council of People's Commissars), and no word that makes it another office: a deputy, an acting
holder, a member, a republic's or a city's namesake (`words`). Otherwise nothing is said here and the
checker goes on as before; `blocked` says which link failed, for the explanation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from cronica.folding import fold
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.verify.dates import RUSSIAN_SWITCH_TO_GREGORIAN, PartialDate
from cronica.verify.reference import Fact, ReferenceView

POSITION, START, END, POINT = "P39", "P580", "P582", "P585"
REPLACES, REPLACED_BY = "P1365", "P1366"
#: two dates this close may be one day told in two calendars or one handover told loosely
SLACK = dt.timedelta(days=31)
#: the next holder's term must begin this soon after the last one ended to be its successor
NEXT_WITHIN = dt.timedelta(days=62)
Interval = tuple[dt.date, dt.date]
#: the words around an office's mention read for what makes it another office ("the acting", "of Ukraine")
WORDS_BEFORE, WORDS_AFTER = 3, 5


class OfficeEntry(Schema):
    office: str
    period: list[dt.date] = Field(min_length=2, max_length=2)
    source: str
    markers: dict[str, list[str]] = Field(default_factory=dict)


class HolderWords(Schema):
    not_the_holder: WordList
    namesakes: WordList


class SingleHolderFile(Schema):
    """verify/resources/single_holder.yaml"""

    offices: list[OfficeEntry]
    words: dict[str, HolderWords]


@dataclass(frozen=True)
class OneHolderOffice:
    office: str
    period: Interval
    source: str
    markers: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Term:
    """One holder's statement of the office, with the days it surely covers and the days it may cover."""

    holder: str
    fact: Fact
    surely: Interval | None
    maybe: Interval


@dataclass(frozen=True)
class HolderProof:
    """Why the text's person did not hold the office then: `term` is the other holder's ("another_holder"),
    or the true successor's ("another_successor", after `predecessor`)."""

    kind: str
    office: OneHolderOffice
    term: Term
    predecessor: str | None = None


@dataclass(frozen=True)
class OfficeNamed:
    """The single-holder office the text's words name, or why it is not certain (`blocked`: a key)."""

    office: OneHolderOffice | None
    blocked: str | None = None
    words: str = ""

    @property
    def certain(self) -> OneHolderOffice | None:
        return self.office if self.blocked is None else None


@cache
def load_offices() -> tuple[dict[str, OneHolderOffice], dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    data = load_resource(package_file("cronica.verify", "resources", "single_holder.yaml"), SingleHolderFile)
    offices = {
        entry["office"]: OneHolderOffice(
            entry["office"],
            (entry["period"][0], entry["period"][1]),
            entry["source"],
            {lang: tuple(words) for lang, words in entry.get("markers", {}).items()},
        )
        for entry in data["offices"]
    }
    words = {
        lang: (tuple(each.get("not_the_holder", ())), tuple(each.get("namesakes", ())))
        for lang, each in data["words"].items()
    }
    return offices, words


def _has(text: str, words: Iterable[str]) -> str | None:
    """The first of `words` that `text` holds as whole words (case and accents folded)."""
    padded = f" {_plain(text)} "
    return next((word for word in words if f" {_plain(word)} " in padded), None)


def _plain(text: str) -> str:
    """Folded words without hyphens or commas: "ex-presidente" holds "ex", "All-Russian" is two words."""
    return " ".join(fold(text).replace("-", " ").replace(",", " ").split())


def _around(context: str, words: str) -> str:
    """The office's mention with the few words before and after it that may make it another office ("the
    acting ...", "... of Ukraine"); a word elsewhere in a long claim ("miembro" of another clause) does not."""
    key = words.strip()
    at = context.lower().find(key.lower()) if key else -1
    if at < 0:
        return context
    before, after = context[:at].split()[-WORDS_BEFORE:], context[at + len(key) :].split()[:WORDS_AFTER]
    return " ".join([*before, context[at : at + len(key)], *after])


def _span(value: object, old_style: bool) -> Interval | None:
    """The days a date may be, widened by the Old Style offset before the calendar switch."""
    if not isinstance(value, PartialDate):
        return None
    first, last = value.to_gregorian().span()
    if old_style and first < RUSSIAN_SWITCH_TO_GREGORIAN:
        first, last = first - dt.timedelta(days=13), last + dt.timedelta(days=13)
    return first, last


@dataclass(frozen=True)
class HolderReasoner:
    view: ReferenceView
    subjects: Callable[[str, str], Iterable[str]]
    lang: str  # the explanation's language: its words that make the office another one

    def named(self, value: object, words: str, context: str) -> OfficeNamed:
        """The marked office the text names by `words` (the value's mention) in `context` (the claim's words)."""
        offices, vocabulary = load_offices()
        office = offices.get(value) if isinstance(value, str) else None
        if office is None and isinstance(value, str):
            words = self.full_name(words, context, [o.office for o in offices.values()])
            named = self.office_by_name(value, words, [o.office for o in offices.values()])
            office = offices.get(named) if named else None
        if office is None:
            return OfficeNamed(None)
        not_the_holder, namesakes = vocabulary.get(self.lang, ((), ()))
        around = _around(context, self.full_name(words, context, [office.office]))
        if found := _has(around, not_the_holder):
            return OfficeNamed(office, "not_the_holder", found)
        if found := _has(around, namesakes):
            return OfficeNamed(office, "namesake", found)
        markers = office.markers.get(self.lang, ())
        if markers and not _has(self.full_name(words, context, [office.office]), markers):
            return OfficeNamed(office, "unmarked", words)
        return OfficeNamed(office)

    def not_the_holder(self, words: str) -> str | None:
        """The word of `words` that makes an office another than the holder's ("acting", "former"), if any."""
        return _has(words, load_offices()[1].get(self.lang, ((), ()))[0])

    def _names(self, office: str) -> list[str]:
        kb = self.view.kb
        names = list(getattr(kb, "labels", lambda q: {})(office).values())
        return names + [a for each in getattr(kb, "aliases", lambda q: {})(office).values() for a in each]

    def full_name(self, words: str, context: str, offices: Iterable[str]) -> str:
        """The longest name of one of `offices` that `context` holds where `words` begin: a mention cut short
        ("chairman of the All" of "... All-Russian Central Executive Committee") read whole; else `words`."""
        text, key = fold(" ".join(context.split())), fold(" ".join(words.split()))
        at = text.find(key) if key else -1
        if at < 0:
            return words
        found = [n for o in offices for n in self._names(o) if text.startswith(fold(" ".join(n.split())), at)]
        return max(found, key=len) if found and len(max(found, key=len)) > len(key) else words

    def office_by_name(self, body: str, words: str, extra: Iterable[str] = ()) -> str | None:
        """The office `words` name exactly (one of its own names): an office of `body` (P2389), or one of
        `extra`. A text's "chairman of the Council of People's Commissars" is then that office, not any
        office of the Council (a commissariat)."""
        key = fold(" ".join(words.split()))
        candidates = [str(o) for o in self.subjects("P2389", body)] + list(extra)
        hits = {o for o in candidates if any(fold(" ".join(n.split())) == key for n in self._names(o))}
        return hits.pop() if len(hits) == 1 else None

    def terms(self, office: str) -> list[Term]:
        """Every holder's statement of `office`."""
        terms = []
        for holder in dict.fromkeys(str(s) for s in self.subjects(POSITION, office)):
            for fact in self.view.facts(holder, POSITION):
                if fact.value == office:
                    terms.append(self._term(holder, fact))
        return terms

    @staticmethod
    def _term(holder: str, fact: Fact) -> Term:
        starts = [s for v in fact.qualifier(START) if (s := _span(v, False))]
        ends = [s for v in fact.qualifier(END) if (s := _span(v, False))]
        maybe = (
            min((s[0] for s in starts), default=dt.date.min),
            max((e[1] for e in ends), default=dt.date.max),
        )
        surely = None
        if starts and ends:
            first, last = max(s[1] for s in starts), min(e[0] for e in ends)
            surely = (first, last) if first <= last else None
        return Term(holder, fact, surely, maybe)

    def another_holder(
        self, office: OneHolderOffice, person: str, dates: Mapping[str, object], old_style: bool
    ) -> HolderProof | None:
        """A term of another holder over a part of the text's span that no term of `person`'s may reach."""
        start, end = _span(dates.get(START), old_style), _span(dates.get(END), old_style)
        point = _span(dates.get(POINT), old_style)
        terms = self.terms(office.office)
        own = [term.maybe for term in terms if term.holder == person]
        others = [term for term in terms if term.holder != person and term.surely is not None]
        if start and end and start[1] + SLACK < end[0] - SLACK:
            # "from 1919 to 1925": held on every day between the two dates
            span = (max(start[1] + SLACK, office.period[0]), min(end[0] - SLACK, office.period[1]))
            found: list[tuple[dt.timedelta, Term]] = []
            for term in others:
                assert term.surely is not None
                part = (max(span[0], term.surely[0]), min(span[1], term.surely[1]))
                if part[0] <= part[1] and _uncovered(part, own):
                    found.append((part[1] - part[0], term))
            # the holder of the longest part is the one to name
            return HolderProof("another_holder", office, max(found, key=lambda item: item[0])[1]) if found else None
        moment = point or (start if not end else end if not start else None)
        if moment is None or moment[0] < office.period[0] or moment[1] > office.period[1]:
            return None
        # "in 1935": held on some day of the year; another holder held it on every day of it
        if any(m[0] <= moment[1] and moment[0] <= m[1] for m in own):
            return None
        for term in others:
            assert term.surely is not None
            if term.surely[0] <= moment[0] and moment[1] <= term.surely[1]:
                return HolderProof("another_holder", office, term)
        return None

    def another_successor(self, office: OneHolderOffice, successor: str, predecessor: str) -> HolderProof | None:
        """Every term of `predecessor`'s inside the period was followed by a known holder other than `successor`."""
        terms = self.terms(office.office)
        theirs = [term for term in terms if term.holder == predecessor]
        if not theirs:
            return None
        found: Term | None = None
        for term in theirs:
            # the handover must fall inside the period, where every holder is listed
            if term.surely is None or not office.period[0] <= term.maybe[1] <= office.period[1]:
                return None
            following = self._next(term, terms)
            if following is None or following.holder == successor:
                return None
            found = found or following
        return HolderProof("another_successor", office, found, predecessor) if found else None

    def _next(self, term: Term, terms: Sequence[Term]) -> Term | None:
        """The term that followed `term`: the one its "replaced by" names, else the one that began as it ended."""
        named = {str(v) for v in term.fact.qualifier(REPLACED_BY)}
        ended = term.maybe[1]
        after = [
            other
            for other in terms
            if other.holder != term.holder
            and other.surely is not None
            and ended - SLACK <= other.maybe[0] <= ended + NEXT_WITHIN
        ]
        if named:
            after = [other for other in after if other.holder in named] or [
                other for other in terms if other.holder in named and other.surely is not None
            ]
        holders = {other.holder for other in after}
        return after[0] if len(holders) == 1 else None


def _uncovered(part: Interval, own: Sequence[Interval]) -> bool:
    """Whether some day of `part` lies outside every interval of `own`."""
    day = part[0]
    for first, last in sorted(own):
        if last < day:
            continue
        if first > day:
            return True
        if last >= part[1]:
            return False
        day = last + dt.timedelta(days=1)
        if day > part[1]:
            return False
    return day <= part[1]
