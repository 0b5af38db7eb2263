"""`cronica query ...`: ask a corpus store (made by `cronica batch`) what users ask of archives."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import typer

from cronica.cli import params
from cronica.cli.params import TableFormat

if TYPE_CHECKING:
    import sqlite3

    from cronica.cli.main import CliGroups
    from cronica.store.queries import QueryResult

query_app = typer.Typer(help="Query a corpus store made by `cronica batch`.", no_args_is_help=True)


def _answer(db: Path, output_format: str, ask: Callable[[sqlite3.Connection], QueryResult]) -> None:
    from cronica.store.db import connect_for_reading, database_errors

    conn = connect_for_reading(db)
    try:
        with database_errors(db):
            result = ask(conn)
    finally:
        conn.close()
    typer.echo(render(result, output_format), nl=False)


def render(result: QueryResult, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(result.as_dicts(), ensure_ascii=False, indent=2) + "\n"
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buffer.getvalue()
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    buffer = io.StringIO()
    Console(file=buffer, width=max(100, _terminal_width()), highlight=False).print(table)
    if not result.rows:
        buffer.write("(no results)\n")
    return buffer.getvalue()


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 24)).columns if sys.stdout.isatty() else 160


@query_app.command("events")
def events(
    entity: str = typer.Argument(..., help="A Wikidata QID (Q123) or a name (case and accents ignored)."),
    date_from: str | None = typer.Option(None, "--from", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Up to this date (inclusive)."),
    limit: int = params.limit_option(1000),
    db: Path = params.db_option(),
    output_format: TableFormat = params.format_option("table", "table (to read), csv or json."),
) -> None:
    """Events an entity takes part in (or that happen there), in a date range."""
    from cronica.store.queries import events_of_entity

    _answer(db, output_format, lambda conn: events_of_entity(conn, entity, date_from, date_to, limit))


@query_app.command("contradicted")
def contradicted(
    limit: int = params.limit_option(1000),
    db: Path = params.db_option(),
    output_format: TableFormat = params.format_option("table", "table (to read), csv or json."),
):
    """Claims checked as contradicted, with their corrections and evidence."""
    from cronica.store.queries import contradicted_claims

    _answer(db, output_format, lambda conn: contradicted_claims(conn, limit))


@query_app.command("mentions")
def mentions(
    terms: list[str] = typer.Argument(..., metavar="TERM...", help="Words or phrases that must all occur."),
    limit: int = params.limit_option(100),
    db: Path = params.db_option(),
    output_format: TableFormat = params.format_option("table", "table (to read), csv or json."),
) -> None:
    """Documents mentioning every term (full-text search, accent- and case-insensitive)."""
    from cronica.store.queries import documents_mentioning

    _answer(db, output_format, lambda conn: documents_mentioning(conn, terms, limit))


@query_app.command("flagged")
def flagged(
    limit: int = params.limit_option(20),
    db: Path = params.db_option(),
    output_format: TableFormat = params.format_option("table", "table (to read), csv or json."),
):
    """The most-flagged documents (rhetoric flags, then conspiracy probability)."""
    from cronica.store.queries import most_flagged

    _answer(db, output_format, lambda conn: most_flagged(conn, limit))


@query_app.command("by-month")
def by_month(
    what: Literal["events", "documents", "claims", "flags"] = typer.Option(
        "events", "--what", help="events (by the month they are dated to), documents, claims or flags (by DCT)."
    ),
    db: Path = params.db_option(),
    output_format: TableFormat = params.format_option("table", "table (to read), csv or json."),
) -> None:
    """Counts per month."""
    from cronica.store.queries import counts_by_month

    _answer(db, output_format, lambda conn: counts_by_month(conn, what))


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.add_typer(query_app, name="query")
