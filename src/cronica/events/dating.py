"""Dating a frame: which of the dates attached to its trigger (`timing`) is its date.

A date that names something else ("la revolución de 1905") dates the event only as
"named", and not at all when the event lies before or after that thing ("un año antes de la Constitución de
1936"); "hasta 1930" / "until 1930" ends a state and never dates a punctual event; an
office held is dated by its start and its end is an OFFICE_END event of its own;
coordinated dates ("en 1925 y en 1934") make one event each, otherwise the most precise
date wins; as many coordinated persons as coordinated dates pair in order ("X, Y and Z died in 1934,
1935 and 1937": respectively), a different count leaves their dates unpaired; an undated clause
with a marker ("ese mismo día", "after that") takes the last dated event's date.
One verb with two coordinated places makes one event per place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from cronica.events.document import DocumentView
from cronica.events.frame import PERSON_ROLES, Frame
from cronica.events.timing import inheritance_marker, own_timexes, split_by_interval
from cronica.events.triggers import is_office_title
from cronica.model import Participant, TimeSource, Timex
from cronica.timevalue import placement_rank

#: how a list's items hang on its first one ("en 1934, 1935 y 1937": the parser may make "1935" an apposition)
_LIST_DEPS = frozenset({"conj", "appos"})


#: quotation marks that open a quotation → the mark that closes it (a straight quote closes itself)
_OPENING = frozenset({"«", "“", "„", '"'})
_CLOSING = {"»": "«", "”": "“", "“": "„", '"': '"'}


class FrameDater:
    """Dates the frames of one document from the timexes attached to their triggers."""

    def __init__(self, view: DocumentView, attached: dict[int, list[Timex]], named_dates: set[str]) -> None:
        self.view = view
        self.cues = view.cues
        self.attached = attached
        self.named_dates = named_dates
        #: named dates an event lies before or after ("a year before the Constitution of 1936"): never its date
        self.ordered_dates: Mapping[str, Token] = {}
        #: ... and, when a counted offset moves it ("two years after the revolution of 1917"), the date computed
        #: from it: ordered date id → value
        self.computed_dates: Mapping[str, str] = {}
        #: an event placed by a counted offset from an event noun's own date ("shot a year after the trial of
        #: 1938"): its trigger's index → that date with the computed value
        self.event_anchored: Mapping[int, Timex] = {}
        intervals = view.analysis.intervals
        # once per document, not per frame (a pass over every interval of a book per event)
        self.interval_starts = frozenset(interval.start_timex for interval in intervals)
        self.interval_ends = frozenset(interval.end_timex for interval in intervals)

    def date(self, frame: Frame, last_dated: Frame | None) -> list[Frame]:
        """The frame dated (several frames for coordinated dates or places)."""
        analysis = self.view.analysis
        found, source = own_timexes(frame.match.token, self.attached, frame.governor)
        if self.ordered_dates and any(timex.id in self.ordered_dates for timex in found):
            computed = self._computed(frame, found)
            found = [timex for timex in found if timex.id not in self.ordered_dates]
            source = source if found else None
            if not found and computed is not None and frame.match.entry.type != "OFFICE":
                # "Lenin died seven years after the revolution of 1917": the event's date is 1924, computed from
                # the named thing's date (the event's `time` is that date's timex, `time_source: computed`)
                return split_places(dataclasses.replace(frame, time=computed, time_source="computed"))
        if frame.limit is not None:  # a date of a gapped second conjunct dates that event, not this one
            found = [timex for timex in found if timex.start < frame.limit]
            source = source if found else None
        found = self._same_quotation(frame, found)
        source = source if found else None
        if found and source and all(timex.id in self.named_dates for timex in found):
            source = "named"  # "durante la revolución de 1905": the date names the revolution, not the event
        if frame.match.entry.type == "OFFICE":
            position = frame.match.position
            if position is not None and position.dep_ == "appos" and position.i == frame.match.token.i:
                # "Lenin, the first president of the Soviet Union, died in 1924": the sentence's date is the
                # verb's, never the title's; years in a parenthesis after it may be a term or a life span
                # (docs/events.md, "years in the subject"), so the appositive's claim stays undated
                return [dataclasses.replace(frame, time=None)]
            return self._office_dates(frame, found)
        # "hasta 1930" / "until 1930" ends a state: it never dates a punctual event
        bounded = [t for t in found if not self._bounds(t, self.cues.time_until)]
        found = split_by_interval(bounded, self.interval_ends)
        if found:
            distinct = self._dating_timexes(_distinct_values(found))
            if len(distinct) > 1:
                return self._respective(frame, distinct, source)
            dated = [dataclasses.replace(frame, time=timex, time_source=source) for timex in distinct]
            return split_places(dated[0]) if len(dated) == 1 else dated
        token = frame.match.token
        anchored = self.event_anchored.get(token.i)
        if anchored is not None and source is None and frame.match.entry.type != "OFFICE":
            return split_places(dataclasses.replace(frame, time=anchored, time_source="computed"))
        sentence = self.view.sentences.of(token)
        nearby = analysis.timexes_overlapping(sentence.start_char, sentence.end_char)  # not every timex of the text
        kind = inheritance_marker(token, sentence, self.cues, nearby)
        if kind and last_dated is not None and frame.modality == "asserted":
            return [dataclasses.replace(frame, time=last_dated.time, time_source=kind)]
        return split_places(frame)

    def _computed(self, frame: Frame, found: list[Timex]) -> Timex | None:
        """The one date computed from the ordered named dates among `found`, as their timex with the computed
        value; None when there is none or two that disagree."""
        anchors = [timex for timex in found if timex.id in self.computed_dates]
        values = {self.computed_dates[timex.id] for timex in anchors}
        if len(values) != 1 or (frame.limit is not None and anchors[0].start >= frame.limit):
            return None
        return dataclasses.replace(anchors[0], value=values.pop())

    def _same_quotation(self, frame: Frame, found: list[Timex]) -> list[Timex]:
        """A trigger inside quotation marks (a title: «El asesinato de Trotsky» (1972); quoted words) is dated
        only by a date inside the same quotation: the year after a film's or a book's title is the work's."""
        token = frame.match.token
        sentence = self.view.sentences.of(token)
        spans = quoted_spans(self.view.analysis.text, sentence.start_char, sentence.end_char)
        around = next((span for span in spans if span[0] <= token.idx < span[1]), None)
        if around is None:
            return found
        return [timex for timex in found if around[0] <= timex.start and timex.end <= around[1]]

    def _respective(self, frame: Frame, dates: list[Timex], source: TimeSource | None) -> list[Frame]:
        """Coordinated dates make one event each. When as many persons are coordinated in one role ("Kirov,
        Kuibyshev and Ordzhonikidze died in 1934, 1935 and 1937", "Lenin y Stalin nacieron en 1870 y 1878"),
        the dates go respectively: each person's event takes the date in that person's place, never the
        others' (the cross product makes each of them die three times, and every wrong pair is a false
        contradiction). With another count the pairing is unknown: those persons' event stays undated."""
        chain = self._coordinated(dates)
        persons = _coordinated_persons(frame)
        if len(persons) < 2 or len(chain) < 2:
            return [dataclasses.replace(frame, time=timex, time_source=source) for timex in dates]
        role = persons[0].role
        others = [p for p in frame.participants if p.role != role]
        rest = [timex for timex in dates if timex not in chain]  # a date outside the coordination dates them all
        frames = [dataclasses.replace(frame, time=timex, time_source=source) for timex in rest]
        if len(chain) != len(persons):
            return frames or [dataclasses.replace(frame, time=None, time_source=None)]
        pairs = zip(persons, sorted(chain, key=lambda timex: timex.start), strict=True)
        frames.extend(
            dataclasses.replace(frame, participants=[*others, person], time=timex, time_source=source)
            for person, timex in pairs
        )
        return frames

    def _coordinated(self, dates: list[Timex]) -> list[Timex]:
        """The dates of one coordination ("en 1934, 1935 y 1937"): each is a conjunct of another or has one
        (the parser may hang a middle item as an apposition: "1935" appos of "1934")."""
        roots: list[Token | None] = []
        for timex in dates:
            span = self.view.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            roots.append(span.root if span is not None else None)
        present = [root for root in roots if root is not None]
        if not any(root.dep_ == "conj" and root.head in present for root in present):
            return []
        return [
            timex
            for timex, root in zip(dates, roots, strict=True)
            if root is not None
            and any(
                (root.dep_ in _LIST_DEPS and root.head == other) or (other.dep_ in _LIST_DEPS and other.head == root)
                for other in present
                if other != root
            )
        ]

    def _office_dates(self, frame: Frame, found: list[Timex]) -> list[Frame]:
        """An office held: dated by its start ("desde 1918", "de 1918 a 1930", "from 1918"); its end
        ("hasta 1930", "until 1930", an interval's end) is an OFFICE_END event of its own. A date inside
        the holding of a copular office ("era comisario en 1920") makes an OFFICE_HELD, the holding at that
        date; a copula whose noun is no office's title is a description, not an event."""
        ends, starts = self.interval_ends, self.interval_starts
        until = [t for t in found if self._bounds(t, self.cues.time_until) or t.id in ends]
        since = [t for t in found if t not in until and (self._bounds(t, self.cues.time_since) or t.id in starts)]
        if until and not since:  # "de 1918 hasta 1930", "from 1918 until 1930": the date before the end
            since = [t for t in found if t not in until and t.end <= until[0].start]
        frames: list[Frame] = []
        if since:
            frames.append(dataclasses.replace(frame, time=since[0], time_source="clause"))
        elif not until and (frame.match.position is None or (not found and self._office_title(frame))):
            # a copular office with no date at all ("Lenin was the first president of the Soviet Union") is a
            # claim of holding it, checked undated (issue 13)
            frames.append(frame)
        elif not until and self._office_title(frame):
            # with a date inside the holding ("era comisario en 1920") it is a claim of holding it then: an
            # OFFICE_HELD, whose date must fall within a term (issue 13, 13s: offices of one holder at a time)
            entry = dataclasses.replace(frame.match.entry, type="OFFICE_HELD")
            match = dataclasses.replace(frame.match, entry=entry)
            held = self._dating_timexes(_distinct_values(found))[0]
            frames.append(dataclasses.replace(frame, match=match, time=held, time_source="clause"))
        if until:
            entry = dataclasses.replace(frame.match.entry, type="OFFICE_END")
            match = dataclasses.replace(frame.match, entry=entry)
            frames.append(dataclasses.replace(frame, match=match, time=until[-1], time_source="clause"))
        return frames

    def _office_title(self, frame: Frame) -> bool:
        """The predicative noun is an office's title ("president", "comisario": cues `office_heads`), not
        another noun a copula takes ("era el rival más débil")."""
        position = frame.match.position
        return position is not None and is_office_title(position, self.cues)

    def _bounds(self, timex: Timex, words: Sequence[str]) -> bool:
        """The timex follows one of `words` ("hasta", "until"), articles aside ("hasta el 5 de mayo")."""
        before = self.view.analysis.text[max(0, timex.start - 40) : timex.start].lower().split()
        while before and before[-1] in self.cues.articles:
            before.pop()
        tail = " ".join(before[-3:])
        return any(tail == word or tail.endswith(" " + word) for word in words)

    def _dating_timexes(self, found: list[Timex]) -> list[Timex]:
        """Coordinated dates ("en 1925 y en 1934") make one event each; otherwise the most precise
        date wins ("Un año después, en febrero de 1929" is one date said twice)."""
        if len(found) < 2:
            return found
        roots = []
        for timex in found:
            span = self.view.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            roots.append(span.root if span is not None else None)
        coordinated = any(
            root is not None and root.dep_ == "conj" and any(root.head == other for other in roots if other is not None)
            for root in roots
        )
        if coordinated:
            return found
        return [max(found, key=lambda timex: (placement_rank(timex.value), -timex.start))]


