"""`cronica kb info | search | show | query | import | build`: look into and grow the knowledge base."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import typer

from cronica.cli import params
from cronica.cli.params import KbChoice, ReportFormat
from cronica.errors import CronicaError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups
    from cronica.kb.base import KnowledgeBase, Statement, Value


def _open(name: str) -> KnowledgeBase:
    from cronica.kb import open_kb

    return open_kb(name)


def info(kb: KbChoice = params.kb_option()) -> None:
    """Say what the knowledge base holds."""
    for key, value in _open(kb).info().items():
        typer.echo(f"{key}: {value}")


def search(
    label: str = typer.Argument(..., help="A name as written (accents, case and transliteration do not matter)."),
    limit: int = params.limit_option(20, "entities"),
    kb: KbChoice = params.kb_option(),
) -> None:
    """Find entities by label or alias."""
    from cronica.languages import languages

    base = _open(kb)
    found = base.search(label, limit=limit)
    if not found:
        typer.echo(f"no entity matches '{label}'", err=True)
        raise typer.Exit(1)
    for candidate in found:
        description = base.descriptions(candidate.qid).get(languages().canonical_label, "")
        match = "" if candidate.exact else " (partial)"
        typer.echo(f"{candidate.qid}\t{candidate.label}\t{description}\tmatched: {candidate.matched}{match}")


def show(
    qid: str = typer.Argument(..., help="A Wikidata item id, e.g. Q33391."),
    output_format: ReportFormat = params.format_option(
        "text", "text (labels, aliases and statements to read) or json (the same for a program)."
    ),
    kb: KbChoice = params.kb_option(),
) -> None:
    """Show an entity: labels, aliases, and every statement with qualifiers and sources."""
    from cronica.kb import is_qid

    qid = qid.strip().upper()
    if not is_qid(qid):
        raise CronicaError(f"'{qid}' is not a Wikidata item id (expected Q followed by digits)")
    base = _open(kb)
    labels = base.labels(qid)
    if not labels:
        raise CronicaError(f"{qid} is not in the {base.name} knowledge base")
    statements = base.statements(qid)
    if output_format == "json":
        typer.echo(json.dumps(_entity_dict(base, qid, statements), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{qid}  {base.entity_url(qid)}")
    for lang, label in sorted(labels.items()):
        aliases = ", ".join(base.aliases(qid).get(lang, []))
        description = base.descriptions(qid).get(lang, "")
        typer.echo(f"  [{lang}] {label}" + (f" — {description}" if description else ""))
        if aliases:
            typer.echo(f"       also: {aliases}")
    for statement in statements:
        typer.echo(f"  {statement.property}: {_show_value(base, statement.value)}" + _rank(statement))
        for pid, values in sorted(statement.qualifiers.items()):
            typer.echo(f"      {pid}: {', '.join(_show_value(base, v) for v in values)}")
        if statement.source:
            typer.echo(f"      source: {statement.source}")


def _rank(statement: Statement) -> str:
    return "" if statement.rank == "normal" else f"  ({statement.rank})"


def _show_value(base: KnowledgeBase, value: Value) -> str:
    from cronica.kb import TimeValue, is_qid

    if isinstance(value, TimeValue):
        return str(value)
    if is_qid(value):
        label = base.label(value)
        return f"{value} ({label})" if label else value
    return str(value)


def _entity_dict(base: KnowledgeBase, qid: str, statements: list[Statement]) -> dict:
    from cronica.kb import TimeValue

    def plain(value: Value) -> object:
        if isinstance(value, TimeValue):
            return {"time": value.iso, "precision": value.precision, "calendar": value.entered_in or value.calendar}
        return value

    return {
        "id": qid,
        "labels": base.labels(qid),
        "aliases": base.aliases(qid),
        "descriptions": base.descriptions(qid),
        "statements": [
            {
                "property": s.property,
                "value": plain(s.value),
                "rank": s.rank,
                "qualifiers": {pid: [plain(v) for v in values] for pid, values in s.qualifiers.items()},
                "source": s.source,
                "url": s.source_url,
            }
            for s in statements
        ],
    }


def query(
    path: Path = typer.Argument(..., help="A SPARQL query in a .rq file (standard wd:/wdt:/p: prefixes are added)."),
    kb: KbChoice = params.kb_option(),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, max=86400, help="Stop the query after this many s."),
    limit: int = params.limit_option(10_000, "results"),
    max_memory: int = typer.Option(
        1024, "--max-memory", min=512, max=1 << 20, help="MB the query may use (embedded KB)."
    ),
    rdf_format: Literal["nt", "ttl"] = typer.Option(
        "nt", "--rdf-format", help="CONSTRUCT/DESCRIBE output: nt (N-Triples) or ttl (Turtle)."
    ),
) -> None:
    """Run a SPARQL SELECT/ASK (TSV, true/false) or CONSTRUCT/DESCRIBE (RDF), within a time limit and a result cap.

    SERVICE is refused against the embedded KB (it is offline)."""
    from cronica.kb.user_query import QueryLimits, query_kind

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CronicaError(f"cannot read {path}: {error}") from None
    full = _with_prefixes(text)
    try:
        kind = query_kind(full, allow_service=kb == "wikidata")
    except CronicaError as error:
        raise CronicaError(f"{path}: {error}") from None
    limits = QueryLimits(seconds=timeout, max_results=limit, memory_mb=max_memory)
    if kb == "wikidata":
        outcome, results = _wikidata_results(full, kind, limits)
    else:
        from cronica.kb.embedded import default_packs
        from cronica.kb.user_query import run_embedded

        outcome, results = run_embedded(default_packs(), full, kind, limits)
    _print_results(kind, outcome, results, rdf_format)
    if outcome.truncated:
        typer.echo(
            f"stopped at {limit} results (--limit): add a LIMIT to the query or raise --limit for more", err=True
        )


def _with_prefixes(text: str) -> str:
    """The query with the standard prefixes it does not declare itself put in front."""
    import re

    from cronica.kb.rdf import PREFIXES

    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*|):", text))
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared) + text


def _wikidata_results(query: str, kind: str, limits):
    """SELECT/ASK sent to the Query Service (its own SERVICE wikibase:label is allowed), capped."""
    from cronica.kb.user_query import QueryOutcome
    from cronica.kb.wikidata import WikidataKB

    if kind in ("CONSTRUCT", "DESCRIBE"):
        raise CronicaError(f"{kind} queries run on the embedded KB only; use SELECT with --kb wikidata")
    base = WikidataKB()
    base.client.timeout = limits.seconds
    outcome = QueryOutcome(kind)
    answer = base.client.run(query)
    if kind == "ASK":
        outcome.results = 1
        return outcome, iter([bool(answer.get("boolean"))])
    outcome.variables = tuple(answer.get("head", {}).get("vars", []))
    rows = answer["results"]["bindings"]
    outcome.truncated = len(rows) > limits.max_results
    outcome.results = min(len(rows), limits.max_results)
    return outcome, iter([{name: cell["value"] for name, cell in row.items()} for row in rows[: outcome.results]])


def _print_results(kind: str, outcome, results, rdf_format: str) -> None:
    if kind == "ASK":
        for answer in results:
            typer.echo("true" if answer else "false")
        return
    if kind in ("CONSTRUCT", "DESCRIBE"):
        if rdf_format == "nt":
            for line in results:
                typer.echo(line, nl=False)
        else:
            from pyoxigraph import RdfFormat, parse, serialize

            from cronica.kb.rdf import PREFIXES

            triples = list(parse("".join(results).encode("utf-8"), format=RdfFormat.N_TRIPLES))
            turtle = serialize(triples, format=RdfFormat.TURTLE, prefixes=dict(PREFIXES))
            typer.echo((turtle or b"").decode("utf-8"), nl=False)  # None only when given a file to write
        if not outcome.results:
            typer.echo("no results", err=True)
        return
    printed_header = False
    for row in results:
        if not printed_header:
            typer.echo("\t".join(outcome.variables))
            printed_header = True
        typer.echo("\t".join(_cell(row.get(name, "")) for name in outcome.variables))
    if not printed_header:
        typer.echo("no results", err=True)


def _cell(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def import_(
    path: Path = typer.Argument(..., help="Wikidata dump: .json[.gz|.bz2] (one entity a line) or .nt[.gz|.bz2]."),
    ids: Path | None = typer.Option(None, "--ids", help="Keep only the QIDs listed in this file."),
    where: list[str] = typer.Option([], "--where", help="Keep entities with this value, e.g. P31=Q5 (repeatable)."),
    output: Path | None = params.output_option("Where to write the pack (default: user packs)."),
    workers: int = params.workers_option(
        max(1, (os.cpu_count() or 1)), "Dask workers of the LocalCluster started here."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="An existing Dask scheduler, e.g. tcp://host:8786 (workers must see the dump)."
    ),
    split_size: str = typer.Option("64M", "--split-size", help="Bytes of the dump per split: 64M, 512K, 1G..."),
    restart: bool = typer.Option(False, "--restart", help="Discard an unfinished import instead of resuming it."),
) -> None:
    """Import entities from a Wikidata dump into a user pack the embedded KB loads (resumes after a kill)."""
    from cronica.extras import require

    require("batch", "cronica kb import", ("dask", "distributed"))
    from rich.console import Console
    from rich.progress import Progress

    from cronica.kb.embedded import imports_dir
    from cronica.kb.importer import import_dump, parse_conditions, parse_size, read_ids

    conditions = parse_conditions(where)
    keep = read_ids(ids) if ids else None
    split_bytes = parse_size(split_size)
    target = output or imports_dir() / (path.name.split(".")[0] + ".nt.gz")
    size = path.stat().st_size if path.is_file() else 0
    with Progress(transient=True, console=Console(stderr=True)) as progress:  # a message, never a result
        task = progress.add_task(f"importing {path.name}", total=size or None)

        def wrap(raw):
            return progress.wrap_file(raw, total=size, task_id=task)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total or None)

        report = import_dump(
            path,
            target,
            ids=keep,
            conditions=conditions,
            workers=workers,
            scheduler=scheduler,
            split_bytes=split_bytes,
            restart=restart,
            progress=advance,
            wrap=wrap,
        )
    if report.note:
        typer.echo(report.note, err=True)
    if report.resumed_splits:
        typer.echo(f"resumed: {report.resumed_splits} of {report.splits} splits were already done", err=True)
    typer.echo(
        f"read {report.lines} lines, {report.entities} entities; kept {report.kept} "
        f"({report.triples} triples) → {target}",
        err=True,
    )
    if report.malformed:
        reasons = ", ".join(f"{reason}: {count}" for reason, count in sorted(report.reasons.items()))
        places = ", ".join(f"line {n}" if isinstance(n, int) else str(n) for n in report.malformed_lines)
        typer.echo(f"skipped {report.malformed} malformed lines ({reasons}); first at {places}", err=True)


def build(
    source: Path | None = typer.Option(None, "--source", help="Pack source YAML (default: the bundled one)."),
    output: Path | None = params.output_option("Where to write the N-Triples (.nt.gz)."),
) -> None:
    """Validate the pack source (YAML) and rebuild the bundled pack's N-Triples."""
    from cronica.kb.pack import build_pack

    target, count = build_pack(source, output)
    typer.echo(f"wrote {count} triples → {target}", err=True)


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.kb.command("info")(info)
    groups.kb.command("search")(search)
    groups.kb.command("show")(show)
    groups.kb.command("query")(query)
    groups.kb.command("import")(import_)
    groups.kb.command("build")(build)
