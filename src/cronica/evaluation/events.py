"""Scoring the events stage against a gold set (format: tests/data/events/README.md).

Three comparisons, each as precision/recall/F1 through `scoring.Counts`:
- triples: (type, main participant, date value) — the timeline's backbone;
- pairs: (type, main participant), which does not depend on the timex layer;
- roles: (type, role, filler) for every role, the main one included.
Dates match as TIMEX3 dates (`same_date`: "196X" is "196"; a time of day the gold does not
give is ignored). Participants match by words: a predicted filler matches a gold one when
the content words of one are a subset of the other's ("Trotsky" ~ "León Trotsky"); a pronoun or a
dropped subject is judged by the name it was resolved to. Modality and date accuracy are
also given over the matched pairs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronica.errors import CronicaError
from cronica.events.ontology import load_ontology
from cronica.model import Analysis
from cronica.scoring import Counts

STOPWORDS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "al",
        "lo",
        "su",
        "sus",
        "the",
        "a",
        "an",
        "of",
        "his",
        "her",
        "their",
        "its",
        "to",
    ]
)
GOLD_FORMAT = "cronica-events-gold/1"


@dataclass(frozen=True)
class GoldEvent:
    type: str
    main: str | None
    date: str | None
    modality: str
    roles: dict[str, str]
    #: the text says the event happened again ("de nuevo", "again"): scored over the matched pairs
    repeated: bool = False


@dataclass(frozen=True)
class GoldDocument:
    id: str
    lang: str
    dct: str | None
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class Item:
    """One event reduced to what is scored: type, main filler, date, modality, role fillers."""

    type: str
    main: str | None
    date: str | None
    modality: str
    roles: tuple[tuple[str, str], ...]
    repeated: bool = False


@dataclass
class Report:
    triples: Counts = field(default_factory=Counts)
    pairs: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    matched: int = 0
    modality_right: int = 0
    date_right: int = 0
    repeated_right: int = 0

    def add(self, other: Report) -> None:
        self.triples += other.triples
        self.pairs += other.pairs
        self.roles += other.roles
        self.matched += other.matched
        self.modality_right += other.modality_right
        self.date_right += other.date_right
        self.repeated_right += other.repeated_right

    def as_dict(self) -> dict[str, Any]:
        return {
            "triples": self.triples.as_dict(),
            "type_main": self.pairs.as_dict(),
            "roles": self.roles.as_dict(),
            "matched_pairs": self.matched,
            "modality_accuracy": round(self.modality_right / self.matched, 4) if self.matched else 0.0,
            "date_accuracy": round(self.date_right / self.matched, 4) if self.matched else 0.0,
            "repetition_accuracy": round(self.repeated_right / self.matched, 4) if self.matched else 0.0,
        }


def load_gold(path: Path) -> list[GoldDocument]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CronicaError(f"cannot read gold file {path}: {error.strerror}") from None
    except json.JSONDecodeError as error:
        raise CronicaError(f"{path}: not JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise CronicaError(f'{path}: not an events gold file (expected "format": "{GOLD_FORMAT}")')
    types = load_ontology().types
    documents = []
    for number, doc in enumerate(data.get("documents") or (), start=1):
        try:
            events = tuple(
                GoldEvent(
                    e["type"],
                    e.get("main"),
                    e.get("date"),
                    e.get("modality", "asserted"),
                    dict(e.get("roles") or {}),
                    bool(e.get("repeated", False)),
                )
                for e in doc["events"]
            )
            documents.append(GoldDocument(doc["id"], doc["lang"], doc.get("dct"), doc["text"], events))
        except (KeyError, TypeError) as error:
            raise CronicaError(f"{path}: document {number} lacks a field ({error})") from None
        unknown = sorted({e.type for e in events} - set(types))
        if unknown:
            raise CronicaError(f"{path}: document {doc['id']} uses unknown event types {', '.join(unknown)}")
    return documents


def words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+(?:-\w+)*", (text or "").lower()) if w not in STOPWORDS)


def same_filler(predicted: str | None, gold: str | None) -> bool:
    a, b = words(predicted), words(gold)
    return bool(a and b) and (a <= b or b <= a)


def same_date(predicted: str | None, gold: str | None) -> bool:
    """TIMEX3 values compared as dates: "196X" is "196" (a decade either way), and a time of
    day the gold does not give is ignored ("1828-09-25TNI" is on 1828-09-25)."""
    if predicted is None or gold is None:
        return predicted == gold
    if "T" not in gold:
        predicted = predicted.split("T", 1)[0]
    return predicted.rstrip("X") == gold.rstrip("X")


def gold_items(document: GoldDocument) -> list[Item]:
    ontology = load_ontology()
    items = []
    for event in document.events:
        main_role = ontology.types[event.type].main_role
        roles = [(main_role, event.main)] if event.main else []
        roles += [(role, filler) for role, filler in event.roles.items() if filler]
        items.append(
            Item(ontology.root_type(event.type), event.main, event.date, event.modality, tuple(roles), event.repeated)
        )
    return items


def predicted_items(analysis: Analysis) -> list[Item]:
    ontology = load_ontology()
    names = {entity.id: entity.text for entity in analysis.entities}
    items = []
    for event in analysis.events:
        main_role = ontology.types[event.type].main_role if event.type in ontology.types else "agent"
        roles = tuple((p.role, names.get(p.entity or "", p.text)) for p in event.participants)
        main = next((filler for role, filler in roles if role == main_role), None)
        items.append(
            Item(ontology.root_type(event.type), main, event.time_value, event.modality, roles, event.repeated)
        )
    return items


def _greedy(
    predicted: Sequence[Any], gold: Sequence[Any], same: Callable[[Any, Any], bool]
) -> tuple[Counts, list[tuple[Any, Any]]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for index, p in enumerate(predicted):
            if index not in used and same(p, g):
                used.add(index)
                pairs.append((p, g))
                break
    return Counts(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs)), pairs


#: "alleged" (a claim, rumour or allegation, eleventh session) refines "reported": gold written before the
#: distinction says "reported" for both
_REFINES = {"alleged": "reported"}


def same_modality(predicted: str, gold: str) -> bool:
    return predicted == gold or _REFINES.get(predicted) == gold


def score_document(analysis: Analysis, document: GoldDocument) -> Report:
    predicted, gold = predicted_items(analysis), gold_items(document)
    report = Report()
    report.triples, _ = _greedy(
        predicted, gold, lambda p, g: p.type == g.type and same_date(p.date, g.date) and same_filler(p.main, g.main)
    )
    report.pairs, matched = _greedy(predicted, gold, lambda p, g: p.type == g.type and same_filler(p.main, g.main))
    report.matched = len(matched)
    report.modality_right = sum(same_modality(p.modality, g.modality) for p, g in matched)
    report.date_right = sum(same_date(p.date, g.date) for p, g in matched)
    report.repeated_right = sum(p.repeated == g.repeated for p, g in matched)
    predicted_roles = [(item.type, role, filler) for item in predicted for role, filler in item.roles]
    gold_roles = [(item.type, role, filler) for item in gold for role, filler in item.roles]
    report.roles, _ = _greedy(
        predicted_roles, gold_roles, lambda p, g: p[0] == g[0] and p[1] == g[1] and same_filler(p[2], g[2])
    )
    return report


def evaluate(documents: Iterable[GoldDocument], analyze: Callable[[GoldDocument], Analysis]) -> dict[str, Report]:
    """Reports per language and "all"; `analyze` runs the pipeline on one gold document."""
    reports: dict[str, Report] = {"all": Report()}
    for document in documents:
        report = score_document(analyze(document), document)
        reports.setdefault(document.lang, Report()).add(report)
        reports["all"].add(report)
    return reports
