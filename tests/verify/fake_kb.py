"""A small in-memory knowledge base with the `KnowledgeBase` methods the verifier calls.

The facts are true and the main QIDs are Wikidata's, but the fixture only needs them to be
consistent: a handful of statements, enough to pin each
comparison rule; unit tests only — the stage runs on the bundled pack.
"""

from __future__ import annotations

from dataclasses import replace

from cronica.kb.base import Candidate, KnowledgeBase, Reference, Statement, TimeValue

JULIAN = "julian"


def FakeTime(year: int, month: int = 0, day: int = 0, precision: int = 11, calendar: str = "gregorian") -> TimeValue:
    """A Wikidata time value (precision 9 year, 10 month, 11 day)."""
    return TimeValue(year, month, day, precision, calendar)  # type: ignore[arg-type]


def FakeStatement(value, qualifiers=None, rank="normal") -> Statement:
    datatype = "time" if isinstance(value, TimeValue) else "wikibase-item"
    return Statement("", "", value, datatype, dict(qualifiers or {}), (Reference(title="test fixture"),), rank)


TROTSKY, LENIN, STALIN, ZINOVIEV, KRUPSKAYA = "Q33391", "Q1394", "Q855", "Q193204", "Q152030"
CPSU, PARTY_CLASS, COMMUNIST_PARTY = "Q79854", "Q7278", "Q1330519"
COYOACAN, MEXICO_CITY, MEXICO, MOSCOW, RUSSIA, GORKI, ALMATY, KAZAKHSTAN = (
    "Q661315", "Q1489", "Q96", "Q649", "Q159", "Q1021648", "Q35493", "Q232",
)  # fmt: skip
PETERSBURG = "Q656"
COMINTERN = "Q107473"
POLITBURO, POLITBURO_MEMBER = "Q106930", "Q2632219"  # illustrative ids
UNSITUATED_PLACE = "Q900000001"  # a place the KB knows by name only (no "located in"), illustrative id
CHAIRMAN_SOVNARKOM, RYKOV = "Q1187591", "Q193214"
# Lenin's father; Trotsky's sons (both named Sedov, as their mother Natalia Sedova)
ILYA_ULYANOV, LEV_SEDOV, SERGEI_SEDOV, NATALIA_SEDOVA = "Q280722", "Q543149", "Q1456019", "Q262376"

LABELS = {
    TROTSKY: {"en": "Leon Trotsky", "es": "León Trotski"},
    LENIN: {"en": "Vladimir Lenin", "es": "Lenin"},
    STALIN: {"en": "Joseph Stalin", "es": "Iósif Stalin"},
    ZINOVIEV: {"en": "Grigory Zinoviev", "es": "Grigori Zinóviev"},
    KRUPSKAYA: {"en": "Nadezhda Krupskaya", "es": "Nadezhda Krúpskaya"},
    CPSU: {"en": "Communist Party of the Soviet Union", "es": "Partido Comunista de la Unión Soviética"},
    COYOACAN: {"en": "Coyoacán", "es": "Coyoacán"},
    MEXICO_CITY: {"en": "Mexico City", "es": "Ciudad de México"},
    MEXICO: {"en": "Mexico", "es": "México"},
    MOSCOW: {"en": "Moscow", "es": "Moscú"},
    RUSSIA: {"en": "Russia", "es": "Rusia"},
    GORKI: {"en": "Gorki Leninskiye", "es": "Gorki Léninskiye"},
    ALMATY: {"en": "Almaty", "es": "Almatý"},
    PETERSBURG: {"en": "Saint Petersburg", "es": "San Petersburgo"},
    UNSITUATED_PLACE: {"en": "Prinkipo", "es": "Prinkipo"},
    COMINTERN: {"en": "Communist International", "es": "Internacional Comunista"},
    POLITBURO: {"en": "Politburo", "es": "Politburó"},
    "Q149086": {"en": "homicide", "es": "homicidio"},
    "Q10737": {"en": "suicide", "es": "suicidio"},
    "Q3882219": {"en": "assassination", "es": "asesinato"},
    POLITBURO_MEMBER: {"en": "member of the Politburo", "es": "miembro del Politburó"},
    CHAIRMAN_SOVNARKOM: {
        "en": "Chairman of the Council of People's Commissars",
        "es": "presidente del Consejo de Comisarios del Pueblo",
    },
    RYKOV: {"en": "Alexei Rykov", "es": "Alekséi Rýkov"},
    ILYA_ULYANOV: {"en": "Ilya Ulyanov", "es": "Iliá Uliánov"},
    LEV_SEDOV: {"en": "Lev Sedov", "es": "León Sedov"},
    SERGEI_SEDOV: {"en": "Sergei Sedov", "es": "Serguéi Sedov"},
    NATALIA_SEDOVA: {"en": "Natalia Sedova", "es": "Natalia Sedova"},
    "Q8454": {"en": "capital punishment", "es": "pena capital"},
}

