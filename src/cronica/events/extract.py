"""Event frames from a spaCy parse: triggers from the lexicon, roles from the dependencies.

One pass over the document in text order: find trigger tokens (verbs, multiword
expressions, nominals), read their participants from the parse (subject, object,
prepositional arguments; passive subjects are patients; a missing subject comes from
the coordinated or controlling verb, else from the light coreference), then date them
(`timing`), weigh their modality (`modality`) and split a verb with two coordinated
dates or places into two events.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from cronica.events.coref import Referent, Referents
from cronica.events.lexicon import Lexicon, TriggerEntry
from cronica.events.modality import modality_of
from cronica.events.ontology import load_ontology
from cronica.events.syntax import (
    COMPLEMENT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Sentences,
    clause_token,
    clitic_offsets,
    governors,
    has_reflexive,
    is_passive,
    participant_span,
    prepositional_arguments,
    subjects_of,
)
from cronica.events.timing import (
    attach_timexes,
    inheritance_marker,
    own_timexes,
    split_by_interval,
    timex_token_indexes,
)
from cronica.events.triggers import TriggerMatch, find_triggers
from cronica.model import Analysis, Entity, Event, Participant, Timex, Trigger

PLACE_ROLES = frozenset({"place", "destination", "origin"})
PLACE_PREPOSITIONS = frozenset({"en", "in", "at", "near", "cerca"})
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
WHERE_WORDS = frozenset({"where", "donde"})
NON_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
AGENT_PREPOSITIONS = frozenset({"by", "por"})


@dataclass
class Frame:
    match: TriggerMatch
    participants: list[Participant] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
    heads: dict[int, Token] = field(default_factory=dict)  # participant start → its head token
    time: Timex | None = None
    time_source: str | None = None
    modality: str = "asserted"


class Extractor:
    """Extracts the events of one document; holds the per-document state (coreference, timexes)."""

    def __init__(
        self, analysis: Analysis, doc: Doc, lexicon: Lexicon, sex_of: Callable[[Entity], str | None] | None = None
    ) -> None:
        self.analysis = analysis
        self.doc = doc
        self.lexicon = lexicon
        self.cues = lexicon.cues
        self.ontology = load_ontology()
        self.sentence_starts = [s.start for s in analysis.sentences]
        self.timex_tokens = timex_token_indexes(doc, analysis.timexes)
        self.sentences = Sentences(doc)
        self.entities = sorted(analysis.entities, key=lambda e: e.start)
        persons = [
            (self._sentence_number(e.start), e, self._entity_is_subject(e))
            for e in self.entities
            if e.label == "PER" and self._has_proper_noun(e)
        ]
        self.referents = Referents(persons, sex_of)
        self._by_id = {entity.id: entity for entity in self.entities}

    # --- public ---------------------------------------------------------------------

    def events(self) -> list[Event]:
        matches = find_triggers(self.doc, self.lexicon, self.timex_tokens)
        trigger_indexes = {m.token.i for m in matches}
        attached = attach_timexes(self.doc, self.analysis.timexes, trigger_indexes)
        frames: list[Frame] = []
        last_dated: Frame | None = None
        silent = self._other_clauses(trigger_indexes)
        for match in matches:
            while silent and silent[0].i < match.token.i:
                self._track_subject(silent.pop(0))
            frame = self._frame(match)
            if frame is None:
                continue
            for split in self._date(frame, attached, last_dated):
                if split.match.nominal and not split.participants and split.time is None:
                    continue  # a bare "la muerte" / "the trial" says nothing checkable
                frames.append(split)
                if split.time is not None:
                    last_dated = split
        frames.sort(key=lambda f: (f.match.token.idx, f.time.start if f.time else -1))
        return [self._event(index, frame) for index, frame in enumerate(frames, start=1)]

    # --- clauses that are not events still move the coreference along ---------------

    def _other_clauses(self, trigger_indexes: set[int]) -> list[Token]:
        """Finite verbs that trigger nothing: their subjects (said, pronoun or dropped) keep salience."""
        return [
            token
            for token in self.doc
            if token.i not in trigger_indexes
            and token.pos_ in ("VERB", "AUX")
            and token.dep_ not in ("aux", "auxpass", "aux:pass", "cop", "xcomp")
            and self._finite_or_passive(token)
        ]

    def _track_subject(self, verb: Token) -> None:
        """Record who a non-event clause is about ("se enfrentó a Stalin": still Trotsky)."""
        subjects = [s for s in subjects_of(verb) if self._usable(s)]
        probe = Frame(TriggerMatch(verb, TriggerEntry(type="STATEMENT"), (verb.i,)))
        if subjects:
            for subject in subjects:
                head = self._antecedent(subject)
                if head.lower_ in self.cues.pronouns or "Prs" in head.morph.get("PronType"):
                    self._add(probe, "agent", head)
            return
        if verb.dep_ == "conj":
            return  # shares its head's subject, already counted
        if "3" in verb.morph.get("Person") or "Part" in verb.morph.get("VerbForm"):
            self._add_dropped_subject(probe, "agent")

    # --- frames ---------------------------------------------------------------------

    def _frame(self, match: TriggerMatch) -> Frame | None:
        frame = Frame(match)
        if match.nominal:
            self._nominal_roles(frame)
        else:
            self._verbal_roles(frame)
        self._retype_from_place(frame)
        match = frame.match
        allowed = set(self.ontology.types[match.entry.type].roles)
        frame.participants = _dedupe([p for p in frame.participants if p.role in allowed])
        roles = {p.role for p in frame.participants}
        if match.entry.requires and not roles & set(match.entry.requires):
            return None
        frame.modality = modality_of(match.token, self.sentences.of(match.token), self.cues)
        return frame

    def _retype_from_place(self, frame: Frame) -> None:
        entry = frame.match.entry
        if entry.from_place is None:
            return
        places = [p for p in frame.participants if p.role == "organization" and self._is_location(p)]
        if not places:
            return
        frame.match = dataclasses.replace(frame.match, entry=dataclasses.replace(entry, type=entry.from_place))
        frame.participants = [dataclasses.replace(p, role="origin") if p in places else p for p in frame.participants]

    def _is_location(self, participant: Participant) -> bool:
        entity = next((e for e in self.entities if e.id == participant.entity), None)
        return entity is not None and entity.label == "LOC"

    def _verbal_roles(self, frame: Frame) -> None:
        token, entry = frame.match.token, frame.match.entry
        passive = is_passive(token, self.cues.passive_aux) or self._reflexive_passive(token, entry)
        subject_role = entry.object if passive else entry.subject
        if not passive and entry.subject_without_object and not any(c.dep_ in OBJECT_DEPS for c in token.children):
            subject_role = entry.subject_without_object
        subjects = [s for s in subjects_of(token) if self._usable(s)]
        if subjects:
            for subject in subjects:
                self._add(frame, subject_role, self._antecedent(subject))
        else:
            self._inherited_subject(frame, subject_role)
        object_filled = False
        arguments = list(self._arguments(token))
        a_arguments = [nominal for preposition, nominal in arguments if preposition == "a"]
        for preposition, nominal in arguments:
            if not self._usable(nominal) or nominal.i in frame.match.tokens:
                continue
            # "a" + person is the object unless "a" marks a destination here and is the only one
            personal_a = "a" not in entry.preps or (len(a_arguments) > 1 and nominal == a_arguments[0])
            role = self._argument_role(entry, preposition, nominal, passive, object_filled, personal_a)
            if role is None:
                continue
            object_filled |= role == entry.object
            self._add(frame, role, nominal)
        if passive:
            self._misattached_agent(frame, token, entry)
        clitic = clitic_offsets(token)
        if clitic is not None and not passive:
            self._add_pronoun(frame, entry.object, *clitic, gender=_gender(token))
        self._relative_place(frame)

    def _misattached_agent(self, frame: Frame, token: Token, entry: TriggerEntry) -> None:
        """ "appointed Lord Privy Seal by Henry VIII": the parser hangs the by-phrase on the noun."""
        agent_role = next((entry.preps[p] for p in AGENT_PREPOSITIONS if entry.preps.get(p)), None)
        if agent_role is None or any(p.role == agent_role for p in frame.participants):
            return
        for child in token.children:
            if child.dep_ in COMPLEMENT_DEPS or child.dep_ in OBJECT_DEPS:
                for preposition, nominal in prepositional_arguments(child):
                    if preposition in AGENT_PREPOSITIONS and self._usable(nominal):
                        self._add(frame, agent_role, nominal)

    def _arguments(self, token: Token) -> Iterator[tuple[str | None, Token]]:
        """The predicate's arguments, plus those the parser hung on one of its dates
        ("born on 7 November 1879 in Yanovka": "in Yanovka" attached to "November")."""
        for preposition, nominal in prepositional_arguments(token):
            yield preposition, nominal
            if nominal.i in self.timex_tokens:
                for inner_preposition, inner in prepositional_arguments(nominal):
                    if inner.i not in self.timex_tokens:
                        yield inner_preposition, inner

    def _reflexive_passive(self, token: Token, entry: TriggerEntry) -> bool:
        """Spanish "se proclamó la República": a reflexive with a non-person subject is a passive."""
        if entry.reflexive or self.lexicon.lang != "es" or not has_reflexive(token, self.cues.reflexive):
            return False
        subjects = subjects_of(token)
        return bool(subjects) and not any(self._is_person(s) for s in subjects)

    def _argument_role(
        self,
        entry: TriggerEntry,
        preposition: str | None,
        nominal: Token,
        passive: bool,
        object_filled: bool,
        personal_a: bool = False,
    ) -> str | None:
        if preposition is None:
            if nominal.dep_ in COMPLEMENT_DEPS or (passive and nominal.dep_ in OBJECT_DEPS):
                return entry.complement
            if nominal.dep_ in OBJECT_DEPS:
                return entry.complement if object_filled and entry.complement else entry.object
            return None
        if preposition == "a" and personal_a and not passive and self._is_person(nominal):
            return entry.object  # Spanish personal "a": "expulsó a Trotsky", "desterró a Juárez a Nueva Orleans"
        if preposition in entry.preps:
            role = entry.preps[preposition]
            if role in PLACE_ROLES and not self._place_like(nominal):
                return None
            if preposition in AGENT_PREPOSITIONS and role in ("agent", "speaker") and not passive:
                return None  # "by an act of attainder" in the active voice is a means, not the agent
            return role
        if preposition == "a" and nominal.dep_ in OBJECT_DEPS and not passive:  # Spanish personal "a"
            return entry.object
        if preposition in PLACE_PREPOSITIONS and self._place_like(nominal):
            return "place"
        return None

    def _inherited_subject(self, frame: Frame, role: str) -> None:
        """No subject of its own: share the coordinated or controlling verb's, else resolve a dropped one."""
        token = frame.match.token
        clause = clause_token(token)
        ruling = governors(token)
        source: Token | None = None
        if ruling:
            source = ruling[-1]
        elif clause.dep_ == "conj" and clause.head != clause:
            source = clause.head
        if source is not None:
            inherited = [s for s in subjects_of(source) if self._usable(s)]
            if inherited:
                for subject in inherited:
                    self._add(frame, role, self._antecedent(subject))
                return
            if source.dep_ == "conj" and source.head != source:
                inherited = [s for s in subjects_of(source.head) if self._usable(s)]
                for subject in inherited:
                    self._add(frame, role, self._antecedent(subject))
                if inherited:
                    return
        if self._finite_or_passive(token) or ruling:
            self._add_dropped_subject(frame, role)

    def _finite_or_passive(self, token: Token) -> bool:
        """Spanish: a finite verb or a participle, whose subject may be dropped."""
        clause = clause_token(token)
        forms = {*token.morph.get("VerbForm"), *clause.morph.get("VerbForm")}
        if self.lexicon.lang == "es":
            return "Fin" in forms or "Part" in forms
        return False

    def _nominal_roles(self, frame: Frame) -> None:
        token, entry = frame.match.token, frame.match.entry
        # the noun's own subject first ("Stalin, su sucesor"), so the possessive cannot resolve to it
        if token.dep_ == "appos" and token.head != token:
            self._add(frame, entry.subject, token.head)
        elif token.dep_ in ("attr", "ROOT"):
            for subject in subjects_of(token):
                if self._usable(subject):
                    self._add(frame, entry.subject, subject)
        for child in token.children:
            if child.dep_ in ("poss",) or ("Yes" in child.morph.get("Poss") and child.dep_ == "det"):
                self._add(frame, entry.of, child)
        for preposition, nominal in prepositional_arguments(token):
            if not self._usable(nominal):
                continue
            if preposition in ("de", "del", "of"):
                role = entry.of
                if role in PLACE_ROLES and not self._place_like(nominal):
                    continue
            elif preposition in entry.preps:
                role = entry.preps[preposition]
            else:
                continue
            if role:
                self._add(frame, role, nominal)

    # --- participants ---------------------------------------------------------------

    def _usable(self, token: Token) -> bool:
        """Not a date, a number or punctuation (also without a timex layer: the NER's DATE spans)."""
        return (
            token.i not in self.timex_tokens
            and token.ent_type_ not in NON_PARTICIPANT_ENTS
            and not token.like_num
            and not token.is_punct
            and not token.is_space
        )

    def _antecedent(self, token: Token) -> Token:
        """A relative pronoun subject ("quien murió", "who organized") stands for the noun it modifies."""
        if token.lower_ in self.cues.relative_pronouns:
            clause = token.head
            if clause.dep_ in RELATIVE_CLAUSE_DEPS and clause.head != clause:
                return clause.head
        return token

    def _add(self, frame: Frame, role: str, head: Token) -> None:
        if head.lower_ in self.cues.pronouns or (head.pos_ == "PRON" and "Prs" in head.morph.get("PronType")):
            if head.lower_ in self.cues.reflexive or "Yes" in head.morph.get("Reflex"):
                return
            self._add_pronoun(frame, role, head.idx, head.idx + len(head.text), gender=self._pronoun_gender(head))
            return
        span = participant_span(head, self.timex_tokens)
        entity = self._entity_holding(head)
        kin, kin_of = None, None
        if entity is None:
            relation = self.cues.kinship.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
            if relation is not None:
                kin_of = self._possessor(head, frame)
                kin = relation if kin_of else None
            # "his son, Lev Sedov", "el líder bolchevique Trotski": the name set beside the noun is who it is;
            # a person the noun's phrase only modifies ("Lenin's father", "el padre de Lenin") never is. A body
            # or place in the phrase still stands for it ("Chairman of the Council of People's Commissars")
            entity = self._named_beside(head)
            if entity is None and relation is None:
                inside = self._entity_of(span.start_char, span.end_char, head)
                entity = inside if inside is not None and inside.label != "PER" else None
        referent = self.referents.of_entity(entity.id) if entity else None
        if referent is not None:
            frame.referents.append(referent)
        text = self.analysis.text[span.start_char : span.end_char]
        frame.heads[span.start_char] = head
        frame.participants.append(
            Participant(role, entity.id if entity else None, text, span.start_char, span.end_char, kin, kin_of)
        )

    def _entity_holding(self, head: Token) -> Entity | None:
        """The entity whose words hold the participant's head token."""
        return self._entity_of(head.idx, head.idx + len(head.text), head, holding=True)

    def _named_beside(self, head: Token) -> Entity | None:
        """A name in apposition to a common noun head ("su hijo, Lev Sedov"; "the Bolshevik leader Trotsky")."""
        for child in head.children:
            if child.dep_ in _APPOSITION_DEPS and child.i not in self.timex_tokens:
                entity = self._entity_holding(child)
                if entity is not None and entity.label == "PER":
                    return entity
        return None

    def _possessor(self, head: Token, frame: Frame) -> str | None:
        """The entity a kinship noun is of: "Lenin's father", "el padre de Lenin", "su padre" (resolved)."""
        for child in head.children:
            possessive = child.dep_ == "poss" or ("Yes" in child.morph.get("Poss") and child.dep_ == "det")
            of_phrase = child.dep_ in ("nmod", "prep") and (
                child.lower_ == "of" or any(c.dep_ == "case" and c.lower_ in ("de", "del") for c in child.children)
            )
            if not (possessive or of_phrase):
                continue
            owner = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "prep" else child
            personal = owner.pos_ in ("PRON", "DET") and "Prs" in owner.morph.get("PronType")
            if owner.lower_ in self.cues.pronouns or personal:
                if owner.lower_ in self.cues.plural_pronouns:
                    return None
                start = owner.idx
                sentence_number = self._sentence_number(start)
                gender = self._pronoun_gender(owner)
                referent = self.referents.resolve(sentence_number, start, frame.referents, gender)
                named = referent.last_named_before(start) if referent else None
                if referent is not None:
                    self.referents.mention(referent, sentence_number, start, gender)
                return named.id if named else None
            entity = self._entity_holding(owner)
            return entity.id if entity is not None and entity.label == "PER" else None
        return None

    def _pronoun_gender(self, token: Token) -> str | None:
        return self.cues.pronoun_gender.get(token.lower_) or _gender(token)

    def _add_pronoun(self, frame: Frame, role: str, start: int, end: int, gender: str | None = None) -> None:
        words = self.analysis.text[start:end]
        if words.lower() in self.cues.plural_pronouns:  # "they", "ellos", "asesinarlos": never one person
            frame.participants.append(Participant(role, None, words, start, end))
            return
        sentence_number = self._sentence_number(start)
        ranked = self.referents.candidates(sentence_number, start, frame.referents, gender)
        referent = ranked[0] if ranked else None
        entity = referent.last_named_before(start) if referent else None
        if referent is not None:
            self.referents.mention(referent, sentence_number, start, gender)
            frame.referents.append(referent)
        frame.participants.append(
            Participant(role, entity.id if entity else None, words, start, end, alternatives=_others(ranked, start))
        )

    def _add_dropped_subject(self, frame: Frame, role: str, exclude: Sequence[Referent] = ()) -> None:
        """A Spanish dropped subject: the most salient person, cited at its last named mention."""
        start = frame.match.token.idx
        sentence_number = self._sentence_number(start)
        gender = _gender(frame.match.token) if is_passive(frame.match.token, self.cues.passive_aux) else None
        ranked = self.referents.candidates(sentence_number, start, [*frame.referents, *exclude], gender)
        referent = ranked[0] if ranked else None
        entity = referent.last_named_before(start) if referent else None
        if referent is None or entity is None:
            return
        self.referents.mention(referent, sentence_number, start)
        frame.referents.append(referent)
        frame.participants.append(
            Participant(role, entity.id, entity.text, entity.start, entity.end, alternatives=_others(ranked, start))
        )

    def _relative_place(self, frame: Frame) -> None:
        """ "Saint Helena, where he died": the noun a where-clause modifies is the place."""
        clause = clause_token(frame.match.token)
        if clause.dep_ not in RELATIVE_CLAUSE_DEPS:
            return
        if any(child.lower_ in WHERE_WORDS for child in clause.children) and self._place_like(clause.head):
            roles = self.ontology.types[frame.match.entry.type].roles
            role = "place" if "place" in roles else "destination"
            if not any(p.role == role for p in frame.participants):
                self._add(frame, role, clause.head)

    def _entity_of(self, start: int, end: int, head: Token, holding: bool = False) -> Entity | None:
        """The entity holding the head token; unless `holding`, else the first one overlapping the span."""
        best: Entity | None = None
        for entity in self.entities:
            if entity.start >= end:
                break
            if entity.end > start:
                if entity.start <= head.idx < entity.end:
                    return entity
                best = best or entity
        return None if holding else best

    def _has_proper_noun(self, entity: Entity) -> bool:
        """The Spanish NER tags capitalized common words ("Años después") as persons: not referents."""
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return span is not None and any(token.pos_ == "PROPN" for token in span)

    def _entity_is_subject(self, entity: Entity) -> bool:
        """A single (not coordinated) subject: "Wellington and Blücher" is a plural, not a topic."""
        span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        coordinated = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
        return root.dep_ in SUBJECT_DEPS and not coordinated

    def _is_person(self, token: Token) -> bool:
        entity = self._entity_of(token.idx, token.idx + len(token.text), token)
        return (entity is not None and entity.label == "PER") or token.lower_ in self.cues.pronouns

    def _place_like(self, token: Token) -> bool:
        if token.pos_ == "PROPN":
            return True
        entity = self._entity_of(token.idx, token.idx + len(token.text), token)
        return entity is not None and entity.label in ("LOC", "ORG")

    def _sentence_number(self, offset: int) -> int:
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    # --- time -----------------------------------------------------------------------

    def _date(self, frame: Frame, attached: dict[int, list[Timex]], last_dated: Frame | None) -> list[Frame]:
        found, source = own_timexes(frame.match.token, attached)
        found = split_by_interval(found, self.analysis.intervals)
        if found:
            distinct = self._dating_timexes(_distinct_values(found))
            dated = [dataclasses.replace(frame, time=timex, time_source=source) for timex in distinct]
            return self._split_places(dated[0]) if len(dated) == 1 else dated
        token = frame.match.token
        kind = inheritance_marker(token, self.sentences.of(token), self.cues, self.analysis.timexes)
        if kind and last_dated is not None and frame.modality == "asserted":
            return [dataclasses.replace(frame, time=last_dated.time, time_source=kind)]
        return self._split_places(frame)

    def _dating_timexes(self, found: list[Timex]) -> list[Timex]:
        """Coordinated dates ("en 1925 y en 1934") make one event each; otherwise the most precise
        date wins ("Un año después, en febrero de 1929" is one date said twice)."""
        if len(found) < 2:
            return found
        roots = []
        for timex in found:
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            roots.append(span.root if span is not None else None)
        coordinated = any(
            root is not None and root.dep_ == "conj" and any(root.head == other for other in roots if other is not None)
            for root in roots
        )
        if coordinated:
            return found
        return [max(found, key=lambda timex: (len(timex.value), -timex.start))]

    @staticmethod
    def _split_places(frame: Frame) -> list[Frame]:
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

    def _event(self, number: int, frame: Frame) -> Event:
        match = frame.match
        start = self.doc[min(match.tokens)].idx
        last = self.doc[max(match.tokens)]
        end = last.idx + len(last.text)
        position = bisect_right(self.sentence_starts, match.token.idx) - 1
        sentence = self.analysis.sentences[position] if position >= 0 and self.analysis.sentences else None
        place = next((p.entity for p in frame.participants if p.role == "place" and p.entity), None)
        manner = match.entry.manner or ("execution" if match.entry.type == "EXECUTION" else self._manner_said(match))
        return Event(
            id=f"ev{number}",
            type=match.entry.type,
            trigger=Trigger(self.analysis.text[start:end], start, end),
            sentence=sentence.id if sentence else "",
            participants=tuple(frame.participants),
            time=frame.time.id if frame.time else None,
            time_value=frame.time.value if frame.time else None,
            place=place,
            modality=frame.modality,  # type: ignore[arg-type]
            manner=manner,
            time_source=frame.time_source,  # type: ignore[arg-type]
        )

    def _manner_said(self, match: TriggerMatch) -> str | None:
        """How a death happened when a phrase attached to the trigger says it ("died of natural
        causes", "murió de causas naturales"); the phrases are data (cues.yaml `manner_phrases`).
        Only the trigger's own modifiers are read, never a clause hung on it ("…after his son
        was murdered" says nothing of how this death happened)."""
        if match.entry.type != "DEATH" or not self.cues.manner_phrases:
            return None
        for child in match.token.children:
            if child.dep_.split(":")[0] in _CLAUSAL_DEPS:
                continue
            words = f" {' '.join(t.text.lower() for t in child.subtree)} "
            manner = next((m for phrase, m in self.cues.manner_phrases if f" {phrase} " in words), None)
            if manner is not None:
                return manner
        return None


