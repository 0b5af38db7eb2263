"""The default KB: the bundled pack in an embedded pyoxigraph store, offline.

The pack ships as gzipped N-Triples; parsing it once into an on-disk store (RocksDB,
under the user cache directory, keyed by the pack's hash) lets later processes open it
read-only in milliseconds. When the cache cannot be written the store is built in memory.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import IO, cast

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, RdfFormat, Store

from cronica.errors import CronicaError
from cronica.kb import rdf
from cronica.kb.base import Candidate, is_item_id, is_pid
from cronica.kb.normalize import alias_key
from cronica.kb.pack import PACK_NAME, data_path
from cronica.kb.sparql_kb import Row, SparqlKnowledgeBase

log = logging.getLogger("cronica")


def cache_root() -> Path:
    """$CRONICA_CACHE, else $XDG_CACHE_HOME/cronica, else ~/.cache/cronica."""
    if os.environ.get("CRONICA_CACHE"):
        return Path(os.environ["CRONICA_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cronica"


def data_root() -> Path:
    """Where `cronica kb import` puts user packs: $CRONICA_DATA, else $XDG_DATA_HOME/cronica."""
    if os.environ.get("CRONICA_DATA"):
        return Path(os.environ["CRONICA_DATA"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "cronica"


def imports_dir() -> Path:
    return data_root() / "kb" / "imports"


def default_packs() -> list[Path]:
    """The bundled pack, then every pack `cronica kb import` wrote."""
    extra = sorted(imports_dir().glob("*.nt.gz")) if imports_dir().is_dir() else []
    return [data_path(), *extra]


def packs_digest(packs: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in packs:
        digest.update(path.name.encode() + b"\0")
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:20]


def open_store(packs: list[Path], cache: Path | None = None) -> tuple[Store, str]:
    """The packs' store, from the disk cache when present; ("memory"|"cache"|"built") says which."""
    target = (cache or cache_root()) / "kb" / f"{packs[0].name}-{packs_digest(packs)}"
    if (target / "READY").exists():
        with contextlib.suppress(OSError):
            store = Store.read_only(str(target / "store"))
            with contextlib.suppress(OSError):
                os.utime(target / "READY")  # in use: another version's build must not remove it
            return store, "cache"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
        store = Store(str(staging / "store"))
        for pack in packs:
            _load(store, pack)
        store.flush()
        store.optimize()
        del store
        (staging / "READY").write_text(pack.name, encoding="utf-8")
        try:
            staging.rename(target)
        except OSError:  # another process won the race: use its copy
            shutil.rmtree(staging, ignore_errors=True)
        _remove_stale(target)
        return Store.read_only(str(target / "store")), "built"
    except OSError as error:
        log.debug("kb cache not writable (%s): building the store in memory", error)
        store = Store()
        for pack in packs:
            _load(store, pack)
        return store, "memory"


#: a cache of another version of the packs unused this long is removed by the next build
STALE_AFTER_SECONDS = 7 * 24 * 3600


def _remove_stale(current: Path, now: float | None = None) -> None:
    """Drop caches of other versions of the same packs that no process opened for a week.

    A store is read lazily: its files are opened as queries reach them. Removing the cache of
    another version while a process reads it (two installs, two checkouts, an upgrade during a
    batch) made that process's lookups fail and its claims vanish, so only a cache whose READY
    mark (touched at every open) is a week old goes."""
    prefix = current.name.rsplit("-", 1)[0] + "-"
    limit = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    for sibling in current.parent.glob(prefix + "*"):
        ready = sibling / "READY"
        if sibling == current or not sibling.is_dir() or not ready.exists():
            continue
        with contextlib.suppress(OSError):
            if ready.stat().st_mtime < limit:
                shutil.rmtree(sibling, ignore_errors=True)


def _load(store: Store, pack: Path) -> None:
    with gzip.open(pack, "rb") if pack.suffix == ".gz" else pack.open("rb") as handle:
        store.bulk_load(cast(IO[bytes], handle), format=RdfFormat.N_TRIPLES)


