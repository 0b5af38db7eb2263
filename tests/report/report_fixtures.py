"""Analyses built by hand for the report tests: every layer filled, offsets found in the text.

They pin rendering to known layers (independent of what the stages find), using nothing
but the contract's fields; other tests render real pipeline output.
"""

from __future__ import annotations

import hashlib
import re

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

TROTSKY_ES = (
    "León Trotsky nació el 7 de noviembre de 1879 en Yanovka. "
    "En agosto de 1927 fue expulsado del Partido Comunista junto con Zinóviev.\n\n"
    "Según algunos blogs, una sociedad secreta de banqueros controlaba cada uno de sus pasos. "
    "A principios de los años 1930 vivió en Prinkipo. "
    "Fundó la Cuarta Internacional en 1939, cerca de París. "
    "Un día, Ramón Mercader lo atacó en su casa."
)

ALL_STAGES_OK = {name: "ok" for name in ("ingest", "nlp", "timex", "events", "link", "verify", "rhetoric")}


class _Finder:
    """Offsets of the n-th occurrence of a piece of text, so fixtures never hard-code numbers."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, piece: str, nth: int = 0) -> tuple[int, int]:
        starts = [m.start() for m in re.finditer(re.escape(piece), self.text)]
        start = starts[nth]
        return start, start + len(piece)


def document(
    text: str, *, id: str = "trotsky", lang: str = "es", title: str | None = "Trotsky", source: str | None = None
) -> Document:
    return Document(id=id, lang=lang, dct=None, title=title, source=source, chars=len(text),
                    sha256=hashlib.sha256(text.encode()).hexdigest())  # fmt: skip


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Sentences cut after ". " or a blank line: enough for hand-made fixtures."""
    out, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+", text):
        out.append(Sentence(f"s{len(out) + 1}", start, match.start()))
        start = match.end()
    if start < len(text):
        out.append(Sentence(f"s{len(out) + 1}", start, len(text.rstrip())))
    return tuple(out)


