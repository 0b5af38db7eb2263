"""What the verifier needs from a knowledge base, and the plain values it reads from it.

The verifier talks to any `KnowledgeBase` (embedded store, live Wikidata, a fake in
tests) through `ReferenceView`, which turns its statements into plain `Fact`s: QIDs
as strings and time values as `PartialDate`s in their own calendar. Only this module
knows the shape of the KB's value objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cronica.kb.normalize import alias_key
from cronica.verify.dates import PartialDate

FEMALE_ITEMS = frozenset({"Q6581072", "Q1052281"})  # female, trans woman
SEX_OR_GENDER = "P21"
INSTANCE_OF, HUMAN = "P31", "Q5"

Value = str | PartialDate


#: properties that situate a place in a larger one (as the KB's `located_in` follows them)
SITUATING_PROPERTIES = ("P131", "P17", "P361")
#: classes of places that need nothing above them to be situated
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078", "Q3024240", "Q7275"})
#: the statement that dates an event whose place a property holds (born at P19: the date of birth P569)
EVENT_DATE_OF_PLACE = {"P19": "P569", "P20": "P570", "P119": "P570"}
#: qualifiers that date a statement (point in time, start, end)
TIME_QUALIFIERS = ("P585", "P580", "P582")
#: a state's span: inception or start, dissolution or end
STATE_STARTS, STATE_ENDS = ("P571", "P580"), ("P576", "P582")
#: a state a country's name may still mean at an earlier date (Russia → the USSR → Soviet Russia → ...)
REPLACES = "P1365"


class KnowledgeBaseLike(Protocol):
    """The part of `cronica.kb.base.KnowledgeBase` the verifier uses."""

    def statements(self, qid: str, pid: str | None = None) -> Sequence[Any]: ...
    def label(self, qid: str, lang: str = "en") -> str | None: ...
    def located_in(self, place: str, region: str) -> bool: ...
    def instance_of(self, qid: str) -> set[str]: ...
    def entity_url(self, qid: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Fact:
    """One KB statement in plain values: `value` and qualifier values are QIDs, strings or dates."""

    subject: str
    property: str
    value: Value
    qualifiers: Mapping[str, tuple[Value, ...]] = field(default_factory=dict)
    source: str | None = None

    def qualifier(self, pid: str) -> tuple[Value, ...]:
        return self.qualifiers.get(pid, ())


class ReferenceView:
    """Read-only plain view of a knowledge base, with the place hierarchy cached."""

    def __init__(self, kb: KnowledgeBaseLike, name: str | None = None) -> None:
        self.kb = kb
        self.name = name or getattr(kb, "name", "") or "embedded"
        self._situated: dict[str, bool] = {}
        self._carriers: dict[str, set[str]] | None = None
        self._humans: dict[str, bool] = {}

    def facts(self, qid: str, pid: str) -> list[Fact]:
        """Non-deprecated statements as plain facts (a deprecated value is known to be wrong)."""
        statements = [s for s in self.kb.statements(qid, pid) if getattr(s, "rank", "normal") != "deprecated"]
        return [to_fact(qid, pid, statement) for statement in statements]

    def label(self, qid: str, lang: str) -> str:
        return self.kb.label(qid, lang) or self.kb.label(qid, "en") or qid

    def url(self, qid: str) -> str:
        return self.kb.entity_url(qid)

    def sex(self, qid: str) -> str | None:
        values = {fact.value for fact in self.facts(qid, SEX_OR_GENDER)}
        if not values:
            return None
        return "female" if values & FEMALE_ITEMS else "male"

    def is_complete(self, qid: str, pid: str) -> bool:
        """The KB says it lists every value of `pid` for `qid` (so a missing one is a real absence)."""
        check = getattr(self.kb, "is_complete", None)
        return bool(check(qid, pid)) if callable(check) else False

    def surname_alone(self, qid: str, word: str, fold: Callable[[str], str] = lambda w: w) -> bool:
        """False when `word` is one of `qid`'s surnames (the last word of a name of two words or more) and the
        KB says a bare surname may mean someone else than `qid` (kb: `surname_alone: false`)."""
        check = getattr(self.kb, "surname_alone", None)
        if not callable(check) or check(qid):
            return True
        names = list(getattr(self.kb, "labels", lambda q: {})(qid).values())
        names += [alias for aliases in getattr(self.kb, "aliases", lambda q: {})(qid).values() for alias in aliases]
        surnames = {fold(key.split()[-1]) for name in names if len((key := alias_key(name)).split()) > 1}
        return word not in surnames

    def is_human(self, qid: str) -> bool:
        if qid not in self._humans:
            self._humans[qid] = any(fact.value == HUMAN for fact in self.facts(qid, INSTANCE_OF))
        return self._humans[qid]

    def name_carriers(self, word: str, fold: Callable[[str], str] = lambda w: w) -> set[str]:
        """KB persons one of whose names holds `word` (an alias key word, folded by `fold`): the
        people a bare surname may stand for. Empty when the KB cannot list its names (live Wikidata)."""
        if self._carriers is None:
            index = getattr(self.kb, "alias_index", lambda: None)()
            carriers: dict[str, set[str]] = {}
            for key, qids in (index or {}).items():
                for name_word in key.split():
                    carriers.setdefault(fold(name_word), set()).update(qids)
            self._carriers = carriers
        return {qid for qid in self._carriers.get(word, ()) if self.is_human(qid)}

    def is_known_non_human(self, qid: str) -> bool:
        """The KB gives classes for `qid` and none is human (an organization, a work...)."""
        classes = {fact.value for fact in self.facts(qid, INSTANCE_OF)}
        return bool(classes) and HUMAN not in classes

    def within(self, place: str, region: str) -> bool:
        """`place` is `region` or lies in it (transitively, as the KB knows it)."""
        return place == region or bool(self.kb.located_in(place, region))

    def countries(self, place: str, depth: int = 0) -> frozenset[str]:
        """The countries the KB puts `place` in today (itself for a country), following "located in"
        upward; a country the place left (a P17 with an end time: Tbilisi's Soviet Union) is not one."""
        if self.is_country(place):
            return frozenset({place})
        facts = self.facts(place, "P17")
        found = {fact.value for fact in facts if isinstance(fact.value, str) and not fact.qualifier("P582")}
        if depth < 6:
            for fact in self.facts(place, "P131"):
                if isinstance(fact.value, str):
                    found |= self.countries(fact.value, depth + 1)
        return frozenset(found)

    def is_country(self, place: str) -> bool:
        return bool(set(self.kb.instance_of(place)) & COUNTRY_CLASSES)

    def is_dissolved(self, place: str) -> bool:
        """A state that no longer exists (USSR, Russian Empire): its borders are not today's."""
        return bool(self.kb.statements(place, "P576"))

    def placed_within_country(self, place: str) -> bool:
        """The KB says which region below the country holds `place` (P131), not just its country."""
        return bool(self.kb.statements(place, "P131"))

    def states_then(self, place: str, when: Sequence[PartialDate], depth: int = 0) -> frozenset[str]:
        """The states that held `place` at one of the dates `when`, by its dated P17 statements (Tbilisi:
        the Russian Empire to 1918, the Soviet Union 1922-1991), following "located in" upward."""
        found = {
            fact.value
            for fact in self.facts(place, "P17")
            if isinstance(fact.value, str)
            and (fact.qualifier("P580") or fact.qualifier("P582"))
            and _overlaps(when, fact.qualifier("P580"), fact.qualifier("P582"))
        }
        if depth < 6:
            for fact in self.facts(place, "P131"):
                if isinstance(fact.value, str):
                    found |= self.states_then(fact.value, when, depth + 1)
        return frozenset(found)

    def names_then(self, country: str, when: Sequence[PartialDate]) -> frozenset[str]:
        """The states a country's name may mean at one of the dates `when`: those it replaced (P1365,
        transitively) that existed then ("Russia" of 1937: the Soviet Union; of 1879: the Russian Empire)."""
        found: set[str] = set()
        frontier, seen = [country], {country}
        while frontier:
            state = frontier.pop()
            for fact in self.facts(state, REPLACES):
                if isinstance(fact.value, str) and fact.value not in seen:
                    seen.add(fact.value)
                    frontier.append(fact.value)
                    if self._existed(fact.value, when):
                        found.add(fact.value)
        return frozenset(found)

    def _existed(self, state: str, when: Sequence[PartialDate]) -> bool:
        starts = tuple(fact.value for pid in STATE_STARTS for fact in self.facts(state, pid))
        ends = tuple(fact.value for pid in STATE_ENDS for fact in self.facts(state, pid))
        return _overlaps(when, starts[:1], ends[:1])

    def event_dates(self, fact: Fact) -> tuple[PartialDate, ...]:
        """When the statement's place was the place of its event: the statement's own time qualifiers, or
        for a birth or death place the subject's date of birth or death."""
        dates = [v for pid in TIME_QUALIFIERS for v in fact.qualifier(pid) if isinstance(v, PartialDate)]
        date_pid = EVENT_DATE_OF_PLACE.get(fact.property)
        if date_pid:
            dates += [f.value for f in self.facts(fact.subject, date_pid) if isinstance(f.value, PartialDate)]
        return tuple(dates)

    def situated(self, place: str) -> bool:
        """The KB knows where `place` lies (or it is a country): only then may it contradict another place."""
        if place not in self._situated:
            known = any(self.kb.statements(place, pid) for pid in SITUATING_PROPERTIES)
            self._situated[place] = known or bool(set(self.kb.instance_of(place)) & COUNTRY_CLASSES)
        return self._situated[place]


def during(fact: Fact, date: PartialDate) -> bool:
    """The date may fall within the statement's own span, from its start (P580) to its end (P582), open
    where either is unknown."""
    return _overlaps((date,), fact.qualifier("P580"), fact.qualifier("P582"))


def _overlaps(when: Sequence[PartialDate], starts: Sequence[Value], ends: Sequence[Value]) -> bool:
    """One of the dates `when` may fall between the first start and the first end (open where unknown)."""
    first = starts[0].to_gregorian().span()[0] if starts and isinstance(starts[0], PartialDate) else None
    last = ends[0].to_gregorian().span()[1] if ends and isinstance(ends[0], PartialDate) else None
    for date in when:
        low, high = date.to_gregorian().span()
        if (first is None or high >= first) and (last is None or low <= last):
            return True
    return False


def to_fact(subject: str, pid: str, statement: Any) -> Fact:
    qualifiers = getattr(statement, "qualifiers", {}) or {}
    plain = {key: tuple(to_value(v) for v in _as_tuple(values)) for key, values in qualifiers.items()}
    return Fact(subject, pid, to_value(statement.value), plain, _source_of(statement))


def to_value(value: Any) -> Value:
    """A KB value as a QID/string or, for time values, a `PartialDate` in its own calendar.

    A KB time reads itself (`as_partial_date`: Wikidata's precision codes and calendar models
    stay in cronica.kb); one the verifier cannot place in AD 1-9999 (before Christ, an
    unknown precision) stays its text, which no date is compared with.
    """
    if isinstance(value, PartialDate):
        return value
    as_partial_date = getattr(value, "as_partial_date", None)
    if callable(as_partial_date):
        date = as_partial_date()
        if isinstance(date, PartialDate) and date.year is not None and 1 <= date.year <= 9999:
            return date
        return str(value)
    return str(getattr(value, "qid", None) or getattr(value, "id", None) or value)


def _as_tuple(values: Any) -> tuple[Any, ...]:
    if isinstance(values, (list, tuple, set, frozenset)):
        return tuple(values)
    return (values,)


def _source_of(statement: Any) -> str | None:
    for name in ("source", "reference", "references"):
        value = getattr(statement, name, None)
        if value:
            return value if isinstance(value, str) else "; ".join(str(item) for item in value)
    return None