def term_to_json(term: object) -> dict[str, str]:
    """A pyoxigraph term in the SPARQL JSON results shape."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, Literal):
        cell = {"type": "literal", "value": term.value}
        if term.language:
            cell["xml:lang"] = term.language
        elif term.datatype.value != rdf.XSD + "string":
            cell["datatype"] = term.datatype.value
        return cell
    return {"type": "bnode", "value": str(term)}


class EmbeddedKB(SparqlKnowledgeBase):
    name = "embedded"

    def __init__(self, store: Store, source: str, load_seconds: float = 0.0, origin: str = "memory") -> None:
        super().__init__()
        self.store = store
        self.source = source
        self.load_seconds = load_seconds
        self.origin = origin
        self._complete: dict[tuple[str, str], bool] = {}
        self._not_by_surname: frozenset[str] | None = None
        self._index = self._build_alias_index()

    @classmethod
    def open_default(cls) -> EmbeddedKB:
        """The bundled pack plus every pack `cronica kb import` wrote."""
        return cls.open(default_packs())

    @classmethod
    def open(cls, packs: list[Path], cache: Path | None = None) -> EmbeddedKB:
        started = time.perf_counter()
        store, origin = open_store(packs, cache)
        kb = cls(store, ", ".join(str(p) for p in packs), origin=origin)
        kb.load_seconds = time.perf_counter() - started
        return kb

    @classmethod
    def from_ntriples(cls, data: bytes) -> EmbeddedKB:
        """A small in-memory KB (tests, imports)."""
        store = Store()
        store.load(data, format=RdfFormat.N_TRIPLES)
        return cls(store, "<memory>")

    # --- query execution ------------------------------------------------------------

    def select(self, query: str) -> list[Row]:
        solutions = self.store.query(query)
        if isinstance(solutions, QueryBoolean):
            return [{"boolean": {"type": "literal", "value": str(bool(solutions)).lower()}}]
        if not isinstance(solutions, QuerySolutions):
            raise CronicaError("the embedded KB answers SELECT and ASK queries here, not CONSTRUCT or DESCRIBE")
        names = [variable.value for variable in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term_to_json(term)
            rows.append(row)
        return rows

    def ask(self, query: str) -> bool:
        return bool(self.store.query(query))

    def query(self, sparql: str) -> list[dict[str, str]]:
        """A user's SELECT, refused if it holds SERVICE (the CLI runs user queries in `cronica.kb.user_query`)."""
        from cronica.kb.user_query import query_kind

        if query_kind(sparql, allow_service=False) != "SELECT":
            raise CronicaError("KnowledgeBase.query runs SELECT queries only")
        return super().query(sparql)

    # --- the alias index --------------------------------------------------------------

    def _build_alias_index(self) -> dict[str, list[tuple[str, str, bool]]]:
        index: dict[str, dict[str, tuple[str, str, bool]]] = defaultdict(dict)
        for row in self.select(rdf.load_query("alias_index")):
            qid = rdf.item_id(row["item"]["value"])
            text = row["text"]["value"]
            key = alias_key(text)
            if not qid or not key:
                continue
            is_label = row["kind"]["value"] == "label"
            previous = index[key].get(qid)
            if previous is None or (is_label and not previous[2]):
                index[key][qid] = (qid, text, is_label)
        return {key: sorted(found.values()) for key, found in index.items()}

    def alias_index(self) -> dict[str, list[str]]:
        return {key: [qid for qid, _, _ in found] for key, found in self._index.items()}

    def candidates(self, mention: str, lang: str | None = None) -> list[Candidate]:
        found = self._index.get(alias_key(mention), [])
        if not found:
            return []
        return self.ranked_candidates(found)

    def is_complete(self, qid: str, pid: str) -> bool:
        """The pack's completeness marks (`complete:` in entities.yaml; docs/kb.md)."""
        if not (is_item_id(qid) and is_pid(pid)):
            return False
        key = (qid, pid)
        if key not in self._complete:
            terms = [[rdf.item(qid), NamedNode(rdf.WD_PROPERTY + pid)]]
            self._complete[key] = self.ask(rdf.bind(rdf.load_query("complete"), ["item", "property"], terms))
        return self._complete[key]

    def surname_alone(self, qid: str) -> bool:
        """The pack's `surname_alone: false` marks (docs/kb.md), read once."""
        if self._not_by_surname is None:
            rows = self.select(rdf.load_query("surname_alone"))
            self._not_by_surname = frozenset(filter(None, (rdf.item_id(row["item"]["value"]) for row in rows)))
        return qid not in self._not_by_surname

    def search(self, text: str, limit: int = 20) -> list[Candidate]:
        """Exact key matches first, then keys that contain the typed words from a word's start
        ("sedova" finds "natalia sedova trotski"; "rykov" does not find "indrikovich")."""
        exact = self.candidates(text)
        key = alias_key(text)
        seen = {c.qid for c in exact}
        partial: list[Candidate] = []
        if key:
            for alias, found in sorted(self._index.items()):
                if f" {key}" in f" {alias}" and alias != key:
                    for qid, matched, _ in found:
                        if qid not in seen:
                            seen.add(qid)
                            partial.append(Candidate(qid, self.label(qid), matched, exact=False, prior=0.1))
        return (exact + partial)[:limit]

    def info(self) -> dict[str, object]:
        counts = self.select(rdf.load_query("counts"))[0]
        return {
            "name": self.name,
            "pack": PACK_NAME,
            "source": self.source,
            "store": self.origin,
            "items": int(counts["items"]["value"]),
            "statements": int(counts["statements"]["value"]),
            "triples": len(self.store),
            "aliases": len(self._index),
            "load_seconds": round(self.load_seconds, 3),
        }
