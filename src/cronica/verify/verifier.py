"""Events → claims with verdicts: the verify stage's logic, independent of the pipeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from cronica.events.ontology import Ontology, load_ontology
from cronica.model import Analysis, Claim, Participant, Proof
from cronica.verify.checker import Checker, Judgement
from cronica.verify.claims import ClaimPlan, plan_claim
from cronica.verify.identity import Identity, IdentityResolver
from cronica.verify.language import Language, load_language
from cronica.verify.opinions import find_opinions
from cronica.verify.policy import verify_policy
from cronica.verify.reference import ReferenceView

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
        self.policy = verify_policy(overrides).model_dump(exclude_unset=True)
        manners = frozenset(filter(None, (self.ontology.manner_qid(name) for name in self.ontology.manners)))
        self.closed_values = {MANNER_OF_DEATH: manners}

    def only_party_of(self, person: str, words: str, language: Any, ends_membership: bool = False) -> str | None:
        """The party a generic "el partido" / "the party" names: the person's only party in the KB or, for
        an expulsion or a leaving, the only membership the KB says ended. Anything else is ambiguous."""
        if not language.is_party_noun(words):
            return None
        memberships = [fact for fact in self.view.facts(person, MEMBER_OF_PARTY) if isinstance(fact.value, str)]
        parties = {fact.value for fact in memberships}
        if len(parties) > 1 and ends_membership:
            parties = {fact.value for fact in memberships if fact.qualifiers.get(END_TIME)}
        return parties.pop() if len(parties) == 1 else None

    def claims_of(self, analysis: Analysis) -> tuple[Claim, ...]:
        language = load_language(analysis.document.lang)
        checker = Checker(self.view, language, self.policy, self.closed_values)
        resolver = IdentityResolver(self.view, analysis, self.policy)
        claims: list[Claim] = []
        for event in sorted(analysis.events, key=lambda e: e.trigger.start):
            plan = plan_claim(
                event,
                analysis,
                self.ontology,
                self.policy["place_properties"],
                self.is_instance,
                language.is_hedged,
                lambda person, words, language=language, kind=event.type: self.only_party_of(
                    person, words, language, ends_membership=kind in ENDS_MEMBERSHIP
                ),
                resolver.identify,
                self.policy.get("bound_types", ()),
            )
            judgement, proof = self._judge(checker, plan, language)
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
                    confidence=self.policy["confidence"]["opinion"],
                )
            )
        claims.sort(key=lambda claim: claim.start)
        return tuple(dataclasses.replace(claim, id=f"c{index}") for index, claim in enumerate(claims, 1))

    # --- identity: a contradiction needs to know who the text speaks of --------------------

    def _judge(self, checker: Checker, plan: ClaimPlan, language: Language) -> tuple[Judgement, Proof | None]:
        """Judge the claim under every reading its mentions allow; contradict only what is false of all."""
        role = plan.ambiguous_role()
        if role is None:
            return self._with_proof(checker, plan, checker.judge(plan), language)
        identity = plan.identities[role]
        readings = [(qid, checker.judge(plan.for_subject(role, qid))) for qid in identity.candidates]
        verdicts = {judgement.verdict for _, judgement in readings}
        mention = self._mention(plan, role)
        names = [self.view.label(qid, language.code) for qid, _ in readings]
        if verdicts == {"contradicted"} and identity.complete:
            first = readings[0][1]
            note = language.identity_note("all_candidates", mention=mention[0], candidates=language.list_and(names))
            judgement = first.hedged(1.0, after=note)
            proof = checker.proof(first.decisive, "all_candidates", note, mention) if first.decisive else None
            return judgement, proof
        if len(verdicts) == 1 and "contradicted" not in verdicts:
            return readings[0][1], None  # every reading gives the same: nothing hangs on who it is
        fitting = [(qid, j) for qid, j in readings if j.verdict == "supported"]
        # the reading the linker or the context chose first; for "his son" (no name) any relative that fits
        chosen = readings[0] if not identity.relation else (fitting[0] if fitting else None)
        if chosen is not None and chosen[1].verdict == "supported":
            return chosen[1], None
        groups: dict[str, list[str]] = {}
        for name, (_, judgement) in zip(names, readings, strict=True):
            key = {"supported": "reading_holds", "contradicted": "reading_fails"}.get(
                judgement.verdict, "reading_unknown"
            )
            groups.setdefault(key, []).append(name)
        detail = "; ".join(
            language.phrase(key, who=language.list_and(group))
            for key in ("reading_holds", "reading_fails", "reading_unknown")
            if (group := groups.get(key))
        )
        kb = language.kb_name(self.view.name)
        parts = [
            language.explanation("not_enough_info", kb=kb),
            language.explanation(
                "ambiguous_identity", mention=mention[0], candidates=language.list_and(names), detail=detail
            ),
        ]
        if verdicts == {"contradicted"}:  # false of every one the KB knows, but it may not know them all
            parts.append(language.explanation("candidates_incomplete", mention=mention[0]))
        explanation = " ".join(parts)
        return Judgement("not_enough_info", explanation, self.policy["confidence"]["not_enough_info"]), None

    def _with_proof(
        self, checker: Checker, plan: ClaimPlan, judgement: Judgement, language: Language
    ) -> tuple[Judgement, Proof | None]:
        """A contradiction keeps its proof, or becomes "not enough info" when who it is about is uncertain."""
        if judgement.verdict != "contradicted" or judgement.decisive is None or judgement.decisive.check is None:
            return judgement, None
        finding, check = judgement.decisive, judgement.decisive.check
        roles = [check.mapping.subject]
        compared = {check.property: check.mapping.value, **check.mapping.qualifiers}.get(finding.pid)
        if compared:
            roles.append(compared)
        for role in roles:
            identity = plan.identities.get(role)
            if identity is not None and not identity.certain:
                mention = self._mention(plan, role)
                kb = language.kb_name(self.view.name)
                note = language.explanation("identity_uncertain", mention=mention[0])
                return (
                    Judgement(
                        "not_enough_info",
                        f"{language.explanation('not_enough_info', kb=kb)} {note}",
                        self.policy["confidence"]["not_enough_info"],
                    ),
                    None,
                )
        role = check.mapping.subject
        identity = plan.identities.get(role) or Identity((check.subject,), "full_name")
        mention = self._mention(plan, role)
        note = self._identity_note(identity, mention[0], check.subject, language)
        return judgement, checker.proof(finding, identity.basis, note, mention)

    def _identity_note(self, identity: Identity, mention: str, qid: str, language: Language) -> str:
        entity = self.view.label(qid, language.code)
        if identity.basis == "kinship":
            owner = self.view.label(identity.relative_of or "", language.code)
            return language.identity_note(
                "kinship",
                mention=mention,
                relation=language.relation(identity.relation or ""),
                owner=owner,
                entity=entity,
            )
        return language.identity_note(identity.basis, mention=mention, entity=entity, candidates=entity)

    @staticmethod
    def _mention(plan: ClaimPlan, role: str) -> tuple[str, int, int]:
        """The words (and offsets) naming the filler of `role`; an elided subject gives its antecedent's."""
        participant: Participant | None = next((p for p in plan.event.participants if p.role == role), None)
        if participant is None:
            return "", plan.start, plan.start
        return participant.text.strip() or participant.text, participant.start, participant.end

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
