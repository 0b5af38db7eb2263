"""The online KB: the same .rq files sent to the Wikidata Query Service (`--kb wikidata`).

Only used when the user asks for it. Polite by design: a descriptive User-Agent,
timeouts, retries with exponential backoff, `Retry-After` honoured on 429/503, and an
on-disk cache of responses keyed by the query text, so a re-run sends nothing.
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cronica import __version__
from cronica.errors import CronicaError
from cronica.kb import rdf
from cronica.kb.base import Candidate
from cronica.kb.embedded import cache_root
from cronica.kb.sparql_kb import Row, SparqlKnowledgeBase
from cronica.languages import label_languages

ENDPOINT = "https://query.wikidata.org/sparql"
#: Wikimedia's policy asks for a way to reach the operator: set CRONICA_CONTACT to an e-mail or URL
USER_AGENT = (
    f"cronica/{__version__} (historical fact-checking tool, offline by default; "
    f"contact: {os.environ.get('CRONICA_CONTACT', 'not set')}) python-urllib"
)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes
    headers: dict[str, str]


Transport = Callable[[str, bytes, dict[str, str], float], HttpResponse]


def urllib_transport(url: str, data: bytes, headers: dict[str, str], timeout: float) -> HttpResponse:
    """POST with the standard library; HTTP errors come back as responses, not exceptions.

    A time-out raises TimeoutError, any other failure to get a whole answer OSError."""
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return HttpResponse(response.status, response.read(), dict(response.headers))
    except urllib.error.HTTPError as error:
        return HttpResponse(error.code, error.read() or b"", dict(error.headers or {}))
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise TimeoutError(str(error.reason)) from None
        raise OSError(str(error.reason)) from None
    except http.client.HTTPException as error:  # a connection cut in the middle of the answer
        raise OSError(f"incomplete answer ({type(error).__name__})") from None


#: connection failures and time-outs tried this many times; HTTP 429/5xx get every retry
MAX_NETWORK_FAILURES = 2
#: a Retry-After longer than this is not waited for: the command stops and says when to come back
MAX_RETRY_AFTER = 120.0
#: what WDQS puts in the body of a 500 when a query ran past its own 60 s limit
SERVER_TIMEOUT_MARKERS = ("TimeoutException", "Query timeout")


class WikidataError(CronicaError):
    """The Query Service could not answer (offline, refused, or kept failing)."""


class SparqlClient:
    """Runs SPARQL against an endpoint with retries, backoff and an on-disk response cache."""

    def __init__(
        self,
        endpoint: str = ENDPOINT,
        *,
        transport: Transport | None = None,
        cache_dir: Path | None = None,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        quiet_after: float = 60.0,
    ) -> None:
        self.endpoint = endpoint
        self.transport = transport or urllib_transport
        self.cache_dir = cache_dir if cache_dir is not None else cache_root() / "wikidata"
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.clock = clock
        self.quiet_after = quiet_after
        self._down_until = float("-inf")
        self.requests_sent = 0

    def run(self, query: str) -> dict:
        """The query's results (SPARQL JSON), from the disk cache when this exact query was answered before."""
        cached = self._cached(query)
        if cached is not None:
            return cached
        if self._down_until > self.clock():
            # the service just failed every retry: fail at once instead of waiting again per mention
            raise WikidataError(f"Wikidata Query Service unreachable (not retried before {self.quiet_after:.0f} s)")
        data = urllib.parse.urlencode({"query": query}).encode("utf-8")
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        last_problem = "no attempt made"
        network_failures = 0
        for attempt in range(self.retries + 1):
            try:
                self.requests_sent += 1
                response = self.transport(self.endpoint, data, headers, self.timeout)
            except TimeoutError:
                last_problem = f"no answer within {self.timeout:g} s"
                network_failures += 1
                if network_failures >= MAX_NETWORK_FAILURES:
                    break
                self.sleep(self.backoff * 2**attempt)
                continue
            except OSError as error:
                last_problem = f"network error: {_one_line(str(error))}"
                network_failures += 1
                if network_failures >= MAX_NETWORK_FAILURES:
                    break  # offline or no route: more waiting will not help
                self.sleep(self.backoff * 2**attempt)
                continue
            if response.status == 200:
                result = _results(response)
                self._store(query, result)
                return result
            if response.status == 500 and any(m.encode() in response.body for m in SERVER_TIMEOUT_MARKERS):
                raise WikidataError(
                    "the query ran past the Wikidata Query Service's own time limit (HTTP 500, query timeout): "
                    "it would fail again; ask for less"
                )
            if response.status in (429, 500, 502, 503, 504):
                wait = _retry_after(response.headers, self.clock)
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise WikidataError(
                        f"the Wikidata Query Service is limiting this client (HTTP {response.status}) and asks it "
                        f"to wait {wait:.0f} s: try again later"
                    )
                last_problem = "rate-limited (HTTP 429)" if response.status == 429 else f"HTTP {response.status}"
                self.sleep(wait if wait is not None else self.backoff * 2**attempt)
                continue
            raise WikidataError(
                f"the Wikidata Query Service refused the query: HTTP {response.status}, {_describe(response)}"
            )
        self._down_until = self.clock() + self.quiet_after
        raise WikidataError(f"Wikidata Query Service unreachable after {attempt + 1} attempts ({last_problem})")

    def _path(self, query: str) -> Path:
        key = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _cached(self, query: str) -> dict | None:
        path = self._path(query)
        try:
            result = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return result if _shape_problem(result) is None else None  # a damaged entry is asked again

    def _store(self, query: str, result: dict) -> None:
        path = self._path(query)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(result), encoding="utf-8")
            temporary.replace(path)
        except OSError:
            pass  # a cache that cannot be written only costs a repeated request


