"""Open the corpus database and bring its schema up to date.

The schema is versioned with `PRAGMA user_version`; each migration is an SQL file
in `migrations/` named `NNNN_what.sql`, applied in order, each in one transaction,
so that a database made by an older cronica is upgraded in place and one made by a
newer cronica is refused instead of misread.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from cronica.errors import CronicaError

DATABASE_NAME = "corpus.sqlite"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> tuple[Migration, ...]:
    """The migration scripts shipped with the package, in version order."""
    found = []
    for entry in resources.files("cronica.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"store migrations must be numbered 1..n without gaps, found {versions}")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def database_path(location: Path) -> Path:
    """A batch output folder stands for the database inside it."""
    return location / DATABASE_NAME if location.is_dir() else location


def connect(location: Path, *, create: bool = True, upto: int | None = None) -> sqlite3.Connection:
    """A connection in WAL mode with the schema migrated (up to `upto`, for tests of migrations)."""
    path = database_path(location)
    if not create and not path.exists():
        raise CronicaError(f"{path}: no corpus database here (make one with `cronica batch ... --out DIR`)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise CronicaError(f"{path}: cannot open the corpus database: {error}") from None
    # NORMAL is enough in WAL mode: a killed process never loses a committed transaction
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, upto=upto, where=str(path))
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, upto: int | None = None, where: str = "database") -> int:
    """Apply the migrations the database has not seen yet; returns the version reached."""
    known = migrations()
    target = len(known) if upto is None else upto
    current = schema_version(conn)
    if current > len(known):
        raise CronicaError(
            f"{where}: corpus schema version {current} is newer than this cronica knows ({len(known)}): upgrade cronica"
        )
    for migration in known[current:target]:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        # one script, one transaction: a failure leaves the previous version intact
        script = (
            "BEGIN;\n"
            f"{migration.sql}\n"
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);\n"
            f"INSERT INTO schema_migrations VALUES ({migration.version}, '{migration.name}', '{stamp}');\n"
            f"PRAGMA user_version = {migration.version};\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise CronicaError(f"{where}: migration {migration.name} failed: {error}") from None
    return schema_version(conn)
