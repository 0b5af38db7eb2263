"""Events → claims with verdicts: the verify stage's logic, independent of the pipeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from spacy.tokens import Doc

from cronica.errors import CronicaError
from cronica.events.ontology import Ontology, load_ontology
from cronica.model import Analysis, Claim, Event, Participant, Proof
from cronica.timevalue.value import parse
from cronica.verify.age_statements import age_statement_claims
from cronica.verify.bodies import BodyResolver
from cronica.verify.checker import Checker
from cronica.verify.claims import ClaimPlan, plan_claim
from cronica.verify.dates import PartialDate
from cronica.verify.explain import Explainer
from cronica.verify.findings import Judgement
from cronica.verify.identity import IdentityResolver
from cronica.verify.language import load_language
from cronica.verify.named_events import NamedEvents, named_event_claims
from cronica.verify.opinions import find_opinions
from cronica.verify.person_names import name_cues
from cronica.verify.place_parts import regions_after
from cronica.verify.policy import verify_policy
from cronica.verify.readings import judge_alternatives, judge_readings
from cronica.verify.reference import ReferenceView
from cronica.verify.succession import Judged, reconcile, sides

SUBCLASS_OF = "P279"
INSTANCE_OF = "P31"
MANNER_OF_DEATH = "P1196"
MEMBER_OF_PARTY = "P102"
END_TIME = "P582"
#: event types whose "the party" is the one a membership ended in
ENDS_MEMBERSHIP = frozenset({"EXPULSION", "LEAVE"})


class Verifier:
    """Builds one claim per event (and per opinion sentence) and judges it against a reference view."""

    def __init__(
        self, view: ReferenceView, ontology: Ontology | None = None, overrides: Mapping[str, Any] | None = None
    ) -> None:
        self.view = view
        self.ontology = ontology or load_ontology()
        # policy.yaml with the stage's config laid over it, checked key by key by the typed model
        self.policy = verify_policy(overrides)
        manners = frozenset(filter(None, (self.ontology.manner_qid(name) for name in self.ontology.manners)))
        self.closed_values = {MANNER_OF_DEATH: manners}
        self.bodies = BodyResolver(view, self.is_instance)
        self.named_events = NamedEvents(view, self.policy.named_event_classes, self.is_instance)

    def only_place_named(self, words: str) -> str | None:
        """The one KB item whose label or alias is exactly `words` and that the KB situates (a region a text
        names with its noun, "la gobernación de Kursk"), else None: a name of two items, or of none, is no link."""
        candidates = getattr(self.view.kb, "candidates", None)
        if not callable(candidates):
            return None
        found = {str(candidate.qid) for candidate in candidates(words)}
        if len(found) != 1:
            return None
        (qid,) = found
        return qid if self.view.situated(qid) and not self.view.is_human(qid) else None

    def only_party_of(self, person: str, words: str, language: Any, ends_membership: bool = False) -> str | None:
        """The party a generic "el partido" / "the party" names: the person's only party in the KB or, for
        an expulsion or a leaving, the only membership the KB says ended. Anything else is ambiguous."""
        if not language.is_party_noun(words):
            return None
        memberships = [
            (fact.value, fact) for fact in self.view.facts(person, MEMBER_OF_PARTY) if isinstance(fact.value, str)
        ]
        parties = {party for party, _ in memberships}
        if len(parties) > 1 and ends_membership:
            parties = {party for party, fact in memberships if fact.qualifiers.get(END_TIME)}
        return parties.pop() if len(parties) == 1 else None

    def resolve_body(self, person: str | None, words: str, language: Any) -> tuple[str, bool] | None:
        """The body a common-noun phrase names (`cronica.verify.bodies`): (item, read through the person's
        record), or None. The determiners go first ("the seminary" → "seminary")."""
        noun = language.body_noun(words)
        if not noun:
            return None
        named = self.bodies.named(noun)
        if named is not None:
            return named, False
        held = self.bodies.of_person(person, noun) if person else None
        return (held, True) if held is not None else None

    def resolve_kind(self, words: str, counterpart: str, language: Any) -> str | None:
        """The thing a phrase names by its kind and counterpart (`BodyResolver.by_counterpart`), or None."""
        noun = language.kind_noun(words)
        return self.bodies.by_counterpart(noun, counterpart) if noun else None

    def claims_of(self, analysis: Analysis, docs: Iterable[Doc] | None = None) -> tuple[Claim, ...]:
        """`docs`: the nlp stage's parse (`StageContext.batches`), for the ages said outside an event
        (verify/age_statements.py); without it those are not read."""
        language = load_language(analysis.document.lang)
        checker = Checker(
            self.view,
            Explainer(self.view, language),
            self.policy,
            self.closed_values,
            document=analysis.text,
            office_spans=office_spans(analysis.events),
        )
        resolver = IdentityResolver(self.view, analysis, self.policy, name_cues(analysis.document.lang))
        claims: list[Claim] = []
        ordered = sorted(analysis.events, key=lambda e: e.trigger.start)
        dates = [(timex.start, timex.end) for timex in analysis.timexes]
        regions_of = partial(
            regions_after,
            analysis.text,
            entities=analysis.entities,
            words=language.region_words,
            dates=dates,
            lookup=self.only_place_named,
        )

        def plan_of(event: Event) -> ClaimPlan:
            return plan_claim(
                event,
                analysis,
                self.ontology,
                self.policy.place_properties,
                self.is_instance,
                language.is_hedged,
                partial(self.only_party_of, language=language, ends_membership=_ends_or_resumes(event)),
                partial(resolver.identify, at=event.trigger.start),
                self.policy.bound_types,
                language.qualifies,
                self.policy.office_classes,
                language.coordinates,
                partial(self.resolve_body, language=language),
                regions_of,
                partial(self.resolve_kind, language=language),
                language.introduces_counterpart,
            )

        for event in (reading for each in ordered for reading in self.each_person(each, analysis)):
            alternatives = self.relative_readings(event, analysis)
            plan = plan_of(alternatives[0])
            judged = (
                [judge_alternatives(checker, [plan, *map(plan_of, alternatives[1:])], self.policy)]
                if len(alternatives) > 1
                else self._judged(checker, plan, analysis)
            )
            for judgement, proof in judged:
                claims.append(
                    Claim(
                        id="",
                        event=event.id,
                        start=plan.start,
                        end=plan.end,
                        text=analysis.text[plan.start : plan.end],
                        verdict=judgement.verdict,
                        evidence=judgement.evidence,
                        correction=judgement.correction,
                        explanation=judgement.explanation,
                        confidence=judgement.confidence,
                        proof=proof,
                        support=judgement.support if judgement.verdict == "supported" else None,
                    )
                )
        for opinion in find_opinions(analysis):
            claims.append(
                Claim(
                    id="",
                    event=None,
                    start=opinion.start,
                    end=opinion.end,
                    text=analysis.text[opinion.start : opinion.end],
                    verdict="not_checkable",
                    explanation=opinion.explanation,
                    confidence=self.policy.confidence.opinion,
                )
            )
        checked = {
            item
            for claim in claims
            for item in (claim.proof.entity if claim.proof else None, *(e.subject for e in claim.evidence))
        }
        # a named event dated in the text (docs/verify.md, "Named events"), unless an event's claim checked it already
        claims.extend(
            c
            for c in named_event_claims(self.view, self.named_events, analysis)
            if c.evidence[0].subject not in checked
        )
        if docs is not None:
            claims.extend(age_statement_claims(analysis, docs, checker, resolver, self.ontology))
        claims.sort(key=lambda claim: claim.start)
        # every supported claim says what it checked; one judged elsewhere (a named event, an age) without a scope
        # of its own compared what it states whole
        whole = checker.explain.full_support()
        return tuple(
            dataclasses.replace(
                claim,
                id=f"c{index}",
                support=claim.support or whole if claim.verdict == "supported" else None,
            )
            for index, claim in enumerate(claims, 1)
        )

    def _judged(self, checker: Checker, plan: ClaimPlan, analysis: Analysis) -> list[tuple[Judgement, Proof | None]]:
        """The event's verdict, or one per side of an event that states two persons' facts (verify/succession.py:
        "X was replaced by Y" is Y's start and X's end, each judged apart)."""
        roles = self.policy.two_sided_types.get(plan.event.type, ())
        entities = analysis.entities_by_id

        def linked(participant: Participant) -> bool:
            entity = entities.get(participant.entity or "")
            return entity is not None and bool(entity.item_id)

        found = sides(plan, roles, linked)
        if not found:
            return [judge_readings(checker, plan, self.policy)]
        judged = [Judged(side, *judge_readings(checker, side.plan, self.policy, plan)) for side in found]
        return [(one.judgement, one.proof) for one in reconcile(judged, self.view, checker.explain, self.policy)]

    def each_person(self, event: Event, analysis: Analysis) -> list[Event]:
        """The event once per person filling its main role: "Zinoviev, Kamenev and Smirnov were arrested",
        "Ambos fueron detenidos" say it of each, so each is a claim of its own, checked apart (a claim reads
        one filler per role). The other roles stay as they are; an event with one such person is itself.
        Two names of one KB person ("Vladimir Ilich Ulyanov, or Lenin") are one person: the first stands."""
        try:
            main = self.ontology.type(event.type).main_role
        except CronicaError:
            return [event]
        entities = analysis.entities_by_id
        fillers, seen = [], set()
        for participant in event.participants:
            if participant.role != main:
                continue
            entity = entities.get(participant.entity or "")
            person = (entity.item_id if entity is not None else None) or participant.entity or participant.text
            if person not in seen:
                seen.add(person)
                fillers.append(participant)
        persons = {p.entity for p in fillers if p.entity}
        if len(fillers) < 2 or len(persons) < 2:
            return [event]
        others = [p for p in event.participants if p.role != main]
        return [dataclasses.replace(event, participants=(filler, *others)) for filler in fillers]

    def relative_readings(self, event: Event, analysis: Analysis) -> list[Event]:
        """The readings of a relative pronoun after a kinship phrase ("La madre de Lenin, quien murió en 1924"):
        the events stage gives the main role two fillers, the relative ("La madre de Lenin") and the possessor
        inside its words ("Lenin"), and "quien" may be either. One event per reading, the stage's order kept, so
        the claim is judged under both (`readings.judge_alternatives`); any other event is itself. Two persons
        coordinated ("Lenin y su madre") are no such pair: the possessor's words are not inside the relative's."""
        try:
            main = self.ontology.type(event.type).main_role
        except CronicaError:
            return [event]
        fillers = [p for p in event.participants if p.role == main]
        if len(fillers) != 2:
            return [event]
        kin = next((p for p in fillers if p.kin and p.kin_of), None)
        owner = next((p for p in fillers if p is not kin and not p.kin), None)
        if kin is None or owner is None or owner.entity != kin.kin_of:
            return [event]
        if not (kin.start <= owner.start and owner.end <= kin.end):
            return [event]
        others = tuple(p for p in event.participants if p.role != main)
        return [dataclasses.replace(event, participants=(filler, *others)) for filler in fillers]

    def is_instance(self, qid: str, classes: Iterable[str]) -> bool:
        """Instance of one of `classes`, directly or through one or two subclass steps."""
        wanted = set(classes)
        frontier = {str(fact.value) for fact in self.view.facts(qid, INSTANCE_OF)}
        for _ in range(3):
            if frontier & wanted:
                return True
            frontier = {str(fact.value) for cls in frontier for fact in self.view.facts(cls, SUBCLASS_OF)}
            if not frontier:
                break
        return False


def _ends_or_resumes(event: Event) -> bool:
    """An expulsion or a leaving ends a membership; a readmission ("readmitted in 1928", a repeated JOIN)
    resumes one that ended: "the party" is then the only party the reference says the person left."""
    return event.type in ENDS_MEMBERSHIP or (event.type == "JOIN" and bool(event.repeated))


#: the two events one holding told with its start and end makes ("de 1919 a 1925": OFFICE, OFFICE_END)
SPAN_ENDS = {"OFFICE": "P580", "OFFICE_END": "P582"}


def office_spans(events: Iterable[Event]) -> dict[tuple[str, int], dict[str, PartialDate]]:
    """(sentence, trigger start) → the start and end dates of the holding its OFFICE and OFFICE_END events
    tell: one span "from 1919 to 1925" for the single-holder rule (verify/holders.py), not two moments."""
    spans: dict[tuple[str, int], dict[str, PartialDate]] = {}
    for event in events:
        pid = SPAN_ENDS.get(event.type)
        value = parse(event.time_value) if pid and event.time_value else None
        if pid and value is not None:
            spans.setdefault((event.sentence, event.trigger.start), {})[pid] = value
    return spans
