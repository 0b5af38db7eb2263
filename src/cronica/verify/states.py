"""Continuous states that exclude a repeatable event: a proof that needs no complete list.

Arrests and returns can repeat, so a wrong date for one is refuted only when the reference lists them all.
Some are impossible, though, whatever the list: a person held in custody without release from an arrest until
their death cannot be arrested in between; a person who stayed abroad without a visit home until a known
return cannot have come home before it. The pack records such a state as one statement of the person's
(`resources/states.yaml` says which: a significant event, P793, whose value is the state, with its start P580
and end P582, and for an absence the place P276 the person was away from); each entry names the event types it
excludes, the check they bear on and which end of the state is the true event (the arrest that began a custody,
the return that ended an absence).

The text's date must lie wholly inside the state, at the text's precision: after the start's last day, before
the end's first day (for a state that ended with the person's death, any day after the start), an Old Style
reading of a date before 1918 and, for an absence, a journey's reach before its end (the text may tell the
departure) taken into account. Where the pack holds the journey home's departure (the policy's
`journey_qualifier`, P1319, on the absence), it replaces that reach: the text's date, read in the Gregorian
calendar of the country left, must end before the departure, and read as Old Style too, before the return.
Otherwise nothing is said here and the checker goes on as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from cronica.resources import Schema, load_resource, package_file
from cronica.verify.ages import widened_for_old_style
from cronica.verify.claims import Check
from cronica.verify.dates import RUSSIAN_SWITCH_TO_GREGORIAN, PartialDate, checked_dates, claimed_span
from cronica.verify.reference import Fact, ReferenceView

START, END, DEATH = "P580", "P582", "P570"


class ExcludedEvent(Schema):
    """An event type the state excludes: the property its check bears on and the qualifier holding its date."""

    property: str
    date: str
    #: the ontology mapping's `match` the check must come from ("return": not the "leaving" mapping)
    match: str | None = None


class StateEntry(Schema):
    id: str
    #: the statement that records the state: property and value (P793 significant event, cronica:custody)
    property: str
    value: str
    excludes: dict[str, ExcludedEvent]
    #: which end of the state the excluded event truly is: the arrest began a custody, the return ended an absence
    true_event: Literal["start", "end"]
    #: the qualifier naming the place the person was kept from (an absence abroad: the country); a return is
    #: excluded only into that place or a place within it
    place: str | None = None
    #: the text's date may tell a journey's departure: widen it by the policy's tolerance for the property
    journey_reach: bool = False


class StatesFile(Schema):
    """verify/resources/states.yaml"""

    states: list[StateEntry]


@dataclass(frozen=True)
class StateProof:
    """Why the text's event cannot have happened then: `fact` is the state, `true_date` the event's own date."""

    state: str
    fact: Fact
    start: PartialDate
    end: PartialDate | None
    #: the state ended with the person's death
    until_death: bool
    true_date: PartialDate
    #: the known departure of the journey that ended the state (an absence's journey home), if any
    departure: PartialDate | None = None


@cache
def load_states() -> tuple[StateEntry, ...]:
    data = load_resource(package_file("cronica.verify", "resources", "states.yaml"), StatesFile)
    return tuple(StateEntry.model_validate(entry) for entry in data["states"])


@dataclass
class StateReasoner:
    view: ReferenceView
    #: days a date of the property may lie from the event for a journey (policy `date_tolerance_days`)
    tolerance: Mapping[str, int]
    reach: Mapping[str, int]
    #: the qualifier holding a journey's departure (policy `journey_qualifier`, P1319)
    journey_qualifier: str | None = None

    def excluded(self, event_type: str, check: Check) -> StateProof | None:
        """The state of the check's subject that rules the text's event out at the text's date, if any."""
        for entry, wanted in _entries(event_type, check):
            claimed = check.qualifiers.get(wanted.date)
            if claimed is None or not isinstance(claimed.value, PartialDate) or claimed.inherited or claimed.named:
                continue
            span = self._text_span(check, claimed.value, claimed.mod, claimed.calendar_stated, entry)
            plain = claimed_span(claimed.value, claimed.mod, self.reach)
            if span is None or plain is None:
                continue
            for fact in self.view.facts(check.subject, entry.property):
                if fact.value == entry.value and (proof := self._inside(entry, check, fact, span, plain)):
                    return proof
        return None

    def uncovering(self, event_type: str, check: Check) -> StateProof | None:
        """A state of the kind that would exclude the event, held by the subject, that meets the text's date without
        holding all of it: said in the explanation (which link failed), never a proof."""
        for entry, wanted in _entries(event_type, check):
            claimed = check.qualifiers.get(wanted.date)
            if claimed is None or not isinstance(claimed.value, PartialDate):
                continue
            span = self._text_span(check, claimed.value, claimed.mod, claimed.calendar_stated, entry)
            for fact in self.view.facts(check.subject, entry.property):
                if fact.value != entry.value or (entry.place is not None and not self._into(check, fact, entry.place)):
                    continue
                starts = [v for v in fact.qualifier(START) if isinstance(v, PartialDate)]
                ends = [v for v in fact.qualifier(END) if isinstance(v, PartialDate)]
                if starts and ends:
                    end = ends[0]
                    until_death = self._until_death(check.subject, end)
                    first = checked_dates(starts[0].to_gregorian())[0]
                    last = dt.date.max if until_death else checked_dates(end.to_gregorian())[1]
                    if span is None or span[1] + self._reach(check, entry) < first or span[0] > last:
                        continue  # the state is nowhere near the text's date: it says nothing of it
                    true_date = starts[0] if entry.true_event == "start" else end
                    departure = self._departure(entry, fact)
                    return StateProof(entry.id, fact, starts[0], end, until_death, true_date, departure)
        return None

    def _text_span(
        self, check: Check, date: PartialDate, mod: str | None, calendar_stated: bool, entry: StateEntry
    ) -> tuple[dt.date, dt.date] | None:
        span = claimed_span(date, mod, self.reach)
        if span is None or dt.date.min in span or dt.date.max in span:
            return None
        if not calendar_stated:
            span = widened_for_old_style(span, RUSSIAN_SWITCH_TO_GREGORIAN)
        return span

    def _reach(self, check: Check, entry: StateEntry) -> dt.timedelta:
        """How far past the text's date a journey may end: the text's date may be the journey's departure, a
        journey before the state's end; only its last day moves (a date before the state's start is outside it
        anyway)."""
        return dt.timedelta(days=self.tolerance.get(check.property, 0) if entry.journey_reach else 0)

    def _inside(
        self,
        entry: StateEntry,
        check: Check,
        fact: Fact,
        span: tuple[dt.date, dt.date],
        plain: tuple[dt.date, dt.date],
    ) -> StateProof | None:
        """The state holds the whole of the text's date (`span`: Old Style reading and journey's reach included;
        `plain`: the text's own days, for a known departure)."""
        starts = [v for v in fact.qualifier(START) if isinstance(v, PartialDate)]
        ends = [v for v in fact.qualifier(END) if isinstance(v, PartialDate)]
        if len(starts) != 1 or len(ends) != 1:
            return None  # a state whose ends are unknown, or told two ways, proves nothing
        start, end = starts[0], ends[0]
        if entry.place is not None and not self._into(check, fact, entry.place):
            return None
        until_death = self._until_death(check.subject, end)
        if span[0] <= checked_dates(start.to_gregorian())[1]:
            return None  # the text's date may be the state's first day: the event that began it
        departure = self._departure(entry, fact)
        if departure is not None and not until_death:
            # the journey home is known: the text may tell its departure, which took place abroad, in the
            # Gregorian calendar (its own days must end before it), or the return, read as Old Style too (before it)
            left, back = checked_dates(departure.to_gregorian())[0], checked_dates(end.to_gregorian())[0]
            if plain[1] >= left or span[1] >= back:
                return None
        elif not until_death and span[1] + self._reach(check, entry) >= checked_dates(end.to_gregorian())[0]:
            return None  # it may be the day the state ended, or after
        true_date = start if entry.true_event == "start" else end
        return StateProof(entry.id, fact, start, end, until_death, true_date, departure)

    def _departure(self, entry: StateEntry, fact: Fact) -> PartialDate | None:
        """The one known departure of the journey that ended the state (an absence's journey home), if any."""
        if not entry.journey_reach or not self.journey_qualifier:
            return None
        found = [v for v in fact.qualifier(self.journey_qualifier) if isinstance(v, PartialDate)]
        return found[0] if len(found) == 1 else None

    def _into(self, check: Check, fact: Fact, qualifier: str) -> bool:
        """The text's place is the one the person was kept from, or lies within it (Moscow in Russia)."""
        place = check.value.value
        if check.value.kind != "place" or not isinstance(place, str) or check.value.hedged:
            return False
        kept = [v for v in fact.qualifier(qualifier) if isinstance(v, str)]
        return any(place == region or self.view.within(place, region) for region in kept)

    def _until_death(self, subject: str, end: PartialDate) -> bool:
        """The state's end is the person's death (the same day): no event of the living follows it."""
        deaths = [f.value for f in self.view.facts(subject, DEATH) if isinstance(f.value, PartialDate)]
        if not deaths or end.precision != deaths[0].precision:
            return False
        return all(checked_dates(d.to_gregorian()) == checked_dates(end.to_gregorian()) for d in deaths)


def _entries(event_type: str, check: Check) -> list[tuple[StateEntry, ExcludedEvent]]:
    """The states that exclude the event type, on the check its date is compared in (the mapping's `match`)."""
    found = []
    for entry in load_states():
        wanted = entry.excludes.get(event_type)
        if wanted and wanted.property == check.property and (wanted.match or "") == (check.mapping.match or ""):
            found.append((entry, wanted))
    return found
