"""Compare the pack with another KB (live Wikidata when online) and resolve pending QIDs.

Nothing here edits the pack: it reports, and a person decides (a wrong reference fact is
worse than a missing one). Used by scripts/refresh_pack.py; tested offline against the
embedded KB.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cronica.kb.base import KnowledgeBase, TimeValue, is_provisional, is_qid
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


def provisional_entities(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The pack's items that still carry a provisional id (their QID is not confirmed)."""
    return [entity for entity in document["entities"] if is_provisional(entity.get("id"))]


def resolve_pending(pending: list[Mapping[str, Any]], other: KnowledgeBase) -> Iterator[Resolution]:
    """A QID for each provisional item (or legacy pending entry), only when exactly one
    candidate has its start year.

    The start year is the birth (P569) or inception (P571) given in the entry; candidates
    come from `other.candidates` on each of the entry's labels. `key` is the provisional id."""
    for entry in pending:
        key = entry.get("id") or entry["key"]
        year_property = "P569" if "P569" in (entry.get("claims") or {}) else "P571"
        raw_year = (entry.get("claims") or {}).get(year_property)
        if isinstance(raw_year, list):
            raw_year = raw_year[0] if raw_year else None
        if raw_year is None:
            yield Resolution(key, None, "no birth or inception date to check a candidate against")
            continue
        year = _time(raw_year if not isinstance(raw_year, dict) else raw_year["value"], key).year
        qids = {
            c.qid
            for label in (entry.get("label") or {}).values()
            for c in other.candidates(str(label))
            if is_qid(c.qid)
        }
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


def swap_ids(source_text: str, found: Mapping[str, str]) -> str:
    """The pack source with each resolved provisional id replaced by its QID, everywhere it is
    used (the item's own `id:` and every statement pointing at it); the item's `id:` line keeps
    the former id in a comment, so old outputs that carry it can be traced."""
    for provisional, qid in found.items():
        if not (is_provisional(provisional) and is_qid(qid)):
            raise ValueError(f"cannot swap {provisional!r} for {qid!r}")
    if not found:
        return source_text
    token = re.compile("|".join(re.escape(p) for p in sorted(found, key=len, reverse=True)) + r"(?![\w-])")
    own_id = re.compile(r"^\s*-?\s*\{?\s*id:\s*(cronica:[a-z0-9-]+)")
    lines = []
    for line in source_text.splitlines(keepends=True):
        own = own_id.match(line)
        swapped = token.sub(lambda m: found[m.group(0)], line)
        if own and own.group(1) in found:
            body, newline = swapped.rstrip("\n"), swapped[len(swapped.rstrip("\n")) :]
            swapped = f"{body}  # was {own.group(1)}{newline}"
        lines.append(swapped)
    return "".join(lines)