LOCATED_IN = {
    COYOACAN: [MEXICO_CITY],
    MEXICO_CITY: [MEXICO],
    GORKI: [RUSSIA],
    MOSCOW: [RUSSIA],
    PETERSBURG: [RUSSIA],
    ALMATY: [KAZAKHSTAN],
}

STATEMENTS: dict[tuple[str, str], list[FakeStatement]] = {
    (TROTSKY, "P569"): [FakeStatement(FakeTime(1879, 11, 7))],
    (TROTSKY, "P570"): [FakeStatement(FakeTime(1940, 8, 21))],
    (TROTSKY, "P20"): [FakeStatement(COYOACAN)],
    (TROTSKY, "P1196"): [FakeStatement("Q149086")],
    (TROTSKY, "P21"): [FakeStatement("Q6581097")],
    (TROTSKY, "P102"): [
        FakeStatement(CPSU, {"P580": (FakeTime(1917, precision=9),), "P582": (FakeTime(1927, 11, 12),)})
    ],
    (TROTSKY, "P551"): [
        FakeStatement(ALMATY, {"P580": (FakeTime(1928, 1, precision=10),), "P582": (FakeTime(1929, 1, precision=10),)})
    ],
    # Lenin's birth as Wikidata holds it: 22 April 1870 Gregorian (10 April Old Style)
    (LENIN, "P569"): [FakeStatement(FakeTime(1870, 4, 22))],
    (LENIN, "P570"): [FakeStatement(FakeTime(1924, 1, 21))],
    (LENIN, "P20"): [FakeStatement(GORKI)],
    (LENIN, "P1196"): [FakeStatement("Q3882219")],  # deliberately outside the closed set, for a test
    (LENIN, "P39"): [
        FakeStatement(
            CHAIRMAN_SOVNARKOM, {"P580": (FakeTime(1917, 11, 8),), "P582": (FakeTime(1924, 1, 21),), "P1366": (RYKOV,)}
        )
    ],
    # a Julian reference date: Zinoviev's birth, 11 September 1883 O.S. = 23 September 1883
    (ZINOVIEV, "P569"): [FakeStatement(FakeTime(1883, 9, 11, calendar=JULIAN))],
    (ZINOVIEV, "P570"): [FakeStatement(FakeTime(1936, 8, 25))],
    (KRUPSKAYA, "P21"): [FakeStatement("Q6581072")],
    (KRUPSKAYA, "P570"): [FakeStatement(FakeTime(1939, precision=9))],
    (CPSU, "P31"): [FakeStatement(COMMUNIST_PARTY)],
    (TROTSKY, "P39"): [
        FakeStatement(POLITBURO_MEMBER, {"P580": (FakeTime(1919, 3, 25),), "P582": (FakeTime(1926, 10, 23),)})
    ],
    (POLITBURO_MEMBER, "P361"): [FakeStatement(POLITBURO)],
    (COMINTERN, "P31"): [FakeStatement("Q43229")],  # organization
    (COMINTERN, "P571"): [FakeStatement(FakeTime(1919, 3, 2))],
    (COMINTERN, "P740"): [FakeStatement(MOSCOW)],
    **{(person, "P31"): [FakeStatement("Q5")] for person in (TROTSKY, LENIN, STALIN, ZINOVIEV, KRUPSKAYA, "Q193214")},
    **{(place, "P131"): [FakeStatement(parent) for parent in parents] for place, parents in LOCATED_IN.items()},
    **{(country, "P31"): [FakeStatement("Q6256")] for country in (MEXICO, RUSSIA, KAZAKHSTAN)},
    (COMMUNIST_PARTY, "P279"): [FakeStatement(PARTY_CLASS)],
    # kinship: one father (a person has one), two sons (the fixture does not say it lists all)
    (LENIN, "P22"): [FakeStatement(ILYA_ULYANOV)],
    (ILYA_ULYANOV, "P570"): [FakeStatement(FakeTime(1886, 1, 24))],
    (TROTSKY, "P40"): [FakeStatement(LEV_SEDOV), FakeStatement(SERGEI_SEDOV)],
    (TROTSKY, "P26"): [FakeStatement(NATALIA_SEDOVA)],
    (LEV_SEDOV, "P570"): [FakeStatement(FakeTime(1938, 2, 16))],
    (SERGEI_SEDOV, "P570"): [FakeStatement(FakeTime(1937, 10, 29))],
    (SERGEI_SEDOV, "P1196"): [FakeStatement("Q8454")],
    (NATALIA_SEDOVA, "P570"): [FakeStatement(FakeTime(1962, 1, 23))],
    **{(person, "P21"): [FakeStatement("Q6581097")] for person in (ILYA_ULYANOV, LEV_SEDOV, SERGEI_SEDOV)},
    (NATALIA_SEDOVA, "P21"): [FakeStatement("Q6581072")],
    **{(person, "P31"): [FakeStatement("Q5")] for person in (ILYA_ULYANOV, LEV_SEDOV, SERGEI_SEDOV, NATALIA_SEDOVA)},
}

