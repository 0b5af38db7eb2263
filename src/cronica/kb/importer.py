"""`cronica kb import`: build a user pack from a Wikidata dump, in parallel, resumable.

A JSON dump (Wikidata's `latest-all.json[.gz|.bz2]` shape: a JSON array, one entity a
line) is cut into byte-range splits of the file as stored (`cronica.kb.dump_splits`);
each split is streamed and converted on a Dask worker (a LocalCluster by default, or an
existing scheduler) into its own gzipped N-Triples part; the ledger of the work folder
(`cronica.kb.import_ledger`) records each finished split, so a killed import resumes
where it stopped; the parts are finally concatenated into the pack. Memory is flat in
the size of the dump: a worker holds one compressed unit and one line at a time, the
driver only the ledger. Malformed lines are counted, located and skipped, never fatal.

N-Triples dumps are streamed in one pass in this process (a class filter makes a first
pass that keeps only the set of matching QIDs): their entities are not one line each,
so a byte range cannot be cut between two of them.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

from pyoxigraph import RdfFormat, parse

from cronica.errors import CronicaError
from cronica.kb import rdf
from cronica.kb.base import is_pid, is_qid
from cronica.kb.dump_splits import Split, SplitPlan, plan_splits, split_lines
from cronica.kb.import_ledger import MANIFEST_VERSION, WorkFolder, part_name, work_folder
from cronica.kb.wikidata_json import EntityFormatError, entity_triples, matches

MAX_REPORTED_LINES = 20
#: split size by default: small enough to spread a 1 GB dump over many workers and to lose
#: little on a kill, large enough that the ledger of a 100 GB dump stays a few thousand lines
DEFAULT_SPLIT_BYTES = 64 << 20
#: splits queued per worker beyond the one it works on
QUEUED_PER_WORKER = 1
#: the output parts are compressed fast: the pack is read once, by the KB cache build
PART_COMPRESSLEVEL = 5

Progress = Callable[[int, int], None]
#: what a split reports back and the ledger keeps
SPLIT_COUNTS = ("lines", "entities", "kept", "triples", "malformed", "malformed_lines", "reasons")


@dataclass
class ImportReport:
    lines: int = 0
    entities: int = 0
    kept: int = 0
    triples: int = 0
    malformed: int = 0
    #: where the first malformed lines are: a line number, or "split N line M" for a split dump
    malformed_lines: list[int | str] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)
    splits: int = 1
    resumed_splits: int = 0
    note: str = ""

    def bad(self, line: int | str, reason: str) -> None:
        self.malformed += 1
        self.reasons[reason] = self.reasons.get(reason, 0) + 1
        if len(self.malformed_lines) < MAX_REPORTED_LINES:
            self.malformed_lines.append(line)

    def add(self, other: Mapping[str, Any]) -> None:
        """Sum a split's counts into this report."""
        for name in ("lines", "entities", "kept", "triples", "malformed"):
            setattr(self, name, getattr(self, name) + int(other.get(name, 0)))
        for reason, count in (other.get("reasons") or {}).items():
            self.reasons[reason] = self.reasons.get(reason, 0) + int(count)
        room = MAX_REPORTED_LINES - len(self.malformed_lines)
        self.malformed_lines.extend(list(other.get("malformed_lines") or [])[: max(room, 0)])


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


