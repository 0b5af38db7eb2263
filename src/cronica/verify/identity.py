"""Who a claim is about, and how sure that is: the first link of a contradiction's proof.

A contradiction accuses the text, so the person it speaks of must be certain. A mention
is certain when it is a full name, a name only one KB person carries, or a name the
document settles (it names that person in full and no other carrier of the name).
Otherwise the mention stands for every KB person it could name — the relatives who
share a surname ("Sedov"), the sons of a man ("his son"), the persons a pronoun could
refer to — and the verifier checks the claim against each of them: contradicted only
when it is false of all (and they are all the KB allows), supported only when true of
all. A relative named by a kinship noun ("Lenin's father", "el padre de Lenin") is the
relative, resolved through the KB's kinship statements, never the possessor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from typing import Literal

from cronica.kb.normalize import alias_key
from cronica.model import Analysis, Entity, Participant
from cronica.options import SUPPORTED_LANGUAGES
from cronica.verify.descriptions import DescriptionResolver, description_cues, fold, sentence_subject
from cronica.verify.person_names import NameCues
from cronica.verify.policy import VerifyPolicy
from cronica.verify.reference import ReferenceView

IdentityBasis = Literal[
    "full_name", "unique_name", "context", "kinship", "coreference", "description", "all_candidates"
]

#: more KB persons than this under one name: too many to check one by one, and nothing proves
MAX_CANDIDATES = 8
#: entity labels an unlinked person's name may carry (small NER models tag surnames as places)
_NAME_LABELS = frozenset({"PER", "LOC", "MISC"})
#: roles whose filler is a clause's subject: a description there may stand for a person
_SUBJECT_ROLES = ("agent", "patient", "speaker")
#: the most words an entry's opening description runs to before its comma ("Político soviético, nacido en …")
_OPENING_WORDS = 8
#: the relatives on the other side of a kinship property: a son's parents, a parent's children, a spouse's spouse
_INVERSE_KIN: dict[str, tuple[str, ...]] = {
    "P40": ("P22", "P25"),
    "P22": ("P40",),
    "P25": ("P40",),
    "P3373": ("P3373", "P22", "P25"),
    "P26": ("P26",),
}
#: words, for the person nouns between a possessive pronoun and its antecedent
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Identity:
    """The KB persons a mention may name (the linked one first) and how that was established."""

    candidates: tuple[str, ...]
    basis: IdentityBasis
    #: the candidates are all the KB allows: "false of every one" then proves the text wrong
    complete: bool = True
    #: a kinship noun: the relation and the possessor's KB id ("father", Q1394)
    relation: str | None = None
    relative_of: str | None = None

    @property
    def certain(self) -> bool:
        return len(self.candidates) == 1 and self.complete

    @property
    def resolved(self) -> bool:
        return bool(self.candidates)


@dataclass(frozen=True, slots=True)
class KinRule:
    """How a kinship relation reads in the KB: the properties holding it, the relative's sex, and
    whether a person has only one (a father) or possibly several (sons)."""

    properties: tuple[str, ...]
    sex: str | None = None
    single: bool = False


def kin_rules(policy: VerifyPolicy) -> dict[str, KinRule]:
    return {
        relation: KinRule(spec.all_properties(), spec.sex, spec.single) for relation, spec in policy.kinship.items()
    }


class IdentityResolver:
    """Identities of one document's participants against one reference view."""

    def __init__(
        self, view: ReferenceView, analysis: Analysis, policy: VerifyPolicy, cues: NameCues | None = None
    ) -> None:
        self.view = view
        #: what rules out an unlinked name as a person (none: every such name could be one)
        self.cues = cues or NameCues()
        self.analysis = analysis
        self.rules = kin_rules(policy)
        self.entities = {entity.id: entity for entity in analysis.entities}
        self.surname_endings = policy.surname_endings
        #: everyone the document names or points at: the context that may settle a shared name
        self._context: set[str] | None = None
        #: the person named alone on the text's first line, once looked for (`title_person`)
        self._title: tuple[Entity | None] | None = None
        self._descriptions: DescriptionResolver | None = None

    # --- one participant ----------------------------------------------------------------

    def identify(self, participant: Participant, at: int | None = None) -> Identity | None:
        """The identity of a participant, or None when it names no person the KB could hold. `at` is the
        event's trigger: a participant in another sentence is a dropped subject resolved by the context."""
        entity = self.entities.get(participant.entity or "")
        if participant.kin and participant.kin_of:
            return self._kin(participant, entity)
        described = self._described(participant, entity)
        if described is not None:
            return described
        if (
            entity is not None
            and not entity.item_id
            and (not _mentions(participant, entity) or self._elsewhere(participant, at))
        ):
            # a pronoun or a dropped subject given an antecedent that is no person's name ("Revolucionario ruso",
            # a description NER tagged PER under an entry's heading): the entry's heading person, if any
            return self._title_instead(participant, entity)
        if entity is not None and not entity.item_id and participant.role in _SUBJECT_ROLES:
            # an entry's sentence opening with a description of its headword ("Político soviético, nacido en …",
            # "Soviet politician, born in …"): the subject is the heading person
            return self._title_instead(participant, entity, at)
        if entity is None and participant.role in _SUBJECT_ROLES and self._prospective(participant):
            # "The future head of the Soviet secret police was born …": a description of the headword with no name in
            # it, so no entity; read like the unlinked description above. Only a prospective one ("future",
            # "futuro"): "Many workers were shot" under a heading is the story's, not the headword's
            probe = Entity("e0", participant.text, participant.start, participant.end, "MISC")
            return self._title_instead(participant, probe, at)
        if entity is None or not entity.item_id:
            return None
        if participant.alternatives or not _mentions(participant, entity):
            # a pronoun or a dropped subject the context resolved (to one person, or to several), unless a name
            # the KB does not know stands nearby ("Kamenev", tagged a place and unlinked: "He was executed");
            # the page's title person is a reading too when the context chose someone else
            settled = self._settled_by_description(participant, entity, at)
            if settled is not None:
                return settled
            alternatives, unknown_title = self._with_title_person(participant, entity)
            known = {entity.item_id, *(self.entities[a].item_id for a in alternatives if a in self.entities)}
            unknown = (
                unknown_title
                or self._unknown_names_before(participant)
                or self._other_subject_before(entity, at, known)
            )
            return self._coreference(entity, alternatives, unknown)
        identity = self.by_name(entity)
        if not self._elsewhere(participant, at):
            return identity
        # a dropped subject given its antecedent's words, another sentence's ("Iósif Stalin" for "Murió en
        # 1974"): read as the name says, and as the page's title person too
        alternatives, unknown_title = self._with_title_person(participant, entity)
        readings = [*identity.candidates]
        for entity_id in alternatives:
            other = self.entities.get(entity_id)
            if other is not None and other.item_id and other.item_id not in readings:
                readings.append(other.item_id)
        # "León Trotski / El zar Nicolás abdicó. Fue fusilado en 1918.": a sentence in between has a subject of its
        # own that is not the antecedent (here one NER missed): the dropped subject may continue it
        other_subject = self._other_subject_before(entity, at)
        if len(readings) == len(identity.candidates) and not unknown_title and not other_subject:
            return identity
        certain = identity.complete and not unknown_title and not other_subject
        return Identity(tuple(readings), "all_candidates", certain)

    # --- descriptions ---------------------------------------------------------------------

    def descriptions(self) -> DescriptionResolver:
        """The document's description reader, made on first use."""
        if self._descriptions is None:
            persons = self._linked_persons()
            self._descriptions = DescriptionResolver(
                self.view,
                self.analysis,
                description_cues(self.analysis.document.lang),
                lambda entity: self.cues.could_be_person(entity, self.analysis.text, persons),
            )
        return self._descriptions

    def _described(self, participant: Participant, entity: Entity | None) -> Identity | None:
        """A subject that is a definite description ("El comisario murió", "the head of the secret police was
        shot"): the one person nearby it fits (`descriptions.py`), else None (and the claim stays open)."""
        if participant.role not in _SUBJECT_ROLES:
            return None
        if entity is not None and entity.item_id and self.view.is_human(entity.item_id):
            return None  # a name, or a description the extractor already set a name beside
        qid = self.descriptions().referent(participant.start, participant.end)
        return Identity((qid,), "description") if qid else None

    def _settled_by_description(self, participant: Participant, entity: Entity, at: int | None) -> Identity | None:
        """A pronoun or a dropped subject right after a sentence whose subject is a description of one of the
        persons the context offered ("Zhdanov actuó como representante de Stalin. ... el representante ruso
        calificó la política de Truman ... Su muerte"): it continues that subject, when every other person named
        since is only a possessor or an object there ("la política de Truman", "Stalin's policy")."""
        index = self.analysis.sentence_index(at if at is not None else participant.start)
        if not index:
            return None
        descriptions = self.descriptions()
        span = sentence_subject(self.analysis, index - 1, descriptions.cues, _SUBJECT_ROLES, self._may_be_person)
        qid = descriptions.referent(*span) if span is not None else None
        if span is None or qid is None:
            return None
        offered = [self.entities.get(entity_id) for entity_id in (entity.id, *participant.alternatives)]
        if not any(other is not None and other.item_id == qid for other in offered):
            return None
        title = self.title_person()
        if title is not None and title.item_id != qid and participant.start >= title.end:
            return None  # the page's own subject is someone else: a reading too
        previous = self.analysis.sentences[index - 1]
        for other in self.analysis.entities_starting(previous.start, participant.start):
            if other.item_id == qid or not self._may_be_person(other):
                continue
            owned = previous.start <= other.start < previous.end and other.start >= span[1]
            if not (owned and descriptions.cues.owned(self.analysis.text, other)):
                return None
        return Identity((qid,), "description")

    def _prospective(self, participant: Participant) -> bool:
        """The participant's words, with what precedes them in their sentence ("The future" before "head of …"), say
        who the headword would become."""
        sentence = self.analysis.sentence_of(participant.start)
        start = sentence.start if sentence is not None else participant.start
        words = self.analysis.text[start : participant.end].split()
        return any(word.lower() in self.cues.prospective_words for word in words)

    def _may_be_person(self, entity: Entity) -> bool:
        if entity.item_id:
            return self.view.is_human(entity.item_id)
        return entity.label in _NAME_LABELS and self.cues.could_be_person(
            entity, self.analysis.text, self._linked_persons()
        )

    def _title_instead(self, participant: Participant, antecedent: Entity, at: int | None = None) -> Identity | None:
        """The heading person for a pronoun or dropped subject whose antecedent cannot be a person (its form or
        place rules it out: `NameCues`), with the other persons the context offered; None when the antecedent
        could be a person the KB does not know, or the page has no heading person."""
        title = self.title_person()
        if title is None or not title.item_id or participant.start < title.end:
            return None
        persons = self._linked_persons()
        if not self._entry_description(antecedent, persons, at):
            return None
        readings = [title.item_id]
        complete = True
        for entity_id in participant.alternatives:
            other = self.entities.get(entity_id)
            if other is None or not other.item_id:
                complete = (
                    complete and other is not None and not self.cues.could_be_person(other, self.analysis.text, persons)
                )
            elif other.item_id not in readings:
                readings.append(other.item_id)
        if len(readings) == 1 and complete:
            return Identity((title.item_id,), "coreference")
        return Identity(tuple(readings), "all_candidates", complete)

    def _linked_persons(self) -> list[Entity]:
        """The document's linked persons, gathered once per analysis (a scan per pronoun is quadratic on a book)."""
        return self.analysis.derived(
            "verify.identity:linked_persons",
            lambda analysis: [e for e in analysis.entities if e.label == "PER" and e.item_id],
        )

    def _first_trigger(self, start: int, end: int) -> int | None:
        """The first event trigger's offset in [start, end), by bisection over the triggers sorted once per analysis
        (a scan of every event per mention is quadratic on a book)."""
        starts = self.analysis.derived(
            "verify.identity:trigger_starts", lambda analysis: sorted(event.trigger.start for event in analysis.events)
        )
        at = bisect_left(starts, start)
        return starts[at] if at < len(starts) and starts[at] < end else None

    def _entry_description(self, entity: Entity, persons: Sequence[Entity], at: int | None = None) -> bool:
        """The mention is an entry's description of its headword, not a person: a line of its own that cannot be a
        name ("Revolucionario ruso."), or a short phrase opening its sentence ("Político soviético, nacido en …")."""
        text = self.analysis.text
        if self._description_line(entity):
            return not self.cues.could_be_person(entity, text, persons)
        return self._opening_description(entity, persons, at)

    def _opening_description(self, entity: Entity, persons: Sequence[Entity], at: int | None = None) -> bool:
        """The mention opens its sentence with a phrase of a few words up to a comma or the sentence's end, with no
        event's trigger in it, that cannot be a person's name ("Político soviético, nacido en …", "Funcionario
        soviético.", "Triunfante la revolución, …", "Marxist theorist, born in …"), and the sentence names nobody else
        who may be a person ("Hijo de Trotski, Lev Sedov murió …" is Sedov's)."""
        text = self.analysis.text
        sentence = self.analysis.sentence_of(entity.start)
        if sentence is None:
            return False
        start = (
            sentence.start
            + len(text[sentence.start : entity.start])
            - len(text[sentence.start : entity.start].lstrip())
        )
        comma = text.find(",", entity.end, sentence.end)
        end = comma if comma >= 0 else sentence.end
        trigger = self._first_trigger(entity.end, end)
        if trigger is not None:
            # "The future head of the secret police was born …": up to its verb, when the mention itself cannot be a
            # name ("Kámenev fue fusilado" is not "Kámenev fue")
            end = trigger
            if self.cues.could_be_person(entity, text, persons):
                return False
        phrase = text[start:end].rstrip().rstrip(".;:").rstrip()
        words = phrase.split()
        if not words or len(words) > _OPENING_WORDS or "\n" in phrase or "," in text[start : entity.start]:
            return False  # a long or broken opening, or a mention after the opening's comma
        if self._first_trigger(start, start + len(phrase)) is not None:
            return False
        extra = [word for word in words if not entity.start <= text.find(word, start) < entity.end]
        if self.cues.opening_verb_endings and any(
            word.lower().endswith(self.cues.opening_verb_endings) for word in extra
        ):
            return False  # "Kámenev protestó": a name and its verb
        if words[0].lower() in self.cues.articles and not any(
            word.lower() in self.cues.prospective_words for word in words
        ):
            return False  # "El zar fue fusilado": a definite description of someone else, unless "el futuro …"
        probe = replace(entity, text=phrase, start=start, end=start + len(phrase))
        if self.cues.could_be_person(probe, text, persons):
            return False
        # up to the event's trigger when it is in this sentence: a name in a later clause ("…, cuyo verdadero nombre
        # era Grigori Radómilski") does not take the subject of the participle before it
        limit = at if at is not None and sentence.start <= at < sentence.end else sentence.end
        return not any(
            other.id != entity.id and self._may_be_person(other)
            for other in self.analysis.entities_starting(sentence.start, limit)
        )

    def _description_line(self, entity: Entity) -> bool:
        """The mention is a sentence by itself, an entry's description of its subject ("Revolucionario ruso.",
        "Soviet diplomat."): not a person of the story ("El zar abdicó" is a sentence with a verb)."""
        sentence = self.analysis.sentence_of(entity.start)
        if sentence is None:
            return False
        said = self.analysis.text[sentence.start : sentence.end].strip().rstrip(".;:")
        return said.strip() == entity.text.strip()

    def _elsewhere(self, participant: Participant, at: int | None) -> bool:
        """The participant's words lie outside the sentence of the event (`at`): a dropped subject whose
        words are its antecedent's, another sentence's ("Iósif Stalin" for "Murió en 1974")."""
        if at is None:
            return False
        sentence = self.analysis.sentence_of(at)
        return sentence is not None and not sentence.start <= participant.start < sentence.end

    def _with_title_person(self, participant: Participant, entity: Entity) -> tuple[tuple[str, ...], bool]:
        """The participant's alternatives plus the person whose name heads the page, when that is not whom the
        context chose; and whether that person is one the KB does not know. A page titled with a person's
        name ("Semyon Budyonny", "León Trotski") speaks of them: a pronoun or a dropped subject sentences
        down may be them, whoever the lead named in passing ("under Joseph Stalin", "junto a Lenin")."""
        alternatives = tuple(participant.alternatives)
        title = self.title_person()
        if title is None or participant.start < title.end or title.item_id == entity.item_id:
            return alternatives, False
        if not title.item_id:
            return alternatives, True
        return (*alternatives, title.id), False

    def title_person(self) -> Entity | None:
        """The person whose name stands alone on the text's first line (a page's title), if any: a name the
        NER tags a person, or one linked to a KB person."""
        if self._title is None:
            self._title = (self._find_title(),)
        return self._title[0]

    def _find_title(self) -> Entity | None:
        text = self.analysis.text
        heading = self._inverted_heading()
        if heading is not None:
            return heading
        line_end = text.find("\n")
        if line_end < 0:
            return None  # one paragraph, no title line
        line = text[:line_end]
        inside = [e for e in self.analysis.entities if e.end <= line_end]
        if len(inside) != 1 or inside[0].text.strip() != line.strip():
            return None
        name = inside[0]
        if name.item_id is not None:
            return name if self.view.is_human(name.item_id) else None
        # unlinked: a name of capitalized words the NER took for a name of any kind (small models tag
        # "Ieronim Uborévich" MISC); "Comandante del Ejército Rojo" has a lowercase word
        words = name.text.split()
        named = name.label in _NAME_LABELS and len(words) >= 2 and all(word[:1].isupper() for word in words)
        return name if named else None

    def _inverted_heading(self) -> Entity | None:
        """A KB person's name inverted at the very start of the text, an entry's heading or a dictionary line
        ("KAMENEV, LEV BORISOVICH", "Trotsky, Leon (1879-1940), ..."): the entry is about them, whatever
        follows on its line (a sentence never opens with a surname, a comma and given names)."""
        text = self.analysis.text
        first = min(self.analysis.entities, key=lambda e: e.start, default=None)
        if first is None or text[: first.start].strip() or first.label != "PER" or not first.item_id:
            return None
        surname, comma, given = first.text.partition(",")
        if not comma or not surname.strip() or not given.strip() or not self.view.is_human(first.item_id):
            return None
        return first

    def _other_subject_before(
        self, antecedent: Entity, at: int | None, readings: Set[str | None] = frozenset()
    ) -> bool:
        """The sentence just before the event's, when the antecedent lies further back, holds an event whose
        subject (its agent, else its patient) is someone else: a person the KB may not know, or a noun NER did not
        tag ("El zar Nicolás abdicó"). A dropped subject or a pronoun continues the last subject, so the antecedent
        the context chose further back is then not certain. A subject the KB knows that is already one of the
        `readings` (a linked alternative antecedent) is judged as such, so it leaves nothing unknown ("After Lenin's
        death (1924) … He was exiled in 1927": Lenin is a reading, ruled out by his death)."""
        if at is None:
            return False
        index = self.analysis.sentence_index(at)
        before = self.analysis.sentence_index(antecedent.start)
        if not index or before is None or before >= index - 1:
            return False  # the antecedent is in the event's sentence or the one just before: nothing in between
        for subject in self._subjects_by_sentence().get(index - 1, ()):
            if subject.entity == antecedent.id:
                continue
            if antecedent.item_id and self.descriptions().referent(subject.start, subject.end) == antecedent.item_id:
                continue  # "el representante ruso", a description of the antecedent: the same subject
            other = self.entities.get(subject.entity or "")
            if other is not None and other.item_id and other.item_id in readings:
                continue
            if other is None or other.item_id != antecedent.item_id or not other.item_id:
                return True
        return False

    def _subjects_by_sentence(self) -> dict[int, list[Participant]]:
        """Each sentence's event subjects (agent, else patient), indexed once per analysis (not a pass over the
        events per participant: linear on a book)."""

        def build(analysis: Analysis) -> dict[int, list[Participant]]:
            found: dict[int, list[Participant]] = {}
            for event in analysis.events:
                roles = {p.role: p for p in event.participants}
                subject = roles.get("agent") or roles.get("patient")
                index = analysis.sentence_index(event.trigger.start)
                if subject is not None and index is not None:
                    found.setdefault(index, []).append(subject)
            return found

        return self.analysis.derived("verify.identity:subjects", build)

    def _unknown_names_before(self, participant: Participant) -> bool:
        """A name the KB could not link in this sentence or the one before, ahead of the pronoun: it could
        be whom the pronoun means (NER often tags a surname as a place), unless its form or place says it
        is no person (verify/person_names.py: "the Social Democrats", "Stalin's Great Purge")."""
        sentences = self.analysis.sentences
        index = self.analysis.sentence_index(participant.start)  # by bisection: not a pass over the book
        if index is None:
            return False
        window_start = sentences[max(index - 1, 0)].start
        window = self.analysis.entities_starting(window_start, participant.start)
        persons = [entity for entity in window if entity.label == "PER" and entity.item_id]
        return any(
            entity.item_id is None
            and entity.label in _NAME_LABELS
            and self.cues.could_be_person(entity, self.analysis.text, persons)
            for entity in window
        )

    def by_name(self, entity: Entity) -> Identity:
        """A named person: certain by a full name, a unique name or the document's context."""
        qid = entity.item_id or ""
        words = alias_key(entity.text).split()
        if len(words) != 1:
            return Identity((qid,), "full_name")
        word = self._fold(words[0])
        if not self.view.surname_alone(qid, word, self._fold):
            # the KB says this surname alone may mean someone else (kb: `surname_alone: false`), even after a
            # full name ("Nadezhda Alliluyeva ... Alliluyeva died in 2011" speaks of her daughter): not certain
            return Identity((qid,), "all_candidates", complete=False)
        # a person whose label holds the name carries it; one who has it only among other names ("Natalia
        # Trotsky", Vasily "Stalin") is a reading only when the document speaks of them
        carriers = {
            other
            for other in self.view.name_carriers(word, self._fold) - {qid}
            if (other in self.context() or word in self._label_words(other)) and self._same_kind(qid, other)
        }
        if not carriers:
            return Identity((qid,), "unique_name")
        if self._settled_by_context(qid, word, carriers):
            return Identity((qid,), "context")
        if len(carriers) + 1 > MAX_CANDIDATES:
            return Identity((qid,), "all_candidates", complete=False)
        return Identity((qid, *sorted(carriers)), "all_candidates")

    def _same_kind(self, qid: str, other: str) -> bool:
        """A name that links to a place or a body is no reading of a person whose name holds it ("Russia",
        Nicholas II of Russia): only a person's name may stand for another person."""
        return self.view.is_human(qid) or not self.view.is_human(other)

    # --- kinship --------------------------------------------------------------------------

    def _kin(self, participant: Participant, named: Entity | None) -> Identity | None:
        """A relative named by a kinship noun. The claim is about the relative, never the possessor; it is
        certain only when the possessor is ("his" continues the person last named, and no other person was
        named or described in between) and, when a name is given, the KB's kinship says that person is the
        possessor's relative. Otherwise the relative stays undecided: an unresolved kinship says which link
        failed ("“Su hijo” is a son of Kamenev, and the reference does not tell who")."""
        rule = self.rules.get(participant.kin or "")
        owner = self.entities.get(participant.kin_of or "")
        if rule is None or owner is None or not owner.item_id:
            # a relative of someone the KB does not know ("Kámenev" unlinked): a full name still says who, a
            # first name alone ("Su hijo Serguéi") is any Sergei's, never certain
            return self._named_only(named)
        # the possessor may itself be a shared name ("Stalin's son"): the relatives of every person it may be
        owners = self.by_name(owner)
        relatives = [qid for person in owners.candidates for qid in self._relatives(person, rule)]
        relatives = list(dict.fromkeys(relatives))
        owner_certain = self._possessor_certain(participant, owner)
        unresolved = Identity((), "kinship", relation=participant.kin, relative_of=owner.item_id)
        if named is not None and named.item_id:
            if named.item_id in relatives:
                # "Trotsky's son Sergei": the kinship settles which Sergei when the possessor is certain; a
                # full name says who whoever the possessor is ("Trotsky's wife Natalia Sedova")
                if owner_certain:  # (a shared possessor's name, "Alliluyev's daughter Nadezhda": one of them)
                    return Identity((named.item_id,), "kinship", True, participant.kin, owner.item_id)
                if not _one_word(named):
                    return self.by_name(named)
            # "León Trotski / En 1923 se alió con Kámenev. Su esposa Olga": the name is that relative of one person
            # the pronoun may mean, and the KB lists every such relative of the others (Trotsky's wives): certain
            possible = dict.fromkeys([*owners.candidates, *self._persons_before(participant)])
            sex = self._possessive_sex(participant)
            possible_owners = [qid for qid in possible if sex is None or self.view.sex(qid) in (sex, None)]
            matches = [qid for qid in possible_owners if named.item_id in self._relatives(qid, rule)]
            others_listed = all(
                self.view.is_complete(qid, pid)
                for qid in possible_owners
                if qid not in matches
                for pid in rule.properties
            )
            if len(matches) == 1 and others_listed:
                return Identity((named.item_id,), "kinship", True, participant.kin, matches[0])
            if named.item_id in relatives:
                return Identity((named.item_id,), "all_candidates", False, participant.kin, owner.item_id)
            if relatives or self._has_kin(named.item_id, rule) or _one_word(named):
                # "Kamenev's son Aleksandr" read as Trotsky's brother, "Stalin's son Lev": the KB's family of
                # the name is another, or the name alone could be anyone's: the link from name to possessor fails
                return unresolved
            return (
                self.by_name(named)
                if owner_certain and owners.certain
                else Identity((named.item_id,), "full_name", False)
            )
        if named is not None:
            return unresolved  # a name the KB does not know ("his son Yuri"): none of the relatives it holds
        if not relatives:
            return unresolved
        single = rule.single and len(owners.candidates) == 1 and len(relatives) == 1
        complete = (
            owners.complete
            and owner_certain
            and (
                single
                or all(self.view.is_complete(person, pid) for person in owners.candidates for pid in rule.properties)
            )
        )
        basis: IdentityBasis = "kinship" if len(relatives) == 1 else "all_candidates"
        return Identity(tuple(relatives), basis, complete, participant.kin, owner.item_id)

    def _named_only(self, named: Entity | None) -> Identity | None:
        """A relative whose possessor the KB does not know, by the name set beside the kinship noun."""
        if named is None or not named.item_id:
            return None
        if _one_word(named):
            return Identity((named.item_id,), "all_candidates", complete=False)
        return self.by_name(named)

    def _has_kin(self, qid: str, rule: KinRule) -> bool:
        """The KB holds the relatives on the other side of the relation for this person (a son's parents, a
        father's children, a sibling's siblings): a possessor not among them is not theirs."""
        inverse = {pid for prop in rule.properties for pid in _INVERSE_KIN.get(prop, ())}
        return any(self.view.facts(qid, pid) for pid in inverse)

    def _possessor_certain(self, participant: Participant, owner: Entity) -> bool:
        """The possessor is certain when its name is in the relative's own words ("Lenin's father", "el padre
        de Lenin"), or when a possessive pronoun ("his", "su") has one person it may mean: from the sentence
        before the pronoun's on (or from the antecedent's, when later), no other person named (of the
        pronoun's sex, when it says one) and no noun that stands for a person ("the monarch", "su hermano",
        "el zar"). "Kamenev met Trotsky. His son Sergei ..." and "Vladimir Lenin / his brother was hanged for
        plotting against the emperor. His father had been killed ..." do not say whose son or father."""
        if participant.start <= owner.start < participant.end or owner.start >= participant.start:
            return True
        text = self.analysis.text
        index = self.analysis.sentence_index(participant.start)
        if index is None:
            return False
        sentence_start = self.analysis.sentences[max(index - 1, 0)].start
        window_start = max(sentence_start, owner.end)
        if owner.end == window_start and text[owner.end : participant.start].lstrip().startswith(","):
            # an apposition of the antecedent itself ("Lenin, the Bolshevik leader, was born ..."): its own words
            close = text.find(",", text.find(",", owner.end) + 1, participant.start)
            window_start = max(window_start, close)
        sex = self._possessive_sex(participant)
        for entity in self.analysis.entities_starting(sentence_start, participant.start):
            if entity.id == owner.id or entity.end > participant.start:
                continue
            if entity.item_id and entity.item_id != owner.item_id and self.view.is_human(entity.item_id):
                if sex is None or self.view.sex(entity.item_id) in (sex, None):
                    return False
            elif not entity.item_id and entity.label == "PER":
                return False
        words = self.descriptions().cues.person_words
        between = {fold(word) for word in _WORD.findall(text[window_start : participant.start])}
        return not (between & words)

    def _persons_before(self, participant: Participant) -> list[str]:
        """The KB persons named from the sentence before the participant's up to it (the possessor's window)."""
        index = self.analysis.sentence_index(participant.start)
        if index is None:
            return []
        start = self.analysis.sentences[max(index - 1, 0)].start
        found = [
            entity.item_id
            for entity in self.analysis.entities_starting(start, participant.start)
            if entity.item_id and self.view.is_human(entity.item_id)
        ]
        return list(dict.fromkeys(found))

    def _possessive_sex(self, participant: Participant) -> str | None:
        """The possessor's sex a possessive says ("his": male, "her": female; "su" says none)."""
        first = participant.text.split()[:1]
        word = fold(first[0]) if first else ""
        cues = self.descriptions().cues
        return "male" if word in cues.masculine_possessives else "female" if word in cues.feminine_possessives else None

    def _relatives(self, owner: str, rule: KinRule) -> list[str]:
        found: list[str] = []
        for pid in rule.properties:
            for fact in self.view.facts(owner, pid):
                fits = rule.sex is None or self.view.sex(str(fact.value)) in (rule.sex, None)
                if isinstance(fact.value, str) and fact.value not in found and fits:
                    found.append(fact.value)
        return found

    # --- pronouns ---------------------------------------------------------------------------

    def _coreference(self, entity: Entity, alternatives: Sequence[str], unknown_nearby: bool = False) -> Identity:
        qids = [entity.item_id or ""]
        complete = not unknown_nearby
        for entity_id in alternatives:
            other = self.entities.get(entity_id)
            if other is None or not other.item_id:
                complete = False  # someone the KB does not know could be meant: nothing proves
            elif other.item_id not in qids:
                qids.append(other.item_id)
        if len(qids) == 1 and complete:
            return Identity((qids[0],), "coreference")
        return Identity(tuple(qids), "all_candidates", complete)

    # --- the document's context ---------------------------------------------------------------

    def _settled_by_context(self, qid: str, word: str, carriers: set[str]) -> bool:
        """The document names `qid` in full with this word, and names no other carrier of it."""
        if carriers & self.context():
            return False
        for entity in self.analysis.entities:
            words = alias_key(entity.text).split()
            if entity.item_id == qid and len(words) > 1 and word in {self._fold(w) for w in words}:
                return True
        return False

    def context(self) -> set[str]:
        """KB ids the document links, plus the relatives its kinship nouns point at."""
        if self._context is None:
            found = {entity.item_id for entity in self.analysis.entities if entity.item_id}
            for event in self.analysis.events:
                for participant in event.participants:
                    owner = self.entities.get(participant.kin_of or "")
                    rule = self.rules.get(participant.kin or "")
                    if owner is not None and owner.item_id and rule is not None:
                        found.update(self._relatives(owner.item_id, rule))
            self._context = found
        return self._context

    def _label_words(self, qid: str) -> set[str]:
        """The folded words of a person's labels in cronica's languages (labels say what a person is
        called; aliases only what they were also called)."""
        labels = {self.view.label(qid, lang) for lang in SUPPORTED_LANGUAGES}
        return {self._fold(word) for label in labels for word in alias_key(label).split()}

    def _fold(self, word: str) -> str:
        """One form for a Russian surname's feminine and masculine forms (Sedova/Sedov)."""
        for feminine, masculine in self.surname_endings:
            if word.endswith(feminine) and len(word) > len(feminine) + 2:
                return word[: -len(feminine)] + masculine
        return word


def _one_word(entity: Entity) -> bool:
    """A name of one word ("Aleksandr", "Serguéi"): a first name alone, or a surname a family shares."""
    return len(alias_key(entity.text).split()) == 1


def _mentions(participant: Participant, entity: Entity) -> bool:
    """The participant's own words name the entity (not a pronoun or a dropped subject)."""
    return participant.start <= entity.start < participant.end or entity.start <= participant.start < entity.end