#: the names the fixture's people carry (alias key → ids), as the embedded KB lists them
ALIASES = {
    "leon trotski": [TROTSKY],
    "trotski": [TROTSKY],
    "lenin": [LENIN],
    "stalin": [STALIN],
    "lev sedov": [LEV_SEDOV],
    "sergei sedov": [SERGEI_SEDOV],
    "natalia sedova": [NATALIA_SEDOVA],
    "ilia ulianov": [ILYA_ULYANOV],
    "bujarin": [],
}


#: properties the fixture marks complete for a person (every membership, office, residence is listed):
#: only then may a repeatable statement that does not match contradict the text
COMPLETE = {(TROTSKY, "P102"), (TROTSKY, "P39"), (TROTSKY, "P551"), (LENIN, "P39")}


class FakeKnowledgeBase(KnowledgeBase):
    name = "embedded"

    def is_complete(self, qid: str, pid: str) -> bool:
        return (qid, pid) in COMPLETE

    def alias_index(self) -> dict[str, list[str]]:
        return {key: list(qids) for key, qids in ALIASES.items()}

    def labels(self, qid: str) -> dict[str, str]:
        return dict(LABELS.get(qid, {}))

    def aliases(self, qid: str) -> dict[str, list[str]]:
        return {}

    def descriptions(self, qid: str) -> dict[str, str]:
        return {}

    def candidates(self, mention: str, lang: str | None = None) -> list[Candidate]:
        return []

    def statements(self, qid: str, pid: str | None = None) -> list[Statement]:
        return [replace(s, subject=qid, property=pid or "") for s in STATEMENTS.get((qid, pid or ""), [])]

    def located_in(self, place: str, region: str) -> bool:
        frontier = [place]
        while frontier:
            current = frontier.pop()
            if current == region:
                return True
            frontier.extend(LOCATED_IN.get(current, []))
        return False

    def exists(self, qid: str) -> bool:
        return qid in LABELS

    def query(self, sparql: str) -> list[dict[str, str]]:
        return []

    def info(self) -> dict[str, object]:
        return {"name": "fake"}