def parse_size(text: str) -> int:
    """`64M`, `512K`, `1G`, `1000` → bytes."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    cleaned = text.strip().upper().removesuffix("B")
    factor = units.get(cleaned[-1:], 1)
    digits = cleaned[:-1] if cleaned[-1:] in units else cleaned
    if not digits.isdigit() or int(digits) * factor < 1 or len(digits) > 12:
        raise CronicaError(f"invalid split size '{text}': expected a number of bytes such as 64M, 512K or 1G")
    return int(digits) * factor


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
        raw = bz2.BZ2File(raw)
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
    workers: int = 1,
    scheduler: str | None = None,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
    restart: bool = False,
    engine: str = "dask",
    progress: Progress | None = None,
    wrap: Callable[[IO[bytes]], IO[bytes]] | None = None,
) -> ImportReport:
    """Convert the dump's kept entities to gzipped N-Triples at `output`.

    JSON dumps run split by split on Dask (`engine="inline"` runs the splits in this
    process, for small files and tests) and resume after a kill; `progress(done, total)`
    gets bytes of the dump. `wrap` (a progress reader) follows the file when it is read in this process."""
    if not path.is_file():
        raise CronicaError(f"{path}: no such file")
    if dump_kind(path) == "ntriples":
        return _import_ntriples(path, output, ids, conditions, wrap)
    if workers < 1:
        raise CronicaError("--workers must be at least 1")
    plan = plan_splits(path, split_bytes)
    job = ImportJob.of(path, plan, ids, conditions or {}, work_folder(output))
    folder = WorkFolder(work_folder(output))
    resumed = folder.start(job.manifest(path, plan), restart)
    done = folder.committed() if resumed else {}
    report = ImportReport(splits=len(plan.splits), resumed_splits=len(done), note=plan.note)
    total = sum(split.size for split in plan.splits)
    finished = sum(plan.splits[index].size for index in done)
    if progress:
        progress(finished, total)

    def on_result(index: int, result: dict[str, Any]) -> None:
        nonlocal finished
        done[index] = folder.commit(index, result)
        finished += plan.splits[index].size
        if progress:
            progress(finished, total)

    pending = [split for split in plan.splits if split.index not in done]
    if pending:
        if engine == "inline" or (len(pending) == 1 and scheduler is None):
            for split in pending:
                on_result(split.index, convert_split(job, split, wrap))
        elif engine == "dask":
            _run_on_dask(job, pending, workers, scheduler, on_result)
        else:
            raise CronicaError(f"unknown import engine '{engine}' (dask or inline)")
    for index in sorted(done):
        report.add(done[index].report)
    folder.merge(done, output)
    return report


@dataclass(frozen=True)
class ImportJob:
    """What a worker needs to convert one split: picklable, shipped once to each worker."""

    dump: str
    compression: str
    ids: frozenset[str] | None
    conditions: tuple[tuple[str, tuple[str, ...]], ...]
    parts: str
    single_split: bool

    @classmethod
    def of(
        cls, path: Path, plan: SplitPlan, ids: set[str] | None, conditions: Mapping[str, set[str]], parts: Path
    ) -> ImportJob:
        frozen = tuple(sorted((pid, tuple(sorted(qids))) for pid, qids in conditions.items()))
        keep = frozenset(ids) if ids is not None else None
        return cls(str(path.resolve()), plan.compression, keep, frozen, str(parts), len(plan.splits) == 1)

    def manifest(self, path: Path, plan: SplitPlan) -> dict[str, Any]:
        """What must not change between a run and its resumption."""
        stat = path.stat()
        return {
            "version": MANIFEST_VERSION,
            "dump": self.dump,
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "ids": sorted(self.ids) if self.ids is not None else None,
            "conditions": [[pid, list(qids)] for pid, qids in self.conditions],
            "splits": [[split.start, split.end] for split in plan.splits],
        }


def convert_split(job: ImportJob, split: Split, wrap: Callable[[IO[bytes]], IO[bytes]] | None = None) -> dict[str, Any]:
    """Convert one split's entities into its part file (written atomically); its counts as a dict.

    `wrap` (a progress reader) only when the split runs in the command's own process."""
    report = ImportReport()
    conditions = {pid: set(qids) for pid, qids in job.conditions}
    final = Path(job.parts) / part_name(split.index)
    temporary = final.with_name(f"{final.name}.tmp-{os.getpid()}")
    with open(temporary, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=PART_COMPRESSLEVEL, mtime=0) as sink:
            for chunk in _json_triples(job, split, report, conditions, wrap):
                sink.write(chunk)
        raw.flush()
        os.fsync(raw.fileno())
    os.replace(temporary, final)
    counts = asdict(report)
    return {key: counts[key] for key in SPLIT_COUNTS}


