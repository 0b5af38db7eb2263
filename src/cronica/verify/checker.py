"""The verdict of one claim: each check against the KB's statements, then one policy.

Policy (docs/verify.md): `contradicted` only when the KB holds a value that is
incompatible at the shared precision and no statement agrees; `supported` when a
statement agrees and nothing contradicts (a date the text gives must have been
checked, and when the event's main participant was looked up, something about it
must agree); `not_enough_info` otherwise; `not_checkable` for types with no KB
mapping and for events the text does not assert (negated, attempted,
hypothetical). Reported events are checked, with lower confidence.

This module decides; `compare` says whether two values agree, `explain` writes the
sentences, `readings` judges a claim under each identity its mentions allow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from cronica.model import IncompatibilityRule
from cronica.verify.ages import possible_ages, widened_for_old_style
from cronica.verify.claims import (
    AGE_AT_DEATH,
    AGE_MATCH,
    GENERIC_PARTY_ROLE,
    POINT_IN_TIME,
    UNPLACED,
    Check,
    Claimed,
    ClaimPlan,
)
from cronica.verify.compare import Comparer, date_gap, stay_holding
from cronica.verify.dates import (
    RUSSIAN_SWITCH_TO_GREGORIAN,
    PartialDate,
    check_precision,
    checked_dates,
    claimed_span,
)
from cronica.verify.explain import Explainer
from cronica.verify.findings import Comparison, Finding, Judgement, NeverFollowed, Outcome, has_date, statement_start
from cronica.verify.holders import HolderProof, HolderReasoner, OneHolderOffice, load_offices
from cronica.verify.offices import OfficeReasoner, Reading
from cronica.verify.places import containing_chain, containment_facts
from cronica.verify.policy import VerifyPolicy
from cronica.verify.reference import Fact, ReferenceView, during
from cronica.verify.states import StateProof, StateReasoner

UNCHECKED_MODALITIES = ("negated", "attempted", "hypothetical", "questioned")
DATE_OF_BIRTH, DATE_OF_DEATH = "P569", "P570"


#: qualifiers that belong to one office, compared only on a statement of the very office the text names
SAME_OFFICE_QUALIFIERS = frozenset({"P1365", "P1366"})
#: classes of a political party: a generic "the party" resolved to one is explained as the person's party
PARTY_CLASSES = frozenset({"Q7278"})
#: a statement's start and end (a stay's, an office's)
START_TIME, END_TIME = "P580", "P582"
REPLACES, REPLACED_BY = "P1365", "P1366"

#: a succession told without its office: the qualifier that names the other person (`KbMapping.match`)
FOLLOWED_QUALIFIER = {"replaces": "P1365", "replaced_by": "P1366"}


@dataclass
class Checker:
    """Judges claim plans against one reference view; `explain` writes in the claim's language."""

    view: ReferenceView
    explain: Explainer
    policy: VerifyPolicy
    #: properties whose values form a closed set (P1196 manner of death → the ontology's manners):
    #: a KB value outside the set is too fine or too coarse to contradict the text's
    closed_values: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: the document's text: the words of a claim, read for what makes an office another (verify/holders.py)
    document: str = ""
    #: (sentence, trigger start) → the start and end of a holding told as OFFICE and OFFICE_END events
    office_spans: Mapping[tuple[str, int], Mapping[str, PartialDate]] = field(default_factory=dict)
    _single_valued: frozenset[str] = field(init=False)
    _repeatable: frozenset[str] = field(init=False)
    comparer: Comparer = field(init=False)
    offices: OfficeReasoner = field(init=False)
    holders: HolderReasoner = field(init=False)
    states: StateReasoner = field(init=False)

    def __post_init__(self) -> None:
        self._single_valued = self.policy.single_valued
        self._repeatable = self.policy.repeatable
        self.comparer = Comparer(self.view, self.policy, self.closed_values, self.explain)
        subjects = getattr(self.view.kb, "subjects", None)
        self.offices = OfficeReasoner(
            self.view,
            self.policy.office_renaming_properties,
            self.policy.office_loose_title_properties,
            subjects if callable(subjects) else (lambda pid, value: ()),
        )
        self.holders = HolderReasoner(
            self.view, subjects if callable(subjects) else (lambda pid, value: ()), self.explain.language.code
        )
        self.states = StateReasoner(
            self.view, self.policy.date_tolerance_days, self.policy.reach, self.policy.journey_qualifier
        )

    # --- the claim -----------------------------------------------------------------

    def judge(self, plan: ClaimPlan) -> Judgement:
        explain, confidence = self.explain, self.policy.confidence
        event = plan.event
        if not plan.mapped:
            return Judgement("not_checkable", explain.not_checkable(event.type), confidence.not_checkable)
        if event.modality in UNCHECKED_MODALITIES:
            return Judgement("not_checkable", explain.modality(event.modality), confidence.not_checkable)
        judgement = self._outside_lifetime(plan) or self._combine(self._findings(event.type, plan), plan)
        coreferent = next((check for check in plan.checks if check.subject_coreferent), None)
        if coreferent is not None and judgement.verdict in ("supported", "contradicted"):
            # who the text speaks of was inferred from the context: say so, and be less sure
            judgement = judgement.hedged(confidence.coreference_factor, after=explain.coreference(coreferent))
        # (a pronoun as the compared value, "Yezhov lo reemplazó", is no party: its identity note says who)
        generic = next(
            (
                c
                for c in plan.checks
                if c.value.coreferent and c.value.kind == "entity" and c.mapping.value == GENERIC_PARTY_ROLE
            ),
            None,
        )
        if generic is not None and judgement.verdict in ("supported", "contradicted"):
            # "el partido": the party was taken as the person's only one in the KB; say so, be less sure
            # ... or "el seminario": the one institution of its kind in the person's record (verify/bodies.py)
            party = self._classes(str(generic.value.value)) & PARTY_CLASSES
            note = explain.generic_party(generic) if party else explain.generic_body(generic)
            judgement = judgement.hedged(confidence.coreference_factor, after=note)
        if event.modality == "reported":
            judgement = judgement.hedged(confidence.reported_factor, before=explain.modality("reported"))
        if event.modality == "alleged":
            judgement = self._alleged(judgement)
        return judgement

    def _alleged(self, judgement: Judgement) -> Judgement:
        """Content the text reports as a claim, a rumour or an allegation ("Trotsky claimed that Stalin had
        poisoned Lenin"): the text does not assert it, so a reference that disagrees proves nothing against the
        text (the chain's first link, what the text says, fails). The reference's values stay in the
        explanation and the evidence; a support is kept, less certain."""
        confidence = self.policy.confidence
        if judgement.verdict != "contradicted":
            return judgement.hedged(confidence.reported_factor, before=self.explain.modality("alleged"))
        return Judgement(
            "not_enough_info",
            self.explain.alleged_disagrees(judgement.explanation),
            confidence.not_enough_info,
            evidence=judgement.evidence,
        )

    def _findings(self, event_type: str, plan: ClaimPlan) -> list[Finding]:
        """Every check's findings; mappings with the same roles are alternatives (P102 for a party,
        P463 for any organization): once one of them decides, the others' silence is not reported."""
        per_check = [
            (
                check,
                [
                    self._about_main(check, finding, plan.main_role)
                    for finding in self.check(event_type, check, plan.repeated)
                ],
            )
            for check in plan.checks
        ]
        per_check = self._one_holder(plan, per_check)
        decided = {
            _roles(check)
            for check, findings in per_check
            if any(finding.outcome != "unknown" or not finding.silent for finding in findings)
        }
        return [
            finding
            for check, findings in per_check
            for finding in findings
            if finding.outcome != "unknown" or not finding.silent or _roles(check) not in decided
        ]

    def _one_holder(
        self, plan: ClaimPlan, per_check: list[tuple[Check, list[Finding]]]
    ) -> list[tuple[Check, list[Finding]]]:
        """An office of one holder at a time that the checks left undecided (verify/holders.py): another
        holder over the text's span, or another successor, refutes it; words that may name another office
        are said. Nothing changes when any check agrees or differs already."""
        context = self.document[plan.start : plan.end]
        agreed = any(f.outcome == "agrees" for _, findings in per_check for f in findings)
        result = []
        for check, findings in per_check:
            siblings = [f for other, fs in per_check if _same_office(other, check) for f in fs]
            if (
                check.property not in self.policy.position_properties
                or check.value.kind != "entity"
                or any(f.outcome != "unknown" for f in siblings)
            ):
                result.append((check, findings))
                continue
            named = self.holders.named(check.value.value, check.value.text, context or check.value.text)
            if named.office is None or not check.qualifiers:
                result.append((check, findings))
            elif named.certain is None:
                if agreed:
                    result.append((check, findings))
                    continue
                note = self.explain.holder_blocked(named.office.office, named.blocked or "", named.words)
                result.append((check, [*findings, Finding("unknown", check.property, note, silent=False)]))
            else:
                proof = self._holder_proof(named.certain, check, plan)
                result.append((check, [self._holder_finding(check, proof)] if proof else findings))
        return result

    def _named_office(self, check: Check) -> str | None:
        """The office a position check's words name exactly when its value is the office's body."""
        value = check.value.value
        if check.property not in self.policy.position_properties or not isinstance(value, str):
            return None
        if self.view.kb.instance_of(value) & set(self.policy.office_classes):
            return None
        return self.holders.office_by_name(value, check.value.text)

    def _holder_proof(self, office: OneHolderOffice, check: Check, plan: ClaimPlan) -> HolderProof | None:
        """Another successor of the text's predecessor, else another holder over the text's span."""
        for via in ("P1365", "P1366"):
            partner = check.qualifiers.get(via)
            if partner is not None and partner.kind == "entity" and isinstance(partner.value, str):
                pair = (check.subject, partner.value) if via == "P1365" else (partner.value, check.subject)
                if proof := self.holders.another_successor(office, *pair):
                    return proof
        # "from 1919 to 1925" comes as two checks (its start, its end) of one office: read them as one span
        dates: dict[str, object] = {}
        old_style = True
        for other in plan.checks:
            if _same_office(other, check):
                for pid, claimed in other.qualifiers.items():
                    if isinstance(claimed.value, PartialDate) and not claimed.inherited and not claimed.named:
                        # "was chairman in 1927" (match "during"): one moment of the holding, not its start
                        dates.setdefault(POINT_IN_TIME if other.mapping.match == "during" else pid, claimed.value)
                        old_style = old_style and not claimed.calendar_stated
        span = self.office_spans.get((plan.event.sentence, plan.event.trigger.start), {})
        start = {pid: value for pid, value in span.items() if pid == "P580"}
        if plan.event.type == "OFFICE_END" and not (
            start and self.holders.another_holder(office, check.subject, start, old_style)
        ):
            # "de 1919 a 1925" is two events of one holding, their dates one span, judged once: on the end's
            # claim, unless the start's own date refutes it already (its claim then carries the proof)
            for pid, value in span.items():
                dates.setdefault(pid, value)
        return self.holders.another_holder(office, check.subject, dates, old_style) if dates else None

    def _holder_finding(self, check: Check, proof: HolderProof) -> Finding:
        return Finding(
            "differs",
            check.property,
            self.explain.holder_proof(check, proof),
            self.policy.confidence.contradicted.entity,
            (proof.term.fact,),
            self.explain.label(proof.term.holder),
            check=check,
            rule="one_holder",
        )

    @staticmethod
    def _about_main(check: Check, finding: Finding, main_role: str | None) -> Finding:
        """Mark a finding that bears on the main participant: the check's subject is it, or the
        compared value or qualifier names it (P1366 "replaced by" the successor)."""
        if main_role is None:
            return finding
        roles = {check.property: check.mapping.value, **check.mapping.qualifiers}
        # a succession found through its "replaced by" qualifier names the successor: it is about it too
        followed = check.mapping.match in FOLLOWED_QUALIFIER and check.mapping.value == main_role
        if check.mapping.subject == main_role or roles.get(finding.pid) == main_role or followed:
            return replace(finding, main=True)
        return finding

    def _outside_lifetime(self, plan: ClaimPlan) -> Judgement | None:
        """A person cannot act after their death or before their birth: then the participant
        is probably misidentified (a wrong link or coreference), and nothing is concluded."""
        if plan.event.type in self.policy.lifetime_exempt_types:
            return None
        for check in plan.checks:
            if check.mapping.subject in self.policy.lifetime_exempt_roles:
                continue
            dates = [c.value for c in check.claimed_values() if isinstance(c.value, PartialDate)]
            conflict = self._lifetime_conflict(check.subject, dates[0]) if dates else None
            if conflict is None:
                continue
            key, reference = conflict
            return Judgement(
                "not_enough_info",
                self.explain.outside_lifetime(key, check, reference, dates[0]),
                self.policy.confidence.not_enough_info,
            )
        return None

    def ruled_out_by_lifetime(
        self, plan: ClaimPlan, role: str, qid: str
    ) -> tuple[str, PartialDate, PartialDate] | None:
        """Why `qid` cannot fill `role` of an event only the living undergo: ("after_death" or
        "before_birth", the reference's date, the text's date); None when nothing rules them out."""
        if plan.event.type not in self.policy.living_only_types or role in self.policy.lifetime_exempt_roles:
            return None
        for check in plan.checks:
            if check.mapping.subject != role:
                continue
            for claimed in check.claimed_values():
                if isinstance(claimed.value, PartialDate):
                    conflict = self._lifetime_conflict(qid, claimed.value)
                    if conflict is not None:
                        return conflict[0], conflict[1], claimed.value
        return None

    def ruled_out_by_succession(self, plan: ClaimPlan, role: str, qid: str) -> NeverFollowed | None:
        """Why `qid` cannot fill `role` of a succession told without its office ("he was replaced by Yezhov"):
        the reference lists every office of one side (a completeness mark), none says the one followed the
        other, and every office there that names no predecessor (successor) began (ended) far from the
        text's date. Then "Y replaced X" is false of that reading whatever the office; None when nothing
        rules it out."""
        for check in plan.checks:
            via = FOLLOWED_QUALIFIER.get(check.mapping.match)
            if via is None or role not in (check.mapping.subject, check.mapping.value):
                continue
            other = plan.identities.get(check.mapping.subject if role == check.mapping.value else check.mapping.value)
            if other is not None and len(other.candidates) > 1:
                continue  # the other side is uncertain too: nothing to rule out against
            partner: str | PartialDate = qid if role == check.mapping.value else check.value.value
            holder = check.subject if role == check.mapping.value else qid
            if not isinstance(partner, str) or not self.view.is_complete(holder, check.property):
                continue
            dated = [(pid, c) for pid, c in check.qualifiers.items() if isinstance(c.value, PartialDate)]
            if self._may_follow(holder, check.property, via, partner, dated):
                continue
            successor, predecessor = (holder, partner) if via == FOLLOWED_QUALIFIER["replaces"] else (partner, holder)
            date = dated[0][1].value if dated else None
            return NeverFollowed(successor, predecessor, holder, date if isinstance(date, PartialDate) else None)
        return None

    def _may_follow(self, holder: str, pid: str, via: str, partner: str, dated: Sequence[tuple[str, Claimed]]) -> bool:
        """Whether one of `holder`'s statements may be the succession: it names `partner` through `via`, or
        it names nobody and its date does not differ from the text's (an undated text: any such statement)."""
        for fact in self.view.facts(holder, pid):
            named = fact.qualifier(via)
            if partner in named:
                return True
            if named:
                continue
            if not dated:
                return True
            for date_pid, claimed in dated:
                values = fact.qualifier(date_pid)
                if not values or any(
                    self.comparer.compare(claimed, value, date_pid, pid).outcome != "differs" for value in values
                ):
                    return True
        return False

    def _lifetime_conflict(self, subject: str, date: PartialDate) -> tuple[str, PartialDate] | None:
        first, last = date.span()
        for fact in self.view.facts(subject, DATE_OF_DEATH):
            if isinstance(fact.value, PartialDate) and first > fact.value.span()[1]:
                return "after_death", fact.value
        for fact in self.view.facts(subject, DATE_OF_BIRTH):
            if isinstance(fact.value, PartialDate) and last < fact.value.span()[0]:
                return "before_birth", fact.value
        return None

    def _combine(self, findings: Sequence[Finding], plan: ClaimPlan) -> Judgement:
        explain, confidence = self.explain, self.policy.confidence
        differs = [f for f in findings if f.outcome == "differs"]
        agrees = [f for f in findings if f.outcome == "agrees"]
        if differs:
            corrections = [f.correction for f in differs if f.correction]
            return Judgement(
                "contradicted",
                explain.contradicted(differs),
                max(f.confidence for f in differs),
                explain.evidence(differs),
                " ".join(dict.fromkeys(corrections)) or None,
                decisive=max(differs, key=lambda f: f.confidence),
            )
        date_given = any(check.value.kind == "date" or has_date(check) for check in plan.checks)
        date_checked = any(f.is_date and not f.auxiliary for f in agrees)
        doubtful = any(f.outcome == "unknown" and not f.silent for f in findings)
        # "X succeeded Y in 1925": Y's end date agreeing says nothing of X; when the main participant
        # was checked, support must come from a finding about it
        main_unconfirmed = plan.main_unlinked or (any(f.main for f in findings) and not any(f.main for f in agrees))
        if (
            any(not f.auxiliary for f in agrees)
            and (date_checked or not date_given)
            and not doubtful
            and not main_unconfirmed
        ):
            # what the KB is silent on is said, and makes the support less certain
            unchecked = [f.explanation for f in findings if f.outcome == "unknown"]
            # a value the text states that the KB could not identify was not checked: "born on 7 November
            # 1891 in Nizhni Nóvgorod" agrees on the date only, and the reader must be told so
            unchecked += [explain.unchecked_part(text) for text in plan.unlinked if text]
            certainty = confidence.partial_factor if unchecked else 1.0
            # what the support reached: a day the reference holds to the month only is not confirmed (docs/verify.md,
            # "What a support checked"); the verdict's label and the explanation say so
            support, scope_notes = explain.support(agrees, bool(unchecked))
            return Judgement(
                "supported",
                explain.supported(agrees, [*unchecked, *scope_notes]),
                round(max(f.confidence for f in agrees) * certainty, 3),
                explain.evidence(agrees),
                support=support,
            )
        if not plan.checks and not plan.unlinked and not plan.unresolved_kin:
            # the type has mappings, but none applies to what this text says ("fue detenido en 1898"); a relative
            # the KB could not resolve ("Kamenev's son Aleksandr") is a claim left undecided, and says why
            return Judgement("not_checkable", explain.nothing_to_check(), confidence.not_checkable)
        notes = [f.explanation for f in agrees] if main_unconfirmed else []  # what did agree is still said
        notes += [f.explanation for f in findings if f.outcome == "unknown"]
        notes += [explain.unlinked(text) for text in plan.unlinked]
        notes += [explain.kin_unresolved(words, relation, owner) for words, relation, owner in plan.unresolved_kin]
        explanation = explain.not_enough_info(dict.fromkeys(notes))
        return Judgement("not_enough_info", explanation, confidence.not_enough_info)

    # --- one check -----------------------------------------------------------------

    def check(self, event_type: str, check: Check, repeated: bool = False) -> list[Finding]:
        if check.mapping.match == AGE_MATCH:
            return [self._too_weak_to_contradict(check, self._compare_age(check))]
        facts = self.view.facts(check.subject, check.property)
        if check.mapping.match == UNPLACED:
            return [self._too_weak_to_contradict(check, self._compare_starts(event_type, check, facts))]
        if not check.qualifiers:
            findings = [self._compare_values(event_type, check, facts, check.property, check.value)]
        else:
            findings = self._compare_qualified(event_type, check, facts, repeated)
        findings = self._excluded_by_state(event_type, check, findings)
        return [self._too_weak_to_contradict(check, finding) for finding in findings]

    def _excluded_by_state(self, event_type: str, check: Check, findings: list[Finding]) -> list[Finding]:
        """An event the text dates inside a continuous state that excludes it (verify/states.py: an arrest
        during a custody without release, a return home during an absence without a visit): refuted with the
        state as proof, when nothing else agreed or differed (a repeatable event's list need not be complete)."""
        if any(finding.outcome != "unknown" for finding in findings):
            return findings
        proof = self.states.excluded(event_type, check)
        if proof is not None:
            return [self._state_finding(event_type, check, proof)]
        known = self.states.uncovering(event_type, check)
        date_pid = next((pid for pid, c in check.qualifiers.items() if isinstance(c.value, PartialDate)), None)
        if known is None or date_pid is None:
            return findings
        # the state is known but does not hold the whole of the text's date: the link that failed is said
        kept = known.fact.qualifier("P276")
        claimed = check.qualifiers[date_pid]
        note = self.explain.state_excludes(check, known, claimed, str(kept[0]) if kept else None, False)
        return [*findings, Finding("unknown", date_pid, note, evidence=(known.fact,), silent=False)]

    def _state_finding(self, event_type: str, check: Check, proof: StateProof) -> Finding:
        date_pid = next(pid for pid, claimed in check.qualifiers.items() if isinstance(claimed.value, PartialDate))
        claimed = check.qualifiers[date_pid]
        kept = proof.fact.qualifier("P276")
        correction = self.explain.correction(event_type, check, date_pid, claimed, proof.true_date)
        return Finding(
            "differs",
            date_pid,
            self.explain.state_excludes(check, proof, claimed, str(kept[0]) if kept else None, True),
            self.policy.confidence.contradicted.year,
            (proof.fact,),
            correction,
            is_date=True,
            check=check,
            rule="continuous_state",
        )

    def _too_weak_to_contradict(self, check: Check, finding: Finding) -> Finding:
        """A disagreement resting on a doubtful link or on a date taken from the context is no contradiction."""
        if finding.outcome != "differs":
            return finding
        threshold = self.policy.min_link_score_to_contradict
        weak = [c.text for c in check.claimed_values() if c.score is not None and c.score < threshold]
        if check.subject_score is not None and check.subject_score < threshold:
            weak.insert(0, check.subject_text)
        inherited = [c.text for c in check.claimed_values() if c.inherited]
        if not weak and not (inherited and finding.is_date):
            return finding
        named = [c.text for c in check.claimed_values() if c.named]
        if weak:
            key, words = "weak_link", weak[0]
        else:
            key, words = ("date_named", named[0]) if named else ("date_inherited", inherited[0])
        explanation = self.explain.too_weak(finding.explanation, key, words)
        return Finding("unknown", finding.pid, explanation, evidence=finding.evidence, silent=False)

    def _compare_values(
        self, event_type: str, check: Check, facts: Sequence[Fact], pid: str, claimed: Claimed
    ) -> Finding:
        """Compare the statements' main values with the claimed one."""
        results = [(fact, self.comparer.compare(claimed, fact.value, pid, fact=fact)) for fact in facts]
        agreeing = [(fact, r) for fact, r in results if r.outcome == "agrees"]
        if agreeing:
            fact, result = max(agreeing, key=lambda item: item[1].confidence)
            return result.with_evidence((fact,))
        readings = self._office_readings(check, facts)
        if readings is not None:
            # an office the person's statements do not name: another name of the same post, or never held
            named = {reading.office for reading in readings}
            held = sorted((f for reading in readings for f in reading.held), key=lambda f: f.value not in named)
            if held:
                text = self.explain.office_same_post(check, readings, held[0])
                return Finding("agrees", pid, text, self.policy.confidence.supported.statement, (held[0],))
            return self._never_held(event_type, check, facts, readings)
        if not facts:
            return self._no_statement(check)
        differing = [(fact, r) for fact, r in results if r.outcome == "differs"]
        if pid in self._single_valued and differing and len(differing) == len(results):
            fact, result = differing[0]
            if result.region:  # "Gori, Armenia": the place agrees, the region the text gives it does not hold it
                chain = containing_chain(self.view, str(claimed.value))
                correction = self.explain.region_correction(event_type, check, pid, claimed, chain)
                situating = tuple(containment_facts(self.view, str(claimed.value)))
                return result.with_evidence((fact, *situating), correction, check, "place_region")
            correction = self.explain.correction(event_type, check, pid, claimed, fact.value)
            rule: IncompatibilityRule = (
                "closed_values"
                if pid in self.closed_values
                else "place_hierarchy"
                if claimed.kind == "place"
                else "single_value"
            )
            return result.with_evidence((fact,), correction, check, rule)
        not_listed = self._not_in_complete_list(event_type, check, facts, pid, claimed)
        if not_listed is not None:
            return not_listed
        explained = _explained(results)
        if explained is not None:
            return explained
        if pid in self._single_valued:
            # the KB holds a value the text's cannot be compared with (a place it cannot situate)
            explanation = self.explain.uncomparable(check, claimed, facts[0])
            return Finding("unknown", check.property, explanation, evidence=(facts[0],), silent=False)
        return self._no_statement(check)

    def _not_in_complete_list(
        self, event_type: str, check: Check, facts: Sequence[Fact], pid: str, claimed: Claimed
    ) -> Finding | None:
        """A value the KB's complete list lacks ("Trotsky signed the Treaty of Brest-Litovsk": he did not), refuted
        only for a property of policy `complete_values`, a value of the classes it names (a person, never a
        state the list may leave out) and an item the KB marks complete for that property; None otherwise."""
        classes = self.policy.complete_values.get(pid)
        if not classes or claimed.kind != "entity" or claimed.options or not isinstance(claimed.value, str):
            return None
        if not self.view.is_complete(check.subject, pid) or not self._classes(claimed.value) & classes:
            return None
        listed = tuple(f for f in facts if isinstance(f.value, str) and self._classes(f.value) & classes)
        if not listed or any(f.value == claimed.value for f in listed):
            return None
        explanation, correction = self.explain.not_listed(
            event_type, check, pid, claimed, [str(f.value) for f in listed]
        )
        confidence = self.policy.confidence.contradicted.entity
        return Finding("differs", pid, explanation, confidence, listed, correction, check=check, rule="complete_values")

    def _classes(self, qid: str) -> set[str]:
        return {str(fact.value) for fact in self.view.facts(qid, "P31")}

    def _compare_qualified(
        self, event_type: str, check: Check, facts: Sequence[Fact], repeated: bool = False
    ) -> list[Finding]:
        """Entity-valued statements (P102 party, P39 position...): find the text's one, then its qualifiers."""
        via = FOLLOWED_QUALIFIER.get(check.mapping.match)
        if check.mapping.match == "leaving":
            matching = self.comparer.departures(check, facts)
        elif via:
            # "Yezhov replaced Yagoda": the offices whose statement says whom the subject followed
            matching = [fact for fact in facts if any(self._is_partner(check, value) for value in fact.qualifier(via))]
        else:
            matching = [fact for fact in facts if self.comparer.same_value(check, fact.value)]
            readings = None if check.mapping.match else self._office_readings(check, facts)
            if readings is not None:
                # the same post under another name ("premier" in 1941: the Council of People's Commissars'
                # chairman, renamed in 1946) is the text's too; none at all: never held, or undecided
                taken = {id(fact) for fact in matching}
                for fact in (fact for reading in readings for fact in reading.held):
                    if id(fact) not in taken:
                        taken.add(id(fact))
                        matching.append(fact)
                if not matching:
                    return [self._never_held(event_type, check, facts, readings)]
        if repeated and matching:
            # "expelled again": not the first time, so the earliest statement cannot speak against it
            first, *matching = sorted(matching, key=statement_start)
            if not matching and self.view.is_complete(check.subject, check.property):
                return [self._only_once(check, first)]
            if not matching:
                return [self._unconcluded("repeated_first_only", check)]
        office_note = ""
        if not matching and via:
            # "Molotov replaced Litvinov": Molotov's statement names nobody, Litvinov's says "replaced by Molotov";
            # the office of that statement is the one the text speaks of, and Molotov's start in it is compared
            matching, office_note = self._partner_office(check, via, facts)
        if not matching:
            # silent: the other side of the succession may hold it ("replaced by" on the predecessor's statement)
            return (
                [Finding("unknown", check.property, self.explain.about("no_succession", check))]
                if via
                else [self._no_statement(check)]
            )
        if check.mapping.match == "during":
            if check.property in self.policy.position_properties and (
                found := self.holders.not_the_holder(check.value.text)
            ):
                # "in 1930 he was a former War Commissar": the terms of the office say nothing of that
                text = self.explain.language.explanation("during_not_the_holder", words=found)
                return [Finding("unknown", check.property, text, silent=False)]
            named = self._named_office(check)
            if named is not None:
                # "was chairman of the Council in 1927": that office's terms, not a commissariat of the Council
                matching = [fact for fact in matching if fact.value == named]
                if not matching:
                    return [self._no_statement(check)]
            return [self._compare_during(event_type, check, matching)]
        findings: list[Finding] = []
        for pid, claimed in check.qualifiers.items():
            present = [(fact, value) for fact in matching for value in fact.qualifier(pid)]
            if pid in SAME_OFFICE_QUALIFIERS:
                # a predecessor or successor belongs to one office: another office of the body the text
                # names ("succeeded Rykov as chairman of the Council") says nothing of it
                present = [
                    (f, v)
                    for f, v in present
                    if self.comparer.compare(check.value, f.value, check.property).outcome == "agrees"
                ]
            if not present:
                mirrored = self._mirrored(check, pid, claimed, matching)
                if mirrored is not None:
                    # the subject's statement names nobody, the other's names the subject ("Lenin … replaced by
                    # Rykov" for "Rykov succeeded Lenin"): the succession agrees, from the other side
                    findings.append(mirrored)
                    continue
                explanation = self.explain.qualifier_missing(check, pid, matching[0])
                findings.append(Finding("unknown", pid, explanation))
                continue
            results = [
                (fact, self.comparer.compare(claimed, value, pid, check.property, fact)) for fact, value in present
            ]
            agreeing = [(fact, r) for fact, r in results if r.outcome == "agrees"]
            if agreeing:
                fact, result = max(agreeing, key=lambda item: item[1].confidence)
                findings.append(result.with_evidence((fact,)))
            elif all(r.outcome == "differs" for _, r in results):
                # the correction names the statement nearest the text's date (expelled in 1930: 1932, not 1934),
                # at the text's place rather than in a wider one (exiled to Siberia: the Siberian stays, not
                # a stay in Russia, which only holds Siberia)
                nearest = min(
                    range(len(present)),
                    key=lambda i: (not self._at_place(check, present[i][0]), date_gap(claimed, present[i][1])),
                )
                fact, value = present[nearest]
                results = [results[nearest]]
                if via and (held := self._succession_holder(check, pid, claimed, matching)):
                    # the office the two followed one another in has one holder at a time, and another held it
                    # all through the text's date: the subject neither took nor left it then (verify/holders.py)
                    findings.append(self._holder_finding(check, held))
                    continue
                once = self._partner_once(event_type, check, pid, claimed, fact, value, results[0][1])
                if once is not None:
                    findings.append(once)
                    continue
                if check.property in self._repeatable and not self.view.is_complete(check.subject, check.property):
                    # a membership, an office, an exile can repeat: one that does not match is no proof
                    findings.append(self._unconcluded("repeatable_incomplete", check, evidence=(fact,)))
                    continue
                silent = self._silent_statement(check, pid, matching) if check.property in self._repeatable else None
                if silent is not None:
                    # "arrested in Kazan in December 1887": the complete list's December 1887 arrest names no
                    # place, so it may be the text's; the other arrests' places say nothing against it
                    findings.append(self._unconcluded("statement_silent", check, evidence=(silent,)))
                    continue
                if check.mapping.match == "arrival":
                    # "arrived in Marseille in November 1932" (on the way to Copenhagen): a list of stays
                    # holds where a person lived, not every journey, so an arrival it lacks is no proof
                    findings.append(self._unconcluded("arrival_visit", check, evidence=(fact,)))
                    continue
                if check.mapping.match == "return" and _within_a_stay(claimed, matching):
                    # "returned to Turkey in December 1932" (from Copenhagen): a stay there goes on at the
                    # text's date, so the return may end a trip away, which no list of stays holds
                    findings.append(self._unconcluded("arrival_within_stay", check, evidence=(fact,)))
                    continue
                placed = self._place_at_date(event_type, check, pid, claimed, facts, matching)
                if placed is not None:
                    findings.append(placed)
                    continue
                if via and self._dated_elsewhere(check, pid, claimed, facts):
                    # an office that began (ended) at the text's date without saying whom it followed
                    # may be the succession the text tells: no proof
                    findings.append(self._unconcluded("succession_elsewhere", check, evidence=(fact,)))
                    continue
                correction = self.explain.correction(event_type, check, pid, claimed, value, fact.value)
                rule: IncompatibilityRule = "complete_list" if check.property in self._repeatable else "single_value"
                findings.append(results[0][1].with_evidence((fact,), correction, check, rule))
            else:
                explained = _explained(results)
                if explained is not None:
                    findings.append(explained)
        if not check.qualifiers or not findings:
            findings.append(self._statement_found(check, matching[0]))
        if office_note:
            findings = [replace(f, explanation=f"{f.explanation} {office_note}") for f in findings]
        return findings

    def _mirrored(self, check: Check, pid: str, claimed: Claimed, matching: Sequence[Fact]) -> Finding | None:
        """A predecessor (successor) the subject's statement does not name, named the other way: the other
        person's statement of the same office says the subject replaced (was replaced by) them. Agreement only."""
        if pid not in (REPLACES, REPLACED_BY) or claimed.kind != "entity" or not isinstance(claimed.value, str):
            return None
        mirror = REPLACED_BY if pid == REPLACES else REPLACES
        offices = {str(fact.value) for fact in matching}
        for fact in self.view.facts(claimed.value, check.property):
            if str(fact.value) in offices and check.subject in {str(v) for v in fact.qualifier(mirror)}:
                text = self.explain.statement_found(check, fact)
                return Finding("agrees", pid, text, self.policy.confidence.supported.statement, (fact,))
        return None

    def _partner_once(
        self,
        event_type: str,
        check: Check,
        pid: str,
        claimed: Claimed,
        fact: Fact,
        value: object,
        result: Comparison,
    ) -> Finding | None:
        """A succession's date refuted through the other person: the subject's statement and the other's name
        one another, the other's offices are all listed and hold that post once, and its other end (the
        successor's start for the predecessor's end, and back) differs from the text's date too. Then the two
        followed one another only then ("Rykov was replaced by Molotov in 1932": Molotov headed the government
        once, from 19 December 1930, taking over from Rykov)."""
        if pid not in (START_TIME, END_TIME) or claimed.inherited or claimed.named:
            return None
        via = FOLLOWED_QUALIFIER.get(check.mapping.match)
        partner = check.value if via else check.qualifiers.get(REPLACES if pid == START_TIME else REPLACED_BY)
        if partner is None or partner.kind != "entity" or not isinstance(partner.value, str):
            return None
        other = partner.value
        if self.view.is_complete(check.subject, check.property) or not self.view.is_complete(other, check.property):
            return None  # (the subject's own complete list refutes it as before)
        post = self.offices.post(str(fact.value))
        theirs_all = self.view.facts(other, check.property)
        terms = [f for f in theirs_all if f.value in post]
        if len(terms) != 1:
            return None
        term = terms[0]
        mine, theirs = (REPLACES, REPLACED_BY) if pid == START_TIME else (REPLACED_BY, REPLACES)
        if other not in {str(v) for v in fact.qualifier(mine)} and check.subject not in {
            str(v) for v in term.qualifier(theirs)
        }:
            return None  # the two statements do not say the two followed one another
        end = END_TIME if pid == START_TIME else START_TIME

        def differs(statement: Fact) -> bool:
            values = statement.qualifier(end)
            return bool(values) and all(
                self.comparer.compare(claimed, v, end, check.property).outcome == "differs" for v in values
            )

        if not differs(term):
            return None
        if via:
            # no office named: another office of the other person's may be the text's succession (it names the
            # subject, or nobody and is dated as the text says), and the subject's own dated elsewhere too
            for statement in theirs_all:
                if statement is term:
                    continue
                named = {str(v) for v in statement.qualifier(theirs)}
                if check.subject in named or (not named and not differs(statement)):
                    return None
            if self._dated_elsewhere(check, pid, claimed, self.view.facts(check.subject, check.property)):
                return None
        note = self.explain.language.explanation(
            "partner_once",
            who=self.explain.label(other),
            date=self.explain.describe(term.qualifier(end)[0]),
            subject=self.explain.label(check.subject),
        )
        correction = self.explain.correction(event_type, check, pid, claimed, value, fact.value)
        finding = result.with_evidence((fact, term), correction, check, "complete_list")
        return replace(finding, explanation=f"{finding.explanation} {note}")

    def _succession_holder(
        self, check: Check, pid: str, claimed: Claimed, matching: Sequence[Fact]
    ) -> HolderProof | None:
        """Another holder over the text's date of the one office a succession was found in, when its holder list
        is complete then (`single_holder.yaml`); None for two offices, or one whose holders are not all listed."""
        posts = {str(fact.value) for fact in matching}
        known = load_offices()[0]
        if len(posts) != 1 or not isinstance(claimed.value, PartialDate) or claimed.inherited or claimed.named:
            return None
        office = known.get(next(iter(posts)))
        if office is None:
            return None
        return self.holders.another_holder(office, check.subject, {pid: claimed.value}, not claimed.calendar_stated)

    def _partner_office(self, check: Check, via: str, facts: Sequence[Fact]) -> tuple[list[Fact], str]:
        """The subject's statements of the office in which the other person's own statement says the two followed
        one another (its "replaced by" names the subject, or its "replaces"), that office under any of its names
        (verify/offices.py); none when the other person's statements name the subject in no office, or in two."""
        partner = check.value.value
        mirror = FOLLOWED_QUALIFIER["replaced_by" if via == FOLLOWED_QUALIFIER["replaces"] else "replaces"]
        if not isinstance(partner, str):
            return [], ""
        offices = {
            str(fact.value)
            for fact in self.view.facts(partner, check.property)
            if check.subject in {str(value) for value in fact.qualifier(mirror)}
        }
        posts = {office: self.offices.post(office) for office in offices}
        if not posts or len({post for post in posts.values()}) > 1:
            return [], ""  # no office joins them, or two that are not one post: which one is the text's is unsure
        post = next(iter(posts.values()))
        matching = [fact for fact in facts if fact.value in post]
        if not matching:
            return [], ""
        office = self.explain.label(sorted(offices)[0])
        note = self.explain.language.explanation(
            "office_from_partner",
            who=self.explain.label(partner),
            subject=self.explain.label(check.subject),
            office=office,
        )
        return matching, note

    def _compare_starts(self, event_type: str, check: Check, facts: Sequence[Fact]) -> Finding:
        """An event that names no place ("in 1927 was sent into exile"): its date against the start of every
        stay. A stay that begins then supports it; one that begins within a journey's reach (31 days) leaves it
        undecided; none near refutes it only when the reference lists every stay (a completeness mark). The
        reference does not say which stays were exiles: any start at the date agrees."""
        claimed = check.value
        starts = [(fact, value) for fact in facts for value in fact.qualifier(START_TIME)]
        if not isinstance(claimed.value, PartialDate) or not starts:
            return self._no_statement(check)
        results = [
            (fact, self.comparer.compare(claimed, value, START_TIME, check.property, fact)) for fact, value in starts
        ]
        agreeing = [(fact, r) for fact, r in results if r.outcome == "agrees"]
        if agreeing:
            fact, result = max(agreeing, key=lambda item: item[1].confidence)
            return result.with_evidence((fact,))
        if not all(r.outcome == "differs" for _, r in results):
            return _explained(results) or self._no_statement(check)
        nearest = min(range(len(starts)), key=lambda i: date_gap(claimed, starts[i][1]))
        fact, value = starts[nearest]
        if not self.view.is_complete(check.subject, check.property):
            return self._unconcluded("repeatable_incomplete", check, evidence=(fact,))
        if not _settled_through(claimed.value, [f for f in facts if not self.view.is_country(str(f.value))]):
            # the mark lists every stay at each place it names, not every place: between two listed stays one
            # it does not list may have begun ("In August 1914 Trotsky went into exile": Zürich); a stay in a
            # country settles nothing, as an exile within it does not end it
            return self._unconcluded("between_stays", check, evidence=(fact,))
        # the correction names the place of the stay that began nearest the text's date
        placed = replace(check, value=Claimed("place", fact.value, ""))
        correction = self.explain.correction(event_type, placed, check.property, claimed, value, fact.value)
        return results[nearest][1].with_evidence((fact,), correction, check, "complete_list")

    def _office_readings(self, check: Check, facts: Sequence[Fact]) -> list[Reading] | None:
        """The readings of the text's office (verify/offices.py), when the check is about holding an office
        item (None for a body, a non-position property or a value that is no office)."""
        value = check.value.value
        if check.property not in self.policy.position_properties or check.value.kind != "entity":
            return None
        if not isinstance(value, str) or not self.view.kb.instance_of(value) & set(self.policy.office_classes):
            return None
        return self.offices.readings(check.subject, value, facts)

    def _never_held(self, event_type: str, check: Check, facts: Sequence[Fact], readings: Sequence[Reading]) -> Finding:
        """No statement of the person names the text's office or the same post under another name: a
        contradiction when every reading is false (anachronism, or never held under a complete list) and the
        words are an office's title, not a description ("leader", "jefe"); otherwise what failed is said."""
        explain, confidence = self.explain, self.policy.confidence
        if not all(reading.false for reading in readings):
            return Finding("unknown", check.property, explain.office_not_refuted(check, readings), silent=False)
        if explain.describes(check.value.text):
            return Finding("unknown", check.property, explain.office_description(check), silent=False)
        dated = [reading.anachronism for reading in readings if reading.anachronism is not None]
        if len(dated) == len(readings):
            fact, _ = dated[0]
            rule: IncompatibilityRule = "anachronism"
            evidence: tuple[Fact, ...] = (fact,)
        else:
            rule, evidence = "complete_list", tuple(facts) or tuple(d[0] for d in dated)
        if not evidence:
            return Finding("unknown", check.property, explain.office_not_refuted(check, readings), silent=False)
        return Finding(
            "differs",
            check.property,
            explain.office_never_held(check, readings, facts),
            confidence.contradicted.entity,
            evidence,
            explain.office_correction(check, facts),
            check=check,
            rule=rule,
        )

    def _place_at_date(
        self, event_type: str, check: Check, pid: str, claimed: Claimed, facts: Sequence[Fact], matching: Sequence[Fact]
    ) -> Finding | None:
        """ "Trotsky was deported to Norway in 1929": the text's place has a stay, but at another date, and
        the text's date is the start of a stay elsewhere (Turkey, February 1929). The date then fixes
        which event the text tells, and its place is the error: refuted with the place of the stay that
        begins then when the text's place differs from every such place, else left undecided. None when
        no other stay begins at the text's date (the date is then the error, as before). Places only: an
        office's or a party's date and value may each be the error."""
        if check.value.kind != "place" or not isinstance(claimed.value, PartialDate):
            return None
        if any(during(fact, claimed.value) for fact in matching):
            # "sentenced to exile in Siberia in 1902": he was there from 1900 to 1902, so the text's place
            # holds at its date and the date alone is in question, whatever began elsewhere that year
            return None
        others = [
            fact
            for fact in facts
            if fact not in matching
            and any(self.comparer.compare(claimed, value, pid, check.property, fact).outcome == "agrees"
                    for value in fact.qualifier(pid))
        ]  # fmt: skip
        if not others:
            return None
        if any(self._begins_next_to(claimed, fact) for fact in matching):
            # "desterrado a Turquía en 1928": Alma-Ata began in 1928, but the stay in Turkey began with a journey
            # from January 1929, one year off: the date may be the slip as well as the place, so neither is proved
            return self._unconcluded("place_or_date", check, evidence=(matching[0],))
        results = [(fact, self.comparer.compare(check.value, fact.value, check.property, fact=fact)) for fact in others]
        if any(result.outcome != "differs" for _, result in results):
            return self._unconcluded("place_dated_elsewhere", check, evidence=(others[0],))
        # the text's place differs from every place the person went at its date (Turkey, and Istanbul in
        # it): the correction names the widest, the one the others lie in, else the earliest stay
        widest = [
            (fact, result)
            for fact, result in results
            if all(other is fact or _within(self.view, other.value, fact.value) for other, _ in results)
        ]
        anchor, result = (widest or sorted(results, key=lambda item: statement_start(item[0])))[0]
        correction = self.explain.correction(event_type, check, check.property, check.value, anchor.value)
        return result.with_evidence((anchor,), correction, check, "complete_list")

    def _at_place(self, check: Check, fact: Fact) -> bool:
        """The statement's place is the text's or lies in it (for a place-valued check)."""
        claimed = check.value.value
        return check.value.kind == "place" and (fact.value == claimed or _within(self.view, fact.value, claimed))

    def _is_partner(self, check: Check, value: object) -> bool:
        """The qualifier names the person the text says the subject followed (or was followed by)."""
        return isinstance(value, str) and self.comparer.compare(check.value, value, check.property).outcome == "agrees"

    def _dated_elsewhere(self, check: Check, pid: str, claimed: Claimed, facts: Sequence[Fact]) -> bool:
        """Whether any of the subject's statements, with or without a predecessor named, has a `pid` date
        the text's date does not differ from."""
        return any(
            self.comparer.compare(claimed, value, pid, check.property).outcome != "differs"
            for fact in facts
            for value in fact.qualifier(pid)
        )

    def _compare_during(self, event_type: str, check: Check, matching: Sequence[Fact]) -> Finding:
        """A state at a date ("lived in France in 1934"): the date must fall within a stay at that
        place (`compare.stay_holding`); a stay it misses is a contradiction only when the KB's list
        of stays is complete."""
        claimed = next((c for c in check.qualifiers.values() if isinstance(c.value, PartialDate)), None)
        if claimed is None or not isinstance(claimed.value, PartialDate):
            return self._statement_found(check, matching[0])
        confidence = self.policy.confidence
        fact, inside = stay_holding(claimed.value, matching)
        if inside:
            text = self.explain.stay_agrees(check, claimed.value, fact)
            return Finding("agrees", check.property, text, confidence.supported.year, (fact,), is_date=True)
        if not self.view.is_complete(check.subject, check.property):
            return self._unconcluded("repeatable_incomplete", check, evidence=(fact,))
        return Finding(
            "differs",
            next(iter(check.qualifiers)),
            self.explain.stay_differs(claimed.value, fact),
            confidence.contradicted.year,
            (fact,),
            self.explain.stay_correction(event_type, check, claimed.value, fact),
            is_date=True,
            check=check,
            rule="complete_list",
        )

    def _compare_age(self, check: Check) -> Finding:
        """An age the text gives ("a los 73 años") against the reference's date of birth, reckoned at
        the reference's date of death or at the text's date of the event (`verify.ages`). It may agree
        or contradict, but an agreeing age never supports the event by itself (`Finding.auxiliary`)."""
        births = [f for f in self.view.facts(check.subject, DATE_OF_BIRTH) if isinstance(f.value, PartialDate)]
        if not births:
            return self._no_statement(check)
        explain = self.explain
        at_death = check.mapping.value == AGE_AT_DEATH
        moments: list[tuple[Fact | None, PartialDate, tuple[dt.date, dt.date]]] = []
        if at_death:
            for death in self.view.facts(check.subject, DATE_OF_DEATH):
                if isinstance(death.value, PartialDate):
                    moments.append((death, death.value, death.value.span()))
            if not moments:
                return Finding("unknown", DATE_OF_BIRTH, explain.age_no_moment(check))
        else:
            claimed = check.qualifiers[POINT_IN_TIME]
            assert isinstance(claimed.value, PartialDate)
            span = claimed_span(claimed.value, claimed.mod, self.policy.reach)
            if span is None:
                return Finding("unknown", DATE_OF_BIRTH, explain.about("no_statement", check))
            if not claimed.calendar_stated:
                span = widened_for_old_style(span, RUSSIAN_SWITCH_TO_GREGORIAN)
            moments.append((None, claimed.value, span))
        years = int(str(check.value.value))
        reckoned = [
            (birth, fact, moment, ages)
            for birth in births
            for fact, moment, span in moments
            if (ages := possible_ages(birth.value.span(), span)) is not None  # type: ignore[union-attr]
        ]
        if not reckoned:
            return Finding("unknown", DATE_OF_BIRTH, explain.about("no_statement", check))
        confidence = self.policy.confidence
        fitting = [item for item in reckoned if item[3][0] <= years <= item[3][1]]
        if fitting:
            birth, fact, moment, ages = fitting[0]
            assert isinstance(birth.value, PartialDate)  # `births` holds dates only
            evidence = (birth,) if fact is None else (birth, fact)
            text = explain.age(True, check, birth.value, moment, ages, at_death)
            return Finding(
                "agrees",
                DATE_OF_BIRTH,
                text,
                confidence.supported.year,
                evidence,
                is_date=not at_death,
                auxiliary=True,
            )
        birth, fact, moment, ages = reckoned[0]
        assert isinstance(birth.value, PartialDate)  # `births` holds dates only
        evidence = (birth,) if fact is None else (birth, fact)
        return Finding(
            "differs",
            DATE_OF_BIRTH,
            explain.age(False, check, birth.value, moment, ages, at_death),
            confidence.contradicted.year,
            evidence,
            explain.age_correction(check, moment, ages, at_death),
            is_date=not at_death,
            check=check,
            rule="age_arithmetic",
        )

    def _only_once(self, check: Check, fact: Fact) -> Finding:
        """ "Expelled from the party again": the reference lists all the person's statements of this
        property (a completeness mark) and holds one that matches, so there was no second. The proof
        compares the text's date with that one statement's (its end for an expulsion), else the value."""
        explain = self.explain
        dated = next(
            (pid for pid, claimed in check.qualifiers.items() if claimed.kind == "date" and fact.qualifier(pid)), None
        )
        return Finding(
            "differs",
            dated or check.property,
            explain.about("repeated_only_once", check),
            self.policy.confidence.contradicted.year,
            (fact,),
            explain.about("repeated_only_once_correction", check),
            is_date=dated is not None,
            check=check,
            rule="complete_list",
        )

    def _silent_statement(self, check: Check, pid: str, matching: Sequence[Fact]) -> Fact | None:
        """A statement of a repeatable kind that holds no `pid` and whose other qualifiers do not rule out
        the text's event: it may be that event, so a value of `pid` on the others is no proof."""
        for fact in matching:
            if fact.qualifier(pid):
                continue
            if all(
                self.comparer.compare(claimed, value, other, check.property, fact).outcome != "differs"
                for other, claimed in check.qualifiers.items()
                if other != pid
                for value in fact.qualifier(other)
            ):
                return fact
        return None

    def _begins_next_to(self, claimed: Claimed, fact: Fact) -> bool:
        """Whether the stay begins (its journey included, policy `journey_qualifier`) within one unit of the text's
        precision of the text's date: a year's or a month's slip of the date would make the text true."""
        if not isinstance(claimed.value, PartialDate):
            return False
        unit = {"century": 366, "decade": 366, "year": 366, "month": 31}.get(check_precision(claimed.value), 1)
        text = checked_dates(claimed.value)
        qualifier = self.policy.journey_qualifier
        for value in [*fact.qualifier(START_TIME), *(fact.qualifier(qualifier) if qualifier else ())]:
            if isinstance(value, PartialDate):
                first, last = checked_dates(value.to_gregorian())
                if (first - text[1]).days <= unit and (text[0] - last).days <= unit:
                    return True
        return False

    def _unconcluded(self, key: str, check: Check, evidence: tuple[Fact, ...] = ()) -> Finding:
        """An "unknown" finding that says why nothing could be concluded (the KB holds something)."""
        return Finding("unknown", check.property, self.explain.about(key, check), evidence=evidence, silent=False)

    def _no_statement(self, check: Check) -> Finding:
        return Finding("unknown", check.property, self.explain.about("no_statement", check))

    def _statement_found(self, check: Check, fact: Fact) -> Finding:
        """The text's statement exists in the KB: agreement when nothing more specific was asked."""
        outcome: Outcome = "agrees" if not check.qualifiers else "unknown"
        confidence = self.policy.confidence.supported.statement
        return Finding(outcome, check.property, self.explain.statement_found(check, fact), confidence, (fact,))


