"""From an event to what it asserts about the KB: one `Check` per applicable ontology mapping.

The events ontology says which Wikidata statement each event type bears on
(EXPULSION from a party → P102 with end time P582). A mapping applies when the
event fills every role it needs with a linked entity; roles the text leaves out
are never guessed, and a participant that could not be linked is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from cronica.events.ontology import EventType, KbMapping, Ontology
from cronica.kb.normalize import alias_key
from cronica.model import Analysis, Entity, Event, Participant, Timex
from cronica.timevalue import Precision
from cronica.verify.dates import PartialDate, parse_timex_date
from cronica.verify.identity import Identity
from cronica.verify.place_parts import RegionPart

ValueKind = Literal["date", "place", "entity", "age"]
#: a year written in digits ("1927", "'27" is not one): a date without one had its year inferred
_YEAR_WORDS = re.compile(r"\d{3,4}")
#: an age check's mapping: the person's date of birth (P569), reckoned at the event's date (`AGE`)
#: or, for a death, at the reference's date of death (`AGE_AT_DEATH`)
AGE, AGE_AT_DEATH, AGE_MATCH = "age", "age_at_death", "age"
DATE_OF_BIRTH, DATE_OF_DEATH, POINT_IN_TIME = "P569", "P570", "P585"
#: roles a place fills (a region named after it only situates it)
PLACE_ROLES = frozenset({"place", "destination", "origin"})
#: characters of the antecedent's sentence an explanation quotes
ANTECEDENT_WORDS = 80
#: TIMEX3 modifiers a bound word gives a date ("hasta 1925" BEFORE, "desde 1918" AFTER): on an office's start
#: or end they are the bound itself; "by 1938" (ON_OR_BEFORE) stays a bound ("by 1938 he was commissar")
BOUND_WORD_MODIFIERS = frozenset({"BEFORE", "AFTER"})


@dataclass(frozen=True, slots=True)
class Claimed:
    """One value the text asserts: a date, a place QID, an entity QID or an age in years, with the words it used."""

    kind: ValueKind
    value: str | PartialDate
    text: str
    #: the linker's score for an entity, None when it gave none (or for dates)
    score: float | None = None
    #: for a date: taken from the context ("that same day"), not from the event's own clause
    inherited: bool = False
    #: for a date: its TIMEX3 modifier (BEFORE, AFTER, APPROX, START...)
    mod: str | None = None
    #: for a place: the text makes it approximate ("cerca de París"): it may agree, never contradict
    hedged: bool = False
    #: for an entity: the words are a pronoun or an elided subject resolved from the context ("he")
    coreferent: bool = False
    #: for an entity settled by topic continuity: the words of the sentence whose main subject it continues
    antecedent: str = ""
    #: for a value with several acceptable KB values (a manner "shot": homicide or capital punishment)
    options: tuple[str, ...] = ()
    #: for a manner: KB values the words only pass a judgement on ("murdered" of an execution): undecided
    judges: tuple[str, ...] = ()
    #: for a date: the year is not in the text's words, it was taken from another date ("on 21 August")
    inferred_year: bool = False
    #: for a date: it is part of another thing's name ("durante la revolución de 1905")
    named: bool = False
    #: for a date: the text names its calendar ("(N.S.)", "según el calendario gregoriano"), so it is
    #: read in that calendar only, never also as Old Style
    calendar_stated: bool = False
    #: for a place: the region or country the text gives it ("Merjeuli, en Armenia": Armenia), each checked
    #: against the KB's containment of the place (`verify/place_parts.py`)
    regions: tuple[RegionPart, ...] = ()


@dataclass(frozen=True, slots=True)
class Check:
    """One statement to look up: subject's `property` should hold `value` (with `qualifiers`)."""

    mapping: KbMapping
    subject: str
    subject_text: str
    property: str
    value: Claimed
    qualifiers: Mapping[str, Claimed] = field(default_factory=dict)
    subject_score: float | None = None
    subject_coreferent: bool = False
    #: the subject continues the topic of this sentence (its words), when topic continuity settled it
    subject_antecedent: str = ""

    def claimed_values(self) -> tuple[Claimed, ...]:
        return (self.value, *self.qualifiers.values())