def rich_analysis() -> Analysis:
    text = TROTSKY_ES
    f = _Finder(text)

    def entity(id_, piece, label, kb=None, canonical=None, nth=0):
        s, e = f.span(piece, nth)
        return Entity(id_, piece, s, e, label, kb, canonical, 0.9 if kb else None)

    def timex(id_, piece, value, mod=None):
        s, e = f.span(piece)
        return Timex(id_, piece, s, e, "DATE", value, mod, None)

    def trigger(piece):
        s, e = f.span(piece)
        return Trigger(piece, s, e)

    entities = (
        entity("e1", "León Trotsky", "PER", "Q33391", "Leon Trotsky"),
        entity("e2", "Yanovka", "LOC", "Q1011947", "Bereslavka"),
        entity("e3", "Partido Comunista", "ORG", "Q151240", "Communist Party of the Soviet Union"),
        entity("e4", "Zinóviev", "PER", "Q191400", "Grigory Zinoviev"),
        entity("e5", "Prinkipo", "LOC"),
        entity("e6", "Cuarta Internacional", "ORG", "Q208114", "Fourth International"),
        entity("e7", "París", "LOC", "Q90", "Paris"),
        entity("e8", "Ramón Mercader", "PER", "Q355117", "Ramón Mercader"),
    )
    timexes = (
        timex("t1", "7 de noviembre de 1879", "1879-11-07"),
        timex("t2", "agosto de 1927", "1927-08"),
        timex("t3", "principios de los años 1930", "193X", "EARLY"),
        timex("t4", "1939", "1939"),
    )
    sentences = sentences_of(text)

    def sentence_id(piece):
        start = f.span(piece)[0]
        return next(s.id for s in sentences if s.start <= start < s.end)

    def participant(role, entity_):
        return Participant(role, entity_.id, entity_.text, entity_.start, entity_.end)

    events = (
        Event("ev1", "Birth", trigger("nació"), sentence_id("nació"), (participant("person", entities[0]),),
              "t1", "1879-11-07", "e2"),
        Event("ev2", "Expulsion", trigger("expulsado"), sentence_id("expulsado"),
              (participant("person", entities[0]), participant("organization", entities[2])), "t2", "1927-08"),
        Event("ev3", "Residence", trigger("vivió"), sentence_id("vivió"), (), "t3", "193X", "e5"),
        Event("ev4", "Founding", trigger("Fundó"), sentence_id("Fundó"), (participant("founded", entities[5]),),
              "t4", "1939", "e7"),
        Event("ev5", "Attack", trigger("atacó"), sentence_id("atacó"), (participant("agent", entities[7]),)),
    )  # fmt: skip

    def claim(id_, event, piece, verdict, evidence=(), correction=None, explanation=""):
        s, e = f.span(piece)
        return Claim(id_, event, s, e, piece, verdict, evidence, correction, explanation)

    claims = (
        claim("c1", "ev1", "León Trotsky nació el 7 de noviembre de 1879", "supported",
              (Evidence("wikidata", "Q33391", "P569", "1879-11-07", {}, "Wikidata", "https://www.wikidata.org/wiki/Q33391"),),
              explanation="The date of birth matches P569."),
        claim("c2", "ev4", "Fundó la Cuarta Internacional en 1939", "contradicted",
              (Evidence("wikidata", "Q208114", "P571", "1938-09-03", {"P805": "Q1144546"}, "Wikidata",
                        "https://www.wikidata.org/wiki/Q208114"),),
              correction="1938", explanation="The Fourth International was founded in 1938 (P571)."),
        claim("c3", "ev3", "vivió en Prinkipo", "not_enough_info", explanation="No residence statement in the KB."),
        claim("c4", "ev2", "fue expulsado del Partido Comunista", "not_checkable",
              explanation="The pack has no statement for expulsions."),
    )  # fmt: skip
    s, e = f.span("una sociedad secreta de banqueros controlaba")
    flags = (
        Flag("f1", s, e, text[s:e], "conspiracy_narrative",
             "A hidden, powerful group is said to secretly control events.", 0.82, "attributed", "algunos blogs"),
    )  # fmt: skip
    return Analysis(
        document=document(text),
        text=text,
        stages=dict(ALL_STAGES_OK),
        sentences=sentences,
        entities=entities,
        timexes=timexes,
        events=events,
        claims=claims,
        flags=flags,
        rhetoric=Rhetoric(0.71, {"conspiracy_narrative": 1}),
    )


def many_events_analysis(count: int = 2000) -> Analysis:
    """A long chronicle with `count` dated events over three centuries, every verdict and precision."""
    verdicts = ("supported", "contradicted", "not_enough_info", "not_checkable", None)
    pieces, events, timexes, claims, sentences = [], [], [], [], []
    offset = 0
    for i in range(count):
        year = 1700 + (i * 7) % 300
        value, phrase = [
            (f"{year}-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}", f"el {(i % 28) + 1} del mes {(i % 12) + 1} de {year}"),
            (f"{year}-{(i % 12) + 1:02d}", f"en el mes {(i % 12) + 1} de {year}"),
            (str(year), f"en {year}"),
            (f"{str(year)[:3]}X", f"en la década de {str(year)[:3]}0"),
        ][i % 4]
        sentence = f"El hecho número {i} ocurrió {phrase} en la ciudad {i % 50}."
        start = offset
        trig_start = start + sentence.index("ocurrió")
        tx_start = start + sentence.index(phrase)
        sentences.append(Sentence(f"s{i + 1}", start, start + len(sentence)))
        timexes.append(Timex(f"t{i + 1}", phrase, tx_start, tx_start + len(phrase), "DATE", value))
        events.append(Event(f"ev{i + 1}", "Occurrence", Trigger("ocurrió", trig_start, trig_start + 7), f"s{i + 1}",
                            (), f"t{i + 1}", value))  # fmt: skip
        verdict = verdicts[i % len(verdicts)]
        if verdict:
            claims.append(Claim(f"c{len(claims) + 1}", f"ev{i + 1}", start, start + len(sentence), sentence, verdict))
        pieces.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(pieces)
    return Analysis(
        document=document(text, id="chronicle", title="Crónica larga"),
        text=text,
        stages=dict(ALL_STAGES_OK),
        sentences=tuple(sentences),
        timexes=tuple(timexes),
        events=tuple(events),
        claims=tuple(claims),
    )
