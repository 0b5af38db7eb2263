"""`cronica kb info | search | show | query | import | build`: look into and grow the knowledge base."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cronica.errors import CronicaError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups
    from cronica.kb.base import KnowledgeBase, Statement, Value

KB_OPTION = typer.Option("embedded", "--kb", help="embedded (offline pack) or wikidata (online).")


def _open(name: str) -> KnowledgeBase:
    from cronica.kb import open_kb

    return open_kb(name)


def info(kb: str = KB_OPTION) -> None:
    """Say what the knowledge base holds."""
    for key, value in _open(kb).info().items():
        typer.echo(f"{key}: {value}")


def search(
    label: str = typer.Argument(..., help="A name as written (accents, case and transliteration do not matter)."),
    limit: int = typer.Option(20, "--limit", "-n", min=1),
    kb: str = KB_OPTION,
) -> None:
    """Find entities by label or alias."""
    base = _open(kb)
    found = base.search(label, limit=limit)
    if not found:
        typer.echo(f"no entity matches '{label}'", err=True)
        raise typer.Exit(1)
    for candidate in found:
        description = base.descriptions(candidate.qid).get("en", "")
        match = "" if candidate.exact else " (partial)"
        typer.echo(f"{candidate.qid}\t{candidate.label}\t{description}\tmatched: {candidate.matched}{match}")


def show(
    qid: str = typer.Argument(..., help="A Wikidata item id, e.g. Q33391."),
    output_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    kb: str = KB_OPTION,
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
    if output_json:
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
        label = base.label(value, "en")
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
    path: Path = typer.Argument(..., help="A SPARQL SELECT in a .rq file (standard wd:/wdt:/p: prefixes are added)."),
    kb: str = KB_OPTION,
) -> None:
    """Run a SPARQL SELECT against the knowledge base and print the rows as TSV."""
    from cronica.kb.rdf import PREFIXES

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CronicaError(f"cannot read {path}: {error}") from None
    declared = {line.split()[1].rstrip(":") for line in text.splitlines() if line.strip().upper().startswith("PREFIX")}
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    try:
        rows = _open(kb).query(header + text)
    except SyntaxError as error:
        raise CronicaError(f"{path}: SPARQL syntax error: {str(error).splitlines()[0]}") from None
    if not rows:
        typer.echo("no results", err=True)
        return
    names = list(dict.fromkeys(name for row in rows for name in row))
    typer.echo("\t".join(names))
    for row in rows:
        typer.echo("\t".join(row.get(name, "").replace("\t", " ").replace("\n", " ") for name in names))


def import_(
    path: Path = typer.Argument(..., help="Wikidata dump: .json[.gz|.bz2] (one entity a line) or .nt[.gz|.bz2]."),
    ids: Path | None = typer.Option(None, "--ids", help="Keep only the QIDs listed in this file."),
    where: list[str] = typer.Option([], "--where", help="Keep entities with this value, e.g. P31=Q5 (repeatable)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Where to write the pack (default: user packs)."),
    workers: int = typer.Option(
        max(1, (os.cpu_count() or 1)), "--workers", "-w", help="Dask workers of the LocalCluster started here."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="An existing Dask scheduler, e.g. tcp://host:8786 (workers must see the dump)."
    ),
    split_size: str = typer.Option("64M", "--split-size", help="Bytes of the dump per split: 64M, 512K, 1G..."),
    restart: bool = typer.Option(False, "--restart", help="Discard an unfinished import instead of resuming it."),
) -> None:
    """Import entities from a Wikidata dump into a user pack the embedded KB loads (resumes after a kill)."""
    from rich.progress import Progress

    from cronica.kb.embedded import imports_dir
    from cronica.kb.importer import import_dump, parse_conditions, parse_size, read_ids

    conditions = parse_conditions(where)
    keep = read_ids(ids) if ids else None
    split_bytes = parse_size(split_size)
    target = output or imports_dir() / (path.name.split(".")[0] + ".nt.gz")
    size = path.stat().st_size if path.is_file() else 0
    with Progress(transient=True) as progress:
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
        f"({report.triples} triples) → {target}"
    )
    if report.malformed:
        reasons = ", ".join(f"{reason}: {count}" for reason, count in sorted(report.reasons.items()))
        places = ", ".join(f"line {n}" if isinstance(n, int) else str(n) for n in report.malformed_lines)
        typer.echo(f"skipped {report.malformed} malformed lines ({reasons}); first at {places}", err=True)


def build(
    source: Path | None = typer.Option(None, "--source", help="Pack source YAML (default: the bundled one)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Where to write the N-Triples (.nt.gz)."),
) -> None:
    """Validate the pack source (YAML) and rebuild the bundled pack's N-Triples."""
    from cronica.kb.pack import build_pack

    target, count = build_pack(source, output)
    typer.echo(f"wrote {count} triples → {target}")


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.kb.command("info")(info)
    groups.kb.command("search")(search)
    groups.kb.command("show")(show)
    groups.kb.command("query")(query)
    groups.kb.command("import")(import_)
    groups.kb.command("build")(build)