@dataclass(frozen=True, slots=True)
class ClaimPlan:
    """Everything the verifier will check for one event."""

    event: Event
    start: int
    end: int
    checks: tuple[Check, ...] = ()
    #: words of participants the claim needs but the KB does not know ("" for an implicit subject)
    unlinked: tuple[str, ...] = ()
    mapped: bool = True  # False when the event's type bears on no KB statement
    #: the ontology's main role of the event type ("successor" for SUCCESSION): support must reach it
    main_role: str | None = None
    #: the text names the main participant but the KB does not know it ("Chicherin succeeded...")
    main_unlinked: bool = False
    #: who each person-filled role may be, and how sure that is (verify/identity.py)
    identities: Mapping[str, Identity] = field(default_factory=dict)
    #: relatives the text names that the KB cannot resolve ("el padre de X" with no father in the KB)
    unresolved_kin: tuple[tuple[str, str, str], ...] = ()  # (words, relation, possessor KB id)
    #: the text says the event happened again: the first occurrence cannot contradict it
    repeated: bool = False

    def ambiguous_role(self) -> str | None:
        """The role whose filler may be several KB persons, the main one first (None when all are certain)."""
        roles = [role for role, identity in self.identities.items() if len(identity.candidates) > 1]
        if not roles:
            return None
        return self.main_role if self.main_role in roles else roles[0]

    def for_subject(self, role: str, qid: str) -> ClaimPlan:
        """The same plan with the filler of `role` read as `qid` (one reading of an ambiguous mention): the
        subject of a check, or its value (one office of a coordination, "commissar for foreign, military
        and naval affairs")."""
        checks = tuple(_read_as(check, role, qid) for check in self.checks)
        identity = self.identities[role]
        single = Identity((qid,), identity.basis, identity.complete, identity.relation, identity.relative_of)
        return replace(self, checks=checks, identities={**self.identities, role: single})


def _read_as(check: Check, role: str, qid: str) -> Check:
    if check.mapping.subject == role:
        check = replace(check, subject=qid)
    if check.mapping.value == role and check.value.kind == "entity":
        check = replace(check, value=replace(check.value, value=qid))
    return check


