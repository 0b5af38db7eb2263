"""The verdict of one claim: each check against the KB's statements, then one policy.

Policy (docs/verify.md): `contradicted` only when the KB holds a value that is
incompatible at the shared precision and no statement agrees; `supported` when a
statement agrees and nothing contradicts (a date the text gives must have been
checked, and when the event's main participant was looked up, something about it
must agree); `not_enough_info` otherwise; `not_checkable` for types with no KB
mapping and for events the text does not assert (negated, attempted,
hypothetical). Reported events are checked, with lower confidence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from cronica.model import Evidence, Proof, Verdict
from cronica.verify.claims import Check, Claimed, ClaimPlan
from cronica.verify.dates import PartialDate, checked_dates, compare_dates
from cronica.verify.language import Language
from cronica.verify.places import compare_places
from cronica.verify.reference import Fact, ReferenceView

Outcome = Literal["agrees", "differs", "unknown"]
UNCHECKED_MODALITIES = ("negated", "attempted", "hypothetical")
DATE_OF_BIRTH, DATE_OF_DEATH = "P569", "P570"


@dataclass(frozen=True, slots=True)
class Finding:
    """What one aspect of a claim (a date, a place, a successor...) gave against the KB."""

    outcome: Outcome
    pid: str  # the property or qualifier compared
    explanation: str
    confidence: float = 0.0
    evidence: tuple[Fact, ...] = ()
    correction: str | None = None
    is_date: bool = False
    #: for "unknown": True when the KB holds nothing on it, False when it holds a value that could not be compared
    silent: bool = True
    #: it bears on the event's main participant (the successor of a SUCCESSION, the person who died...)
    main: bool = False
    #: for "differs": the check it came from and the rule that makes the values incompatible (the proof)
    check: Check | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    explanation: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    correction: str | None = None
    #: contradicted only: the finding that decided it (the proof is written from it)
    decisive: Finding | None = None

    def hedged(self, factor: float, before: str = "", after: str = "") -> Judgement:
        """The same verdict, less certain, with a note on why (reported, resolved from context)."""
        explanation = " ".join(part for part in (before, self.explanation, after) if part)
        return replace(self, explanation=explanation, confidence=round(self.confidence * factor, 3))


@dataclass
class Checker:
    """Judges claim plans against one reference view, writing in one language."""

    view: ReferenceView
    language: Language
    policy: Mapping[str, Any]
    #: properties whose values form a closed set (P1196 manner of death → the ontology's manners):
    #: a KB value outside the set is too fine or too coarse to contradict the text's
    closed_values: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _single_valued: frozenset[str] = field(init=False)
    _repeatable: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self._single_valued = frozenset(self.policy["single_valued"])
        self._repeatable = frozenset(self.policy.get("repeatable") or ())

    # --- the claim -----------------------------------------------------------------

    def judge(self, plan: ClaimPlan) -> Judgement:
        lang, confidence = self.language, self.policy["confidence"]
        event = plan.event
        if not plan.mapped:
            return Judgement(
                "not_checkable", lang.explanation("no_mapping", type=event.type), confidence["not_checkable"]
            )
        if event.modality in UNCHECKED_MODALITIES:
            return Judgement("not_checkable", lang.modality_note(event.modality), confidence["not_checkable"])
        judgement = self._outside_lifetime(plan) or self._combine(self._findings(event.type, plan), plan)
        coreferent = next((check for check in plan.checks if check.subject_coreferent), None)
        if coreferent is not None and judgement.verdict in ("supported", "contradicted"):
            # who the text speaks of was inferred from the context: say so, and be less sure
            note = lang.explanation(
                "coreference",
                text=coreferent.subject_text.strip() or "—",
                subject=self.view.label(coreferent.subject, lang.code),
            )
            judgement = judgement.hedged(confidence["coreference_factor"], after=note)
        generic = next((c for c in plan.checks if c.value.coreferent and c.value.kind == "entity"), None)
        if generic is not None and judgement.verdict in ("supported", "contradicted"):
            # "el partido": the party was taken as the person's only one in the KB; say so, be less sure
            note = lang.explanation(
                "generic_party",
                text=generic.value.text.strip(),
                party=self.view.label(str(generic.value.value), lang.code),
            )
            judgement = judgement.hedged(confidence["coreference_factor"], after=note)
        if event.modality == "reported":
            judgement = judgement.hedged(confidence["reported_factor"], before=lang.modality_note("reported"))
        return judgement

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
        decided = {
            (check.mapping.subject, check.mapping.value)
            for check, findings in per_check
            if any(finding.outcome != "unknown" or not finding.silent for finding in findings)
        }
        return [
            finding
            for check, findings in per_check
            for finding in findings
            if finding.outcome != "unknown"
            or not finding.silent
            or (check.mapping.subject, check.mapping.value) not in decided
        ]

    @staticmethod
    def _about_main(check: Check, finding: Finding, main_role: str | None) -> Finding:
        """Mark a finding that bears on the main participant: the check's subject is it, or the
        compared value or qualifier names it (P1366 "replaced by" the successor)."""
        if main_role is None:
            return finding
        roles = {check.property: check.mapping.value, **check.mapping.qualifiers}
        if check.mapping.subject == main_role or roles.get(finding.pid) == main_role:
            return replace(finding, main=True)
        return finding

    def _outside_lifetime(self, plan: ClaimPlan) -> Judgement | None:
        """A person cannot act after their death or before their birth: then the participant
        is probably misidentified (a wrong link or coreference), and nothing is concluded."""
        if plan.event.type in self.policy["lifetime_exempt_types"]:
            return None
        for check in plan.checks:
            dates = [c.value for c in check.claimed_values() if isinstance(c.value, PartialDate)]
            conflict = self._lifetime_conflict(check.subject, dates[0]) if dates else None
            if conflict is None:
                continue
            key, reference = conflict
            lang = self.language
            explanation = lang.explanation(
                key,
                subject=self.view.label(check.subject, lang.code),
                ref=lang.date(reference.to_gregorian(), in_sentence=True),
                claim=lang.date(dates[0]),
            )
            kb = lang.kb_name(self.view.name)
            return Judgement(
                "not_enough_info",
                f"{lang.explanation('not_enough_info', kb=kb)} {explanation}",
                self.policy["confidence"]["not_enough_info"],
            )
        return None

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
        lang, confidence = self.language, self.policy["confidence"]
        kb = lang.kb_name(self.view.name)
        differs = [f for f in findings if f.outcome == "differs"]
        agrees = [f for f in findings if f.outcome == "agrees"]
        if differs:
            corrections = [f.correction for f in differs if f.correction]
            return Judgement(
                "contradicted",
                " ".join([lang.explanation("contradicted", kb=kb), *(f.explanation for f in differs)]),
                max(f.confidence for f in differs),
                self._evidence(differs),
                " ".join(dict.fromkeys(corrections)) or None,
                decisive=max(differs, key=lambda f: f.confidence),
            )
        date_given = any(check.value.kind == "date" or _has_date(check) for check in plan.checks)
        date_checked = any(f.is_date for f in agrees)
        doubtful = any(f.outcome == "unknown" and not f.silent for f in findings)
        # "X succeeded Y in 1925": Y's end date agreeing says nothing of X; when the main participant
        # was checked, support must come from a finding about it
        main_unconfirmed = plan.main_unlinked or (any(f.main for f in findings) and not any(f.main for f in agrees))
        if agrees and (date_checked or not date_given) and not doubtful and not main_unconfirmed:
            # what the KB is silent on is said, and makes the support less certain
            unchecked = [f.explanation for f in findings if f.outcome == "unknown"]
            certainty = confidence["partial_factor"] if unchecked else 1.0
            return Judgement(
                "supported",
                " ".join([lang.explanation("supported", kb=kb), *(f.explanation for f in agrees), *unchecked]),
                round(max(f.confidence for f in agrees) * certainty, 3),
                self._evidence(agrees),
            )
        if not plan.checks and not plan.unlinked:
            # the type has mappings, but none applies to what this text says ("fue detenido en 1898")
            return Judgement("not_checkable", lang.explanation("nothing_to_check"), confidence["not_checkable"])
        notes = [f.explanation for f in agrees] if main_unconfirmed else []  # what did agree is still said
        notes += [f.explanation for f in findings if f.outcome == "unknown"]
        notes += [
            lang.explanation("unlinked", text=text) if text else lang.explanation("implicit_subject")
            for text in plan.unlinked
        ]
        notes += [
            lang.explanation(
                "kin_unresolved", text=words, relation=lang.relation(relation), of=self.view.label(owner, lang.code)
            )
            for words, relation, owner in plan.unresolved_kin
        ]
        return Judgement(
            "not_enough_info",
            " ".join([lang.explanation("not_enough_info", kb=kb), *dict.fromkeys(notes)]),
            confidence["not_enough_info"],
        )

    def _evidence(self, findings: Sequence[Finding]) -> tuple[Evidence, ...]:
        facts: dict[int, Fact] = {}
        for finding in findings:
            for fact in finding.evidence:
                facts.setdefault(id(fact), fact)
        return tuple(self.evidence_of(fact) for fact in facts.values())

    def evidence_of(self, fact: Fact) -> Evidence:
        """A KB statement as contract evidence (dates in ISO form at their precision)."""
        qualifiers: dict[str, Any] = {pid: [_plain(v) for v in values] for pid, values in fact.qualifiers.items()}
        if isinstance(fact.value, PartialDate) and fact.value.calendar == "julian":
            qualifiers["calendar"] = "julian"
            qualifiers["gregorian"] = fact.value.to_gregorian().iso()
        return Evidence(
            kb=self.view.name,
            subject=fact.subject,
            property=fact.property,
            value=_plain(fact.value),
            qualifiers=qualifiers,
            source=fact.source,
            url=self.view.url(fact.subject),
        )

    # --- one check -----------------------------------------------------------------

    def check(self, event_type: str, check: Check, repeated: bool = False) -> list[Finding]:
        facts = self.view.facts(check.subject, check.property)
        if not check.qualifiers:
            findings = [self._compare_values(event_type, check, facts, check.property, check.value)]
        else:
            findings = self._compare_qualified(event_type, check, facts, repeated)
        return [self._too_weak_to_contradict(check, finding) for finding in findings]

    def _too_weak_to_contradict(self, check: Check, finding: Finding) -> Finding:
        """A disagreement resting on a doubtful link or on a date taken from the context is no contradiction."""
        if finding.outcome != "differs":
            return finding
        threshold = self.policy["min_link_score_to_contradict"]
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
        note = self.language.explanation(key, text=words)
        return Finding("unknown", finding.pid, f"{finding.explanation} {note}", evidence=finding.evidence, silent=False)

    def _compare_values(
        self, event_type: str, check: Check, facts: Sequence[Fact], pid: str, claimed: Claimed
    ) -> Finding:
        """Compare the statements' main values with the claimed one."""
        if not facts:
            return self._no_statement(check)
        results = [(fact, self._compare(claimed, fact.value, pid)) for fact in facts]
        agreeing = [(fact, r) for fact, r in results if r.outcome == "agrees"]
        if agreeing:
            fact, result = max(agreeing, key=lambda item: item[1].confidence)
            return result.with_evidence((fact,))
        differing = [(fact, r) for fact, r in results if r.outcome == "differs"]
        if pid in self._single_valued and differing and len(differing) == len(results):
            fact, result = differing[0]
            correction = self._correction(event_type, check, pid, claimed, fact.value)
            rule = (
                "closed_values"
                if pid in self.closed_values
                else "place_hierarchy"
                if claimed.kind == "place"
                else "single_value"
            )
            return result.with_evidence((fact,), correction, check, rule)
        explained = [(fact, r) for fact, r in results if r.outcome == "unknown" and r.explanation]
        if explained:  # the comparison itself says why it cannot conclude (a year taken from the context)
            fact, result = explained[0]
            return replace(result.with_evidence((fact,)), silent=False)
        if pid in self._single_valued:
            return self._uncomparable(check, claimed, facts[0])
        return self._no_statement(check)

    def _compare_qualified(
        self, event_type: str, check: Check, facts: Sequence[Fact], repeated: bool = False
    ) -> list[Finding]:
        """Entity-valued statements (P102 party, P39 position...): find the text's one, then its qualifiers."""
        if check.mapping.match == "leaving":
            matching = self._departures(check, facts)
        else:
            matching = [fact for fact in facts if self._same_value(check, fact.value)]
        if repeated and matching:
            # "expelled again": not the first time, so the earliest statement cannot speak against it
            matching = sorted(matching, key=_statement_start)[1:]
            if not matching:
                return [self._finding("repeated_first_only", check)]
        if not matching:
            return [self._no_statement(check)]
        if check.mapping.match == "during":
            return [self._compare_during(event_type, check, matching)]
        findings: list[Finding] = []
        for pid, claimed in check.qualifiers.items():
            present = [(fact, value) for fact in matching for value in fact.qualifier(pid)]
            if not present:
                findings.append(self._qualifier_missing(check, pid, matching[0]))
                continue
            results = [(fact, self._compare(claimed, value, pid, check.property)) for fact, value in present]
            agreeing = [(fact, r) for fact, r in results if r.outcome == "agrees"]
            if agreeing:
                fact, result = max(agreeing, key=lambda item: item[1].confidence)
                findings.append(result.with_evidence((fact,)))
            elif all(r.outcome == "differs" for _, r in results):
                # the correction names the statement nearest the text's date (expelled in 1930: 1932, not 1934)
                nearest = min(range(len(present)), key=lambda i: _date_gap(claimed, present[i][1]))
                fact, value = present[nearest]
                results = [results[nearest]]
                if check.property in self._repeatable and not self.view.is_complete(check.subject, check.property):
                    # a membership, an office, an exile can repeat: one that does not match is no proof
                    findings.append(self._finding("repeatable_incomplete", check, evidence=(fact,)))
                    continue
                correction = self._correction(event_type, check, pid, claimed, value, fact.value)
                rule = "complete_list" if check.property in self._repeatable else "single_value"
                findings.append(results[0][1].with_evidence((fact,), correction, check, rule))
            else:
                # the comparison says why it cannot conclude (a date near a stay's end, a year taken from the context)
                explained = [(fact, r) for fact, r in results if r.outcome == "unknown" and r.explanation]
                if explained:
                    fact, result = explained[0]
                    findings.append(replace(result.with_evidence((fact,)), silent=False))
        if not check.qualifiers or not findings:
            findings.append(self._statement_found(check, matching[0]))
        return findings

    def _compare_during(self, event_type: str, check: Check, matching: Sequence[Fact]) -> Finding:
        """A state at a date ("lived in France in 1934"): the date must fall within a stay at that place,
        from its start (P580) to its end (P582); a stay with no known end may have lasted any time."""
        claimed = next((c for c in check.qualifiers.values() if isinstance(c.value, PartialDate)), None)
        if claimed is None or not isinstance(claimed.value, PartialDate):
            return self._statement_found(check, matching[0])
        lang, confidence = self.language, self.policy["confidence"]
        first, last = checked_dates(claimed.value)  # a season: the years of its readings
        stays = [(fact, *_stay(fact)) for fact in matching]
        inside = [stay for stay in stays if stay[1] <= last and first <= stay[2]]
        name = lang.property_name(check.property)
        if inside:
            fact = inside[0][0]
            text = lang.explanation(
                "stay_agrees", property=name, claim=lang.date(claimed.value), ref=self._period(fact)
            )
            return Finding("agrees", check.property, text, confidence["supported"]["year"], (fact,), is_date=True)
        fact = min(stays, key=lambda stay: _gap_to(first, last, stay[1], stay[2]))[0]
        if not self.view.is_complete(check.subject, check.property):
            return self._finding("repeatable_incomplete", check, evidence=(fact,))
        period = self._period(fact)
        text = lang.explanation("stay_differs", claim=lang.date(claimed.value), ref=period)
        correction = lang.correction(
            event_type,
            "during",
            self.view.sex(check.subject),
            subject=self.view.label(check.subject, lang.code),
            value=self._name(str(fact.value), check.mapping.value),
            ref=period,
            claim=lang.date(claimed.value, in_sentence=True),
            kb=lang.kb_name(self.view.name),
        )
        return Finding(
            "differs",
            next(iter(check.qualifiers)),
            text,
            confidence["contradicted"]["year"],
            (fact,),
            correction,
            is_date=True,
            check=check,
            rule="complete_list",
        )

    def _period(self, fact: Fact) -> str:
        """A stay as the reference dates it, at its own precision: "from July 1933 to June 1935"."""
        lang = self.language
        starts = [v.to_gregorian() for v in fact.qualifier("P580") if isinstance(v, PartialDate)]
        ends = [v.to_gregorian() for v in fact.qualifier("P582") if isinstance(v, PartialDate)]
        if starts and ends:
            return lang.phrase("period", start=lang.date(starts[0]), end=lang.date(ends[0]))
        if starts:
            return lang.phrase("period_from", start=lang.date(starts[0]))
        return lang.phrase("period_until", end=lang.date(ends[0])) if ends else ""

    def _departures(self, check: Check, facts: Sequence[Fact]) -> list[Fact]:
        """The residences inside the region the text says the person left that were followed by one
        outside it: leaving the USSR in 1929 ended Alma-Ata, not Moscow (left for Alma-Ata in 1928)."""
        ordered = sorted(facts, key=_statement_start)
        inside = [self._same_value(check, fact.value) for fact in ordered]
        return [
            fact
            for index, fact in enumerate(ordered)
            if inside[index] and index + 1 < len(ordered) and not inside[index + 1]
        ]

    def _agrees_in_another_year(self, claimed: Claimed, reference: PartialDate, pid: str) -> bool:
        """The text's month and day agree with the reference once the inferred year is set aside."""
        if not isinstance(claimed.value, PartialDate):
            return False
        ref_year = reference.to_gregorian().year
        try:
            moved = dataclasses.replace(claimed.value, year=ref_year)
        except ValueError:  # 29 February in a year without one
            return False
        tolerance = self.policy["date_tolerance_days"].get(pid, 0)
        comparison = compare_dates(moved, reference, claimed.mod, self.policy["approx_reach"], tolerance)
        return comparison is not None and comparison.agrees

    def _same_value(self, check: Check, value: Any) -> bool:
        """The statement is the one the text speaks of: same item, a place within, or, for an office,
        a position belonging to the body the text names ("removed from the Politburo")."""
        if self._compare(check.value, value, check.property).outcome == "agrees":
            return True
        if check.property not in self.policy["position_properties"] or not isinstance(value, str):
            return False
        links = self.policy["position_links"]
        return any(fact.value == check.value.value for pid in links for fact in self.view.facts(value, pid))

    def _compare(self, claimed: Claimed, reference: Any, pid: str, statement: str = "") -> _Result:
        """Compare one claimed value with one KB value; `statement` is the property a qualifier belongs to."""
        lang, confidence = self.language, self.policy["confidence"]
        name = lang.property_name(pid)
        if claimed.kind == "date":
            if not isinstance(reference, PartialDate) or not isinstance(claimed.value, PartialDate):
                return _Result("unknown", pid, "")
            tolerance = self.policy["date_tolerance_days"].get(statement or pid, 0)
            comparison = compare_dates(
                claimed.value, reference, claimed.mod, self.policy["approx_reach"], tolerance, claimed.calendar_stated
            )
            text_date, ref_date = lang.date(claimed.value, mod=claimed.mod), lang.date(reference.to_gregorian())
            if comparison is None:
                return _Result("unknown", pid, "", is_date=True)
            if comparison.tolerated:
                # near a stay's start or end, which a journey can shift: no proof either way
                distance = lang.distance(comparison.distance) if comparison.distance else ""
                note = lang.explanation("date_near", property=name, claim=text_date, ref=ref_date, distance=distance)
                return _Result("unknown", pid, note, is_date=True)
            if comparison.agrees and comparison.old_style:
                return _Result(
                    "agrees",
                    pid,
                    lang.explanation("date_agrees_old_style", property=name, claim=text_date, ref=ref_date),
                    confidence["supported"]["old_style"],
                    is_date=True,
                )
            if comparison.agrees:
                explanation = lang.explanation(
                    "date_agrees",
                    property=name,
                    claim=text_date,
                    ref=ref_date,
                    precision=lang.precision_name(comparison.precision),
                )
                return _Result("agrees", pid, explanation, confidence["supported"][comparison.precision], is_date=True)
            if claimed.inferred_year and self._agrees_in_another_year(claimed, reference, statement or pid):
                # "on 21 August" took its year from another date of the text: what the text says agrees
                note = lang.explanation("date_year_inferred", text=claimed.text.strip(), claim=text_date, ref=ref_date)
                return _Result("unknown", pid, note, is_date=True)
            distance = lang.distance(comparison.distance) if comparison.distance else ""
            explanation = lang.explanation("date_differs", claim=text_date, ref=ref_date, distance=distance)
            return _Result("differs", pid, explanation, confidence["contradicted"][comparison.precision], is_date=True)
        if not isinstance(reference, str) or not isinstance(claimed.value, str):
            return _Result("unknown", pid, "")
        claim_name, ref_name = self.view.label(claimed.value, lang.code), self.view.label(reference, lang.code)
        if claimed.kind == "place":
            match = compare_places(self.view, claimed.value, reference)
            if match == "same":
                text = lang.explanation("place_agrees", property=name, claim=claim_name, ref=ref_name)
                return _Result("agrees", pid, text, confidence["supported"]["place"])
            if match == "within":
                text = lang.explanation("place_within", property=name, claim=claim_name, ref=ref_name)
                return _Result("agrees", pid, text, confidence["supported"]["place_within"])
            if match == "differs" and not claimed.hedged:
                text = lang.explanation("place_differs", property=name, claim=claim_name, ref=ref_name)
                return _Result("differs", pid, text, confidence["contradicted"]["place"])
            return _Result("unknown", pid, "")
        if claimed.options:
            # a word fitting several values ("shot": homicide or capital punishment): it agrees with any
            words = claimed.text.strip() or claim_name
            fitting = lang.list_or([self.view.label(option, lang.code) for option in claimed.options])
            if reference in claimed.options:
                text = lang.explanation("entity_fits", property=name, claim=words, ref=ref_name)
                return _Result("agrees", pid, text, confidence["supported"]["entity"])
            if pid in self.closed_values and reference not in self.closed_values[pid]:
                return _Result("unknown", pid, "")
            text = lang.explanation("entity_fits_not", property=name, claim=words, fits=fitting, ref=ref_name)
            return _Result("differs", pid, text, confidence["contradicted"]["entity"])
        if claimed.value == reference:
            text = lang.explanation("entity_agrees", property=name, claim=claim_name)
            return _Result("agrees", pid, text, confidence["supported"]["entity"])
        if pid in self.closed_values and reference not in self.closed_values[pid]:
            return _Result("unknown", pid, "")
        text = lang.explanation("entity_differs", property=name, claim=claim_name, ref=ref_name)
        return _Result("differs", pid, text, confidence["contradicted"]["entity"])

    # --- sentences -----------------------------------------------------------------

    def _correction(
        self, event_type: str, check: Check, pid: str, claimed: Claimed, reference: Any, statement_value: Any = None
    ) -> str:
        """The corrected sentence; {value} names the KB statement's own value when there is one
        (the position "member of the Politburo" rather than the body the text named)."""
        lang = self.language
        subject = self.view.label(check.subject, lang.code)
        sex = self.view.sex(check.subject)
        if sex is None and self.view.is_known_non_human(check.subject):
            # an organization or a work: named with its article, agreeing with its noun's gender
            sex = "female" if lang.is_feminine(subject) else "male"
            subject = lang.with_article(subject)
        value = ""
        named = statement_value if isinstance(statement_value, str) else check.value.value
        if isinstance(named, str) and check.value.kind != "date":
            value = self._name(named, check.mapping.value)
        if isinstance(reference, PartialDate) and isinstance(claimed.value, PartialDate):
            ref, claim = (
                lang.date(reference.to_gregorian(), in_sentence=True),
                lang.date(claimed.value, in_sentence=True, mod=claimed.mod),
            )
        else:
            ref = self.view.label(str(reference), lang.code)
            claim = self.view.label(str(claimed.value), lang.code)
        return lang.correction(
            event_type,
            pid,
            sex,
            check.property,
            subject=subject,
            value=value,
            ref=ref,
            claim=claim,
            kb=lang.kb_name(self.view.name),
        )

    def _name(self, qid: str, role: str) -> str:
        label = self.view.label(qid, self.language.code)
        return self.language.with_article(label) if role == "organization" else label

    def _finding(self, key: str, check: Check, evidence: tuple[Fact, ...] = ()) -> Finding:
        """An "unknown" finding that says why nothing could be concluded (the KB holds something)."""
        lang = self.language
        explanation = lang.explanation(
            key,
            property=lang.property_name(check.property),
            subject=self.view.label(check.subject, lang.code),
        )
        return Finding("unknown", check.property, explanation, evidence=evidence, silent=False)

    def proof(self, finding: Finding, identity_basis: str, identity_note: str, mention: tuple[str, int, int]) -> Proof:
        """The chain of a contradiction, from the finding that decided it."""
        lang = self.language
        check = finding.check
        assert check is not None
        fact = finding.evidence[0]
        qualifier = finding.pid if finding.pid != check.property else None
        reference = fact.qualifier(qualifier)[0] if qualifier and fact.qualifier(qualifier) else fact.value
        claimed = check.value if qualifier is None else check.qualifiers.get(qualifier, check.value)
        return Proof(
            mention=mention[0],
            start=mention[1],
            end=mention[2],
            entity=check.subject,
            entity_label=self.view.label(check.subject, lang.code),
            identity=identity_basis,
            identity_note=identity_note,
            property=check.property,
            qualifier=qualifier,
            property_label=lang.property_name(finding.pid),
            reference=str(_plain(reference)),
            reference_label=self._describe(reference),
            source=fact.source,
            url=self.view.url(fact.subject),
            text_value=claimed.text.strip() or str(_plain(claimed.value)),
            rule=finding.rule or "single_value",
            rule_note=lang.rule_note(finding.rule or "single_value", lang.property_name(finding.pid)),
        )

    def _no_statement(self, check: Check) -> Finding:
        lang = self.language
        return Finding(
            "unknown",
            check.property,
            lang.explanation(
                "no_statement",
                property=lang.property_name(check.property),
                subject=self.view.label(check.subject, lang.code),
            ),
        )

    def _uncomparable(self, check: Check, claimed: Claimed, fact: Fact) -> Finding:
        """The KB holds a value the text's cannot be compared with (a place it cannot situate): no verdict."""
        lang = self.language
        explanation = lang.explanation(
            "uncomparable",
            property=lang.property_name(check.property),
            subject=self.view.label(check.subject, lang.code),
            ref=self._describe(fact.value),
            claim=self._describe(claimed.value),
        )
        return Finding("unknown", check.property, explanation, evidence=(fact,), silent=False)

    def _qualifier_missing(self, check: Check, pid: str, fact: Fact) -> Finding:
        lang = self.language
        return Finding(
            "unknown",
            pid,
            lang.explanation(
                "qualifier_missing",
                property=lang.property_name(check.property),
                subject=self.view.label(check.subject, lang.code),
                value=self._describe(fact.value),
                qualifier=lang.property_name(pid),
            ),
        )

    def _statement_found(self, check: Check, fact: Fact) -> Finding:
        """The text's statement exists in the KB: agreement when nothing more specific was asked."""
        lang = self.language
        explanation = lang.explanation(
            "statement_found",
            property=lang.property_name(check.property),
            subject=self.view.label(check.subject, lang.code),
            value=self._describe(fact.value),
        )
        outcome: Outcome = "agrees" if not check.qualifiers else "unknown"
        return Finding(
            outcome, check.property, explanation, self.policy["confidence"]["supported"]["statement"], (fact,)
        )

    def _describe(self, value: Any) -> str:
        if isinstance(value, PartialDate):
            return self.language.date(value.to_gregorian())
        return self.view.label(str(value), self.language.code)


