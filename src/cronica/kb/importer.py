"""`cronica kb import`: stream a Wikidata dump (JSON lines or N-Triples) into a user pack.

Memory stays constant whatever the dump size: one line is read, converted and written
at a time (a class filter on N-Triples keeps only the set of matching QIDs). Malformed
lines are counted, their line numbers kept (the first few), and skipped — never fatal.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pyoxigraph import RdfFormat, parse, serialize

from cronica.errors import CronicaError
from cronica.kb import rdf
from cronica.kb.base import is_pid, is_qid
from cronica.kb.wikidata_json import EntityFormatError, entity_triples, matches

MAX_REPORTED_LINES = 20


@dataclass
class ImportReport:
    lines: int = 0
    entities: int = 0
    kept: int = 0
    triples: int = 0
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    def bad(self, line: int, reason: str) -> None:
        self.malformed += 1
        self.reasons[reason] = self.reasons.get(reason, 0) + 1
        if len(self.malformed_lines) < MAX_REPORTED_LINES:
            self.malformed_lines.append(line)


def parse_conditions(items: list[str]) -> dict[str, set[str]]:
    """`P31=Q5`, `P27=Q15180,Q34266` → {"P31": {"Q5"}, "P27": {...}}."""
    conditions: dict[str, set[str]] = {}
    for item in items:
        pid, sep, values = item.partition("=")
        qids = {value.strip() for value in values.split(",") if value.strip()}
        if not sep or not is_pid(pid.strip()) or not qids or not all(is_qid(q) for q in qids):
            raise CronicaError(f"invalid filter '{item}': expected PID=QID[,QID...], e.g. P31=Q5")
        conditions.setdefault(pid.strip(), set()).update(qids)
    return conditions


def read_ids(path: Path) -> set[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CronicaError(f"cannot read the QID list {path}: {error.strerror}") from None
    ids = {token for token in text.replace(",", " ").split() if token}
    bad = sorted(token for token in ids if not is_qid(token))
    if bad:
        raise CronicaError(f"{path}: not QIDs: {', '.join(bad[:5])}")
    return ids


def open_text(path: Path, wrap: Callable[[IO[bytes]], IO[bytes]] | None = None) -> IO[str]:
    """A dump opened as text, decompressed by suffix (.gz, .bz2, plain)."""
    raw: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by the text wrapper's owner
    if wrap is not None:
        raw = wrap(raw)
    if path.suffix == ".gz":
        raw = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
    elif path.suffix == ".bz2":
        raw = bz2.BZ2File(raw)  # type: ignore[assignment]
    import io

    return io.TextIOWrapper(raw, encoding="utf-8", errors="strict")


def dump_kind(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".gz", ".bz2"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "json"
    if name.endswith(".nt"):
        return "ntriples"
    raise CronicaError(f"{path}: unknown dump format (expected .json, .json.gz, .json.bz2 or .nt[.gz|.bz2])")


def import_dump(
    path: Path,
    output: Path,
    *,
    ids: set[str] | None = None,
    conditions: Mapping[str, set[str]] | None = None,
    wrap: Callable[[IO[bytes]], IO[bytes]] | None = None,
) -> ImportReport:
    """Convert the dump's kept entities to gzipped N-Triples at `output`."""
    if not path.is_file():
        raise CronicaError(f"{path}: no such file")
    kind = dump_kind(path)
    report = ImportReport()
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".part")
    with gzip.open(temporary, "wb") as sink:
        if kind == "json":
            lines = _json_triples(path, report, ids, conditions or {}, wrap)
        else:
            subjects = _matching_subjects(path, conditions) if conditions else None
            lines = _ntriples_lines(path, report, ids, subjects, wrap)
        for line in lines:
            sink.write(line)
    os.replace(temporary, output)
    return report


def _json_triples(
    path: Path,
    report: ImportReport,
    ids: set[str] | None,
    conditions: Mapping[str, set[str]],
    wrap: Callable[[IO[bytes]], IO[bytes]] | None,
) -> Iterator[bytes]:
    with open_text(path, wrap) as handle:
        number = 0
        while True:
            try:
                line = handle.readline()
            except UnicodeDecodeError:
                number += 1
                report.lines += 1
                report.bad(number, "not UTF-8")
                continue
            except (OSError, EOFError) as error:  # truncated compressed stream: keep what was read
                report.bad(number + 1, f"unreadable: {type(error).__name__}")
                break
            if not line:
                break
            number += 1
            report.lines += 1
            text = line.strip().rstrip(",")
            if text in ("", "[", "]"):
                continue
            try:
                entity = json.loads(text)
            except ValueError:
                report.bad(number, "not JSON")
                continue
            if not isinstance(entity, dict):
                report.bad(number, "not an entity object")
                continue
            report.entities += 1
            if ids is not None and entity.get("id") not in ids:
                continue
            if conditions and not matches(entity, conditions):
                continue
            try:
                triples = list(entity_triples(entity))
            except (EntityFormatError, CronicaError, ValueError, TypeError, AttributeError) as error:
                report.bad(number, f"bad entity: {type(error).__name__}")
                continue
            report.kept += 1
            report.triples += len(triples)
            yield serialize(triples, format=RdfFormat.N_TRIPLES)


def _subject_qid(line: str) -> str | None:
    """The entity a triple belongs to: wd:Q…, or the Q… a statement node is named after."""
    if not line.startswith("<"):
        return None
    iri = line[1 : line.find(">")]
    for namespace in (rdf.WD, rdf.WDS):
        local = rdf.local_id(iri, namespace)
        if local is not None:
            qid = local.split("-", 1)[0].split("$", 1)[0]
            return qid if is_qid(qid) else None
    return None


def _matching_subjects(path: Path, conditions: Mapping[str, set[str]]) -> set[str]:
    """First pass for a class filter on N-Triples: the QIDs whose wdt: values meet every condition."""
    met: dict[str, set[str]] = {}
    wanted = {f"<{rdf.WDT}{pid}>": (pid, {f"<{rdf.WD}{q}>" for q in qids}) for pid, qids in conditions.items()}
    with open_text(path) as handle:
        for line in handle:
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] in wanted:
                pid, objects = wanted[parts[1]]
                if parts[2].rstrip(" .\n") in objects:
                    qid = _subject_qid(line)
                    if qid:
                        met.setdefault(qid, set()).add(pid)
    return {qid for qid, pids in met.items() if len(pids) == len(conditions)}


def _ntriples_lines(
    path: Path,
    report: ImportReport,
    ids: set[str] | None,
    subjects: set[str] | None,
    wrap: Callable[[IO[bytes]], IO[bytes]] | None,
) -> Iterator[bytes]:
    """Keep an entity's triples, and the value/reference nodes that follow it (as in Wikidata's dumps)."""
    current: str | None = None
    keep = False
    with open_text(path, wrap) as handle:
        for number, line in enumerate(handle, 1):
            report.lines += 1
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                triples = list(parse(text.encode("utf-8"), format=RdfFormat.N_TRIPLES))
            except SyntaxError:
                report.bad(number, "not N-Triples")
                continue
            qid = _subject_qid(text)
            if qid is not None and qid != current:
                current = qid
                report.entities += 1
                keep = (ids is None or qid in ids) and (subjects is None or qid in subjects)
                report.kept += keep
            elif qid is None and not text.startswith((f"<{rdf.WDV}", f"<{rdf.WDREF}")):
                continue  # a triple about something else (property, sitelink, ontology): not ours
            if keep:
                report.triples += len(triples)
                yield serialize(triples, format=RdfFormat.N_TRIPLES)