def plan_claim(
    event: Event,
    analysis: Analysis,
    ontology: Ontology,
    place_properties: Iterable[str],
    is_instance: Callable[[str, Iterable[str]], bool],
    is_hedged: Callable[[str, int], bool] = lambda text, start: False,
    only_party_of: Callable[[str, str], str | None] = lambda subject, words: None,
    identify: Callable[[Participant], Identity | None] = lambda participant: None,
    bound_types: Iterable[str] = (),
    qualifies: Callable[[str], bool] = lambda words: False,
    office_classes: Iterable[str] = (),
    coordinates: Callable[[str], bool] = lambda word: False,
    resolve_body: Callable[[str | None, str], tuple[str, bool] | None] = lambda person, words: None,
    regions_of: Callable[[int], tuple[RegionPart, ...]] = lambda end: (),
    resolve_kind: Callable[[str, str], str | None] = lambda words, counterpart: None,
    introduces_counterpart: Callable[[str], bool] = lambda between: False,
) -> ClaimPlan:
    """Resolve the event's roles to QIDs and keep the mappings that can be checked.

    `only_party_of(subject_qid, words)` names the party a generic "el partido" / "the party"
    stands for (the subject's only party in the KB), or None. `qualifies(words)` says whether words
    around a linked office make the phrase name another one ("Deputy", "for Agriculture"); an office
    is an instance of one of `office_classes`. `coordinates(word)` says whether a word joins two
    conjuncts ("y", "and"): a second office after it is not a qualifier of the first.
    `resolve_body(person_qid, words)` names the body a common-noun phrase stands for ("el seminario",
    "the Leningrad party organisation": `cronica.verify.bodies`), with whether it was read through the
    person's own record, or None. `regions_of(end)` reads the region or country the text gives right after the
    place ending at `end` ("Gori, Georgia"). `resolve_kind(words, counterpart_qid)` names the thing a phrase
    names by its kind and counterpart ("the peace treaty with Germany"), `introduces_counterpart(between)` says
    whether the words between them join them ("with the").
    """
    entities = analysis.entities_by_id  # built once per analysis: a book has thousands of events
    start, end = _claim_span(event, analysis, entities)
    event_type = ontology.types.get(event.type)
    if event_type is None or not event_type.kb:
        return ClaimPlan(event, start, end, mapped=False)
    identities, unresolved = _identities(event, entities, identify, analysis.text)
    offices = tuple(office_classes)

    def other_office(text: str, participant: Participant, entity: Entity) -> bool:
        """An office linked inside a phrase whose other words make it name another office."""
        if not offices or not entity.item_id:
            return False
        end = _conjunct_end(text, participant, entity, analysis.entities, coordinates)
        if not _qualified(text, participant, entity, qualifies, end):
            return False  # (the words first: a KB lookup only for a phrase with more words than the name)
        return is_instance(entity.item_id, offices)

    fillers = _fillers(
        event, analysis, entities, ontology, is_hedged, identities, bound_types, other_office, regions_of
    )
    # roles the sentence leaves unsaid (a dropped subject): their words are an antecedent's, in another sentence
    unsaid = {p.role for p in event.participants if not _in_sentence(analysis, event, p.start)}
    if offices:
        _coordinated_offices(event, analysis, fillers, identities, lambda qid: is_instance(qid, offices), coordinates)
    _resolve_generic_party(event, fillers, only_party_of)
    _resolve_bodies(event, fillers, entities, resolve_body)
    _resolve_kinds(event, analysis, fillers, entities, resolve_kind, introduces_counterpart)
    places = frozenset(place_properties)
    checks: list[Check] = []
    unlinked: list[str] = []
    for mapping in event_type.kb:
        if mapping.fixed_value is not None:  # "was arrested": a significant event that is an arrest
            fillers.setdefault(mapping.value, Claimed("entity", mapping.fixed_value, event.trigger.text))
        if mapping.match == UNPLACED and (_names_a_place(event) or event.trigger.pos != "VERB"):
            # "exiled to C Asia (1927)": the place the linker missed may be the error, not the date; and a noun
            # may name the state rather than the act ("in exile in 1932, he wrote"), which no stay's start dates
            continue
        needed = [mapping.subject, mapping.value]
        missing = [role for role in needed if role not in fillers]
        if missing:
            unlinked.extend(
                text for role in missing if (text := _unlinked_text(event, role, entities, analysis.text)) is not None
            )
            continue
        subject, value = fillers[mapping.subject], fillers[mapping.value]
        if subject.kind != "entity" or not isinstance(subject.value, str):
            continue
        if not _condition_holds(mapping, fillers, is_instance):
            continue
        if value.kind == "entity" and mapping.property in places:
            value = Claimed("place", value.value, value.text, value.score, hedged=value.hedged)
        qualifiers = {pid: fillers[role] for pid, role in mapping.qualifiers.items() if role in fillers}
        checks.append(
            Check(
                mapping,
                subject.value,
                "" if mapping.subject in unsaid else subject.text,
                mapping.property,
                value,
                qualifiers,
                subject.score,
                subject.coreferent,
                subject.antecedent,
            )
        )
    main = event_type.main_role
    age = _age_check(event, event_type, fillers, identities)
    if age is not None:
        checks.append(age)
    main_unlinked = main not in fillers and any(p.role == main for p in event.participants)
    kin_words = {words for words, _, _ in unresolved}
    return ClaimPlan(
        event,
        start,
        end,
        tuple(checks),
        tuple(text for text in dict.fromkeys(unlinked) if text not in kin_words),
        main_role=main,
        main_unlinked=main_unlinked,
        identities={role: identity for role, identity in identities.items() if role in fillers},
        unresolved_kin=unresolved,
        repeated=bool(getattr(event, "repeated", False)),
    )


def _age_check(
    event: Event, event_type: EventType, fillers: Mapping[str, Claimed], identities: Mapping[str, Identity]
) -> Check | None:
    """The age the text gives the event's main participant, as a check of that person's date of
    birth: reckoned at the reference's date of death for a death, else at the text's date of the
    event (an undated event gives nothing to reckon at). Only a person's age is checked."""
    age, main = event.age, event_type.main_role
    if age is None or main is None or main not in identities:
        return None
    subject = fillers.get(main)
    if subject is None or subject.kind != "entity" or not isinstance(subject.value, str):
        return None
    at_death = any(m.property == DATE_OF_DEATH and m.value == "time" for m in event_type.kb)
    qualifiers: dict[str, Claimed] = {}
    if not at_death:
        if "time" not in fillers:
            return None
        qualifiers[POINT_IN_TIME] = fillers["time"]
    mapping = KbMapping(DATE_OF_BIRTH, main, AGE_AT_DEATH if at_death else AGE, match=AGE_MATCH)
    claimed = Claimed("age", str(age.years), age.text)
    return Check(
        mapping,
        subject.value,
        subject.text,
        DATE_OF_BIRTH,
        claimed,
        qualifiers,
        subject.score,
        subject.coreferent,
        subject.antecedent,
    )


