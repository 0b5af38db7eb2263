"""A succession is two claims: "X was replaced by Y on <date>" says X left the office then AND Y took it then.

One event, two facts about two persons: each is judged apart (its own checks, its own verdict, its own proof),
so a reader sees which of the two the text gets wrong, and a true start is never hidden behind a wrong end.
The roles come from the policy (`two_sided_types`: SUCCESSION → successor, predecessor). A side is judged
when its person is named: on its own checks (the successor's start, the predecessor's end, in the office named
or the one in which the reference says the two followed one another), or, when the KB does not know the
person, as not enough information saying so.

A handover has two ends, the predecessor's leaving and the successor's start, days or weeks apart (a death, an
acting holder between them). A text may date the succession by either end, so one side is never refuted on its
date when the text's date is the other side's (`reconcile`), nor the predecessor's end when his or her term
ended by death shortly before the text's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cronica.model import Participant, Proof
from cronica.verify.claims import ClaimPlan
from cronica.verify.dates import PartialDate, parse_timex_date
from cronica.verify.explain import Explainer
from cronica.verify.findings import Judgement
from cronica.verify.policy import VerifyPolicy
from cronica.verify.reference import ReferenceView

START, END, DEATH = "P580", "P582", "P570"


@dataclass(frozen=True)
class Side:
    """One fact of a two-sided event: the role it is about and the plan that checks it."""

    role: str
    plan: ClaimPlan


@dataclass(frozen=True)
class Judged:
    side: Side
    judgement: Judgement
    proof: Proof | None


def sides(plan: ClaimPlan, roles: Sequence[str], linked: Callable[[Participant], bool]) -> list[Side]:
    """The plan once per role the event names (its own checks, it as the main role); [] when the event does
    not name a person in each role (then the plan stays one claim)."""
    named = {role: [p for p in plan.event.participants if p.role == role] for role in roles}
    if len(roles) != 2 or not all(named.values()):
        return []
    found: list[Side] = []
    for role in roles:
        checks = tuple(check for check in plan.checks if check.mapping.subject == role)
        unknown = not any(linked(p) for p in named[role])
        if not checks and not unknown:
            continue  # nothing to check of this side and nothing to say about it
        found.append(Side(role, replace(plan, checks=checks, main_role=role, main_unlinked=unknown)))
    return found if len(found) == 2 else []


def reconcile(judged: Sequence[Judged], view: ReferenceView, explain: Explainer, policy: VerifyPolicy) -> list[Judged]:
    """Each side's contradiction on its date, unless the text's date is the other end of the handover."""
    result = []
    for index, one in enumerate(judged):
        others = [other for position, other in enumerate(judged) if position != index]
        note = _other_end(one, others, explain) or _after_death(one, view, explain, policy.interregnum_days)
        if note is None:
            result.append(one)
            continue
        decisive = one.judgement.decisive
        notes = [decisive.explanation if decisive else one.judgement.explanation, note]
        judgement = Judgement("not_enough_info", explain.not_enough_info(notes), policy.confidence.not_enough_info)
        result.append(Judged(one.side, judgement, None))
    return result


def _date_refuted(one: Judged) -> tuple[str, PartialDate] | None:
    """The date qualifier a side was refuted on, with the text's date (None when refuted on anything else)."""
    decisive = one.judgement.decisive
    if one.judgement.verdict != "contradicted" or decisive is None or decisive.check is None:
        return None
    # refuted on the date itself, or by another holder of a one-holder office over the date (the date is its link)
    pid = decisive.pid if decisive.pid in (START, END) else None
    if pid is None and decisive.rule == "one_holder":
        pid = next((q for q in (START, END) if q in decisive.check.qualifiers), None)
    claimed = decisive.check.qualifiers.get(pid) if pid else None
    if pid is None or claimed is None or not isinstance(claimed.value, PartialDate):
        return None
    return pid, claimed.value


def _other_end(one: Judged, others: Sequence[Judged], explain: Explainer) -> str | None:
    """The other side is supported on the text's date: the text dates the handover by that end."""
    refuted = _date_refuted(one)
    decisive = one.judgement.decisive
    if refuted is None or decisive is None or decisive.check is None:
        return None
    for other in others:
        if other.judgement.verdict != "supported":
            continue
        dated = [pid for check in other.side.plan.checks for pid, c in check.qualifiers.items() if c.kind == "date"]
        if not dated:
            continue
        pid = dated[0]
        agreed = [e for e in other.judgement.evidence if pid in e.qualifiers]
        value = parse_timex_date(str(agreed[0].qualifiers[pid][0])) if agreed else None
        if value is None:
            continue
        return explain.language.explanation(
            "handover_other_end",
            who=explain.label(agreed[0].subject),
            value=explain.language.phrase("act_took" if pid == START else "act_left"),
            date=explain.describe(value),
            subject=explain.label(decisive.check.subject),
        )
    return None


def _after_death(one: Judged, view: ReferenceView, explain: Explainer, days: int) -> str | None:
    """The predecessor's term ended with his or her death, and the text's date falls within `days` after it."""
    refuted = _date_refuted(one)
    decisive = one.judgement.decisive
    if refuted is None or decisive is None or decisive.pid != END or decisive.check is None or not decisive.evidence:
        return None
    subject = decisive.check.subject
    ends = [v for v in decisive.evidence[0].qualifier(END) if isinstance(v, PartialDate)]
    deaths = [f.value for f in view.facts(subject, DEATH) if isinstance(f.value, PartialDate)]
    for end in ends:
        for death in deaths:
            last = death.to_gregorian().span()[1]
            if end.to_gregorian().span() != death.to_gregorian().span():
                continue
            first = refuted[1].to_gregorian().span()[0]
            if last < first <= last + dt.timedelta(days=days):
                return explain.language.explanation(
                    "handover_after_death", subject=explain.label(subject), date=explain.describe(death)
                )
    return None
