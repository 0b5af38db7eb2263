"""Who fills a role: a named entity, a kinship noun's relative, a pronoun or a dropped subject.

Given the head token the role reader found, this module makes the `Participant`, resolving
pronouns and dropped subjects through the light coreference (`coref.Referents`): the
most salient person of a compatible gender and number, never one the frame excludes.
Clauses that trigger no event still move that salience along (`track_subject`).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from cronica.events.agreement import subject_gender
from cronica.events.coref import Referent, Referents
from cronica.events.document import DocumentView
from cronica.events.frame import PERSON_ROLES, Frame, gender_of, is_plural, others
from cronica.events.lexicon import TriggerEntry
from cronica.events.relative import antecedent_of
from cronica.events.syntax import (
    SUBJECT_DEPS,
    clause_token,
    participant_span,
    subjectless_finite,
    subjects_of,
    with_conjuncts,
)
from cronica.events.topic import QUOTES, TopicContinuity
from cronica.events.triggers import TriggerMatch
from cronica.model import Entity, Gender, Participant

#: dependencies of an adverbial that may open a sentence (universal and spaCy English labels): a clause
#: ("advcl"), or a phrase under a preposition ("prep" in English, "obl" in Spanish)
_FRONTED_ADVERBIALS = frozenset({"advcl", "prep", "obl"})


class ParticipantReader:
    """Makes participants from head tokens; holds the document's coreference state."""

    def __init__(self, view: DocumentView, sex_of: Callable[[Entity], str | None] | None = None) -> None:
        self.view = view
        self.cues = view.cues
        self.referents = Referents([], sex_of)
        self.topic = TopicContinuity(view, self.referents)
        #: offset of a relative pronoun's antecedent → the other token it could stand for
        self._second_readings: dict[int, Token] = {}

    def add_persons(self, persons: list[Entity]) -> None:
        """The persons named in the batch being read (all of a short text), before its events."""
        view = self.view
        self.referents.add([(view.sentence_number(e.start), e, view.entity_is_subject(e)) for e in persons])

    # --- one participant --------------------------------------------------------------

    def antecedent(self, token: Token) -> Token:
        """A relative pronoun stands for the noun its clause modifies: a subject ("quien murió", "who
        organized") and any other role ("the party, which Trotsky joined", "Kirov, whom Nikolaev shot",
        "el Politburó, del que Zinóviev fue apartado"); a predicative noun for the copula's subject
        ("was a revolutionary who founded"). A second reading the words leave ("un colaborador de Lenin,
        quien murió") is kept for `add` (`relative.py`)."""
        if token.lower_ not in self.cues.relative_pronouns:
            return token
        found = antecedent_of(token, self.cues.of_prepositions, self.cues.one_words)
        if found is None:
            return token
        if found.other is not None:
            self._second_readings[found.head.idx] = found.other
        return found.head

    def stands_for(self, token: Token) -> Token:
        """What `token` means when its role is chosen: a relative pronoun's antecedent, else itself."""
        if token.lower_ not in self.cues.relative_pronouns:
            return token
        found = antecedent_of(token, self.cues.of_prepositions, self.cues.one_words)
        return found.head if found is not None else token

    def add(self, frame: Frame, role: str, head: Token) -> None:
        view = self.view
        if view.is_dual(head):
            self.add_pair(frame, role, head)
            return
        if head.lower_ in self.cues.pronouns or (head.pos_ == "PRON" and "Prs" in head.morph.get("PronType", [])):
            if head.lower_ in self.cues.reflexive or "Yes" in head.morph.get("Reflex", []):
                return
            subject = head.dep_ in SUBJECT_DEPS
            self.add_pronoun(frame, role, head.idx, head.idx + len(head.text), self.pronoun_gender(head), subject)
            return
        excluded = view.timex_tokens | frame.marker_tokens if frame.marker_tokens else view.timex_tokens
        span = participant_span(head, excluded, self.cues.of_prepositions)
        entity = view.entity_holding(head)
        kin, kin_of = None, None
        if entity is None:
            relation = self.cues.kinship.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
            if relation is not None:
                kin_of = self._possessor(head, frame)
                kin = relation if kin_of else None
            # "his son, Lev Sedov", "el líder bolchevique Trotski": the name set beside the noun is who it is;
            # a person the noun's phrase only modifies ("Lenin's father", "el padre de Lenin") never is. A body
            # or place in the phrase still stands for it ("Chairman of the Council of People's Commissars")
            entity = view.named_beside(head)
            if entity is None and relation is None:
                inside = view.entity_of(span.start_char, span.end_char, head)
                if inside is not None and (inside.label == "PER" or _of_a_group(inside, head)):
                    inside = None
                entity = inside
        if entity is not None and self._person_by_role(entity, role, head):
            # "Ramón de Mercader regresó a Rusia": a name the NER took for a place or a thing, as the subject
            # in a person's role, is a person a later pronoun or dropped subject may stand for
            self.referents.add_person(view.sentence_number(entity.start), entity, True, only_new=True)
        referent = self.referents.of_entity(entity.id) if entity else None
        if referent is not None:
            frame.referents.append(referent)
        text = view.analysis.text[span.start_char : span.end_char]
        frame.heads[span.start_char] = head
        alternatives: tuple[str, ...] = ()
        second = self._second_readings.pop(head.idx, None)
        if second is not None and entity is not None:
            other = view.entity_holding(second) or view.named_beside(second)
            if other is None or other.label != entity.label:
                entity = None  # a reading no name settles ("a close ally"): the filler stays unknown
            elif other.id != entity.id:
                alternatives = (other.id,)
        frame.participants.append(
            Participant(
                role,
                entity.id if entity else None,
                text,
                span.start_char,
                span.end_char,
                kin,
                kin_of,
                alternatives=alternatives,
            )
        )

    def add_entity(self, frame: Frame, role: str, entity: Entity, head: Token) -> None:
        """A participant that is exactly one entity's words (`head`: its root), where the parse's phrase holds
        more than it ("Trotsky People's Commissar for War": the name and the office are two participants)."""
        referent = self.referents.of_entity(entity.id)
        if referent is not None:
            frame.referents.append(referent)
        frame.heads[entity.start] = head
        frame.participants.append(Participant(role, entity.id, entity.text, entity.start, entity.end))

    @staticmethod
    def _person_by_role(entity: Entity, role: str, head: Token) -> bool:
        """An unlinked name, not labelled a person, that is the subject filling a person's role, and
        is a name through and through: proper nouns, joined only by particles ("Ramón de Mercader";
        never "Ese año Bolívar", a span the NER drew over a date)."""
        if entity.label == "PER" or entity.kb_id is not None or role not in PERSON_ROLES:
            return False
        if head.pos_ != "PROPN" or head.dep_ not in SUBJECT_DEPS:
            return False
        words = head.doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if words is None or words[0].pos_ != "PROPN" or words[-1].pos_ != "PROPN":
            return False
        return all(t.pos_ == "PROPN" or (t.pos_ in ("ADP", "DET") and t.is_lower) for t in words)

    def _possessor(self, head: Token, frame: Frame) -> str | None:
        """The entity a kinship noun is of: "Lenin's father", "el padre de Lenin", "su padre" (resolved)."""
        of_words = self.cues.of_prepositions
        for child in head.children:
            possessive = child.dep_ == "poss" or ("Yes" in child.morph.get("Poss", []) and child.dep_ == "det")
            of_phrase = child.dep_ in ("nmod", "prep") and (
                child.lower_ in of_words or any(c.dep_ == "case" and c.lower_ in of_words for c in child.children)
            )
            if not (possessive or of_phrase):
                continue
            owner = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "prep" else child
            personal = owner.pos_ in ("PRON", "DET") and "Prs" in owner.morph.get("PronType", [])
            if owner.lower_ in self.cues.pronouns or personal:
                if owner.lower_ in self.cues.plural_pronouns:
                    return None
                start = owner.idx
                sentence_number = self.view.sentence_number(start)
                gender = self.pronoun_gender(owner)
                referent = self.referents.resolve(sentence_number, start, frame.referents, gender)
                named = referent.last_named_before(start) if referent else None
                if referent is not None:
                    self.referents.mention(referent, sentence_number, start, gender)
                return named.id if named else None
            entity = self.view.entity_holding(owner)
            return entity.id if entity is not None and entity.label == "PER" else None
        return None

    def pronoun_gender(self, token: Token) -> str | None:
        return self.cues.pronoun_gender.get(token.lower_) or gender_of(token)

    def learn_gender(self, subject: Token, gender: str | None) -> None:
        """ "León Trotski fue expulsado": the participle agreeing with a named subject says its gender
        (morphology, never the name), so a later "fue detenida" cannot be him."""
        entity = self.view.entity_holding(subject)
        referent = self.referents.of_entity(entity.id) if entity is not None and entity.label == "PER" else None
        if referent is not None and gender and referent.gender is None:
            referent.gender = gender

    # --- pronouns and dropped subjects ---------------------------------------------------

    def add_pronoun(
        self, frame: Frame, role: str, start: int, end: int, gender: str | None = None, subject: bool = False
    ) -> None:
        words = self.view.analysis.text[start:end]
        if words.lower() in self.cues.plural_pronouns:  # "they", "ellos", "asesinarlos": never one person
            group = self.plural_group(start, frame)  # … but the persons last named together
            if group and self.crosses_break(group[0].start, start):
                group = []
            if gender == "Fem" and any(self.gender_of_entity(member) == "Masc" for member in group):
                group = []  # "ellas": women only, so not a pair with a man in it
            for member in group or (None,):
                frame.participants.append(
                    Participant(
                        role,
                        member.id if member else None,
                        words,
                        start,
                        end,
                        gender="Fem" if member and gender == "Fem" else None,
                    )
                )
            return
        sentence_number = self.view.sentence_number(start)
        ranked = self.referents.candidates(sentence_number, start, [*frame.referents, *frame.disjoint], gender)
        if not ranked:  # "after she had been arrested, Maria Spiridonova was exiled": the main subject
            ranked = self._cataphora(start, gender)
        ranked, antecedent = self._continue_topic(ranked, start, gender, [start] if subject else None)
        referent = ranked[0] if ranked else None
        entity = referent.last_named_before(start) if referent else None
        if referent is not None:
            self.referents.mention(referent, sentence_number, start, gender)
            frame.referents.append(referent)
        alternatives = others(ranked, start)
        frame.participants.append(
            Participant(
                role,
                entity.id if entity else None,
                words,
                start,
                end,
                alternatives=alternatives,
                antecedent=antecedent,
                gender=_gender(gender),
            )
        )

    def _continue_topic(
        self, ranked: list[Referent], start: int, gender: str | None, keys: list[int] | None
    ) -> tuple[list[Referent], str | None]:
        """A subject (`keys`: where it is recorded; None for any other role): the previous sentence's main
        subject is its only reading when topic continuity holds (`topic.py`); a subject with one reading is
        recorded as settled. Returns the readings, and the `antecedent` sentence id when the rule chose."""
        if keys is None or not ranked:
            return ranked, None
        if len(ranked) == 1:
            self.topic.record(keys, ranked[0])
            return ranked, None
        anchor = self.topic.antecedent(start, gender)
        if anchor is None or not any(referent is anchor.referent for referent in ranked):
            return ranked, None
        self.topic.record(keys, anchor.referent)
        return [anchor.referent], self.view.analysis.sentences[anchor.sentence].id

    def add_pair(self, frame: Frame, role: str, head: Token) -> None:
        """One filler for each of the two persons a dual word stands for: the latest coordination of two
        named persons, else the two persons (and no one else) of the nearest sentence that names anyone
        ("Krúpskaya conoció a Lenin en 1894. Ambos fueron detenidos"). Anything else stays unresolved."""
        words = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
        start = (words[0] if words else head).idx
        end = head.idx + len(head.text)
        group = self.plural_group(start, frame)
        if group and (len(group) != 2 or self._listed_before(group[0]) or _one_item(group)):
            group = []  # (two names of one KB person, "Vladimir Ilich Ulyanov, or Lenin", are no pair)
        if not group:
            group = self.pair_before(start, frame)
        if group and self.crosses_break(group[0].start, start):
            group = []  # a new paragraph or a quotation between: the two named may not be whom it means
        # "ambas", "las dos", "ambas fueron detenidas": a feminine plural says both are women
        feminine = "Fem" in {gender_of(head), *(gender_of(word) for word in words)} or (
            head.dep_ in SUBJECT_DEPS and subject_gender(head.head, self.cues.passive_aux, "Plur") == "Fem"
        )
        gender: Gender | None = "Fem" if feminine else None
        if feminine and any(self.gender_of_entity(member) == "Masc" for member in group):
            group = []  # a man among them: the pair is not whom the feminine means
        for member in group or (None,):
            frame.participants.append(
                Participant(
                    role,
                    member.id if member else None,
                    self.view.analysis.text[start:end],
                    start,
                    end,
                    gender=gender if member else None,
                )
            )

    def crosses_break(self, start: int, end: int) -> bool:
        """A line break or a quotation mark between the persons named and the word that stands for them."""
        between = self.view.analysis.text[start:end]
        return "\n" in between or any(mark in between for mark in QUOTES)

    def gender_of_entity(self, entity: Entity) -> str | None:
        referent = self.referents.of_entity(entity.id)
        return referent.gender if referent is not None else None

    def mark_gender(self, frame: Frame, first: int, gender: str | None) -> None:
        """Give the participants added from position `first` on the gender their clause's agreement says
        ("Kámenev fue detenido"), unless they carry one of their own (a pronoun's)."""
        if gender is None:
            return
        frame.participants[first:] = [
            p if p.gender is not None else dataclasses.replace(p, gender=_gender(gender))
            for p in frame.participants[first:]
        ]

    def _listed_before(self, first: Entity) -> bool:
        """A comma right before the coordination's first name: the pair ends a longer list ("conoció a
        Mártov, a Plejánov y a Trotski", where the NER missed the first as a person)."""
        span = self.view.span(first.start, first.end)
        if span is None:
            return False
        index = span.start - 1
        while index >= 0 and span.doc[index].dep_ in ("case", "det"):
            index -= 1
        return index >= 0 and span.doc[index].text == ","

    def pair_before(self, offset: int, frame: Frame) -> list[Entity]:
        """The two persons mentioned (named, or a pronoun or dropped subject resolved to them) in the nearest
        sentence before `offset` that mentions anyone, this one included, when there are exactly two, both
        named, none already in the event, and no kinship noun ("su hermano": a person with no name) in it."""
        view = self.view
        here = view.sentence_number(offset)
        taken = {id(r) for r in frame.referents}
        for index in range(here, max(here - 2, -1), -1):
            referents = self.referents.mentioned_in(index, offset)
            if not referents:
                continue
            if len(referents) != 2 or any(id(r) in taken for r in referents):
                return []
            first = view.sentence_starts[index]
            sentence_end = view.sentence_starts[index + 1] if index + 1 < len(view.sentence_starts) else offset
            span = view.span(first, min(offset, sentence_end))
            if span is not None and any(t.lemma_.lower() in self.cues.kinship for t in span if t.pos_ == "NOUN"):
                return []
            named = [r.last_named_before(offset) for r in referents]
            return [entity for entity in named if entity is not None] if all(named) else []
        return []

    def plural_group(self, offset: int, frame: Frame) -> list[Entity]:
        """The latest coordination of named persons ("Zinóviev y Kámenev", "Zinoviev and Kamenev") in
        this sentence or the two before `offset`, none of them already in the event: what a plural
        pronoun or a plural dropped subject stands for. Empty when there is none."""
        view = self.view
        here = view.sentence_number(offset)
        latest: list[Entity] = []
        # entities before the sentence two before this one are too far: start at that sentence
        first = bisect_left(view.entity_starts, view.sentence_starts[here - 2]) if here > 2 else 0
        for index in range(first, len(view.entities)):
            entity = view.entities[index]
            if entity.start >= offset:
                break
            if entity.label != "PER" or here - view.sentence_number(entity.start) > 2:
                continue
            span = view.span(entity.start, entity.end)  # maybe in the batch before
            if span is None or span.root.dep_ == "conj":
                continue
            members = [entity]
            for conjunct in list(with_conjuncts(span.root))[1:]:
                other = view.entity_holding(conjunct)
                if other is not None and other.label == "PER" and other.start < offset:
                    members.append(other)
            if len(members) > 1:
                latest = members
        taken = {id(r) for r in frame.referents}
        if any(id(self.referents.of_entity(m.id)) in taken for m in latest):
            return []
        return latest

    def _cataphora(self, offset: int, gender: str | None) -> list[Referent]:
        """A pronoun with nobody named before it, inside an adverbial clause or phrase that opens its
        sentence ("after she had been arrested, …", "On his return to Russia, Bukharin …", "A su regreso
        a Rusia, Trotski …"), stands for the main clause's named subject (of a compatible gender)."""
        pronoun = self.view.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if pronoun is None:
            return []
        node = pronoun.root
        for _ in range(6):
            if node.dep_ in _FRONTED_ADVERBIALS and node.head != node and node.head.i > node.i:
                break
            if node.head == node:
                return []
            node = node.head
        else:
            return []
        for subject in subjects_of(node.head):
            entity = self.view.entity_holding(subject)
            referent = self.referents.of_entity(entity.id) if entity is not None and entity.label == "PER" else None
            if referent is not None and not (gender and referent.gender and referent.gender != gender):
                return [referent]
        return []

    def add_dropped_subject(self, frame: Frame, role: str, exclude: Sequence[Referent] = ()) -> None:
        """A dropped subject (Spanish): the most salient person, cited at its last named mention."""
        start = frame.match.token.idx
        sentence_number = self.view.sentence_number(start)
        verb = frame.match.token
        # the participle agreeing with the dropped subject ("fue detenida", "Nacida en Bakú, murió"): its gender
        gender = None if is_plural(verb) else subject_gender(verb, self.cues.passive_aux)
        ranked = self.referents.candidates(
            sentence_number, start, [*frame.referents, *frame.disjoint, *exclude], gender
        )
        keys = None if is_plural(verb) else [verb.idx, clause_token(verb).idx]
        ranked, antecedent = self._continue_topic(ranked, start, gender, keys)
        referent = ranked[0] if ranked else None
        entity = referent.last_named_before(start) if referent else None
        if referent is None or entity is None:
            return
        self.referents.mention(referent, sentence_number, start)
        frame.referents.append(referent)
        alternatives = others(ranked, start)
        frame.participants.append(
            Participant(
                role,
                entity.id,
                entity.text,
                entity.start,
                entity.end,
                alternatives=alternatives,
                antecedent=antecedent,
                gender=_gender(gender),
            )
        )

    def may_drop_subject(self, token: Token) -> bool:
        """A finite verb or a participle, in a language that drops subjects (cues `drops_subject`); in one
        that does not, a finite clause the parser left without a subject (cues `subjectless_clauses`)."""
        if not self.cues.drops_subject:
            return self.cues.subjectless_clauses and subjectless_finite(token)
        clause = clause_token(token)
        forms = {*token.morph.get("VerbForm", []), *clause.morph.get("VerbForm", [])}
        return "Fin" in forms or "Part" in forms

    # --- clauses that are not events still move the coreference along ---------------

    def other_clauses(self, trigger_indexes: set[int]) -> list[Token]:
        """Finite verbs that trigger nothing: their subjects (said, pronoun or dropped) keep salience."""
        return [
            token
            for token in self.view.doc
            if token.i not in trigger_indexes
            and token.pos_ in ("VERB", "AUX")
            and token.dep_ not in ("aux", "auxpass", "aux:pass", "cop", "xcomp")
            and self.may_drop_subject(token)
            and not self._in_person_name(token)
        ]

    def _in_person_name(self, token: Token) -> bool:
        """A word of a person's name the tagger took for a verb ("Stalin lo desterró"): no clause of its own."""
        entity = self.view.entity_holding(token)
        return entity is not None and entity.label == "PER"

    def track_subject(self, verb: Token) -> None:
        """Record who a non-event clause is about ("se enfrentó a Stalin": still Trotsky)."""
        subjects = [s for s in subjects_of(verb) if self.view.usable(s)]
        probe = Frame(TriggerMatch(verb, TriggerEntry(type="STATEMENT"), (verb.i,)))
        if subjects:
            for subject in subjects:
                head = self.antecedent(subject)
                if head.lower_ in self.cues.pronouns or "Prs" in head.morph.get("PronType", []):
                    self.add(probe, "agent", head)
            return
        if verb.dep_ == "conj" or is_plural(verb):
            return  # shares its head's subject, already counted; or a plural: not one person
        if "3" in verb.morph.get("Person", []) or "Part" in verb.morph.get("VerbForm", []):
            self.add_dropped_subject(probe, "agent")


def _one_item(group: list[Entity]) -> bool:
    """Every name of the group links to one KB item: one person under several names."""
    items = {entity.item_id for entity in group}
    return len(items) == 1 and None not in items


def _gender(gender: str | None) -> Gender | None:
    """The contract's gender for a morphological one (Masc/Fem), None for anything else."""
    if gender == "Masc":
        return "Masc"
    if gender == "Fem":
        return "Fem"
    return None


def _of_a_group(entity: Entity, head: Token) -> bool:
    """The name in the head's phrase qualifies a plural common noun of it, not the head: "the party of the
    Bolsheviks' enemies", "el partido de los enemigos de los bolcheviques" is another body than the Bolsheviks'
    (the link stage names the body a phrase says in one entity: "comisario del pueblo del Interior")."""
    words = head.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if words is None:
        return False
    grouped = False
    node = words.root
    for _ in range(8):
        if node == head or node.head == node:
            break
        node = node.head
        outside = not entity.start <= node.idx < entity.end
        if node != head and outside and node.pos_ == "NOUN" and "Plur" in node.morph.get("Number", []):
            grouped = True
    return grouped and node == head