def _identities(
    event: Event, entities: Mapping[str, Entity], identify: Callable[[Participant], Identity | None], text: str = ""
) -> tuple[dict[str, Identity], tuple[tuple[str, str, str], ...]]:
    """Role → identity of each person filling it; and the kinship nouns the KB could not resolve."""
    identities: dict[str, Identity] = {}
    unresolved: list[tuple[str, str, str]] = []
    for participant in _below_heading(event, text):
        if participant.role in identities:
            continue
        identity = identify(participant)
        if identity is None:
            continue
        if identity.resolved:
            identities[participant.role] = identity
        elif identity.relation and identity.relative_of:
            unresolved.append((participant.text.strip(), identity.relation, identity.relative_of))
    return identities, tuple(unresolved)


def _below_heading(event: Event, text: str) -> tuple[Participant, ...]:
    """The event's participants without the page's heading line when the event is told below it and its own
    line fills the same role: a parser that runs "Vladímir Lenin" into the next line ("En 1887 su hermano fue
    ahorcado") makes the heading a second patient, and the first filler would make the claim about Lenin."""
    line_end = text.find("\n")
    if line_end < 0 or event.trigger.start < line_end:
        return event.participants
    below = {p.role for p in event.participants if p.start > line_end}
    return tuple(p for p in event.participants if not (p.end <= line_end and p.role in below))


#: the link score of a pronoun or dropped subject read as the entry's heading person (a linked full name)
TITLE_SCORE = 0.8