@dataclass(frozen=True, slots=True)
class _Result:
    outcome: Outcome
    pid: str
    explanation: str
    confidence: float = 0.0
    is_date: bool = False

    def with_evidence(
        self,
        facts: tuple[Fact, ...],
        correction: str | None = None,
        check: Check | None = None,
        rule: str | None = None,
    ) -> Finding:
        return Finding(
            self.outcome,
            self.pid,
            self.explanation,
            self.confidence,
            facts,
            correction,
            self.is_date,
            check=check,
            rule=rule,
        )


def _stay(fact: Fact) -> tuple[dt.date, dt.date]:
    """The first and last day a stay may cover: from its start's first day to its end's last day
    (unbounded where the KB gives no start or no end)."""
    starts = [v for v in fact.qualifier("P580") if isinstance(v, PartialDate)]
    ends = [v for v in fact.qualifier("P582") if isinstance(v, PartialDate)]
    first = starts[0].to_gregorian().span()[0] if starts else dt.date.min
    last = ends[0].to_gregorian().span()[1] if ends else dt.date.max
    return first, last


def _gap_to(first: dt.date, last: dt.date, start: dt.date, end: dt.date) -> int:
    """Days between a span and a stay (0 when they overlap)."""
    if last < start:
        return (start - last).days
    if end < first:
        return (first - end).days
    return 0


def _date_gap(claimed: Claimed, value: Any) -> int:
    """Days between the text's date and a reference date (0 when either is not a date)."""
    if not isinstance(claimed.value, PartialDate) or not isinstance(value, PartialDate):
        return 0
    (a_first, a_last), (b_first, b_last) = claimed.value.span(), value.to_gregorian().span()
    if a_last < b_first:
        return (b_first - a_last).days
    return max((a_first - b_last).days, 0)


def _statement_start(fact: Fact) -> tuple[int, int, int]:
    """When a statement began (its start, else its end date): the first of repeated ones sorts first."""
    for pid in ("P580", "P582", "P585"):
        for value in fact.qualifier(pid):
            if isinstance(value, PartialDate):
                first = value.to_gregorian().span()[0]
                return first.year, first.month, first.day
    return 9999, 12, 31


def _has_date(check: Check) -> bool:
    return any(claimed.kind == "date" for claimed in check.qualifiers.values())


def _plain(value: Any) -> Any:
    return value.iso() if isinstance(value, PartialDate) else value
