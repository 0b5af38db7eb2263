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
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from cronica.events.age import SUBJECT_DEPS, AgeReader
from cronica.events.dating import FrameDater
from cronica.events.document import DocumentView
from cronica.events.frame import CLAUSAL_DEPS, Frame
from cronica.events.gapping import Remnant, gapped_remnants
from cronica.events.lexicon import Lexicon, TriggerEntry
from cronica.events.lifespan import LifeSpan, life_spans
from cronica.events.modality import modality_of
from cronica.events.ontology import load_ontology
from cronica.events.participants import ParticipantReader
from cronica.events.roles import RoleReader
from cronica.events.syntax import continued_clause, noun_conjunct_verb, serial_participle
from cronica.events.timing import (
    attach_timexes,
    named_dates,
    ordered_event_dates,
    ordered_named_dates,
    relative_dates,
)
from cronica.events.triggers import TriggerMatch, find_triggers
from cronica.model import Age, Analysis, Entity, Event, Kin, Manner, Participant, Trigger

#: the grammatical gender of a relative named by a kinship noun ("Lenin's father ... He was 54")
KIN_GENDER: dict[Kin, str] = {
    "father": "Masc", "husband": "Masc", "son": "Masc", "brother": "Masc",
    "mother": "Fem", "wife": "Fem", "daughter": "Fem", "sister": "Fem",
}  # fmt: skip
#: types whose series items share the organization the first item names ("expulsado del partido en 1927,
#: readmitido en 1928 y expulsado otra vez en 1932": readmitted to and expelled again from the party)
MEMBERSHIP_TYPES = frozenset({"EXPULSION", "JOIN", "LEAVE"})
#: a blank line: a paragraph ends there
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


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
        # a part of a life span is its own BIRTH or DEATH: "died" in "(born 1885; died 1919)" or
        # "Died: 5 March 1953, Moscow" is that part's word, no second event ("executed" in a death part
        # stays: it says the manner)
        parts = [(part.kind, part.start, part.end) for span in spans for part in span.parts]
        matches = [m for m in matches if not any(k == m.entry.type and a <= m.token.idx < b for k, a, b in parts)]
        trigger_indexes = {m.token.i for m in matches}
        # the dates of a lead parenthesis date the birth and the death, nothing else in the sentence
        datable = [t for t in view.batch_timexes() if t.id not in spanned]
        dater = self.dater
        dater.attached = attach_timexes(
            self.doc, datable, trigger_indexes, self._continuations(trigger_indexes), self.cues
        )
        dater.named_dates = named_dates(
            self.doc, datable, trigger_indexes, self.cues.name_prepositions, self.cues.time_nouns
        )
        dater.ordered_dates = ordered_named_dates(
            self.doc, datable, dater.named_dates, self.cues.name_prepositions, self.cues.order_words
        )
        dater.computed_dates = relative_dates(
            self.doc, view.batch_timexes(), dater.ordered_dates, self.cues.order_before
        )
        # "shot a year after the trial of 1938": the trial's own date, shifted, dates the shooting
        by_event = ordered_event_dates(
            self.doc, datable, trigger_indexes, self.cues.name_prepositions, self.cues.order_words
        )
        event_computed = relative_dates(
            self.doc, view.batch_timexes(), {key: order for key, (order, _) in by_event.items()}, self.cues.order_before
        )
        timexes = {timex.id: timex for timex in datable}
        dater.event_anchored = {
            by_event[key][1].i: dataclasses.replace(timexes[key], value=value) for key, value in event_computed.items()
        }
        frames: list[Frame] = self._life_span_frames(spans)
        carried = self.carried
        silent = self.participants.other_clauses(trigger_indexes)
        for match in matches:
            while silent and silent[0].i < match.token.i:
                self.participants.track_subject(silent.pop(0))
            sentence = view.sentences.of(match.token)
            joiners = self.cues.gap_joiners
            remnants = [] if match.nominal else gapped_remnants(match.token, sentence, view.timex_tokens, joiners)
            frame = self.roles.read(match, remnants[0].start if remnants else None)
            if frame is None:
                continue
            frame.modality = modality_of(match.token, sentence, self.cues)
            for split in dater.date(frame, carried.last_dated):
                if split.match.nominal and not split.participants and split.time is None:
                    continue  # a bare "la muerte" / "the trial" says nothing checkable
                frames.append(split)
                if split.time is not None:
                    carried.last_dated = split
            for number, remnant in enumerate(remnants):
                limit = remnants[number + 1].start if number + 1 < len(remnants) else None
                second = self._remnant_frame(match, remnant, frame, limit)
                if second is not None:
                    frames.append(second)
                    carried.last_dated = second
        for verb in silent:  # clauses after the batch's last event still move the coreference along
            self.participants.track_subject(verb)
        self._share_series_organization(frames)
        for frame in frames:
            key = (frame.match.token.idx, frame.time.start if frame.time else -1)
            carried.events.append((key, self._event(0, frame)))

    def _share_series_organization(self, frames: list[Frame]) -> None:
        """An item of a telegraphic series that names no organization ("readmitted in 1928", "expelled
        again in 1932") is readmitted to, or expelled again from, the one the series' first verb names,
        when both are membership events; an item naming its own keeps it."""
        by_token = {frame.match.token.i: frame for frame in frames}
        for frame in frames:
            if frame.match.entry.type not in MEMBERSHIP_TYPES or frame.match.nominal:
                continue
            if any(p.role == "organization" for p in frame.participants):
                continue
            verb = serial_participle(frame.match.token, self.cues.passive_aux)
            head = by_token.get(verb.i) if verb is not None else None
            if head is None or head.match.entry.type not in MEMBERSHIP_TYPES:
                continue
            frame.participants.extend(p for p in head.participants if p.role == "organization")

    def _remnant_frame(self, match: TriggerMatch, remnant: Remnant, first: Frame, limit: int | None) -> Frame | None:
        """The event of one gapped conjunct, dated by the remnant's own date (`gapping`)."""
        frame = self.roles.read_remnant(match, remnant, first)
        if frame is None:
            return None
        start, end = remnant.tokens[0].idx, remnant.tokens[-1].idx + len(remnant.tokens[-1].text)
        if limit is not None:
            end = min(end, limit)
        dates = [t for t in self.analysis.timexes_overlapping(start, end) if t.type == "DATE" and t.start >= start]
        if not dates:
            return None
        frame.time, frame.time_source, frame.modality = dates[0], "clause", first.modality
        return frame

    def _continuations(self, trigger_indexes: set[int]) -> dict[int, int]:
        """Triggers that continue a passive clause ("luego deportado", "then exiled"), or a participle the
        parser coordinated with a noun ("condenado a muerte y fusilado en 1936") → that clause's verb: a
        date after the trigger that the parser hangs on that verb is the trigger's."""
        cues = self.cues
        found = {}
        for index in trigger_indexes:
            token = self.doc[index]
            verb = continued_clause(token, cues.continuation_adverbs, cues.passive_aux) or noun_conjunct_verb(token)
            if verb is not None:
                found[index] = verb.i
        return found

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
            age=self.ages.age_at(match.token) or self.ages.age_over(match.token) or self._age_said_next(frame),
        )

    def _age_said_next(self, frame: Frame) -> Age | None:
        """ "Lev Sedov died in Paris on 16 February 1938. He was only 32." / "... Tenía treinta y dos años.":
        a sentence that only gives an age speaks of the event of the sentence just before, in the same
        paragraph, when that event is its main clause and the event's main person is that clause's
        subject (named, a pronoun or, in Spanish, left out), of the age pronoun's gender. So "Mercader
        attacked Trotsky. He was 27." gives no age to Trotsky (the subject is the attacker), nor "Lenin's
        father died in 1886. She was 40." to anyone."""
        match = frame.match
        token = match.token
        if match.nominal or token.head != token or not self.cues.age_clause_phrases:
            return None
        sentence = self.view.sentences.of(token)
        if sentence.end >= len(self.doc):
            return None  # the last sentence (of a long text's batch: the next batch is not read)
        following = self.view.sentences.of(self.doc[sentence.end])
        words = [t for t in sentence if not t.is_space]
        start = next((t for t in following if not t.is_space), None)
        if not words or start is None:
            return None
        if PARAGRAPH_BREAK.search(self.analysis.text, words[-1].idx + len(words[-1].text), start.idx):
            return None
        read = self.ages.age_alone(following, self.cues.pronoun_gender)
        main = self._main_person(frame)
        if read is None or main is None:
            return None
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            if not any(s.left_edge.idx <= main.start < s.right_edge.idx + len(s.right_edge.text) for s in subjects):
                return None
        elif not (self.cues.drops_subject and main.start < sentence.start_char):
            return None  # no subject: a dropped one resolved to a person named before this sentence
        age, gender = read
        if gender is not None and gender != self._gender_of(main):
            return None
        return age

    def _main_person(self, frame: Frame) -> Participant | None:
        main_role = load_ontology().type(frame.match.entry.type).main_role
        return next((p for p in frame.participants if p.role == main_role and (p.entity or p.kin)), None)

    def _gender_of(self, person: Participant) -> str | None:
        if person.kin is not None:
            return KIN_GENDER.get(person.kin)
        referent = self.participants.referents.of_entity(person.entity)
        return referent.gender if referent else None

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