def _fillers(
    event: Event,
    analysis: Analysis,
    entities: Mapping[str, Entity],
    ontology: Ontology,
    is_hedged: Callable[[str, int], bool],
    identities: Mapping[str, Identity] | None = None,
    bound_types: Iterable[str] = (),
    other_office: Callable[[str, Participant, Entity], bool] = lambda text, participant, entity: False,
    regions_of: Callable[[int], tuple[RegionPart, ...]] = lambda end: (),
) -> dict[str, Claimed]:
    """Role → claimed value for every role the event fills with something checkable."""
    fillers: dict[str, Claimed] = {}
    identities = identities or {}
    named_places: set[str] = set()
    for participant in _below_heading(event, analysis.text):
        if participant.role in fillers or participant.role in named_places:
            continue
        if participant.role in PLACE_ROLES:
            # "nació en Kazán, en la Rusia europea": the first place named is the text's; the region after
            # it only situates it, and never stands in for it when the reference does not know it
            named_places.add(participant.role)
        entity = entities.get(participant.entity or "")
        identity = identities.get(participant.role)
        if identity is None and participant.kin and participant.kin_of and participant.role in _PERSON_ROLES:
            # "Kamenev's son Aleksandr" where the KB's Aleksandr is another family's: the kinship failed to say
            # who, and the name beside the noun is not taken instead (verify/identity.py, `_kin`)
            continue
        described = identity is not None and identity.basis == "description"
        if identity is not None and identity.resolved and (entity is None or participant.kin or described):
            # (or a description, "the general secretary", that the NER linked to the office it names: the person)
            # a relative the text names by kinship ("el padre de Lenin"): the KB resolved who it is
            if entity is None and identity.basis == "coreference":
                # "The future head of the secret police was born …" under a heading: the heading person, from the
                # context (verify/identity.py, `IdentityResolver._prospective`), said so and hedged
                fillers[participant.role] = Claimed(
                    "entity", identity.candidates[0], participant.text, TITLE_SCORE, coreferent=True
                )
                continue
            fillers[participant.role] = Claimed("entity", identity.candidates[0], participant.text)
            continue
        if (
            identity is not None
            and identity.resolved
            and participant.role in _PERSON_ROLES
            and entity is not None
            and not entity.item_id
        ):
            # a pronoun or dropped subject whose antecedent is no person's name: the entry's heading person
            # (verify/identity.py, `IdentityResolver._title_instead`), resolved from the context
            fillers[participant.role] = Claimed(
                "entity", identity.candidates[0], participant.text, TITLE_SCORE, coreferent=True
            )
            continue
        if entity is not None and entity.item_id and participant.role == "place":
            # the event's place, as a place (compared through the KB's hierarchy: "in Russia" holds
            # Saint Petersburg), as `event.place` gives it below when no participant names one
            hedged = is_hedged(analysis.text, entity.start)
            regions = regions_of(entity.end)
            fillers["place"] = Claimed(
                "place", entity.item_id, entity.text, entity.score, hedged=hedged, regions=regions
            )
            continue
        if entity is not None and participant.role == "position" and other_office(analysis.text, participant, entity):
            continue  # "the Deputy People's Commissar for Agriculture": not the People's Commissar linked inside it
        if entity is not None and entity.item_id:
            hedged = is_hedged(analysis.text, participant.start)
            # resolved from the context: a pronoun ("he", "lo"), or a dropped subject pointing at a
            # mention in another sentence; a name inside the participant's own words ("the Treaty of Brest" holding
            # the linked "Treaty of Brest") is no coreference
            inside = participant.start <= entity.start < participant.end
            coreferent = not inside or not _in_sentence(analysis, event, participant.start)
            antecedent = _sentence_words(analysis, participant.antecedent) if coreferent else ""
            fillers[participant.role] = Claimed(
                "entity",
                entity.item_id,
                participant.text,
                entity.score,
                hedged=hedged,
                coreferent=coreferent,
                antecedent=antecedent,
            )
    date = parse_timex_date(event.time_value, periods=True)
    if date is not None:
        # a date from the context ("ese mismo día") or part of another thing's name ("la revolución de
        # 1905") may support the event but never contradicts it
        source = getattr(event, "time_source", None) or ""
        inherited = source.startswith("inherited") or source == "named"
        named = source == "named"
        timex = _timex_of(event, analysis)
        if timex is not None and timex.calendar == "julian" and timex.value == event.time_value:
            date = date.as_julian()  # the text marks it Old Style: compared as the Gregorian days it denotes
        words = timex.text if timex else event.time_value or ""
        if source == "computed" and timex is not None:
            words = _computed_words(analysis, timex) or words  # "two years after the revolution of 1917"
        # no year in digits: inferred from an anchor ("el 12 de mayo"), or for a decade in words ("los años
        # treinta", "the '20s") its century inferred: the 1830s or the 1930s. The timex stage puts such a decade in
        # the 1900s unless the text names its century ("los años noventa del siglo XIX": timex/normalize.py)
        written = timex is not None and _YEAR_WORDS.search(timex.text) is not None
        default_century = date.precision == Precision.DECADE and 1900 <= (date.year or 0) < 2000
        inferred_year = timex is not None and not written and (timex.anchor is not None or default_century)
        mod = timex.mod if timex else None
        if event.type in bound_types and mod in BOUND_WORD_MODIFIERS:
            mod = None  # "hasta enero de 1925" is the end of the holding, not "any day before it"
        fillers["time"] = Claimed(
            "date",
            date,
            words,
            inherited=inherited,
            mod=mod,
            inferred_year=inferred_year,
            named=named,
            calendar_stated=timex is not None and timex.calendar is not None and timex.value == event.time_value,
        )
    place = entities.get(event.place or "")
    if place is not None and place.item_id and "place" not in named_places:
        hedged = is_hedged(analysis.text, place.start)
        regions = regions_of(place.end)
        fillers["place"] = Claimed("place", place.item_id, place.text, place.score, hedged=hedged, regions=regions)
    manner = getattr(event, "manner", None)
    options = ontology.manner_options(manner)
    if len(options) == 1:
        fillers["manner"] = Claimed("entity", options[0], manner or "", judges=ontology.manner_judged(manner))
    elif options:  # "fue fusilado", "was shot": homicide or capital punishment
        fillers["manner"] = Claimed("entity", options[0], event.trigger.text, options=options)
    return fillers


def _qualified(
    text: str, participant: Participant, entity: Entity, qualifies: Callable[[str], bool], end: int | None = None
) -> bool:
    """The participant's words outside the linked name, up to `end` (the end of the name's own conjunct),
    change what it names."""
    end = participant.end if end is None else end
    if not (participant.start <= entity.start and entity.end <= end):
        return False
    return qualifies(text[participant.start : entity.start] + " " + text[entity.end : end])


#: what may stand between two coordinated names: a comma, a coordinator, or both
_BETWEEN_CONJUNCTS = re.compile(r"\s*(?:,\s*)?(?:([^\W\d_]+)\s+)?")


