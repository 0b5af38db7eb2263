"""Comparison: does one value the text gives agree with one value the KB holds?

Dates at their shared precision (with the Julian reading unless the text names its
calendar, the policy's tolerances — a date met only within one decides nothing — and the
reach of "about"), places through the KB's place hierarchy, entities by identity, closed
values (manner of death) only inside their closed set, and a date against a stay (from its
P580 to its P582) for a state the text places at a date. Which statement is the
text's, and what a disagreement proves, is the policy's (`checker`); the words are the
explainer's (`explain`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cronica.kb.normalize import alias_key
from cronica.languages import languages
from cronica.verify.claims import Check, Claimed
from cronica.verify.dates import PRECISION_RANK, PartialDate, check_precision, checked_dates, compare_dates
from cronica.verify.explain import Explainer
from cronica.verify.findings import Comparison, statement_start
from cronica.verify.places import compare_places, containing_chain, region_of_place
from cronica.verify.policy import VerifyPolicy
from cronica.verify.reference import Fact, ReferenceView


@dataclass(frozen=True)
class Comparer:
    view: ReferenceView
    policy: VerifyPolicy
    #: properties whose values form a closed set (P1196 manner of death → the ontology's manners):
    #: a KB value outside the set is too fine or too coarse to contradict the text's
    closed_values: Mapping[str, frozenset[str]]
    explain: Explainer

    def compare(
        self, claimed: Claimed, reference: Any, pid: str, statement: str = "", fact: Fact | None = None
    ) -> Comparison:
        """Compare one claimed value with one KB value; `statement` is the property a qualifier belongs to,
        `fact` the statement the value comes from (it dates a place: `places.compare_places`)."""
        if claimed.kind == "date":
            return self._compare_dates(claimed, reference, pid, statement, self._journey_from(pid, statement, fact))
        if not isinstance(reference, str) or not isinstance(claimed.value, str):
            return Comparison("unknown", pid, "")
        if claimed.kind == "place":
            return self._compare_places(claimed, reference, pid, fact)
        return self._compare_entities(claimed, reference, pid)

    def _journey_from(self, pid: str, statement: str, fact: Fact | None) -> PartialDate | None:
        """The known start of the journey that began a stay (policy `journey_qualifier` on the statement: the
        order or departure that sent the person there), for the stay's start of a property whose dates a
        journey blurs (`date_tolerance_days`); None where the reference holds none (the tolerance stays)."""
        qualifier = self.policy.journey_qualifier
        if fact is None or not qualifier or pid != "P580" or statement not in self.policy.date_tolerance_days:
            return None
        found = [value for value in fact.qualifier(qualifier) if isinstance(value, PartialDate)]
        return min(found, key=lambda value: checked_dates(value.to_gregorian())[0]) if found else None

    def _compare_dates(
        self, claimed: Claimed, reference: Any, pid: str, statement: str, journey: PartialDate | None = None
    ) -> Comparison:
        confidence = self.policy.confidence
        if not isinstance(reference, PartialDate) or not isinstance(claimed.value, PartialDate):
            return Comparison("unknown", pid, "")
        tolerance = self.policy.date_tolerance_days.get(statement or pid, 0)
        comparison = compare_dates(
            claimed.value, reference, claimed.mod, self.policy.reach, tolerance, claimed.calendar_stated, journey
        )
        if comparison is None:
            return Comparison("unknown", pid, "", is_date=True)
        if comparison.tolerated:
            # near a stay's start or end, which a journey can shift: no proof either way
            text = (
                self.explain.date_in_journey(pid, claimed, reference, journey)
                if journey is not None
                else self.explain.date_near(pid, claimed, reference, comparison.distance)
            )
            return Comparison("unknown", pid, text, is_date=True)
        # what the agreement reached: the text's precision against the shared one (a day against a month value
        # agrees at the month only, and the support says so)
        claimed_precision = check_precision(claimed.value)
        precisions: dict[str, Any] = {"text_precision": claimed_precision, "checked_precision": comparison.precision}
        if PRECISION_RANK[comparison.precision] < PRECISION_RANK[claimed_precision]:
            precisions["scope_note"] = self.explain.support_date_note(
                comparison.precision, claimed_precision, reference
            )
        if comparison.agrees and comparison.old_style:
            text = self.explain.date_agrees(pid, claimed, reference, None)
            return Comparison("agrees", pid, text, confidence.supported.old_style, is_date=True, **precisions)
        if comparison.agrees:
            text = self.explain.date_agrees(pid, claimed, reference, comparison.precision)
            confident = getattr(confidence.supported, comparison.precision)
            return Comparison("agrees", pid, text, confident, is_date=True, **precisions)
        if claimed.inferred_year and self.agrees_in_another_year(claimed, reference, statement or pid):
            # "on 21 August" took its year from another date of the text: what the text says agrees
            return Comparison("unknown", pid, self.explain.date_year_inferred(claimed, reference), is_date=True)
        text = self.explain.date_differs(claimed, reference, comparison.distance)
        if journey is not None:
            # the proof names the journey: the text's date tells neither its start nor its arrival
            text = f"{text} {self.explain.date_outside_journey(claimed, reference, journey)}"
        return Comparison("differs", pid, text, getattr(confidence.contradicted, comparison.precision), is_date=True)

    def _compare_places(self, claimed: Claimed, reference: str, pid: str, fact: Fact | None = None) -> Comparison:
        confidence = self.policy.confidence
        claim = str(claimed.value)
        when = self.view.event_dates(fact) if fact else ()
        match = compare_places(self.view, claim, reference, when)
        if claimed.regions and match in ("same", "within", "wider"):
            regional = self._compare_regions(claimed, reference, pid, when)
            if regional is not None:
                return regional
        if match == "same":
            text = self.explain.values("place_agrees", pid, claim, reference)
            return Comparison("agrees", pid, text, confidence.supported.place)
        if match == "within":
            text = self.explain.values("place_within", pid, claim, reference)
            return Comparison("agrees", pid, text, confidence.supported.place_within)
        if match == "wider":
            # the text's place lies in the reference's ("born in Gori", the reference "Georgia"): only the wider
            # place was checked
            text = self.explain.values("place_wider", pid, claim, reference)
            note = self.explain.support_place_note(claim, reference)
            return Comparison("agrees", pid, text, confidence.supported.place_within, wider_place=True, scope_note=note)
        if match == "differs" and not claimed.hedged:
            text = self.explain.values("place_differs", pid, claim, reference)
            return Comparison("differs", pid, text, confidence.contradicted.place)
        return Comparison("unknown", pid, "")

    def _compare_regions(
        self, claimed: Claimed, reference: str, pid: str, when: Sequence[PartialDate]
    ) -> Comparison | None:
        """The place agrees: each region the text gives it ("Merjeuli, en Armenia") must hold it too. A region the
        KB's containment excludes refutes the place (`place_region`); one it cannot check leaves it unconfirmed,
        never supported on the city's name alone. None when every region holds the place."""
        place = str(claimed.value)
        for region in claimed.regions:
            if region.item is None:
                return Comparison("unknown", pid, self.explain.region_unchecked(pid, reference, region.text))
            # the region must hold the text's place; when the reference's place lies inside it ("born in Ukraine,
            # Russia", the reference Yanovka), holding the reference's place is enough, and only a region both
            # exclude is a proof; a country has no region the KB can exclude (its borders moved: Ukraine in 1879)
            places = [place, reference] if reference != place and self.view.within(reference, place) else [place]
            matches = {region_of_place(self.view, one, region.item, when) for one in places}
            if "holds" in matches or (matches == {"unknown"} and self.view.within(region.item, reference)):
                continue  # (or the text names the reference's own finer place: "Ciudad de México, en Coyoacán")
            if (
                matches == {"excluded"}
                and not self.view.is_country(place)
                and self._by_todays_name(region.item, region.text)
            ):
                chain = containing_chain(self.view, place)
                text = self.explain.region_differs(pid, place, region.text, chain)
                return Comparison("differs", pid, text, self.policy.confidence.contradicted.place, region=region.text)
            return Comparison("unknown", pid, self.explain.region_unchecked(pid, reference, region.text))
        return None

    def _by_todays_name(self, region: str, words: str) -> bool:
        """A region below a country refutes only under its own label: another name may be a historic unit the
        KB folds into today's ("Simbirsk Governorate" held towns of today's Samara Oblast), whose borders
        were not today's. A country's names are read by date (`places.compare_places`)."""
        if self.view.is_country(region):
            return True
        key = alias_key(words)
        return any(alias_key(self.view.label(region, lang)) == key for lang in languages().codes)

    def _compare_entities(self, claimed: Claimed, reference: str, pid: str) -> Comparison:
        confidence = self.policy.confidence
        if claimed.options:
            # a word fitting several values ("shot": homicide or capital punishment): it agrees with any
            if reference in claimed.options:
                text = self.explain.fits(pid, claimed, reference, agrees=True)
                return Comparison("agrees", pid, text, confidence.supported.entity)
            if pid in self.closed_values and reference not in self.closed_values[pid]:
                return Comparison("unknown", pid, "")
            text = self.explain.fits(pid, claimed, reference, agrees=False)
            return Comparison("differs", pid, text, confidence.contradicted.entity)
        if claimed.value == reference:
            text = self.explain.entity_agrees(pid, reference)
            return Comparison("agrees", pid, text, confidence.supported.entity)
        if pid in self.closed_values and reference not in self.closed_values[pid]:
            return Comparison("unknown", pid, "")
        if reference in claimed.judges:  # "murdered" of an execution: a judgement on the trial
            return Comparison("unknown", pid, self.explain.values("entity_judges", pid, str(claimed.value), reference))
        text = self.explain.values("entity_differs", pid, str(claimed.value), reference)
        return Comparison("differs", pid, text, confidence.contradicted.entity)

    def agrees_in_another_year(self, claimed: Claimed, reference: PartialDate, pid: str) -> bool:
        """The text's month and day agree with the reference once the inferred year is set aside."""
        if not isinstance(claimed.value, PartialDate):
            return False
        ref_year = reference.to_gregorian().year
        try:
            moved = dataclasses.replace(claimed.value, year=ref_year)
        except ValueError:  # 29 February in a year without one
            return False
        tolerance = self.policy.date_tolerance_days.get(pid, 0)
        comparison = compare_dates(moved, reference, claimed.mod, self.policy.reach, tolerance, claimed.calendar_stated)
        return comparison is not None and comparison.agrees

    def same_value(self, check: Check, value: Any) -> bool:
        """The statement is the one the text speaks of: same item, a place within, or, for an office,
        a position belonging to the body the text names ("removed from the Politburo")."""
        if self.compare(check.value, value, check.property).outcome == "agrees":
            return True
        if check.property not in self.policy.position_properties or not isinstance(value, str):
            return False
        links = self.policy.position_links
        return any(fact.value == check.value.value for pid in links for fact in self.view.facts(value, pid))

    def departures(self, check: Check, facts: Sequence[Fact]) -> list[Fact]:
        """The residences inside the region the text says the person left that were followed by one
        outside it: leaving the USSR in 1929 ended Alma-Ata, not Moscow (left for Alma-Ata in 1928).

        A stay is no departure while another stay inside the region goes on past its end: leaving
        Moscow for Alma-Ata in 1928 did not take Trotsky out of Russia when the KB says he stayed in
        (Soviet) Russia until 1929."""
        ordered = sorted(facts, key=statement_start)
        inside = [self.same_value(check, fact.value) for fact in ordered]
        # a stay that goes on must lie within the region itself: Russia's stay does not keep him in Moscow
        held = [
            isinstance(check.value.value, str)
            and isinstance(fact.value, str)
            and self.view.within(fact.value, check.value.value)
            for fact in ordered
        ]
        days = [stay_days(fact) for fact in ordered]
        found = []
        for index, fact in enumerate(ordered):
            if not inside[index] or index + 1 >= len(ordered):
                continue
            end = days[index][1]
            goes_on = any(
                held[other] and other != index and days[other][0] <= end < days[other][1]
                for other in range(len(ordered))
            )
            if goes_on:
                continue
            if not inside[index + 1] or any(
                not inside[other] and other > index and days[other][0] >= end for other in range(len(ordered))
            ):
                found.append(fact)
        return found


