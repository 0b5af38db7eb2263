"""Compare the pack with another KB (live Wikidata when online) and resolve pending QIDs.

Nothing here edits the pack: it reports, and a person decides (a wrong reference fact is
worse than a missing one). Used by scripts/refresh_pack.py; tested offline against the
embedded KB.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cronica.kb.base import KnowledgeBase, TimeValue
from cronica.kb.pack import PROPERTY_TYPES, _time


@dataclass(frozen=True)
class Comparison:
    qid: str
    property: str
    pack_value: str
    status: str  # "agrees" | "differs" | "missing"
    other_values: tuple[str, ...] = ()


def _plain(value: Any) -> str:
    if isinstance(value, TimeValue):
        return value.iso
    return str(value)


def _pack_value(pid: str, raw: Any, where: str) -> str:
    if PROPERTY_TYPES.get(pid) == "time":
        return _time(raw, where).to_gregorian().iso
    if PROPERTY_TYPES.get(pid) == "monolingualtext":
        return str(raw).rpartition("@")[0]
    return str(raw)


def compare_pack(document: Mapping[str, Any], other: KnowledgeBase) -> Iterator[Comparison]:
    """For each statement of the pack: does `other` hold the same main value?"""
    for entity in document["entities"]:
        qid = entity["id"]
        for pid, raw in (entity.get("claims") or {}).items():
            claims = raw if isinstance(raw, list) else [raw]
            theirs = tuple(sorted({_plain(s.value) for s in other.statements(qid, pid) if s.rank != "deprecated"}))
            for claim in claims:
                value = claim["value"] if isinstance(claim, dict) else claim
                ours = _pack_value(pid, value, f"{qid} {pid}")
                if not theirs:
                    yield Comparison(qid, pid, ours, "missing")
                elif ours in theirs:
                    yield Comparison(qid, pid, ours, "agrees", theirs)
                else:
                    yield Comparison(qid, pid, ours, "differs", theirs)


@dataclass(frozen=True)
class Resolution:
    key: str
    qid: str | None
    reason: str


def resolve_pending(pending: list[Mapping[str, Any]], other: KnowledgeBase) -> Iterator[Resolution]:
    """A QID for each pending entry, only when exactly one candidate has its start year.

    The start year is the birth (P569) or inception (P571) given in the entry; candidates
    come from `other.candidates` on each of the entry's labels."""
    for entry in pending:
        key = entry["key"]
        year_property = "P569" if "P569" in (entry.get("claims") or {}) else "P571"
        raw_year = (entry.get("claims") or {}).get(year_property)
        if raw_year is None:
            yield Resolution(key, None, "no birth or inception date to check a candidate against")
            continue
        year = _time(raw_year if not isinstance(raw_year, dict) else raw_year["value"], key).year
        qids = {c.qid for label in entry["label"].values() for c in other.candidates(str(label))}
        fitting = sorted(
            qid
            for qid in qids
            if any(isinstance(v, TimeValue) and v.year == year for v in other.values(qid, year_property))
        )
        if len(fitting) == 1:
            yield Resolution(key, fitting[0], f"only candidate with {year_property} in {year}")
        elif fitting:
            yield Resolution(key, None, f"ambiguous: {', '.join(fitting)}")
        else:
            yield Resolution(key, None, f"no candidate among {len(qids)} has {year_property} in {year}")