def _coordinated_offices(
    event: Event,
    analysis: Analysis,
    fillers: dict[str, Claimed],
    identities: dict[str, Identity],
    is_office: Callable[[str], bool],
    coordinates: Callable[[str], bool],
) -> None:
    """An office coordinated with others ("the people's commissar for foreign, military and naval affairs":
    two offices, linked one after the other with only a comma or a coordinator between them): the text
    says the same of each, so each is a reading of the role, and the claim is contradicted only when it
    is false of every one (`readings.judge_readings`). With another role already read several ways, the
    office is left unchecked: the readings of one role would take the first reading of the other."""
    for participant in event.participants:
        claimed = fillers.get(participant.role)
        entity = analysis.entities_by_id.get(participant.entity or "")
        if claimed is None or entity is None or not entity.item_id or not is_office(entity.item_id):
            continue
        chain = [entity.item_id]
        ordered = sorted(analysis.entities, key=lambda e: e.start)
        current = entity
        for other in ordered:
            if other.start < current.end or not other.item_id or other is current:
                continue
            between = _BETWEEN_CONJUNCTS.fullmatch(analysis.text, current.end, other.start)
            joined = between is not None and (
                "," in analysis.text[current.end : other.start] or (between.group(1) and coordinates(between.group(1)))
            )
            if not joined or not is_office(other.item_id):
                break
            chain.append(other.item_id)
            current = other
        offices = tuple(dict.fromkeys(chain))
        if len(offices) < 2:
            continue
        if any(len(identity.candidates) > 1 for role, identity in identities.items() if role != participant.role):
            del fillers[participant.role]
        else:
            identities[participant.role] = Identity(offices, "all_candidates", complete=True)


_FIRST_WORD = re.compile(r"[\s,;]*([^\W\d_]+)")


def _conjunct_end(
    text: str,
    participant: Participant,
    entity: Entity,
    entities: Iterable[Entity],
    coordinates: Callable[[str], bool],
) -> int:
    """Where the linked name's own conjunct ends in the participant's words: right after the name when a
    coordinator follows it and another linked name comes after that ("presidente del Comité Central
    Ejecutivo y miembro del Politburó": two offices, the second no qualifier of the first); else the
    participant's end."""
    if not (participant.start <= entity.start and entity.end <= participant.end):
        return participant.end
    after = _FIRST_WORD.match(text, entity.end, participant.end)
    if after is None or not coordinates(after.group(1).lower()):
        return participant.end
    if any(other.item_id and after.end() <= other.start and other.end <= participant.end for other in entities):
        return entity.end
    return participant.end


#: roles whose filler may be a generic "the party", and the roles that hold the person it belongs to
GENERIC_PARTY_ROLE = "organization"
_PERSON_ROLES = ("patient", "agent")


def _resolve_generic_party(
    event: Event, fillers: dict[str, Claimed], only_party_of: Callable[[str, str], str | None]
) -> None:
    """ "Fue expulsado del partido": the party is the person's only one in the KB, taken as resolved from
    context (so the explanation says so and the confidence drops, as for a pronoun)."""
    if GENERIC_PARTY_ROLE in fillers:
        return
    person = next((fillers[role] for role in _PERSON_ROLES if role in fillers), None)
    if person is None or person.kind != "entity" or not isinstance(person.value, str):
        return
    for participant in event.participants:
        if participant.role == GENERIC_PARTY_ROLE and participant.entity is None:
            party = only_party_of(person.value, participant.text)
            if party:
                fillers[GENERIC_PARTY_ROLE] = Claimed("entity", party, participant.text, 0.7, coreferent=True)
            return


#: roles a body's common-noun phrase may fill ("expelled from the seminary", "to head the party organisation")
BODY_ROLES = ("organization", "position")


def _resolve_bodies(
    event: Event,
    fillers: dict[str, Claimed],
    entities: Mapping[str, Entity],
    resolve_body: Callable[[str | None, str], tuple[str, bool] | None],
) -> None:
    """A body named by a common-noun phrase: unlinked ("del seminario"), or linked only through a place inside
    it ("the Leningrad party organisation", NER tagging "Leningrad"). Read through the person's record, it is
    taken as resolved from the context (the explanation says so and the confidence drops, as for a pronoun)."""
    person = next((fillers[role] for role in _PERSON_ROLES if role in fillers), None)
    who = person.value if person is not None and person.kind == "entity" and isinstance(person.value, str) else None
    done: set[str] = set()
    for participant in event.participants:
        role = participant.role
        if role not in BODY_ROLES or role in done or participant.kin:
            continue
        done.add(role)
        entity = entities.get(participant.entity or "")
        filled = fillers.get(role)
        if filled is not None:
            # only a place the phrase holds, not the place itself: the phrase may name a body
            inside = entity is not None and entity.label == "LOC" and filled.value == entity.item_id
            if not inside or entity is None or alias_key(participant.text) == alias_key(entity.text):
                continue
        elif entity is not None and entity.item_id:
            continue  # linked, and left out on purpose (an office inside a longer title)
        found = resolve_body(who, participant.text)
        if found is not None:
            qid, through_person = found
            score = 0.7 if through_person else 0.9
            fillers[role] = Claimed("entity", qid, participant.text, score, coreferent=through_person)


