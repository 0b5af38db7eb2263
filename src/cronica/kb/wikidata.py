"""The online KB: the same .rq files sent to the Wikidata Query Service (`--kb wikidata`).

Only used when the user asks for it. Polite by design: a descriptive User-Agent,
timeouts, retries with exponential backoff, `Retry-After` honoured on 429/503, and an
on-disk cache of responses keyed by the query text, so a re-run sends nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
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
    """POST with the standard library; HTTP errors come back as responses, not exceptions."""
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return HttpResponse(response.status, response.read(), dict(response.headers))
    except urllib.error.HTTPError as error:
        return HttpResponse(error.code, error.read() or b"", dict(error.headers or {}))


#: connection failures (no network, DNS) tried this many times; HTTP 429/5xx get every retry
MAX_NETWORK_FAILURES = 2


class WikidataError(CronicaError):
    """The Query Service could not answer (offline, refused, or kept failing)."""


class SparqlClient:
    """Runs SPARQL against an endpoint with retries, backoff and an on-disk response cache."""

    def __init__(
        self,
        endpoint: str = ENDPOINT,
        *,
        transport: Transport = urllib_transport,
        cache_dir: Path | None = None,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        quiet_after: float = 60.0,
    ) -> None:
        self.endpoint = endpoint
        self.transport = transport
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
            except (OSError, TimeoutError) as error:
                last_problem = f"network error: {error}"
                network_failures += 1
                if network_failures >= MAX_NETWORK_FAILURES:
                    break  # offline or no route: more waiting will not help
                self.sleep(self.backoff * 2**attempt)
                continue
            if response.status == 200:
                try:
                    result = json.loads(response.body)
                except ValueError:
                    raise WikidataError("the Wikidata Query Service sent a response that is not JSON") from None
                self._store(query, result)
                return result
            if response.status in (429, 500, 502, 503, 504):
                last_problem = f"HTTP {response.status}"
                self.sleep(_retry_after(response.headers) or self.backoff * 2**attempt)
                continue
            snippet = response.body[:200].decode("utf-8", "replace").strip().splitlines()
            raise WikidataError(f"Wikidata Query Service refused the query: HTTP {response.status} {snippet[:1]}")
        self._down_until = self.clock() + self.quiet_after
        raise WikidataError(f"Wikidata Query Service unreachable after {attempt + 1} attempts ({last_problem})")

    def _path(self, query: str) -> Path:
        key = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _cached(self, query: str) -> dict | None:
        path = self._path(query)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _store(self, query: str, result: dict) -> None:
        path = self._path(query)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(result), encoding="utf-8")
            temporary.replace(path)
        except OSError:
            pass  # a cache that cannot be written only costs a repeated request


def _retry_after(headers: dict[str, str]) -> float | None:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            try:
                return min(float(value), 120.0)
            except ValueError:
                return None
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
        """Exact label/alias matches in es and en (WDQS cannot fold accents; see docs/kb.md)."""
        text = " ".join(mention.split())
        if not text:
            return []
        variants = {text, text.title()} if text.islower() else {text}
        rows = [[rdf.text(variant, lang_code)] for variant in sorted(variants) for lang_code in ("en", "es")]
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
