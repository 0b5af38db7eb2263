"""Bodies named by a common noun phrase: "el seminario", "the seminary", "the Leningrad party organisation".

Texts name an institution by a noun of its class ("fue expulsado del seminario") or by a descriptive phrase
NER splits around a place ("the Leningrad party organisation", where only "Leningrad" is tagged). A claim
about such a body is checked only when the reference leaves one choice, since a wrong body would accuse a
true text:

- **named**: the phrase, without its determiners, is whole a KB name (label or alias) of exactly one item
  that is an instance of something and no place, person or type class ("the Leningrad party organisation");
- **of the person**: the phrase is the name of a class (an item with instances, "seminary"), and the
  person's own statements hold exactly one item of that class (the seminary Stalin attended). The classes
  the linker uses as entity types ("organization", "city", "political party") are too general to name one
  body, and are never read so; "the party" has its own rule (`Verifier.only_party_of`).

- **by counterpart**: the phrase names a class and is joined to a named party ("the peace treaty with
  Germany", "el pacto de no agresión con Alemania"), and exactly one KB instance of that class names that
  party among its signatories or participants (P1891, P710). Another peace treaty with another party
  (Riga, with Poland) has no such statement and stays unresolved.

None or several candidates: unresolved, and the claim stays not_enough_info with the phrase named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cronica.kb.linker import CLASS_LABELS
from cronica.kb.normalize import alias_key
from cronica.verify.reference import ReferenceView

SUBCLASS_OF = "P279"
#: the statements that name a thing's parties: a treaty's signatories and participants
PARTY_PROPERTIES = ("P1891", "P710")
#: labels of the linker's entity types that are never bodies
NOT_BODIES = frozenset({"PER", "LOC"})


@dataclass(frozen=True)
class BodyResolver:
    """Resolves a body's common-noun phrase to the one KB item the reference allows."""

    view: ReferenceView
    is_instance: Callable[[str, Iterable[str]], bool]
    #: classes too general to name one body (the linker's entity types and the office class)
    general_classes: frozenset[str] = field(default_factory=lambda: frozenset(CLASS_LABELS) | {"Q4164871"})

    def named(self, words: str) -> str | None:
        """The one body whose KB name the phrase is, whole."""
        found = {c.qid for c in self._candidates(words)}
        bodies = [qid for qid in sorted(found) if self._is_body(qid)]
        return bodies[0] if len(bodies) == 1 else None

    def of_person(self, person: str, words: str) -> str | None:
        """The one value of the person's statements that is an instance of a class the phrase names."""
        key = alias_key(words)
        values = {
            statement.value
            for statement in self.view.kb.statements(person)
            if isinstance(statement.value, str) and getattr(statement, "rank", "normal") != "deprecated"
        }
        held = sorted(value for value in values if key in self._class_names(value))
        return held[0] if len(held) == 1 else None

    def by_counterpart(self, words: str, counterpart: str) -> str | None:
        """The one thing of the class the phrase names whose parties hold the counterpart ("the peace treaty
        with Germany" → the Treaty of Brest-Litovsk), else None."""
        key = alias_key(words)
        if not key:
            return None
        subjects: Callable[[str, str], list[str]] = getattr(self.view.kb, "subjects", lambda pid, value: [])
        things = {thing for pid in PARTY_PROPERTIES for thing in subjects(pid, counterpart)}
        found = sorted(thing for thing in things if key in self._class_names(thing))
        return found[0] if len(found) == 1 else None

    def _class_names(self, qid: str) -> set[str]:
        """The keys of the names of the item's classes (P31, and their superclasses one step up), save the
        general ones."""
        classes = set(self.view.kb.instance_of(qid)) - self.general_classes
        classes |= {str(f.value) for c in classes for f in self.view.facts(c, SUBCLASS_OF)} - self.general_classes
        names: set[str] = set()
        for cls in classes:
            texts = list(getattr(self.view.kb, "labels", lambda q: {})(cls).values())
            texts += [a for aliases in getattr(self.view.kb, "aliases", lambda q: {})(cls).values() for a in aliases]
            names |= {alias_key(text) for text in texts}
        return names

    def _candidates(self, words: str) -> list[Any]:
        lookup = getattr(self.view.kb, "candidates", None)
        return list(lookup(words)) if lookup is not None and words.strip() else []

    def _is_body(self, qid: str) -> bool:
        classes = self.view.kb.instance_of(qid)
        if not classes:
            return False  # a class or a value ("seminary", "homicide"): no one body
        labels = {CLASS_LABELS[c] for c in classes if c in CLASS_LABELS}
        return not labels & NOT_BODIES