def _retry_after(headers: dict[str, str], clock: Callable[[], float] = time.monotonic) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    for name, value in headers.items():
        if name.lower() != "retry-after":
            continue
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, when.timestamp() - time.time())
    return None


def _one_line(text: str, limit: int = 160) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _describe(response: HttpResponse) -> str:
    """What came back, in a few words: an HTML page by its title, else the start of the text."""
    body = response.body[:65536]
    content_type = next((v for k, v in response.headers.items() if k.lower() == "content-type"), "")
    title = _TITLE.search(body)
    if title or "html" in content_type.lower() or body.lstrip()[:1] == b"<":
        name = html.unescape(title.group(1).decode("utf-8", "replace")) if title else ""
        return f"an HTML page{f' titled {_one_line(name, 80)!r}' if name.strip() else ''}"
    text = _one_line(body.decode("utf-8", "replace"), 120)
    return f"{text!r}" if text else "an empty answer"


def _results(response: HttpResponse) -> dict:
    """The JSON results of a 200 answer, or a one-line error saying what came instead."""
    try:
        result = json.loads(response.body)
    except (ValueError, UnicodeDecodeError):
        raise WikidataError(
            f"the Wikidata Query Service answered with something that is not SPARQL JSON results: {_describe(response)}"
        ) from None
    problem = _shape_problem(result)
    if problem:
        raise WikidataError(f"the Wikidata Query Service answered with JSON of the wrong shape: {problem}")
    return result


def _shape_problem(result: object) -> str | None:
    """None for SPARQL 1.1 JSON results (an ASK boolean, or bindings of {type, value} cells)."""
    if not isinstance(result, dict):
        return f"a {type(result).__name__} instead of an object"
    if "boolean" in result:
        return None if isinstance(result["boolean"], bool) else "'boolean' is not true or false"
    bindings = (result.get("results") or {}).get("bindings") if isinstance(result.get("results"), dict) else None
    if not isinstance(bindings, list):
        return "no results.bindings list"
    for row in bindings:
        if not isinstance(row, dict) or not all(
            isinstance(cell, dict) and isinstance(cell.get("value"), str) and isinstance(cell.get("type"), str)
            for cell in row.values()
        ):
            return "a row whose cells are not {type, value} objects"
    return None


class WikidataKB(SparqlKnowledgeBase):
    name = "wikidata"

    def __init__(self, client: SparqlClient | None = None) -> None:
        super().__init__()
        self.client = client or SparqlClient()

    def select(self, query: str) -> list[Row]:
        result = self.client.run(query)
        return list(result.get("results", {}).get("bindings", []))

    def ask(self, query: str) -> bool:
        return bool(self.client.run(query).get("boolean", False))

    def candidates(self, mention: str, lang: str | None = None) -> list[Candidate]:
        """Exact label/alias matches in the label languages (WDQS cannot fold accents; see docs/kb.md)."""
        text = " ".join(mention.split())
        if not text:
            return []
        variants = {text, text.title()} if text.islower() else {text}
        rows = [[rdf.text(variant, lang_code)] for variant in sorted(variants) for lang_code in label_languages()]
        found: dict[str, tuple[str, bool]] = {}
        for row in self.run_named("candidates_exact", ["text"], rows):
            qid = rdf.local_id(row["item"]["value"], rdf.WD)
            if qid:
                is_label = row["kind"]["value"] == "label"
                if qid not in found or is_label:
                    found[qid] = (row["text"]["value"], is_label)
        return self.ranked_candidates([(qid, matched, is_label) for qid, (matched, is_label) in found.items()])

    def info(self) -> dict[str, object]:
        return {
            "name": self.name,
            "endpoint": self.client.endpoint,
            "cache": str(self.client.cache_dir),
            "user_agent": USER_AGENT,
        }


__all__ = ["ENDPOINT", "USER_AGENT", "HttpResponse", "SparqlClient", "WikidataError", "WikidataKB"]
