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
from itertools import accumulate, islice

from spacy.tokens import Doc, Token

from cronica.events.coref import Referent, Referents
from cronica.events.lexicon import Lexicon, TriggerEntry
from cronica.events.lifespan import LifeSpan, life_spans
from cronica.events.modality import modality_of
from cronica.events.ontology import load_ontology
from cronica.events.syntax import (
    COMPLEMENT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Sentences,
    clause_token,
    clitic_offsets,
    complement_governor,
    first_lemma,
    governors,
    has_reflexive,
    is_passive,
    nonfinite_controller,
    participant_span,
    participial_opening,
    preposition_of,
    prepositional_arguments,
    subjects_of,
    with_conjuncts,
)
from cronica.events.timing import (
    attach_timexes,
    inheritance_marker,
    named_dates,
    own_timexes,
    split_by_interval,
    timex_token_indexes,
)
from cronica.events.triggers import TriggerMatch, find_triggers
from cronica.model import Analysis, Entity, Event, Participant, Timex, Trigger
from cronica.timevalue import placement_rank

PLACE_ROLES = frozenset({"place", "destination", "origin"})
PLACE_PREPOSITIONS = frozenset({"en", "in", "at", "near", "cerca"})
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
WHERE_WORDS = frozenset({"where", "donde"})
NON_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
AGENT_PREPOSITIONS = frozenset({"by", "por"})
#: roles a person can fill
PERSON_ROLES = frozenset({"agent", "patient", "counterpart", "successor", "predecessor", "speaker"})