def stay_holding(date: PartialDate, stays: Sequence[Fact]) -> tuple[Fact, bool]:
    """The first stay the date falls within (and True), else the stay nearest it (and False).

    A state at a date ("lived in France in 1934") holds anywhere within the stay, not only at
    its start; the date is held to the days `compare_dates` holds it to (a season: the years
    of its readings), and a stay with no known start or end reaches back or on indefinitely.
    """
    span = checked_dates(date)
    spans = [(fact, stay_days(fact)) for fact in stays]
    for fact, days in spans:
        if days_apart(span, days) == 0:
            return fact, True
    return min(spans, key=lambda item: days_apart(span, item[1]))[0], False


def stay_days(fact: Fact) -> tuple[dt.date, dt.date]:
    """The first and last day a stay may cover: from its start's first day to its end's last day
    (unbounded where the KB gives no start or no end)."""
    starts = [v for v in fact.qualifier("P580") if isinstance(v, PartialDate)]
    ends = [v for v in fact.qualifier("P582") if isinstance(v, PartialDate)]
    first = starts[0].to_gregorian().span()[0] if starts else dt.date.min
    last = ends[0].to_gregorian().span()[1] if ends else dt.date.max
    return first, last


def date_gap(claimed: Claimed, value: Any) -> int:
    """Days between the text's date and a reference date (0 when either is not a date): the
    nearest of several differing statements is the one a correction names."""
    if not isinstance(claimed.value, PartialDate) or not isinstance(value, PartialDate):
        return 0
    return days_apart(claimed.value.span(), value.to_gregorian().span())


def days_apart(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans of days, first and last (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    return max((a[0] - b[1]).days, 0)
