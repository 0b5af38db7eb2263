"""A claim under every identity its mentions allow: the identity link of a contradiction's proof.

A mention that may name several KB persons ("Sedov", "his son", a pronoun) is judged once per
reading (`identity`); a reading the event's date rules out (an arrest of someone already dead), or
the text's grammatical agreement rules out ("fue detenido" of a woman, "she" of a man), is removed,
and said so. Contradicted only when false of every reading and the readings are all the KB allows;
one verdict when every reading gives it; otherwise not enough information, saying which readings
hold, fail or are unknown. A contradiction whose subject or compared
value was not identified for certain is no contradiction.
"""

from __future__ import annotations

from dataclasses import replace

from cronica.model import Participant, Proof
from cronica.verify.checker import Checker
from cronica.verify.claims import ClaimPlan
from cronica.verify.findings import Judgement
from cronica.verify.identity import Identity
from cronica.verify.policy import VerifyPolicy


def judge_readings(
    checker: Checker, plan: ClaimPlan, policy: VerifyPolicy, whole: ClaimPlan | None = None
) -> tuple[Judgement, Proof | None]:
    """Judge the claim under every reading its mentions allow; contradict only what is false of all. `whole` is
    the event's plan when `plan` is one side of it (verify/succession.py): readings are ruled out on all its
    checks ("he was replaced by Yezhov": by Yezhov's complete list of offices, for Yagoda's side too)."""
    explain = checker.explain
    role = plan.ambiguous_role()
    if role is None:
        return _with_proof(checker, plan, checker.judge(plan), policy)
    identity = plan.identities[role]
    mention = mention_of(plan, role)
    context = whole or plan
    ruled_out = {
        qid: why for qid in identity.candidates if (why := _ruled_out(checker, context, role, qid, mention[0]))
    }
    living = [qid for qid in identity.candidates if qid not in ruled_out] or list(identity.candidates)
    readings = [(qid, checker.judge(plan.for_subject(role, qid))) for qid in living]
    if len(living) == len(identity.candidates):
        ruled_out = {}
    verdicts = {judgement.verdict for _, judgement in readings}
    if verdicts == {"contradicted"} and identity.complete:
        first = readings[0][1]
        # the readings left (all, when none was ruled out); one left needs only why the others could not be
        left = explain.all_candidates(mention[0], living) if len(living) > 1 else ""
        note = " ".join(part for part in (left, *ruled_out.values()) if part)
        judgement = first.hedged(1.0, after=note)
        proof = explain.proof(first.decisive, "all_candidates", note, mention) if first.decisive else None
        return judgement, proof
    if len(verdicts) == 1 and "contradicted" not in verdicts and not ruled_out:
        # every reading gives the same: nothing hangs on who it is, unless someone the reference does not know
        # may be meant (a support then holds for the readings it knows only)
        if readings[0][1].verdict == "supported" and not identity.complete:
            return _one_reading(checker, readings[0], [], mention[0]), None
        return readings[0][1], None
    if verdicts == {"not_enough_info"}:  # the readings left say the same: why the others were removed
        return readings[0][1].hedged(1.0, after=" ".join(ruled_out.values())), None
    fitting = [(qid, j) for qid, j in readings if j.verdict == "supported"]
    # the reading the linker or the context chose first; for "his son" (no name) any relative that fits
    chosen = readings[0] if not identity.relation else (fitting[0] if fitting else None)
    if chosen is not None and chosen[1].verdict == "supported":
        # a support under one reading only: the verdict says which, and of whom it is not shown
        others = [qid for qid, judgement in readings if judgement.verdict != "supported"]
        return _one_reading(checker, chosen, others, mention[0], unknown=not identity.complete), None
    offices = all(check.mapping.subject != role for check in plan.checks)  # a value read several ways: offices
    explanation = explain.ambiguous(
        mention[0],
        [(qid, judgement.verdict) for qid, judgement in readings],
        incomplete=verdicts == {"contradicted"},
        offices=offices,
    )
    return Judgement("not_enough_info", explanation, policy.confidence.not_enough_info), None


def judge_alternatives(
    checker: Checker, plans: list[ClaimPlan], policy: VerifyPolicy
) -> tuple[Judgement, Proof | None]:
    """A claim whose words give its main role two readings as two fillers ("La madre de Lenin, quien murió en
    1924": the mother or Lenin), one plan each: contradicted only when false under both, supported in full when
    true under both, a partial support naming the reading when true under one only, else not enough information."""
    judged = [judge_readings(checker, plan, policy) for plan in plans]
    verdicts = {judgement.verdict for judgement, _ in judged}
    if len(verdicts) == 1 and (verdicts != {"supported"} or all(j.support and j.support.full for j, _ in judged)):
        return judged[0]
    subjects = [_subject(plan) for plan in plans]
    fitting = [index for index, (judgement, _) in enumerate(judged) if judgement.verdict == "supported"]
    if fitting:
        index = fitting[0]
        others = [qid for i, qid in enumerate(subjects) if i != index and qid and judged[i][0].verdict != "supported"]
        mention = mention_of(plans[index], plans[index].main_role or "")[0]
        chosen = (subjects[index] or "", judged[index][0])
        return _one_reading(checker, chosen, others, mention, unknown=False), None
    explanation = checker.explain.ambiguous(
        mention_of(plans[0], plans[0].main_role or "")[0],
        [(qid or "", judgement.verdict) for qid, (judgement, _) in zip(subjects, judged, strict=True)],
        incomplete=False,
    )
    return Judgement("not_enough_info", explanation, policy.confidence.not_enough_info), None