def _json_triples(
    job: ImportJob,
    split: Split,
    report: ImportReport,
    conditions: Mapping[str, set[str]],
    wrap: Callable[[IO[bytes]], IO[bytes]] | None,
) -> Iterator[bytes]:
    number = 0
    lines = split_lines(Path(job.dump), job.compression, split, wrap)
    while True:
        try:
            line = next(lines, None)
        except (OSError, EOFError) as error:  # a truncated or corrupt archive: keep what was read
            report.bad(_where(job, split, number + 1), f"unreadable: {type(error).__name__}")
            break
        if line is None:
            break
        number += 1
        report.lines += 1
        where = _where(job, split, number)
        if not line:
            report.bad(where, "line too long")
            continue
        text = line.strip().rstrip(b",")
        if text in (b"", b"[", b"]"):
            continue
        try:
            entity = json.loads(text.decode("utf-8"))
        except UnicodeDecodeError:
            report.bad(where, "not UTF-8")
            continue
        except ValueError:
            report.bad(where, "not JSON")
            continue
        if not isinstance(entity, dict):
            report.bad(where, "not an entity object")
            continue
        report.entities += 1
        if job.ids is not None and entity.get("id") not in job.ids:
            continue
        if conditions and not matches(entity, conditions):
            continue
        try:
            triples = list(entity_triples(entity))
        except (EntityFormatError, CronicaError, ValueError, TypeError, AttributeError) as error:
            report.bad(where, f"bad entity: {type(error).__name__}")
            continue
        report.kept += 1
        report.triples += len(triples)
        yield rdf.ntriples(triples)


def _where(job: ImportJob, split: Split, number: int) -> int | str:
    return number if job.single_split else f"split {split.index} line {number}"


def _run_on_dask(
    job: ImportJob,
    splits: list[Split],
    workers: int,
    scheduler: str | None,
    on_result: Callable[[int, dict[str, Any]], None],
) -> None:
    """The splits on a Dask cluster, a bounded number in flight; each result is committed as it comes."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - dask is a dependency; a broken install says so plainly
        raise CronicaError("kb import needs dask[distributed]: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            import dask

            # the statistical profiler samples the task thread 100 times a second: ~5% of a worker's time here
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                    silence_logs=logging.ERROR,
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        raise CronicaError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    try:
        shipped = client.scatter(job, broadcast=True)
        slots = max(1, sum(client.nthreads().values())) * (1 + QUEUED_PER_WORKER)
        queue = iter(splits)
        index_of = {}
        futures = []
        for split in islice(queue, slots):
            future = client.submit(convert_split, shipped, split, pure=False)
            index_of[future.key] = split.index
            futures.append(future)
        pending = as_completed(futures)
        for future in pending:
            try:
                result = future.result()
            except Exception as error:  # a worker killed, a lost scheduler, an unreadable dump
                raise CronicaError(
                    f"a Dask task failed ({type(error).__name__}: {error}); run the same command again to resume:"
                    " every split committed so far is kept"
                ) from None
            on_result(index_of.pop(future.key), result)
            future.release()
            for split in islice(queue, 1):
                following = client.submit(convert_split, shipped, split, pure=False)
                index_of[following.key] = split.index
                pending.add(following)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _import_ntriples(
    path: Path,
    output: Path,
    ids: set[str] | None,
    conditions: Mapping[str, set[str]] | None,
    wrap: Callable[[IO[bytes]], IO[bytes]] | None,
) -> ImportReport:
    report = ImportReport()
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".part")
    subjects = _matching_subjects(path, conditions) if conditions else None
    with gzip.open(temporary, "wb", compresslevel=PART_COMPRESSLEVEL) as sink:
        for line in _ntriples_lines(path, report, ids, subjects, wrap):
            sink.write(line)
    os.replace(temporary, output)
    return report


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
                yield rdf.ntriples(triples)