def split_places(frame: Frame) -> list[Frame]:
    """One verb, two coordinated places ("fue a Roma y a Nápoles") → one event per place."""
    for role in ("destination", "place"):
        fillers = [p for p in frame.participants if p.role == role]
        heads = [frame.heads.get(p.start) for p in fillers]
        # "a Roma y a Nápoles" is two places; "en Gori, Georgia" is one place and where it lies
        coordinated = len(fillers) > 1 and all(
            h is not None and (h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.children)) for h in heads
        )
        coordinated = coordinated and any(
            c.dep_ == "cc" for h in heads if h is not None for c in (*h.children, *h.head.children)
        )
        if coordinated:
            others = [p for p in frame.participants if p.role != role]
            return [dataclasses.replace(frame, participants=[*others, filler]) for filler in fillers]
    return [frame]


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans between paired quotation marks in text[start:end] («…», “…”, „…“, "…"); an unpaired
    mark opens nothing."""
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for index in range(start, end):
        mark = text[index]
        if mark in _CLOSING and _CLOSING[mark] in opened:
            spans.append((opened.pop(_CLOSING[mark]), index))
        elif mark in _OPENING:
            opened[mark] = index + 1
    return spans


def _coordinated_persons(frame: Frame) -> list[Participant]:
    """The persons coordinated in one role of the frame ("Lenin and Stalin", "Kírov, Kúibyshev y
    Ordzhonikidze"), in text order; empty when no role holds several coordinated fillers."""
    for role in sorted(PERSON_ROLES):
        fillers = sorted((p for p in frame.participants if p.role == role), key=lambda p: p.start)
        heads = [frame.heads.get(p.start) for p in fillers]
        if len(fillers) > 1 and all(
            h is not None and (h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.children)) for h in heads
        ):
            return fillers
    return []


def _distinct_values(found: Sequence[Timex]) -> list[Timex]:
    seen: dict[str, Timex] = {}
    for timex in found:
        seen.setdefault(timex.value, timex)
    return list(seen.values())