def _settled_through(date: PartialDate, facts: Sequence[Fact]) -> bool:
    """Whether a listed stay began before the whole of the text's date and ended after it: no exile can
    have begun then without ending that stay, which the list would show."""
    low, high = date.to_gregorian().span()
    for fact in facts:
        starts, ends = fact.qualifier(START_TIME), fact.qualifier(END_TIME)
        if not (starts and ends and isinstance(starts[0], PartialDate) and isinstance(ends[0], PartialDate)):
            continue
        if starts[0].to_gregorian().span()[1] < low and ends[0].to_gregorian().span()[0] > high:
            return True
    return False


def _within_a_stay(claimed: Claimed, matching: Sequence[Fact]) -> bool:
    """Whether a stay at the text's place (or one it holds, or one holding it) may span the text's date."""
    return isinstance(claimed.value, PartialDate) and any(during(fact, claimed.value) for fact in matching)


def _explained(results: Sequence[tuple[Fact, Comparison]]) -> Finding | None:
    """The first comparison that says why it cannot conclude (a date near a stay's end, a year
    taken from the context), as a finding that is not the KB's silence."""
    for fact, result in results:
        if result.outcome == "unknown" and result.explanation:
            return replace(result.with_evidence((fact,)), silent=False)
    return None


def _within(view: ReferenceView, place: object, region: object) -> bool:
    """`place` lies in `region` (both KB items)."""
    return isinstance(place, str) and isinstance(region, str) and view.within(place, region)


def _same_office(one: Check, other: Check) -> bool:
    return one.subject == other.subject and one.property == other.property and one.value.value == other.value.value


def _roles(check: Check) -> frozenset[str]:
    """The roles a mapping links; mappings over the same roles are alternatives, in either direction (a
    succession is told by the successor's "replaces" or by the predecessor's "replaced by")."""
    return frozenset((check.mapping.subject, check.mapping.value))
