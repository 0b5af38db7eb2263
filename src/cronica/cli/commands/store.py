"""`cronica store load|info`: fill a corpus store from analyses made elsewhere, and describe one."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cronica.cli import params
from cronica.errors import CronicaError, InputError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups

store_app = typer.Typer(help="Fill and inspect a corpus store (SQLite).", no_args_is_help=True)


@store_app.command("load")
def load(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Analyses: .jsonl[.gz] (cronica analyze -f jsonl, batch partitions) or .parquet."
    ),
    db: Path = params.db_option("The corpus database (created if absent), or a folder to hold it."),
) -> None:
    """Load analyses into a store; documents already there (same id and text) are left as they are.

    Each record is checked against the contract first (types, offsets inside the text, ids it
    names, integers SQLite can hold, valid Unicode): a bad one is reported with its reason and
    loading goes on."""
    from cronica.store.db import connect, database_errors
    from cronica.store.load import load_analysis
    from cronica.store.validate import contract_problem

    missing = [file for file in files if not file.is_file()]
    if missing:
        raise CronicaError(f"{missing[0]}: no such file")
    if any(file.suffix.lower() == ".parquet" for file in files):
        from cronica.extras import require

        require("batch", "cronica store load of .parquet files", ("pyarrow",))
    conn = connect(db)
    added = kept = bad = 0
    try:
        with database_errors(db):
            for file in files:
                conn.execute("BEGIN IMMEDIATE")
                for item in _analyses(file):
                    problem = None if isinstance(item, InputError) else contract_problem(item[1])
                    if isinstance(item, InputError) or problem is not None:
                        error = item if isinstance(item, InputError) else _bad(file, item[0], problem)
                        bad += 1
                        typer.echo(f"cronica: error: {error}", err=True)
                        continue
                    conn.execute("SAVEPOINT record")  # a record the store refuses costs that record only
                    try:
                        stored = load_analysis(conn, item[1])
                    except sqlite3.IntegrityError as error:
                        conn.execute("ROLLBACK TO record")
                        bad += 1
                        typer.echo(f"cronica: error: {_bad(file, item[0], f'the store refused it: {error}')}", err=True)
                        continue
                    conn.execute("RELEASE record")
                    added, kept = (added + 1, kept) if stored else (added, kept + 1)
                conn.execute("COMMIT")
    finally:
        conn.close()
    typer.echo(f"cronica: loaded {added} documents ({kept} already there, {bad} bad records)", err=True)
    if bad:
        raise typer.Exit(1 if not added and not kept else 3)


def _bad(file: Path, line: int | None, problem: str | None) -> InputError:
    return InputError(str(file), f"not a valid cronica/analysis@1 record: {problem}", line=line)


def _analyses(file: Path) -> Iterator[tuple[int | None, dict[str, Any]] | InputError]:
    """(line, analysis) for each record of a file; an unreadable record or file is an InputError."""
    from cronica.model import SCHEMA_ID

    if file.name.endswith(".parquet"):
        yield from _parquet_analyses(file)
        return
    import gzip

    opener = gzip.open if file.name.endswith(".gz") else open
    number = 0
    try:
        with opener(file, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    data = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    yield InputError(str(file), "the line is not valid UTF-8", line=number)
                    continue
                except json.JSONDecodeError as error:
                    yield InputError(str(file), f"malformed JSON ({error.msg})", line=number)
                    continue
                except RecursionError:
                    yield InputError(str(file), "malformed JSON (nested too deeply)", line=number)
                    continue
                if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
                    yield InputError(str(file), f"not a {SCHEMA_ID} analysis", line=number)
                    continue
                yield number, data
    except (OSError, EOFError) as error:  # a truncated or corrupt .gz: what was read is kept
        yield InputError(str(file), f"cannot read further: {error}", line=number + 1)


def _parquet_analyses(file: Path) -> Iterator[tuple[int | None, dict[str, Any]] | InputError]:
    from cronica.batch.partitions import read_partition

    try:
        yield from enumerate(read_partition(file), start=1)
    except Exception as error:  # pyarrow raises several types for a file it cannot read
        yield InputError(str(file), f"cannot read as a partition: {type(error).__name__}: {error}")


@store_app.command("info")
def info(db: Path = params.db_option()) -> None:
    """Schema version and how many rows each layer holds."""
    from cronica.store.db import connect_for_reading, schema_version
    from cronica.store.tables import TABLES

    conn = connect_for_reading(db)
    try:
        typer.echo(f"schema version: {schema_version(conn)}")
        present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in TABLES:  # the model's tables: fixed names, never user text
            if table in present:  # a read-only database of an older schema may lack a newer table
                typer.echo(f"{table}: {conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]}")
    finally:
        conn.close()


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.add_typer(store_app, name="store")
