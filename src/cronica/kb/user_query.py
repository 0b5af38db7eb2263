"""A user's own SPARQL (`cronica kb query`), checked before it runs and run within limits.

The embedded KB is offline: a query is parsed first (rdflib's SPARQL 1.1 parser) and
refused if it holds a SERVICE clause anywhere (pyoxigraph would send it over the
network) or if it is an update. It then runs in a separate process that streams its
results back and is killed when it passes the time limit or the result cap, with a
memory ceiling of its own: a cross join that ORDER BY makes pyoxigraph hold in memory
cannot take the machine down, and nothing of it stays in the caller.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from cronica.errors import CronicaError

KINDS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
#: results sent from the worker in one message
BATCH = 200
#: time the worker may take to start and open the store, before the query's own time limit
STARTUP_SECONDS = 60.0


class QueryRefused(CronicaError):
    """A query the KB will not run (SERVICE offline, an update, a syntax it cannot check)."""


class QueryLimitHit(CronicaError):
    """The query passed its time limit or its memory ceiling and was stopped."""


@dataclass(frozen=True)
class QueryLimits:
    seconds: float = 30.0
    max_results: int = 10_000
    memory_mb: int = 1024


def query_kind(text: str, *, allow_service: bool) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; refuses SERVICE (unless allowed) and updates."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseException as error:
        try:
            parseUpdate(text)
        except ParseException:
            raise QueryRefused(f"SPARQL syntax error: {_one_line(str(error))}") from None
        raise QueryRefused(
            "SPARQL updates (INSERT, DELETE, LOAD...) are not allowed: the knowledge base is read-only"
        ) from None
    except Exception as error:  # rdflib raises plain exceptions for some malformed input
        raise QueryRefused(f"SPARQL syntax error: {_one_line(str(error))}") from None
    kind = KINDS.get(getattr(parsed[1], "name", ""), "")
    if not kind:
        raise QueryRefused("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if not allow_service and "ServiceGraphPattern" in _names(parsed):
        raise QueryRefused(
            "SERVICE is not allowed against the embedded (offline) knowledge base: it would query another "
            "server over the network; run the query with --kb wikidata to ask the Wikidata Query Service"
        )
    return kind


def _names(node: Any) -> set[str]:
    """Every rule name in an rdflib parse tree."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, CompValue):
            found.add(current.name)
            stack.extend(current.values())
        elif isinstance(current, (list, tuple)) or type(current).__name__ == "ParseResults":
            stack.extend(current)
    return found


def _one_line(text: str, limit: int = 200) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


@dataclass
class QueryOutcome:
    """What the caller learns at the end: how many results, and whether the cap cut them."""

    kind: str
    results: int = 0
    truncated: bool = False
    variables: tuple[str, ...] = ()


