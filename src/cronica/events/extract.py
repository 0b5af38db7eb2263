"""Event frames from a spaCy parse: the extractor runs the readers over one document in text order.

Find trigger tokens (`triggers`: verbs, multiword expressions, nominals), read their
participants (`roles`, which makes each participant through `participants`: entities,
pronouns and dropped subjects resolved by the light coreference), weigh their modality
(`modality`), then date them (`dating`, from the dates `timing` attached to each trigger),
splitting a verb with two coordinated dates or places into two events. A lead
parenthesis with a life span (`lifespan`) gives a BIRTH and a DEATH of its own.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from cronica.events.age import AgeReader
from cronica.events.dating import FrameDater
from cronica.events.document import DocumentView
from cronica.events.frame import CLAUSAL_DEPS, Frame
from cronica.events.lexicon import Lexicon, TriggerEntry
from cronica.events.lifespan import LifeSpan, life_spans
from cronica.events.modality import modality_of
from cronica.events.ontology import load_ontology
from cronica.events.participants import ParticipantReader
from cronica.events.roles import RoleReader
from cronica.events.timing import attach_timexes, named_dates
from cronica.events.triggers import TriggerMatch, find_triggers
from cronica.model import Analysis, Entity, Event, Manner, Participant, Trigger


@dataclass
class Carried:
    """What reading one batch of a long text leaves for the next, besides the coreference state the
    participant reader keeps (`coref.Referents`: every person named so far, their mentions of the
    last sentences, the genders learned) and the view's batch before (`DocumentView.previous`)."""

    #: the last dated event: an undated clause with a marker ("ese mismo día") takes its date
    last_dated: Frame | None = None
    #: the events read so far, each with its place in text order (trigger token, date)
    events: list[tuple[tuple[int, int], Event]] = field(default_factory=list)