@dataclass
class Frame:
    match: TriggerMatch
    participants: list[Participant] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
    heads: dict[int, Token] = field(default_factory=dict)  # participant start → its head token
    time: Timex | None = None
    time_source: str | None = None
    modality: str = "asserted"
    #: persons the event's pronouns and dropped subjects cannot be: the subject of a causative verb
    #: above it ("Stalin logró que fuera expulsado": not Stalin)
    disjoint: list[Referent] = field(default_factory=list)
    #: the verb whose complement clause holds the event, when its fronted date dates the event too
    governor: Token | None = None
    #: the text says the event happened again ("de nuevo", "volvió a ser expulsado", "for the second time")
    repeated: bool = False


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
        # the furthest end among the entities up to each one: `_entity_of` bisects past those ending too early
        self.entity_reach = list(accumulate((e.end for e in self.entities), max))
        persons = [
            (self._sentence_number(e.start), e, self._entity_is_subject(e))
            for e in self.entities
            if e.label == "PER" and self._has_proper_noun(e)
        ]
        self.referents = Referents(persons, sex_of)
        self._by_id = {entity.id: entity for entity in self.entities}

    # --- public ---------------------------------------------------------------------

    def events(self) -> list[Event]:
        spans = life_spans(
            self.analysis.text,
            [e for e in self.entities if e.label == "PER" and self._has_proper_noun(e)],
            [e for e in self.entities if e.label != "PER"],
            self.analysis.timexes,
            self.cues,
        )
        spanned = {timex_id for span in spans for timex_id in span.timexes}
        matches = find_triggers(self.doc, self.lexicon, self.timex_tokens)
        trigger_indexes = {m.token.i for m in matches}
        # the dates of a lead parenthesis date the birth and the death, nothing else in the sentence
        datable = [t for t in self.analysis.timexes if t.id not in spanned]
        attached = attach_timexes(self.doc, datable, trigger_indexes)
        self.named_dates = named_dates(self.doc, datable, trigger_indexes)
        frames: list[Frame] = self._life_span_frames(spans)
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
                self._add(frame, "patient", person.root)
                place = (
                    self.doc.char_span(part.place.start, part.place.end, alignment_mode="expand")
                    if part.place
                    else None
                )
                if place is not None:
                    self._add(frame, "place", place.root)
                elif part.place_words is not None:
                    frame.participants.append(self._place_by_words(*part.place_words))
                frame.time, frame.time_source = part.timex, "clause"
                frames.append(frame)
        return frames

    def _place_by_words(self, start: int, end: int) -> Participant:
        """A place the NER left inside another token: the entity of the same name elsewhere, if any."""
        words = self.analysis.text[start:end]
        named = next((e for e in self.entities if e.text == words and e.label != "PER"), None)
        return Participant("place", named.id if named else None, words, start, end)

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
        if verb.dep_ == "conj" or _plural(verb):
            return  # shares its head's subject, already counted; or a plural: not one person
        if "3" in verb.morph.get("Person") or "Part" in verb.morph.get("VerbForm"):
            self._add_dropped_subject(probe, "agent")

    # --- frames ---------------------------------------------------------------------

    def _frame(self, match: TriggerMatch) -> Frame | None:
        frame = Frame(match)
        if match.nominal:
            self._nominal_roles(frame)
        elif match.position is not None:
            self._copular_roles(frame)
        else:
            self._verbal_roles(frame)
        self._retype_from_place(frame)
        match = frame.match
        allowed = set(self.ontology.types[match.entry.type].roles)
        frame.participants = _dedupe([p for p in frame.participants if p.role in allowed])
        roles = {p.role for p in frame.participants}
        if match.entry.requires and not roles & set(match.entry.requires):
            return None
        self._retype_from_body(frame)
        self._specific_positions(frame)
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

    def _copular_roles(self, frame: Frame) -> None:
        """ "Chicherin fue comisario de Asuntos Exteriores", "Rykov was Chairman of the Council": the
        subject holds the office the predicative noun names."""
        entry, position = frame.match.entry, frame.match.position
        if not self._share_subjects(frame, entry.subject, frame.match.token):
            self._inherited_subject(frame, entry.subject)
        if position is not None:
            self._add(frame, "position", position)

    def _specific_positions(self, frame: Frame) -> None:
        """ "relevado del puesto de comisario de guerra", "relieved of his post as Commissar": a generic
        noun for a post is not the position; the office named after its "de"/"of"/"como"/"as" is, and
        with none ("relevado de sus funciones", "held office") there is no position. The generic noun
        still counted for the trigger's `requires` (it says a post was lost)."""
        generic = self.cues.generic_positions
        if not generic or "position" not in self.ontology.types[frame.match.entry.type].roles:
            return
        kept: list[Participant] = []
        nouns: list[Token] = []
        for participant in frame.participants:
            head = frame.heads.get(participant.start)
            named = head is None or self._entity_holding(head) is not None
            if participant.role == "position" and not named and {head.lemma_.lower(), head.lower_} & generic:
                nouns.append(head)
                continue
            kept.append(participant)
        # the generic noun of a multiword trigger ("ocupó el cargo de", "held the post of")
        nouns += [self.doc[i] for i in frame.match.tokens if self.doc[i].lemma_.lower() in generic]
        frame.participants = kept
        for noun in nouns:
            for preposition, nominal in prepositional_arguments(noun):
                if preposition in self.cues.position_prepositions and self._usable(nominal):
                    self._add(frame, "position", nominal)
                    break

    def _retype_from_body(self, frame: Frame) -> None:
        """ "apartado del Politburó", "removed from the Presidium": removal from a body is an expulsion."""
        entry = frame.match.entry
        if entry.from_body is None:
            return
        bodies = []
        for participant in frame.participants:
            head = frame.heads.get(participant.start)
            if participant.role != "position" or head is None:
                continue
            entity = self._entity_holding(head)  # the body must be the phrase's head, not a name inside it
            capitalized = head.pos_ == "PROPN" or (head.is_title and head.i > self.sentences.of(head).start)
            named_body = entity.label != "PER" if entity is not None else capitalized
            if named_body and preposition_of(head) in self.cues.from_prepositions:
                bodies.append(participant)
        if not bodies:
            return
        retyped = dataclasses.replace(entry, type=entry.from_body, requires=())
        frame.match = dataclasses.replace(frame.match, entry=retyped)
        frame.participants = [
            dataclasses.replace(p, role="organization") if p in bodies else p for p in frame.participants
        ]

    def _is_location(self, participant: Participant) -> bool:
        entity = self.analysis.entities_by_id.get(participant.entity) if participant.entity else None
        return entity is not None and entity.label == "LOC"

    def _verbal_roles(self, frame: Frame) -> None:
        token, entry = frame.match.token, frame.match.entry
        causer = self._causer(frame)
        markers = self._repetition_tokens(frame)
        passive = is_passive(token, self.cues.passive_aux, self.cues.causative_verbs) or self._reflexive_passive(
            token, entry
        )
        subject_role = entry.object if passive else entry.subject
        if not passive and entry.subject_without_object and not any(c.dep_ in OBJECT_DEPS for c in token.children):
            subject_role = entry.subject_without_object
        subjects = [s for s in subjects_of(token) if self._usable(s) and not self._stray_relative(s)]
        subjects = subjects or self._subject_on_date(token)
        if any(s.i < token.i for s in subjects):  # a later "subject" after a comma is an apposition
            subjects = [s for s in subjects if s.i < token.i or not self._after_comma(s)]
        if subjects:
            for subject in subjects:
                self._add(frame, subject_role, self._antecedent(subject))
            if passive and len(subjects) == 1:
                self._learn_gender(subjects[0], _gender(token))
        else:
            self._inherited_subject(frame, subject_role)
        object_filled = False
        arguments = list(self._arguments(token))
        a_arguments = [nominal for preposition, nominal in arguments if preposition == "a"]
        for preposition, nominal in arguments:
            if not self._usable(nominal) or nominal.i in frame.match.tokens or nominal.i in markers:
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
        if causer is not None and not any(p.role == "agent" for p in frame.participants):
            frame.participants.extend(p for p in causer.participants if p.role == "agent")

    def _stray_relative(self, token: Token) -> bool:
        """ "… y que lo fusilaran": a complementizer the parser took for a relative pronoun subject,
        outside any relative clause, stands for nobody."""
        return token.lower_ in self.cues.relative_pronouns and token.head.dep_ not in RELATIVE_CLAUSE_DEPS

    def _learn_gender(self, subject: Token, gender: str | None) -> None:
        """ "León Trotski fue expulsado": the participle agreeing with a named subject says its gender
        (morphology, never the name), so a later "fue detenida" cannot be him."""
        entity = self._entity_holding(subject)
        referent = self.referents.of_entity(entity.id) if entity is not None and entity.label == "PER" else None
        if referent is not None and gender and referent.gender is None:
            referent.gender = gender

    def _subject_on_date(self, token: Token) -> list[Token]:
        """ "Ese día Kámenev fue arrestado": the parser hangs the name on the fronted date (appos of
        "día"); a person so hung before the verb, with no subject of its own, is its subject."""
        found = []
        for child in token.children:
            if child.i not in self.timex_tokens or child.i > token.i:
                continue
            for inner in child.children:
                if inner.dep_ in _APPOSITION_DEPS and inner.i not in self.timex_tokens and inner.i < token.i:
                    entity = self._entity_holding(inner)
                    if inner.pos_ == "PROPN" or (entity is not None and entity.label == "PER"):
                        found.append(inner)
        return found

    def _causer(self, frame: Frame) -> Frame | None:
        """The subject of a causative verb above the event ("Stalin logró que fuera expulsado", "Stalin
        had him expelled"): it is the agent, and the event's pronouns and dropped subjects are someone
        else (the discourse topic), never that subject. A Spanish subjunctive complement ("quiso que
        fuera expulsado") has the same disjoint subject without making the matrix subject the agent."""
        token = frame.match.token
        governor = complement_governor(token, self.cues.causative_verbs)
        subjunctive = None
        if governor is None and self.lexicon.lang == "es" and self._subjunctive(token):
            subjunctive = complement_governor(token)
        ruling = governor or subjunctive
        if ruling is None or first_lemma(ruling) in self.cues.report_verbs:
            return None
        frame.governor = ruling
        probe = Frame(TriggerMatch(ruling, TriggerEntry(type="STATEMENT"), (ruling.i,)))
        if not self._share_subjects(probe, "agent", ruling):
            self._inherited_subject(probe, "agent")
        frame.disjoint.extend(probe.referents)
        return probe if governor is not None else None

    @staticmethod
    def _subjunctive(token: Token) -> bool:
        clause = clause_token(token)
        verbs = [token, clause, *(c for c in token.children if c.dep_.startswith("aux"))]
        return any("Sub" in verb.morph.get("Mood") for verb in verbs)

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

    def _repetition_tokens(self, frame: Frame) -> set[int]:
        """Tokens of a repetition marker modifying the trigger ("fue expulsado de nuevo", "was arrested
        for the fifth time"), which are never participants; sets `frame.repeated`, also when a
        repetition verb governs the trigger ("volvió a ser expulsado")."""
        token = frame.match.token
        if frame.match.entry.repeated or any(first_lemma(g) in self.cues.repetition_verbs for g in governors(token)):
            frame.repeated = True
        found: set[int] = set()
        sentence = self.sentences.of(token).text.lower()
        if not any(marker in sentence for marker in self.cues.repetition_markers):
            return found  # (a plain substring test first: most sentences say nothing of the kind)
        for node in (token, *(g for g in governors(token) if first_lemma(g) in self.cues.repetition_verbs)):
            for child in node.children:
                if child.dep_.split(":")[0] in _CLAUSAL_DEPS:
                    continue
                found |= _phrase_tokens(list(child.subtree), self.cues.repetition_markers)
        frame.repeated |= bool(found)
        return found

    def _arguments(self, token: Token) -> Iterator[tuple[str | None, Token]]:
        """The predicate's arguments, plus those the parser hung on one of its dates
        ("born on 7 November 1879 in Yanovka": "in Yanovka" attached to "November") or on a
        repetition verb above it ("volvió a detener a Stalin": "a Stalin" hangs on "volvió")."""
        for governor in governors(token):
            if first_lemma(governor) in self.cues.repetition_verbs:
                yield from (
                    (preposition, nominal)
                    for preposition, nominal in prepositional_arguments(governor)
                    if nominal.i != token.i and clause_token(token) != nominal
                )
        for preposition, nominal in prepositional_arguments(token):
            if preposition is None and _participle(nominal):
                # "murió asesinado en Coyoacán": the parser makes the participle an object and hangs
                # the place on it; a participle is no participant (its words may say the manner)
                yield from prepositional_arguments(nominal)
                continue
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
            # Spanish personal "a": "expulsó a Trotsky", "desterró a Juárez a Nueva Orleans"; never a
            # role no person fills ("escribió a Inessa Armand" names no work)
            return entry.object if entry.object in PERSON_ROLES else None
        if preposition in entry.preps:
            role = entry.preps[preposition]
            if role in PLACE_ROLES and not self._place_like(nominal):
                return None
            if preposition in AGENT_PREPOSITIONS and role in ("agent", "speaker") and not passive:
                return None  # "by an act of attainder" in the active voice is a means, not the agent
            return role
        if preposition in ("a", "al") and nominal.dep_ in OBJECT_DEPS and not passive:  # Spanish personal "a"
            return entry.object  # "detuvo al agresor": "al" is "a" + "el"
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
        sources = [
            participial_opening(token),  # "Born in Simbirsk, Lenin studied": the main clause's subject
            nonfinite_controller(token),  # "después de haber sido expulsado…, Trotski se trasladó"
            source,
            source.head if source is not None and source.dep_ == "conj" and source.head != source else None,
        ]
        for verb in sources:
            if verb is not None and self._share_subjects(frame, role, verb):
                return
        if _plural(token):  # "fueron fusilados", "lo expulsaran": a plural (or impersonal) subject is not one
            # person; a passive one is the persons last named together ("recibió a Zinóviev y Kámenev")
            if is_passive(token, self.cues.passive_aux):
                for member in self._plural_group(token.idx, frame):
                    frame.participants.append(Participant(role, member.id, member.text, member.start, member.end))
            return
        if self._finite_or_passive(token) or ruling:
            self._add_dropped_subject(frame, role)

    def _share_subjects(self, frame: Frame, role: str, verb: Token) -> bool:
        """Give the event `verb`'s subjects in `role`; False when it has none."""
        inherited = [s for s in subjects_of(verb) if self._usable(s)]
        for subject in inherited:
            self._add(frame, role, self._antecedent(subject))
        return bool(inherited)

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
        """A name in apposition to a common noun head ("su hijo, Lev Sedov"; "the Bolshevik leader Trotsky"),
        also when the parser hangs it on the verb as a second subject ("se casó con su compañera,
        Nadezhda Krúpskaya")."""
        for child in head.children:
            if child.dep_ in _APPOSITION_DEPS and child.i not in self.timex_tokens:
                entity = self._entity_holding(child)
                if entity is not None and entity.label == "PER":
                    return entity
        after = head.right_edge.i + 1
        if after + 1 < len(self.doc) and self.doc[after].text == "," and head.pos_ == "NOUN":
            name = self.doc[after + 1]
            if name.dep_ in SUBJECT_DEPS and name.head == head.head and name.i > head.head.i:
                entity = self._entity_holding(name)
                if entity is not None and entity.label == "PER":
                    return entity
        return None

    def _after_comma(self, token: Token) -> bool:
        return token.i > 0 and self.doc[token.i - 1].text == ","

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
            group = self._plural_group(start, frame)  # … but the persons last named together
            for member in group or [None]:
                frame.participants.append(Participant(role, member.id if member else None, words, start, end))
            return
        sentence_number = self._sentence_number(start)
        ranked = self.referents.candidates(sentence_number, start, [*frame.referents, *frame.disjoint], gender)
        if not ranked:  # "after she had been arrested, Maria Spiridonova was exiled": the main subject
            ranked = self._cataphora(start, gender)
        referent = ranked[0] if ranked else None
        entity = referent.last_named_before(start) if referent else None
        if referent is not None:
            self.referents.mention(referent, sentence_number, start, gender)
            frame.referents.append(referent)
        frame.participants.append(
            Participant(role, entity.id if entity else None, words, start, end, alternatives=_others(ranked, start))
        )

    def _plural_group(self, offset: int, frame: Frame) -> list[Entity]:
        """The latest coordination of named persons ("Zinóviev y Kámenev", "Zinoviev and Kamenev") in
        this sentence or the two before `offset`, none of them already in the event: what a plural
        pronoun or a plural dropped subject stands for. Empty when there is none."""
        here = self._sentence_number(offset)
        latest: list[Entity] = []
        for entity in self.entities:
            if entity.start >= offset:
                break
            if entity.label != "PER" or here - self._sentence_number(entity.start) > 2:
                continue
            span = self.doc.char_span(entity.start, entity.end, alignment_mode="expand")
            if span is None or span.root.dep_ == "conj":
                continue
            members = [entity]
            for conjunct in list(with_conjuncts(span.root))[1:]:
                other = self._entity_holding(conjunct)
                if other is not None and other.label == "PER" and other.start < offset:
                    members.append(other)
            if len(members) > 1:
                latest = members
        taken = {id(r) for r in frame.referents}
        if any(id(self.referents.of_entity(m.id)) in taken for m in latest):
            return []
        return latest

    def _cataphora(self, offset: int, gender: str | None) -> list[Referent]:
        """A pronoun with nobody named before it, inside an adverbial clause that opens its sentence,
        stands for the main clause's named subject (of a compatible gender)."""
        pronoun = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if pronoun is None:
            return []
        node = pronoun.root
        for _ in range(6):
            if node.dep_ == "advcl" and node.head != node and node.head.i > node.i:
                break
            if node.head == node:
                return []
            node = node.head
        else:
            return []
        for subject in subjects_of(node.head):
            entity = self._entity_holding(subject)
            referent = self.referents.of_entity(entity.id) if entity is not None and entity.label == "PER" else None
            if referent is not None and not (gender and referent.gender and referent.gender != gender):
                return [referent]
        return []

    def _add_dropped_subject(self, frame: Frame, role: str, exclude: Sequence[Referent] = ()) -> None:
        """A Spanish dropped subject: the most salient person, cited at its last named mention."""
        start = frame.match.token.idx
        sentence_number = self._sentence_number(start)
        gender = _gender(frame.match.token) if is_passive(frame.match.token, self.cues.passive_aux) else None
        ranked = self.referents.candidates(
            sentence_number, start, [*frame.referents, *frame.disjoint, *exclude], gender
        )
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
        first = bisect_right(self.entity_reach, start)  # every entity before it ends at or before `start`
        for entity in islice(self.entities, first, None):
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
        if entity is None and token.pos_ == "NOUN":
            entity = self._named_beside(token)  # "a su antiguo aliado, Trotski"
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
        found, source = own_timexes(frame.match.token, attached, frame.governor)
        if found and source and all(timex.id in self.named_dates for timex in found):
            source = "named"  # "durante la revolución de 1905": the date names the revolution, not the event
        if frame.match.entry.type == "OFFICE":
            return self._office_dates(frame, found)
        # "hasta 1930" / "until 1930" ends a state: it never dates a punctual event
        bounded = [t for t in found if not self._bounds(t, self.cues.time_until)]
        found = split_by_interval(bounded, self.analysis.intervals)
        if found:
            distinct = self._dating_timexes(_distinct_values(found))
            dated = [dataclasses.replace(frame, time=timex, time_source=source) for timex in distinct]
            return self._split_places(dated[0]) if len(dated) == 1 else dated
        token = frame.match.token
        kind = inheritance_marker(token, self.sentences.of(token), self.cues, self.analysis.timexes)
        if kind and last_dated is not None and frame.modality == "asserted":
            return [dataclasses.replace(frame, time=last_dated.time, time_source=kind)]
        return self._split_places(frame)

    def _office_dates(self, frame: Frame, found: list[Timex]) -> list[Frame]:
        """An office held: dated by its start ("desde 1918", "de 1918 a 1930", "from 1918"); its end
        ("hasta 1930", "until 1930", an interval's end) is an OFFICE_END event of its own. A date inside
        the holding ("era comisario en 1920") dates neither. A copular office ("fue comisario") is kept
        only with a start or an end: without them it is a description, not an event."""
        ends = {interval.end_timex for interval in self.analysis.intervals}
        starts = {interval.start_timex for interval in self.analysis.intervals}
        until = [t for t in found if self._bounds(t, self.cues.time_until) or t.id in ends]
        since = [t for t in found if t not in until and (self._bounds(t, self.cues.time_since) or t.id in starts)]
        if until and not since:  # "de 1918 hasta 1930", "from 1918 until 1930": the date before the end
            since = [t for t in found if t not in until and t.end <= until[0].start]
        frames: list[Frame] = []
        if since:
            frames.append(dataclasses.replace(frame, time=since[0], time_source="clause"))
        elif not until and frame.match.position is None:
            frames.append(frame)
        if until:
            entry = dataclasses.replace(frame.match.entry, type="OFFICE_END")
            match = dataclasses.replace(frame.match, entry=entry)
            frames.append(dataclasses.replace(frame, match=match, time=until[-1], time_source="clause"))
        return frames

    def _bounds(self, timex: Timex, words: Sequence[str]) -> bool:
        """The timex follows one of `words` ("hasta", "until"), articles aside ("hasta el 5 de mayo")."""
        before = self.analysis.text[max(0, timex.start - 40) : timex.start].lower().split()
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
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            roots.append(span.root if span is not None else None)
        coordinated = any(
            root is not None and root.dep_ == "conj" and any(root.head == other for other in roots if other is not None)
            for root in roots
        )
        if coordinated:
            return found
        return [max(found, key=lambda timex: (placement_rank(timex.value), -timex.start))]

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
            repeated=frame.repeated,
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


