"""Offices a person never held: which KB offices a text's title may name, and why none of them was held.

A text's office is read as a set of **readings**: the linked office and every office it is said to be the
same as (`loose_title_properties`, P460: "president of the USSR" said of Kalinin names the chairman of the
Presidium, the head of state non-Soviet sources called president). Each reading is a **post**: the office
and the offices that are the same post under another name (`renaming_properties`, P1365/P1366 between
office items: the Council of People's Commissars' chairman renamed chairman of the Council of Ministers in
1946), followed both ways. A reading is false of a person when

- **anachronism**: every office of its post has an inception (P571) after the person's death, or an
  abolition (P576) before their birth: the post did not exist in their life (an office without P571 may
  have existed: no proof); or
- **never held**: the person's offices are marked complete (`is_complete(person, P39)`) and none of their
  statements is an office of the post, and the office's history was read (it has P571: a renamed
  predecessor the pack lacks would otherwise make a true text look false).

The claim is contradicted only when every reading is false (`checker`); this module only reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cronica.verify.dates import PartialDate
from cronica.verify.reference import Fact, ReferenceView

INCEPTION, ABOLITION, BIRTH, DEATH, POSITION = "P571", "P576", "P569", "P570", "P39"


@dataclass(frozen=True)
class Reading:
    """One office a text's title may name, with the offices that are the same post."""

    office: str
    post: frozenset[str]
    #: the person's statements of an office of this post
    held: tuple[Fact, ...] = ()
    #: the post did not exist in the person's life: (the office's fact that shows it, "after_death"/"before_birth")
    anachronism: tuple[Fact, str] | None = None
    #: the person's offices are listed in full, the post's history was read, and none is of this post
    never_held: bool = False

    @property
    def false(self) -> bool:
        return not self.held and (self.anachronism is not None or self.never_held)


@dataclass(frozen=True)
class OfficeReasoner:
    view: ReferenceView
    renaming_properties: tuple[str, ...] = ("P1365", "P1366")
    loose_title_properties: tuple[str, ...] = ("P460",)
    subjects: Callable[[str, str], Iterable[str]] = lambda pid, value: ()

    def readings(self, person: str, office: str, facts: Sequence[Fact]) -> list[Reading]:
        """Every reading of the text's office for `person`, whose P39 statements are `facts`."""
        offices = [office, *self._linked(office, self.loose_title_properties)]
        life = self._life(person)
        complete = self.view.is_complete(person, POSITION)
        readings = []
        for name in dict.fromkeys(offices):
            post = self._post(name)
            held = tuple(fact for fact in facts if fact.value in post)
            documented = bool(self.view.facts(name, INCEPTION))
            readings.append(
                Reading(name, post, held, self._anachronism(post, life), complete and documented and not held)
            )
        return readings

    def _linked(self, item: str, properties: Iterable[str]) -> list[str]:
        found: list[str] = []
        for pid in properties:
            found += [fact.value for fact in self.view.facts(item, pid) if isinstance(fact.value, str)]
            found += [str(other) for other in self.subjects(pid, item)]
        return found

    def post(self, office: str) -> frozenset[str]:
        """The office and every office that is the same post under another name (renamings, both ways)."""
        return self._post(office)

    def _post(self, office: str) -> frozenset[str]:
        seen, todo = {office}, [office]
        while todo and len(seen) < 12:
            for other in self._linked(todo.pop(), self.renaming_properties):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return frozenset(seen)

    def _life(self, person: str) -> tuple[dt.date | None, dt.date | None]:
        births = [f.value for f in self.view.facts(person, BIRTH) if isinstance(f.value, PartialDate)]
        deaths = [f.value for f in self.view.facts(person, DEATH) if isinstance(f.value, PartialDate)]
        born = min((d.to_gregorian().span()[0] for d in births), default=None)
        died = max((d.to_gregorian().span()[1] for d in deaths), default=None)
        return born, died

    def _anachronism(
        self, post: frozenset[str], life: tuple[dt.date | None, dt.date | None]
    ) -> tuple[Fact, str] | None:
        """The post did not exist in the person's life: every office of it created after the death or
        abolished before the birth (an office with no inception in the KB may have existed)."""
        born, died = life
        shown: list[tuple[Fact, str]] = []
        for office in sorted(post):
            starts = [f for f in self.view.facts(office, INCEPTION) if isinstance(f.value, PartialDate)]
            ends = [f for f in self.view.facts(office, ABOLITION) if isinstance(f.value, PartialDate)]
            late = [f for f in starts if died is not None and f.value.to_gregorian().span()[0] > died]  # type: ignore[union-attr]
            early = [f for f in ends if born is not None and f.value.to_gregorian().span()[1] < born]  # type: ignore[union-attr]
            if late:
                shown.append((late[0], "after_death"))
            elif early:
                shown.append((early[0], "before_birth"))
            else:
                return None
        return shown[0] if shown else None