class Extractor:
    """Extracts the events of one document; its readers hold the per-document state."""

    def __init__(
        self,
        analysis: Analysis,
        doc: Doc | None,
        lexicon: Lexicon,
        sex_of: Callable[[Entity], str | None] | None = None,
    ) -> None:
        self.analysis = analysis
        self.lexicon = lexicon
        self.cues = lexicon.cues
        self.view = DocumentView(analysis, None, lexicon.cues)
        self.participants = ParticipantReader(self.view, sex_of)
        self.roles = RoleReader(self.view, self.participants, lexicon, load_ontology())
        cues = lexicon.cues
        self.ages = AgeReader.of(lexicon.lang, cues.age_phrases, cues.age_clause_phrases, sorted(cues.age_when_words))
        self.places = [e for e in self.view.entities if e.label != "PER"]
        self.dater = FrameDater(self.view, {}, set())
        self.carried = Carried()
        self.doc = doc

    @property
    def doc(self) -> Doc:
        return self.view.doc

    @doc.setter
    def doc(self, doc: Doc | None) -> None:
        if doc is not None:
            self.view.read(doc)

    def events(self, batches: Iterable[Doc] | None = None) -> list[Event]:
        """The document's events in text order, numbered; `batches`: its parse batch by batch (the
        Doc given at construction when None). The state of `Carried` runs on from batch to batch."""
        if batches is None:
            self._read_batch()
        for doc in batches or ():
            self.doc = doc
            self._read_batch()
        events = sorted(self.carried.events, key=lambda pair: pair[0])  # stable: a batch's order in a tie
        return [dataclasses.replace(event, id=f"ev{number}") for number, (_, event) in enumerate(events, start=1)]

    def _read_batch(self) -> None:
        view = self.view
        entities = view.batch_entities()
        persons = [e for e in entities if e.label == "PER" and view.has_proper_noun(e)]
        self.participants.add_persons(persons)
        spans = life_spans(self.analysis.text, persons, self.places, self.analysis.timexes, self.cues)
        spanned = {timex_id for span in spans for timex_id in span.timexes}
        matches = find_triggers(self.doc, self.lexicon, view.timex_tokens)
        trigger_indexes = {m.token.i for m in matches}
        # the dates of a lead parenthesis date the birth and the death, nothing else in the sentence
        datable = [t for t in view.batch_timexes() if t.id not in spanned]
        dater = self.dater
        dater.attached = attach_timexes(self.doc, datable, trigger_indexes)
        dater.named_dates = named_dates(self.doc, datable, trigger_indexes)
        frames: list[Frame] = self._life_span_frames(spans)
        carried = self.carried
        silent = self.participants.other_clauses(trigger_indexes)
        for match in matches:
            while silent and silent[0].i < match.token.i:
                self.participants.track_subject(silent.pop(0))
            frame = self.roles.read(match)
            if frame is None:
                continue
            frame.modality = modality_of(match.token, view.sentences.of(match.token), self.cues)
            for split in dater.date(frame, carried.last_dated):
                if split.match.nominal and not split.participants and split.time is None:
                    continue  # a bare "la muerte" / "the trial" says nothing checkable
                frames.append(split)
                if split.time is not None:
                    carried.last_dated = split
        for verb in silent:  # clauses after the batch's last event still move the coreference along
            self.participants.track_subject(verb)
        for frame in frames:
            key = (frame.match.token.idx, frame.time.start if frame.time else -1)
            carried.events.append((key, self._event(0, frame)))

    def _life_span_frames(self, spans: list[LifeSpan]) -> list[Frame]:
        """ "León Trotski (Yanovka, 7 de noviembre de 1879 - Coyoacán, 21 de agosto de 1940)": a BIRTH
        and a DEATH of the person, each triggered by its part of the parenthesis (`lifespan`)."""
        frames = []
        for span in spans:
            person = self.doc.char_span(span.person.start, span.person.end, alignment_mode="expand")
            for part in span.parts:
                words = self.doc.char_span(part.start, part.end, alignment_mode="expand")
                if person is None or words is None or not len(words):
                    continue
                entry = TriggerEntry(type=part.kind, subject="patient")
                frame = Frame(TriggerMatch(words[0], entry, tuple(range(words.start, words.end))))
                self.participants.add(frame, "patient", person.root)
                place = (
                    self.doc.char_span(part.place.start, part.place.end, alignment_mode="expand")
                    if part.place
                    else None
                )
                if place is not None:
                    self.participants.add(frame, "place", place.root)
                elif part.place_words is not None:
                    frame.participants.append(self._place_by_words(*part.place_words))
                frame.time, frame.time_source = part.timex, "clause"
                frames.append(frame)
        return frames

    def _place_by_words(self, start: int, end: int) -> Participant:
        """A place the NER left inside another token: the entity of the same name elsewhere, if any."""
        words = self.analysis.text[start:end]
        named = next((e for e in self.view.entities if e.text == words and e.label != "PER"), None)
        return Participant("place", named.id if named else None, words, start, end)

    def _event(self, number: int, frame: Frame) -> Event:
        match = frame.match
        start = self.doc[min(match.tokens)].idx
        last = self.doc[max(match.tokens)]
        end = last.idx + len(last.text)
        position = bisect_right(self.view.sentence_starts, match.token.idx) - 1
        sentence = self.analysis.sentences[position] if position >= 0 and self.analysis.sentences else None
        place = next((p.entity for p in frame.participants if p.role == "place" and p.entity), None)
        manner = match.entry.manner or ("execution" if match.entry.type == "EXECUTION" else self._manner_said(match))
        return Event(
            id=f"ev{number}",
            type=match.entry.type,
            trigger=Trigger(self.analysis.text[start:end], start, end, "NOUN" if match.nominal else "VERB"),
            sentence=sentence.id if sentence else "",
            participants=tuple(frame.participants),
            time=frame.time.id if frame.time else None,
            time_value=frame.time.value if frame.time else None,
            place=place,
            modality=frame.modality,
            manner=manner,
            time_source=frame.time_source,
            repeated=frame.repeated,
            age=self.ages.age_at(match.token) or self.ages.age_over(match.token),
        )

    def _manner_said(self, match: TriggerMatch) -> Manner | None:
        """How a death happened when a phrase attached to the trigger says it ("died of natural
        causes", "murió de causas naturales"); the phrases are data (cues.yaml `manner_phrases`).
        Only the trigger's own modifiers are read, never a clause hung on it ("…after his son
        was murdered" says nothing of how this death happened)."""
        if match.entry.type != "DEATH" or not self.cues.manner_phrases:
            return None
        for child in match.token.children:
            if child.dep_.split(":")[0] in CLAUSAL_DEPS:
                continue
            words = f" {' '.join(t.text.lower() for t in child.subtree)} "
            manner = next((m for phrase, m in self.cues.manner_phrases if f" {phrase} " in words), None)
            if manner is not None:
                return manner
        return None


def extract_events(
    analysis: Analysis,
    doc: Doc | Iterable[Doc],
    lexicon: Lexicon,
    sex_of: Callable[[Entity], str | None] | None = None,
) -> tuple[Event, ...]:
    """`doc`: the parse, or its batches in text order (`StageContext.batches`); `sex_of` gives a
    linked person's gender (Masc/Fem) when the KB knows it, for pronouns."""
    if isinstance(doc, Doc):
        return tuple(Extractor(analysis, doc, lexicon, sex_of).events())
    return tuple(Extractor(analysis, None, lexicon, sex_of).events(doc))