#: roles a thing named by its kind may fill ("signed the peace treaty with Germany")
KIND_ROLES = ("work",)


def _resolve_kinds(
    event: Event,
    analysis: Analysis,
    fillers: dict[str, Claimed],
    entities: Mapping[str, Entity],
    resolve_kind: Callable[[str, str], str | None],
    introduces_counterpart: Callable[[str], bool],
) -> None:
    """A thing named by its kind and counterpart, not by its name ("the peace treaty with Germany", "un tratado
    de paz con los Imperios Centrales"): unlinked, it is the one KB thing of that kind with that party, if any.
    The counterpart is the event's own (role "counterpart") or the name right after the phrase ("with ...")."""
    for participant in event.participants:
        role = participant.role
        if role not in KIND_ROLES or participant.kin:
            continue
        entity = entities.get(participant.entity or "")
        if entity is not None and entity.item_id:
            # linked only through the counterpart inside the phrase ("el tratado de paz con Alemania": Germany)
            kind = _kind_before(analysis.text[participant.start : entity.start], introduces_counterpart)
            if not kind or analysis.text[entity.start : participant.end].strip() != entity.text.strip():
                continue
            counterpart: str | None = entity.item_id
        elif role in fillers:
            continue
        else:
            kind = participant.text
            counterpart = _counterpart(event, analysis, entities, participant, introduces_counterpart)
        found = resolve_kind(kind, counterpart) if counterpart else None
        if found is not None:
            # taken from its description: the explanation names the treaty it was read as, less certain
            fillers[role] = Claimed("entity", found, participant.text, 0.8, coreferent=True)


def _kind_before(words: str, introduces_counterpart: Callable[[str], bool]) -> str:
    """The kind's words before the joining ones ("el tratado de paz con" → "el tratado de paz"), or ""."""
    tokens = words.split()
    for cut in range(len(tokens) - 1, 0, -1):
        if introduces_counterpart(" ".join(tokens[cut:])):
            return " ".join(tokens[:cut])
    return ""


def _counterpart(
    event: Event,
    analysis: Analysis,
    entities: Mapping[str, Entity],
    phrase: Participant,
    introduces_counterpart: Callable[[str], bool],
) -> str | None:
    """The linked party a kind's phrase is joined to: the event's counterpart, else the first linked name after
    the phrase when only a joining word and articles lie between ("the peace treaty with the Central Powers")."""
    for participant in event.participants:
        entity = entities.get(participant.entity or "")
        if participant.role == "counterpart" and entity is not None and entity.item_id:
            return entity.item_id
    # the linked names after the phrase in its sentence, by bisection (not a scan of every entity per phrase)
    sentence = analysis.sentence_of(phrase.start)
    limit = sentence.end if sentence is not None else len(analysis.text)
    after = [e for e in analysis.entities_starting(phrase.end, limit) if e.item_id]
    if not after:
        return None
    nearest = after[0]
    return nearest.item_id if introduces_counterpart(analysis.text[phrase.end : nearest.start]) else None


def _condition_holds(
    mapping: KbMapping, fillers: Mapping[str, Claimed], is_instance: Callable[[str, Iterable[str]], bool]
) -> bool:
    when = mapping.when or {}
    role = when.get("has_role")
    if role and role not in fillers:
        return False
    absent = when.get("lacks_role")
    if absent and absent in fillers:
        return False
    classes = when.get("value_class")
    if classes:
        value = fillers[mapping.value].value
        return isinstance(value, str) and is_instance(value, classes)
    return True


def _unlinked_text(event: Event, role: str, entities: Mapping[str, Entity], text: str = "") -> str | None:
    """The words of a role the text fills but the linker could not resolve (None when the text is silent
    about that role, "" when it is filled by an implicit subject)."""
    if role == "place" and event.place:
        place = entities.get(event.place)
        return place.text if place is not None else None
    for participant in _below_heading(event, text):
        if participant.role == role:
            return participant.text.strip()  # "" when the subject is left implicit ("fue expulsado")
    return None


def _timex_of(event: Event, analysis: Analysis) -> Timex | None:
    return analysis.timexes_by_id.get(event.time) if event.time is not None else None