def _participle(token: Token) -> bool:
    """An adjectival participle ("asesinado", "fusilado"): a predicate, never a nominal argument."""
    return token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm")


def _gender(token: Token) -> str | None:
    """Masc/Fem of a pronoun or of a verb carrying a clitic ("asesinarlo"); None when unmarked."""
    genders = token.morph.get("Gender")
    return genders[0] if len(genders) == 1 and genders[0] in ("Masc", "Fem") else None


def _phrase_tokens(tokens: Sequence[Token], phrases: Sequence[str]) -> set[int]:
    """Indexes of the tokens (in text order) that spell one of the phrases, as whole words."""
    words = [t.lower_ for t in tokens]
    found: set[int] = set()
    for phrase in phrases:
        parts = phrase.split()
        for start in range(len(words) - len(parts) + 1):
            if words[start : start + len(parts)] == parts:
                found.update(t.i for t in tokens[start : start + len(parts)])
    return found


def _plural(verb: Token) -> bool:
    """The verb agrees with a plural subject (its own number, its auxiliary's or its copula's)."""
    clause = clause_token(verb)
    forms = [verb, clause, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Plur" in form.morph.get("Number") for form in forms if form.pos_ in ("VERB", "AUX", "ADJ"))


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
    seen: set[tuple[str, int, int, str | None]] = set()
    kept = []
    for participant in participants:
        # one pronoun standing for several persons ("they": Zinoviev and Kamenev) is one filler each
        key = (participant.role, participant.start, participant.end, participant.entity)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def extract_events(
    analysis: Analysis, doc: Doc, lexicon: Lexicon, sex_of: Callable[[Entity], str | None] | None = None
) -> tuple[Event, ...]:
    """`sex_of` gives a linked person's gender (Masc/Fem) when the KB knows it, for pronouns."""
    return tuple(Extractor(analysis, doc, lexicon, sex_of).events())
