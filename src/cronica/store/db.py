"""Open the corpus database and bring its schema up to date.

The schema is versioned with `PRAGMA user_version`; each migration is an SQL file
in `migrations/` named `NNNN_what.sql`, applied in order, each in one transaction,
so that a database made by an older cronica is upgraded in place and one made by a
newer cronica is refused instead of misread.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from cronica.errors import CronicaError

DATABASE_NAME = "corpus.sqlite"
#: how long a writer waits for another process's write lock before giving up
LOCK_TIMEOUT_SECONDS = 30
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
        raise CronicaError(f"{path}: no corpus database here (make one with `cronica batch ... --output DIR`)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=LOCK_TIMEOUT_SECONDS)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        raise CronicaError(describe_database_error(path, error)) from None
    # NORMAL is enough in WAL mode: a killed process never loses a committed transaction
    with database_errors(path):
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, upto=upto, where=str(path))
    return conn


def connect_for_reading(location: Path) -> sqlite3.Connection:
    """A connection that never writes: queries work on an archived corpus in a read-only folder.

    The database is opened read-only; when its folder cannot hold SQLite's shared-memory file
    either, it is opened as immutable (nothing else may write to it meanwhile, which a
    read-only folder ensures)."""
    path = database_path(location)
    if not path.is_file():
        raise CronicaError(f"{path}: no corpus database here (make one with `cronica batch ... --output DIR`)")
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{flags}", uri=True, isolation_level=None, timeout=LOCK_TIMEOUT_SECONDS)
            version = schema_version(conn)  # the first read: fails here if the folder refuses the WAL index
        except sqlite3.Error as error:
            last = error
            continue
        if version > latest_version():
            conn.close()
            raise CronicaError(
                f"{path}: corpus schema version {version} is newer than this cronica knows ({latest_version()}):"
                " upgrade cronica"
            )
        return conn
    assert last is not None
    raise CronicaError(describe_database_error(path, last))


@contextmanager
def database_errors(location: Path | str) -> Iterator[None]:
    """SQLite's operational errors (a lock held too long, a read-only file, a full disk) as one line."""
    try:
        yield
    except sqlite3.OperationalError as error:
        raise CronicaError(describe_database_error(location, error)) from None
    except sqlite3.DatabaseError as error:  # "file is not a database" and kin
        raise CronicaError(f"{location}: not a usable corpus database: {error}") from None


def describe_database_error(location: Path | str, error: sqlite3.Error) -> str:
    message = str(error)
    if "locked" in message or "busy" in message:
        return (
            f"{location}: the corpus database is locked by another process (waited {LOCK_TIMEOUT_SECONDS} s):"
            " try again when it has finished"
        )
    if "readonly" in message or "read-only" in message:
        return f"{location}: the corpus database is read-only here: cronica cannot write to it (check permissions)"
    if "unable to open" in message:
        return f"{location}: cannot open the corpus database (does the folder exist, and may cronica write there?)"
    if "disk" in message and ("full" in message or "I/O" in message):
        return f"{location}: cannot write the corpus database: {message}"
    return f"{location}: corpus database error: {message}"


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
