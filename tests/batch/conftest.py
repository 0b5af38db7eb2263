"""Small corpora written here (Spanish and English) and hand-built analyses for store tests."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cronica.ingest import sha256_of
from cronica.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Evidence,
    Flag,
    Participant,
    Rhetoric,
    Sentence,
    Timex,
    Trigger,
)
from cronica.options import PIPELINE_STAGES

SPANISH = (
    "En {year} {person} llegó a {city} y fue recibido por una multitud.",
    "La asamblea de {city} se reunió en {year} para debatir la propuesta de {person}.",
    "{person} publicó sus memorias en {city} en {year}.",
)
ENGLISH = (
    "In {year} {person} arrived in {city} and was met by a crowd.",
    "The council of {city} met in {year} to discuss the proposal by {person}.",
    "{person} published a memoir in {city} in {year}.",
)
PEOPLE = ("Rosa Luxemburgo", "Simón Bolívar", "Clara Campoamor", "Frederick Douglass", "Ada Lovelace")
CITIES = ("Sevilla", "Lima", "Boston", "Valparaíso", "Manchester")


def corpus_texts(count: int) -> list[tuple[str, str, str]]:
    """(id, lang, text) triples, half Spanish and half English, every text different."""
    texts = []
    for i in range(count):
        lang, templates = ("es", SPANISH) if i % 2 == 0 else ("en", ENGLISH)
        template = templates[i % len(templates)]
        text = template.format(year=1800 + i % 200, person=PEOPLE[i % len(PEOPLE)], city=CITIES[(i // 5) % len(CITIES)])
        texts.append((f"doc-{i:05d}", lang, f"{text} (n.º {i})"))
    return texts


def write_jsonl(path: Path, texts: list[tuple[str, str, str]], *, gz: bool = False) -> Path:
    records = ({"id": i, "lang": lang, "text": text} for i, lang, text in texts)
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


@pytest.fixture
def small_jsonl(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "corpus.jsonl", corpus_texts(12))


@pytest.fixture
def corpus():
    """The corpus helpers, as a fixture (test modules cannot import conftest under importlib mode)."""

    class Helpers:
        texts = staticmethod(corpus_texts)
        jsonl = staticmethod(write_jsonl)

    return Helpers


def make_analysis(
    doc_id: str,
    text: str,
    *,
    lang: str = "es",
    dct: str | None = None,
    entities: tuple[Entity, ...] = (),
    timexes: tuple[Timex, ...] = (),
    events: tuple[Event, ...] = (),
    claims: tuple[Claim, ...] = (),
    flags: tuple[Flag, ...] = (),
    rhetoric: Rhetoric | None = None,
) -> Analysis:
    document = Document(id=doc_id, lang=lang, dct=dct, title=None, source=None, chars=len(text), sha256=sha256_of(text))
    return Analysis(
        document=document,
        text=text,
        stages=dict.fromkeys(PIPELINE_STAGES, "ok"),
        sentences=(Sentence("s1", 0, len(text)),),
        entities=entities,
        timexes=timexes,
        events=events,
        claims=claims,
        flags=flags,
        rhetoric=rhetoric or Rhetoric(),
    )


def span(text: str, part: str, start_at: int = 0) -> tuple[int, int]:
    start = text.index(part, start_at)
    return start, start + len(part)


def entity(text: str, id: str, part: str, label: str, kb_id: str | None = None, canonical: str | None = None) -> Entity:
    start, end = span(text, part)
    return Entity(id=id, text=part, start=start, end=end, label=label, kb_id=kb_id, canonical=canonical)  # type: ignore[arg-type]


def timex(text: str, id: str, part: str, value: str) -> Timex:
    start, end = span(text, part)
    return Timex(id=id, text=part, start=start, end=end, type="DATE", value=value)


def event(
    text: str, id: str, trigger: str, type: str, participants: list[tuple[str, str, str]],
    time: str | None = None, time_value: str | None = None, place: str | None = None,
) -> Event:  # fmt: skip
    start, end = span(text, trigger)
    people = []
    for role, entity_id, part in participants:
        p_start, p_end = span(text, part)
        people.append(Participant(role=role, entity=entity_id, text=part, start=p_start, end=p_end))
    return Event(
        id=id, type=type, trigger=Trigger(trigger, start, end), sentence="s1", participants=tuple(people),
        time=time, time_value=time_value, place=place,
    )  # fmt: skip


def claim(text: str, id: str, part: str, verdict: str, correction: str | None = None, evidence=()) -> Claim:
    start, end = span(text, part)
    return Claim(
        id=id, event="ev1", start=start, end=end, text=part, verdict=verdict,  # type: ignore[arg-type]
        correction=correction, explanation=f"{verdict} by the KB", evidence=tuple(evidence),
    )  # fmt: skip


def flag(text: str, id: str, part: str, technique: str) -> Flag:
    start, end = span(text, part)
    return Flag(id=id, start=start, end=end, text=part, technique=technique, explanation="loaded", confidence=0.8)


@pytest.fixture
def hand_analyses() -> list[Analysis]:
    """Four documents with every layer filled by hand, as the later stages will fill them."""
    a = (
        "El 7 de noviembre de 1917 Lenin encabezó la toma del Palacio de Invierno en Petrogrado. "
        "Trotski dirigió el Comité Militar Revolucionario."
    )
    doc_a = make_analysis(
        "revolucion-es", a, lang="es", dct="1967-11-07",
        entities=(
            entity(a, "e1", "Lenin", "PER", "Q1394", "Vladimir Lenin"),
            entity(a, "e2", "Palacio de Invierno", "LOC", "Q133274", "Winter Palace"),
            entity(a, "e3", "Petrogrado", "LOC", "Q656", "Saint Petersburg"),
            entity(a, "e4", "Trotski", "PER", "Q33391", "Leon Trotsky"),
        ),
        timexes=(timex(a, "t1", "7 de noviembre de 1917", "1917-11-07"),),
        events=(
            event(a, "ev1", "toma", "attack", [("agent", "e1", "Lenin")], "t1", "1917-11-07", "e3"),
            event(a, "ev2", "dirigió", "leadership", [("agent", "e4", "Trotski")]),
        ),
        claims=(claim(a, "c1", "El 7 de noviembre de 1917 Lenin encabezó la toma", "supported"),),
    )  # fmt: skip
    b = "Vladimir Ulyanov died in Moscow in 1925. The Soviet Union was founded in December 1922."
    evidence = Evidence(kb="wikidata", subject="Q1394", property="P570", value="1924-01-21", source="Wikidata")
    doc_b = make_analysis(
        "lenin-en", b, lang="en", dct="2020-03-15",
        entities=(
            entity(b, "e1", "Vladimir Ulyanov", "PER", "Q1394", "Vladimir Lenin"),
            entity(b, "e2", "Moscow", "LOC", "Q649", "Moscow"),
            entity(b, "e3", "Soviet Union", "LOC", "Q15180", "Soviet Union"),
        ),
        timexes=(timex(b, "t1", "1925", "1925"), timex(b, "t2", "December 1922", "1922-12")),
        events=(
            event(b, "ev1", "died", "death", [("patient", "e1", "Vladimir Ulyanov")], "t1", "1925", "e2"),
            event(b, "ev2", "founded", "founding", [("theme", "e3", "Soviet Union")], "t2", None),
        ),
        claims=(
            claim(b, "c1", "Vladimir Ulyanov died in Moscow in 1925", "contradicted", "1924-01-21", [evidence]),
        ),
    )  # fmt: skip
    c = "Las élites globalistas ocultan la verdad: el plan secreto de Davos controla a los gobiernos títeres."
    doc_c = make_analysis(
        "davos-es", c, lang="es", dct="2020-03-20",
        flags=(
            flag(c, "f1", "élites globalistas", "name_calling"),
            flag(c, "f2", "plan secreto", "conspiracy_narrative"),
            flag(c, "f3", "gobiernos títeres", "loaded_language"),
        ),
        rhetoric=Rhetoric(conspiracy_probability=0.91, techniques={"name_calling": 1, "conspiracy_narrative": 1}),
    )  # fmt: skip
    d = "Big Pharma puppets hide the truth from you."
    doc_d = make_analysis(
        "pharma-en", d, lang="en", dct="2021-01-05",
        flags=(flag(d, "f1", "puppets", "name_calling"),),
        rhetoric=Rhetoric(conspiracy_probability=0.7, techniques={"name_calling": 1}),
    )  # fmt: skip
    return [doc_a, doc_b, doc_c, doc_d]