def _computed_words(analysis: Analysis, anchor: Timex) -> str:
    """The words a computed date was computed from (`Event.time_source` "computed"): from the offset, the
    last duration before the anchor date in its sentence, to that date ("two years after the revolution of
    1917"); empty when no such duration is found."""
    sentence = analysis.sentence_of(anchor.start)
    begin = sentence.start if sentence is not None else 0
    # the sentence's timexes by bisection, not a scan of the layer (once per computed date: linear on a book)
    nearby = analysis.timexes_overlapping(begin, anchor.start)
    offsets = [t for t in nearby if t.type == "DURATION" and begin <= t.start and t.end <= anchor.start]
    if not offsets:
        return ""
    return analysis.text[max(offsets, key=lambda t: t.start).start : anchor.end]


def _in_sentence(analysis: Analysis, event: Event, offset: int) -> bool:
    """Whether `offset` lies in the sentence of the event's trigger (True when sentences are unknown)."""
    sentence = analysis.sentence_of(event.trigger.start)
    return sentence is None or sentence.start <= offset < sentence.end


#: a mapping checked on every statement's start, for an event that names no place (`KbMapping.match`)
UNPLACED = "unplaced"

#: an office the text describes someone by (copular or appositive), never an item of a series
DESCRIBED_OFFICE = "OFFICE"

#: the roles that name where an event took someone
PLACE_ROLES = frozenset({"destination", "origin", "place"})


def _names_a_place(event: Event) -> bool:
    """Whether the text gives the event a place, a destination or an origin, identified or not."""
    return event.place is not None or any(p.role in PLACE_ROLES and p.text.strip() for p in event.participants)


def _lent_across(event: Event, participant: Participant, analysis: Analysis) -> bool:
    """Whether the participant's words are ones an earlier predicate of a series lends this one (its subject,
    the party of "readmitted"): they stand before this trigger, and so does another verb's trigger that has
    them too ("He was ousted from the party by Stalin, who …, exiled to C Asia (1927), and expelled from the
    Soviet Union (1929)": the expulsion's claim is "expelled from the Soviet Union (1929)", and never holds
    the exile's words)."""
    if participant.end > event.trigger.start:
        return False
    holders = analysis.derived("verify:verb-participant-spans", _verb_participant_spans)
    return any(
        other is not event and trigger_end <= event.trigger.start
        for trigger_end, other in holders.get((participant.start, participant.end), ())
    )


def _verb_participant_spans(analysis: Analysis) -> dict[tuple[int, int], list[tuple[int, Event]]]:
    """Each participant span, with the verbal events that have it and where their triggers end: asked once
    per participant, a scan of every event would be quadratic on a book."""
    spans: dict[tuple[int, int], list[tuple[int, Event]]] = {}
    for other in analysis.events:
        # an appositive office ("Kalinin, the president …, died") is no item of a series
        if other.trigger.pos != "VERB" or other.type == DESCRIBED_OFFICE:
            continue
        for span in {(p.start, p.end) for p in other.participants}:
            spans.setdefault(span, []).append((other.trigger.end, other))
    return spans


def _claim_span(event: Event, analysis: Analysis, entities: Mapping[str, Entity]) -> tuple[int, int]:
    """The smallest span holding the trigger, the participants, the date, the place and the age."""
    # an elided subject has no words to show, and an antecedent in another sentence is not this claim's
    said = [p for p in event.participants if p.text.strip() and _in_sentence(analysis, event, p.start)]
    said = [p for p in said if not _lent_across(event, p, analysis)]
    starts = [event.trigger.start] + [p.start for p in said]
    ends = [event.trigger.end] + [p.end for p in said]
    timex = _timex_of(event, analysis)
    if timex is not None:
        starts.append(timex.start)
        ends.append(timex.end)
    place = entities.get(event.place or "")
    if place is not None:
        starts.append(place.start)
        ends.append(place.end)
    sentence = analysis.sentence_of(event.trigger.start)
    start, end = min(starts), max(ends)
    if sentence is not None:  # never reach outside the trigger's sentence...
        start, end = max(start, sentence.start), min(end, sentence.end)
    if event.age is not None:  # ... but for the age it gives: "... died in 1938. He was only 32."
        start, end = min(start, event.age.start), max(end, event.age.end)
    return start, end


def _sentence_words(analysis: Analysis, sentence_id: str | None) -> str:
    """The words of a sentence (by id), shortened for an explanation; "" for none."""
    sentence = next((s for s in analysis.sentences if s.id == sentence_id), None) if sentence_id else None
    if sentence is None:
        return ""
    words = " ".join(analysis.text[sentence.start : sentence.end].split())
    return words if len(words) <= ANTECEDENT_WORDS else words[: ANTECEDENT_WORDS - 1].rstrip() + "…"