#: dependents that set a name beside a noun: "su hijo, Lev Sedov", "el líder bolchevique Trotski"
_APPOSITION_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})

#: dependents that are clauses (or their glue) rather than modifiers of the trigger itself
_CLAUSAL_DEPS = frozenset(
    {
        "advcl",
        "ccomp",
        "xcomp",
        "relcl",
        "acl",
        "conj",
        "parataxis",
        "csubj",
        "nsubj",
        "nsubjpass",
        "cc",
        "mark",
        "punct",
    }
)


def _gender(token: Token) -> str | None:
    """Masc/Fem of a pronoun or of a verb carrying a clitic ("asesinarlo"); None when unmarked."""
    genders = token.morph.get("Gender")
    return genders[0] if len(genders) == 1 and genders[0] in ("Masc", "Fem") else None


def _others(ranked: Sequence[Referent], offset: int) -> tuple[str, ...]:
    """Entity ids of the referents a pronoun could also stand for (the first one is chosen)."""
    named = (referent.last_named_before(offset) for referent in ranked[1:])
    return tuple(dict.fromkeys(entity.id for entity in named if entity is not None))


def _distinct_values(found: Sequence[Timex]) -> list[Timex]:
    seen: dict[str, Timex] = {}
    for timex in found:
        seen.setdefault(timex.value, timex)
    return list(seen.values())


def _dedupe(participants: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for participant in participants:
        key = (participant.role, participant.start, participant.end)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def extract_events(
    analysis: Analysis, doc: Doc, lexicon: Lexicon, sex_of: Callable[[Entity], str | None] | None = None
) -> tuple[Event, ...]:
    """`sex_of` gives a linked person's gender (Masc/Fem) when the KB knows it, for pronouns."""
    return tuple(Extractor(analysis, doc, lexicon, sex_of).events())