def _subject(plan: ClaimPlan) -> str | None:
    """The KB item the plan reads its main role as (its identity's first candidate)."""
    identity = plan.identities.get(plan.main_role or "")
    return identity.candidates[0] if identity is not None and identity.candidates else None


def _one_reading(
    checker: Checker, chosen: tuple[str, Judgement], others: list[str], mention: str, unknown: bool = True
) -> Judgement:
    """A support that holds under one reading of words that may name others (a pronoun after two names, a
    surname relatives share, the page's title person): a partial support naming the reading it used."""
    qid, judgement = chosen
    support, note = checker.explain.with_reading(judgement.support, mention, qid, others, unknown and bool(others))
    return replace(judgement.hedged(1.0, after=note), support=support)


def _ruled_out(checker: Checker, plan: ClaimPlan, role: str, qid: str, mention: str) -> str | None:
    """Why the reference makes `qid` impossible in `role`, said for the reader; None when it does not:
    a person dead (or unborn) at the date of an event only the living undergo, or a succession the
    reference lists completely that never joins the two."""
    explain = checker.explain
    if sex := _disagrees(checker, plan, role, qid):
        return explain.ruled_out_by_gender(mention, qid, sex)
    if lifetime := checker.ruled_out_by_lifetime(plan, role, qid):
        return explain.ruled_out(mention, qid, *lifetime)
    if succession := checker.ruled_out_by_succession(plan, role, qid):
        return explain.never_followed(mention, qid, succession)
    return None


def _disagrees(checker: Checker, plan: ClaimPlan, role: str, qid: str) -> str | None:
    """The KB's sex of `qid` ("male"/"female") when the text's agreement gives the filler of `role` the
    other gender ("fue detenido", "she"); None when either is unknown or they agree. A masculine plural
    gives no gender (events stage), so a woman of a mixed group is never ruled out."""
    participant = next((p for p in plan.event.participants if p.role == role), None)
    if participant is None or participant.gender is None:
        return None
    sex = checker.view.sex(qid)
    return sex if (sex, participant.gender) in (("male", "Fem"), ("female", "Masc")) else None


def _with_proof(
    checker: Checker, plan: ClaimPlan, judgement: Judgement, policy: VerifyPolicy
) -> tuple[Judgement, Proof | None]:
    """A contradiction keeps its proof, or becomes "not enough info" when who it is about is uncertain. A support
    whose subject the reference may not know all the readings of (someone it cannot identify nearby, the page's
    unknown title person) holds for the one reading it knows: it says so."""
    if judgement.verdict == "supported":
        open_role = next((r for r, i in plan.identities.items() if i.candidates and not i.complete), None)
        if open_role is None:
            return judgement, None
        reading = plan.identities[open_role].candidates[0]
        return _one_reading(checker, (reading, judgement), [], mention_of(plan, open_role)[0]), None
    if judgement.verdict != "contradicted" or judgement.decisive is None or judgement.decisive.check is None:
        return judgement, None
    explain = checker.explain
    finding, check = judgement.decisive, judgement.decisive.check
    roles = [check.mapping.subject]
    compared = {check.property: check.mapping.value, **check.mapping.qualifiers}.get(finding.pid)
    if compared:
        roles.append(compared)
    for role in roles:
        identity = plan.identities.get(role)
        if identity is not None and not identity.certain:
            explanation = explain.identity_uncertain(mention_of(plan, role)[0])
            return Judgement("not_enough_info", explanation, policy.confidence.not_enough_info), None
    role = check.mapping.subject
    identity = plan.identities.get(role) or Identity((check.subject,), "full_name")
    mention = mention_of(plan, role)
    note = explain.identity_note(identity.basis, identity.relation, identity.relative_of, mention[0], check.subject)
    return judgement, explain.proof(finding, identity.basis, note, mention)


def mention_of(plan: ClaimPlan, role: str) -> tuple[str, int, int]:
    """The words (and offsets) naming the filler of `role`; an elided subject gives its antecedent's."""
    participant: Participant | None = next((p for p in plan.event.participants if p.role == role), None)
    if participant is None:
        return "", plan.start, plan.start
    if not (plan.start <= participant.start and participant.end <= plan.end):
        return "", plan.start, plan.start  # a dropped subject: its antecedent's words are another sentence's
    return participant.text.strip() or participant.text, participant.start, participant.end
