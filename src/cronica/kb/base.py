"""The knowledge-base interface every caller codes against (as spaCy's `KnowledgeBase`).

Storage can change (the embedded pyoxigraph pack, live Wikidata) without touching the
linker or the verifier: they only see QIDs, labels, candidates and `Statement`s in
Wikidata's data model (value + qualifiers + references + rank, times with precision
and calendar model).
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeGuard, Union

from cronica.languages import languages
from cronica.timevalue import Calendar, PartialDate, Precision

QID_PATTERN = re.compile(r"^Q[1-9][0-9]{0,11}$")
PID_PATTERN = re.compile(r"^P[1-9][0-9]{0,7}$")
#: an item whose Wikidata QID is not confirmed yet: the project's own id, "cronica:" + a slug of
#: lower-case words ("cronica:lev-kamenev"); never a QID, and stable once given (docs/kb.md)
PROVISIONAL_PATTERN = re.compile(r"^cronica:[a-z][a-z0-9]*(?:-[a-z0-9]+){0,11}$")
PROVISIONAL_PREFIX = "cronica:"
#: the IRI namespace of provisional items (a URN: the project claims no web domain)
PROVISIONAL_NAMESPACE = "urn:cronica:entity:"

Rank = Literal["preferred", "normal", "deprecated"]
DataType = Literal["wikibase-item", "time", "string", "monolingualtext", "quantity", "url", "external-id"]

#: Wikidata's time precisions: 9 = year, 10 = month, 11 = day (coarser ones: 8 decade, 7 century)
PRECISION_YEAR = 9
PRECISION_MONTH = 10
PRECISION_DAY = 11

GREGORIAN_IRI = "http://www.wikidata.org/entity/Q1985727"
JULIAN_IRI = "http://www.wikidata.org/entity/Q1985786"


def is_qid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(QID_PATTERN.match(value))


def is_pid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(PID_PATTERN.match(value))


def is_provisional(value: object) -> bool:
    """True for a provisional item id ("cronica:lev-kamenev"), which no QID can be."""
    return isinstance(value, str) and len(value) <= 72 and bool(PROVISIONAL_PATTERN.match(value))


def is_item_id(value: object) -> bool:
    """A Wikidata QID or a provisional item id: anything the KB may hold as an item."""
    return is_qid(value) or is_provisional(value)


@dataclass(frozen=True, slots=True, order=True)
class TimeValue:
    """A Wikidata time: the KB's form of a `cronica.timevalue.PartialDate`.

    `year`, `month`, `day` are in the calendar named by `calendar`; digits finer than the
    precision are 0 (or 1) and carry no meaning. `precision` is Wikidata's code (7 century,
    8 decade, 9 year, 10 month, 11 day); the codes and the calendar-model IRIs stay here,
    and `as_partial_date()` hands the value to the rest of cronica, which reads time
    values through `cronica.timevalue` alone (spans, Julian days, comparisons).
    """

    year: int
    month: int = 0
    day: int = 0
    precision: int = PRECISION_DAY
    calendar: Calendar = "gregorian"
    #: the calendar the source entered the date in, when read from RDF (always Gregorian there)
    entered_in: Calendar | None = None

    @classmethod
    def parse(cls, text: str, precision: int | None = None, calendar: Calendar = "gregorian") -> TimeValue:
        """From "1927-11-12", "1927-11", "1927" or Wikidata's "+1927-11-12T00:00:00Z"."""
        match = re.match(r"^\s*([+-]?)(\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T[0-9:]*Z?)?\s*$", text)
        if not match:
            raise ValueError(f"not a date: {text!r}")
        sign, year, month, day = match.groups()
        y = int(year) * (-1 if sign == "-" else 1)
        m, d = int(month or 0), int(day or 0)
        if precision is None:
            precision = PRECISION_DAY if d else PRECISION_MONTH if m else PRECISION_YEAR
        if precision < PRECISION_MONTH:
            m = d = 0
        elif precision < PRECISION_DAY:
            d = 0
        return cls(y, m, d, precision, calendar)

    @classmethod
    def from_wikidata(cls, value: str, precision: int, calendar_iri: str | None) -> TimeValue:
        """From Wikidata's RDF: the value is already Gregorian there, the model says how it was entered."""
        parsed = cls.parse(value, precision, "gregorian")
        entered: Calendar = "julian" if calendar_iri == JULIAN_IRI else "gregorian"
        return cls(parsed.year, parsed.month, parsed.day, parsed.precision, "gregorian", entered)

    @property
    def iso(self) -> str:
        """The value cut to its precision, in TIMEX3 form: "1927-11-12", "1927-11", "1927"."""
        if self.precision >= PRECISION_DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == PRECISION_MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def wikidata(self) -> str:
        """Wikidata's lexical form, "+1927-11-12T00:00:00Z" (unknown month/day as 00)."""
        return f"+{self.year:04d}-{self.month:02d}-{self.day:02d}T00:00:00Z"

    @property
    def calendar_iri(self) -> str:
        return JULIAN_IRI if self.calendar == "julian" else GREGORIAN_IRI

    def as_partial_date(self) -> PartialDate | None:
        """The value as cronica's `PartialDate` (a decade as its ten years, a Julian date in its
        calendar); None for what it cannot hold (precisions coarser than a millennium, year 0)."""
        precision = _PRECISION_OF_CODE.get(min(self.precision, PRECISION_DAY))
        if precision is None:
            return None
        month = self.month if self.precision >= PRECISION_MONTH else None
        day = self.day if self.precision >= PRECISION_DAY else None
        try:
            return PartialDate(self.year, month, day, self.calendar, precision)
        except ValueError:
            return None

    def to_gregorian(self) -> TimeValue:
        """The same instant in the Gregorian calendar (only a day-precise date moves)."""
        if self.calendar == "gregorian" or self.precision < PRECISION_DAY:
            return TimeValue(self.year, self.month, self.day, self.precision, "gregorian", self.entered_in)
        day = PartialDate(self.year, self.month, self.day, "julian").to_gregorian()
        assert day.year is not None and day.month is not None and day.day is not None
        return TimeValue(day.year, day.month, day.day, self.precision, "gregorian", "julian")

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and last Gregorian day this value may denote, given its precision and calendar."""
        date = self.as_partial_date()
        if date is None:
            raise ValueError(f"{self.wikidata} (precision {self.precision}) has no span of days")
        return date.span()

    def __str__(self) -> str:
        if self.calendar == "julian":
            return self.iso + " (Julian)"
        return self.iso + (" (entered as Julian)" if self.entered_in == "julian" else "")


#: Wikidata's precision codes as cronica's precisions (finer than a day: read as the day)
_PRECISION_OF_CODE = {
    6: Precision.MILLENNIUM,
    7: Precision.CENTURY,
    8: Precision.DECADE,
    PRECISION_YEAR: Precision.YEAR,
    PRECISION_MONTH: Precision.MONTH,
    PRECISION_DAY: Precision.DAY,
}


Value = Union[str, TimeValue]  # noqa: UP007 - a QID, a TimeValue or a plain string


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a statement comes from: a work (QID, P248 "stated in") and/or a URL (P854)."""

    stated_in: str | None = None
    url: str | None = None
    title: str | None = None

    def describe(self) -> str:
        parts = [part for part in (self.title, self.stated_in, self.url) if part]
        return " — ".join(parts)