def run_embedded(
    packs: list[Path], query: str, kind: str, limits: QueryLimits, cache: Path | None = None
) -> tuple[QueryOutcome, Iterator[Any]]:
    """Run `query` on the packs' store in a worker process.

    Returns the outcome (filled in as the results are read) and an iterator of results:
    a dict of plain strings per SELECT row, one N-Triples line per CONSTRUCT/DESCRIBE
    triple, one bool for ASK. Raises QueryLimitHit from the iterator when a limit is passed."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(
        target=_worker,
        args=(sender, [str(p) for p in packs], str(cache) if cache else None, query, limits),
        daemon=True,
    )
    worker.start()
    sender.close()
    outcome = QueryOutcome(kind)
    return outcome, _receive(worker, receiver, outcome, limits)


def _receive(worker: Any, receiver: Connection, outcome: QueryOutcome, limits: QueryLimits) -> Iterator[Any]:
    # the clock starts when the worker has opened the store; starting it may take a while on a busy machine
    deadline = time.monotonic() + STARTUP_SECONDS + limits.seconds
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not receiver.poll(remaining):  # poll is also true at end of stream
                raise QueryLimitHit(
                    f"the query ran longer than {limits.seconds:g} s and was stopped "
                    f"({outcome.results} results so far); narrow it, add a LIMIT, or raise --timeout"
                )
            try:
                message = receiver.recv()
            except EOFError:
                worker.join(5)
                if worker.exitcode in (-6, -9):  # Rust aborts when an allocation fails; the OOM killer kills
                    raise QueryLimitHit(_memory_message(limits, outcome)) from None
                raise QueryRefused(f"the query worker stopped unexpectedly (exit code {worker.exitcode})") from None
            tag, payload = message
            if tag == "ready":
                deadline = time.monotonic() + limits.seconds
            elif tag == "head":
                outcome.variables = tuple(payload)
            elif tag == "rows":
                for item in payload:
                    if outcome.results >= limits.max_results:
                        outcome.truncated = True
                        return
                    outcome.results += 1
                    yield item
            elif tag == "error":
                raise QueryRefused(payload)
            elif tag == "memory":
                raise QueryLimitHit(_memory_message(limits, outcome))
            else:  # "done"
                return
    finally:
        receiver.close()
        if worker.is_alive():
            worker.kill()
        worker.join(5)


def _memory_message(limits: QueryLimits, outcome: QueryOutcome) -> str:
    return (
        f"the query needed more than {limits.memory_mb} MB of memory and was stopped "
        f"({outcome.results} results so far); narrow it or add a LIMIT"
    )


def _worker(sender: Connection, packs: list[str], cache: str | None, query: str, limits: QueryLimits) -> None:
    """In the worker process: open the store read-only, run the query, stream the results."""
    # Rust prints its allocation failures and panics on stderr: the parent says it in one line instead
    with contextlib.suppress(OSError):
        silent = os.open(os.devnull, os.O_WRONLY)
        os.dup2(silent, 2)
    try:
        _stream(sender, packs, cache, query, limits)
    except MemoryError:
        sender.send(("memory", None))
    except SyntaxError as error:
        sender.send(("error", f"SPARQL syntax error: {_one_line(str(error))}"))
    except OSError as error:
        sender.send(("error", f"the knowledge base could not run the query: {_one_line(str(error))}"))
    except Exception as error:  # a query pyoxigraph cannot evaluate: said in one line, never a traceback
        sender.send(("error", f"the query failed: {type(error).__name__}: {_one_line(str(error))}"))
    finally:
        sender.close()


def _limit_memory(megabytes: int) -> None:
    """Let this process map at most `megabytes` more than it has now (the store is open by then:
    opening or building the cache is our own work, the query is the user's)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            current = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        current = 0
    ceiling = current + megabytes * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):  # not allowed here: the time limit still holds
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def _stream(sender: Connection, packs: list[str], cache: str | None, query: str, limits: QueryLimits) -> None:
    from pyoxigraph import QueryBoolean, QuerySolutions

    from cronica.kb.embedded import open_store, term_to_json
    from cronica.kb.rdf import ntriples

    store, _ = open_store([Path(p) for p in packs], Path(cache) if cache else None)
    _limit_memory(limits.memory_mb)
    sender.send(("ready", None))
    results = store.query(query)
    if isinstance(results, QueryBoolean):
        sender.send(("rows", [bool(results)]))
        sender.send(("done", None))
        return
    batch: list[Any] = []
    sent = 0
    if isinstance(results, QuerySolutions):
        names = [variable.value for variable in results.variables]
        sender.send(("head", names))
        for solution in results:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term_to_json(term)["value"]
            batch.append(row)
            if len(batch) >= BATCH:
                sender.send(("rows", batch))
                sent, batch = sent + len(batch), []
                if sent > limits.max_results:
                    break
    else:  # CONSTRUCT / DESCRIBE: triples
        for triple in results:
            batch.append(ntriples([triple]).decode("utf-8"))
            if len(batch) >= BATCH:
                sender.send(("rows", batch))
                sent, batch = sent + len(batch), []
                if sent > limits.max_results:
                    break
    if batch:
        sender.send(("rows", batch))
    sender.send(("done", None))
