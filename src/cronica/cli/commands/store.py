"""`cronica store load|info`: fill a corpus store from analyses made elsewhere, and describe one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cronica.errors import CronicaError, InputError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups

store_app = typer.Typer(help="Fill and inspect a corpus store (SQLite).", no_args_is_help=True)
LAYER_TABLES = ("documents", "entities", "timexes", "events", "claims", "flags")


@store_app.command("load")
def load(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Analyses: .jsonl[.gz] (cronica analyze -f jsonl, batch partitions) or .parquet."
    ),
    db: Path = typer.Option(..., "--db", help="The corpus database (created if absent), or a folder to hold it."),
) -> None:
    """Load analyses into a store; documents already there (same id and text) are left as they are."""
    from cronica.store.db import connect
    from cronica.store.load import load_analysis

    conn = connect(db)
    added = kept = bad = 0
    try:
        for file in files:
            conn.execute("BEGIN")
            for item in _analyses(file):
                if isinstance(item, InputError):
                    bad += 1
                    typer.echo(f"cronica: error: {item}", err=True)
                elif load_analysis(conn, item):
                    added += 1
                else:
                    kept += 1
            conn.execute("COMMIT")
    finally:
        conn.close()
    typer.echo(f"cronica: loaded {added} documents ({kept} already there, {bad} bad records)", err=True)
    if bad:
        raise typer.Exit(3)


def _analyses(file: Path) -> Iterator[dict[str, Any] | InputError]:
    from cronica.batch.partitions import read_partition
    from cronica.model import SCHEMA_ID

    if not file.exists():
        raise CronicaError(f"{file}: no such file")
    if file.name.endswith(".parquet"):
        yield from read_partition(file)
        return
    import gzip

    opener = gzip.open if file.name.endswith(".gz") else open
    with opener(file, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputError(str(file), f"malformed JSON ({error.msg})", line=number)
                continue
            if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
                yield InputError(str(file), f"not a {SCHEMA_ID} analysis", line=number)
                continue
            yield data


@store_app.command("info")
def info(db: Path = typer.Option(..., "--db", help="The corpus database, or the batch --out folder.")) -> None:
    """Schema version and how many rows each layer holds."""
    from cronica.store.db import connect, schema_version

    conn = connect(db, create=False)
    try:
        typer.echo(f"schema version: {schema_version(conn)}")
        for table in LAYER_TABLES:  # fixed names, never user text
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            typer.echo(f"{table}: {count}")
    finally:
        conn.close()


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.add_typer(store_app, name="store")