@dataclass(frozen=True, slots=True)
class Statement:
    """One Wikidata statement: subject, property, value, qualifiers, references, rank.

    `value` is a QID when `datatype == "wikibase-item"`, a `TimeValue` when "time",
    a string otherwise. `qualifiers` maps a PID to its values (times as `TimeValue`).
    """

    subject: str
    property: str
    value: Value
    datatype: DataType = "wikibase-item"
    qualifiers: Mapping[str, tuple[Value, ...]] = field(default_factory=dict)
    references: tuple[Reference, ...] = ()
    rank: Rank = "normal"
    id: str | None = None

    def qualifier(self, pid: str) -> Value | None:
        """The first value of a qualifier, or None."""
        values = self.qualifiers.get(pid, ())
        return values[0] if values else None

    # builtins.property: the field `property` above shadows the decorator's name in this class body
    @builtins.property
    def source(self) -> str | None:
        """A one-line description of the first reference (for evidence records)."""
        return self.references[0].describe() if self.references else None

    @builtins.property
    def source_url(self) -> str | None:
        return next((ref.url for ref in self.references if ref.url), None)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A KB entity that a mention may denote, found through the alias index."""

    qid: str
    label: str | None
    matched: str
    exact: bool = True
    prior: float = 0.0
    #: the match was on the entity's label (not an alias)
    is_label: bool = False


FATHER, MOTHER, SPOUSE, CHILD, SIBLING, SEX = "P22", "P25", "P26", "P40", "P3373", "P21"
MALE, FEMALE = "Q6581097", "Q6581072"

#: relation → (base relation, sex of the relative or None), for `KnowledgeBase.relatives`
KINSHIP_RELATIONS: Mapping[str, tuple[str, str | None]] = {
    "parent": ("parent", None),
    "father": ("parent", MALE),
    "mother": ("parent", FEMALE),
    "child": ("child", None),
    "son": ("child", MALE),
    "daughter": ("child", FEMALE),
    "spouse": ("spouse", None),
    "husband": ("spouse", MALE),
    "wife": ("spouse", FEMALE),
    "sibling": ("sibling", None),
    "brother": ("sibling", MALE),
    "sister": ("sibling", FEMALE),
}


def _item_sort_key(item: str) -> tuple[int, int, str]:
    """QIDs in numeric order, then provisional ids by name."""
    return (0, int(item[1:]), "") if is_qid(item) else (1, 0, item)


class KnowledgeBase(ABC):
    """Read access to Wikidata-shaped facts; implementations: embedded pack, live Wikidata."""

    #: "embedded" or "wikidata"
    name: str = ""

    # --- names ------------------------------------------------------------------

    @abstractmethod
    def labels(self, qid: str) -> dict[str, str]:
        """Labels by language code ({"en": "Leon Trotsky", "es": "León Trotski"})."""

    @abstractmethod
    def aliases(self, qid: str) -> dict[str, list[str]]:
        """Aliases by language code."""

    @abstractmethod
    def descriptions(self, qid: str) -> dict[str, str]:
        """Descriptions by language code."""

    def label(self, qid: str, lang: str | None = None) -> str | None:
        """The label in `lang`, else the canonical name (languages.yaml `canonical_label`: Wikidata's
        English label), else any; None for an unknown entity."""
        found = self.labels(qid)
        canonical = found.get(languages().canonical_label)
        return (found.get(lang) if lang else None) or canonical or next(iter(found.values()), None)

    @abstractmethod
    def candidates(self, mention: str, lang: str | None = None) -> list[Candidate]:
        """Entities whose label or alias matches `mention` once normalized (accents, case, transliteration)."""

    def alias_index(self) -> Mapping[str, list[str]] | None:
        """Every normalized alias key → QIDs, when the KB can list them all (the embedded pack);
        None for a KB too large to enumerate (live Wikidata). Used to find names NER missed."""
        return None

    def search(self, text: str, limit: int = 20) -> list[Candidate]:
        """Entities for a label typed by a user (`cronica kb search`); candidates by default."""
        return self.candidates(text)[:limit]

    # --- statements -------------------------------------------------------------

    @abstractmethod
    def statements(self, qid: str, pid: str | None = None) -> list[Statement]:
        """The entity's statements for property `pid` (all of them when None), deprecated ones included."""

    def values(self, qid: str, pid: str) -> list[Value]:
        """The values of the non-deprecated statements, preferred ones first."""
        found = [s for s in self.statements(qid, pid) if s.rank != "deprecated"]
        found.sort(key=lambda s: s.rank != "preferred")
        return [s.value for s in found]

    def subjects(self, pid: str, value: str) -> list[str]:
        """Items with a non-deprecated `pid` statement whose value is the item `value` (the inverse
        lookup: who has Trotsky as father?). Empty when the KB cannot answer it."""
        return []

    def is_complete(self, qid: str, pid: str) -> bool:
        """True when the KB knows it holds *every* value of `pid` for the item (all of someone's
        children, all their party memberships), so a value not in it is a real absence. False
        unless the KB can tell (live Wikidata never can: it has no such mark)."""
        return False

    def surname_alone(self, qid: str) -> bool:
        """False when the KB says a bare surname may mean someone else than this item (Ivanov, a
        relative of a more famous bearer), so it names the item only when the document settles who.
        True unless the KB can tell (live Wikidata has no such mark)."""
        return True

    def relatives(self, qid: str, relation: str) -> list[str]:
        """Kin of the item: `relation` is one of `KINSHIP_RELATIONS` (father, mother, parent,
        spouse, husband, wife, child, son, daughter, sibling, brother, sister).

        Read from P22/P25/P26/P40/P3373 in both directions (a father's P40 names his child even
        when the child's P22 is missing) and through shared parents for siblings."""
        if relation not in KINSHIP_RELATIONS:
            raise ValueError(f"unknown relation {relation!r} (choose from: {', '.join(KINSHIP_RELATIONS)})")
        base, sex = KINSHIP_RELATIONS[relation]
        found: set[str] = set()
        if base == "parent":
            found.update(self._item_values(qid, FATHER, MOTHER))
            found.update(self.subjects(CHILD, qid))
        elif base == "child":
            found.update(self._item_values(qid, CHILD))
            found.update(self.subjects(FATHER, qid) + self.subjects(MOTHER, qid))
        elif base == "spouse":
            found.update(self._item_values(qid, SPOUSE))
            found.update(self.subjects(SPOUSE, qid))
        else:  # sibling: stated either way, or a child of one of the same parents
            found.update(self._item_values(qid, SIBLING))
            found.update(self.subjects(SIBLING, qid))
            for parent in self.relatives(qid, "parent"):
                found.update(self.relatives(parent, "child"))
        if base == "parent" and sex is not None:  # a father: the P22 value, or a male parent via P40
            stated = set(self._item_values(qid, FATHER if sex == MALE else MOTHER))
            found = stated | {item for item in found if self._sex(item) == sex}
        elif sex is not None:
            found = {item for item in found if self._sex(item) == sex}
        found.discard(qid)
        return sorted(found, key=_item_sort_key)

    def _item_values(self, qid: str, *pids: str) -> list[str]:
        return [v for pid in pids for v in self.values(qid, pid) if isinstance(v, str) and is_item_id(v)]

    def _sex(self, qid: str) -> str | None:
        values = self._item_values(qid, SEX)
        return values[0] if values else None

    def instance_of(self, qid: str) -> set[str]:
        """The classes the entity is an instance of (P31), not their superclasses."""
        return {value for value in self.values(qid, "P31") if isinstance(value, str)}

    def is_human(self, qid: str) -> bool:
        return "Q5" in self.instance_of(qid)

    @abstractmethod
    def located_in(self, place: str, region: str) -> bool:
        """True when `place` is `region` or lies in it through P131/P17/P361 (transitively)."""

    @abstractmethod
    def exists(self, qid: str) -> bool:
        """True when the KB knows the entity."""

    @abstractmethod
    def query(self, sparql: str) -> list[dict[str, str]]:
        """Run a read-only SPARQL SELECT written by the user (`cronica kb query`); rows of plain strings."""

    # --- about the KB -----------------------------------------------------------

    def entity_url(self, qid: str) -> str:
        """The item's Wikidata page; a provisional item's IRI in the project's namespace."""
        if is_provisional(qid):
            return PROVISIONAL_NAMESPACE + qid[len(PROVISIONAL_PREFIX) :]
        return f"https://www.wikidata.org/wiki/{qid}"

    @abstractmethod
    def info(self) -> dict[str, object]:
        """What this KB is (name, source, counts), for `cronica kb info`."""
