"""The online backend, against recorded WDQS responses (never the network)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest

from cronica.kb.wikidata import USER_AGENT, HttpResponse, SparqlClient, WikidataError, WikidataKB

RECORDED = Path(__file__).resolve().parents[1] / "data" / "kb" / "wdqs_recorded.json"


class RecordedService:
    """Answers from the recorded responses; counts requests; can fail a few times first."""

    def __init__(self, failures: list[HttpResponse] | None = None) -> None:
        self.responses = json.loads(RECORDED.read_text(encoding="utf-8"))["responses"]
        self.failures = list(failures or [])
        self.requests: list[tuple[str, dict[str, str]]] = []

    def __call__(self, url: str, data: bytes, headers: dict[str, str], timeout: float) -> HttpResponse:
        query = urllib.parse.parse_qs(data.decode("utf-8"))["query"][0]
        self.requests.append((query, headers))
        if self.failures:
            return self.failures.pop(0)
        for recorded in self.responses:
            if all(fragment in query for fragment in recorded["match"]):
                return HttpResponse(200, json.dumps(recorded["body"]).encode(), {})
        return HttpResponse(200, b'{"head": {"vars": []}, "results": {"bindings": []}}', {})


def make_kb(tmp_path, service, **options) -> WikidataKB:
    client = SparqlClient(transport=service, cache_dir=tmp_path / "wdqs", sleep=lambda s: None, **options)
    return WikidataKB(client)


def test_same_interface_from_recorded_responses(tmp_path):
    service = RecordedService()
    kb = make_kb(tmp_path, service)
    assert kb.label("Q33391") == "Leon Trotsky"
    assert kb.label("Q33391", "es") == "León Trotski"
    (death,) = kb.statements("Q33391", "P570")
    assert death.value.iso == "1940-08-21"
    assert death.references[0].stated_in == "Q328"
    (birth,) = kb.statements("Q33391", "P569")
    assert birth.rank == "preferred" and birth.value.entered_in == "julian" and birth.value.iso == "1879-11-07"
    assert [c.qid for c in kb.candidates("Trotsky")] == ["Q33391"]
    assert kb.located_in("Q35493", "Q232")


def test_polite_requests_and_disk_cache(tmp_path):
    service = RecordedService()
    kb = make_kb(tmp_path, service)
    kb.statements("Q33391", "P570")
    sent = len(service.requests)
    assert sent >= 1
    assert all(headers["User-Agent"] == USER_AGENT and "cronica" in USER_AGENT for _, headers in service.requests)
    again = make_kb(tmp_path, service)  # a new process: answers come from the disk cache
    again.statements("Q33391", "P570")
    assert len(service.requests) == sent


def test_rate_limit_and_server_errors_are_retried_with_backoff(tmp_path):
    waits: list[float] = []
    service = RecordedService([HttpResponse(429, b"slow down", {"Retry-After": "7"}), HttpResponse(503, b"", {})])
    client = SparqlClient(transport=service, cache_dir=tmp_path, sleep=waits.append, backoff=0.5)
    result = client.run("ASK { #@bind\n }")
    assert waits == [7.0, 1.0]
    assert "head" in result or "boolean" in result


def test_gives_up_with_one_clear_error(tmp_path):
    service = RecordedService([HttpResponse(503, b"", {})] * 10)
    client = SparqlClient(transport=service, cache_dir=tmp_path, sleep=lambda s: None, retries=2)
    with pytest.raises(WikidataError, match="after 3 attempts"):
        client.run("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_network_errors_are_retried_then_reported(tmp_path):
    def offline(url, data, headers, timeout):
        raise OSError("Network is unreachable")

    client = SparqlClient(transport=offline, cache_dir=tmp_path, sleep=lambda s: None, retries=1)
    with pytest.raises(WikidataError, match="unreachable"):
        client.run("ASK {}")


def test_a_refused_query_is_not_retried(tmp_path):
    service = RecordedService([HttpResponse(400, b"MalformedQueryException: bad", {})])
    client = SparqlClient(transport=service, cache_dir=tmp_path, sleep=lambda s: None)
    with pytest.raises(WikidataError, match="HTTP 400"):
        client.run("SELECT")
    assert len(service.requests) == 1


def test_user_text_reaches_wdqs_only_as_an_escaped_literal(tmp_path):
    service = RecordedService()
    kb = make_kb(tmp_path, service)
    kb.candidates('Trotsky" } ?x ?y ?z {\\ new')
    query = service.requests[-1][0]
    assert '"Trotsky\\" } ?x ?y ?z {\\\\ new"@en' in query


def test_after_giving_up_it_fails_fast_for_a_while(tmp_path):
    now = [0.0]
    service = RecordedService([HttpResponse(503, b"", {})] * 2)
    client = SparqlClient(
        transport=service, cache_dir=tmp_path, sleep=lambda s: None, retries=1, clock=lambda: now[0], quiet_after=60
    )
    with pytest.raises(WikidataError):
        client.run("ASK { ?s ?p ?o }")
    sent = len(service.requests)
    with pytest.raises(WikidataError, match="not retried"):
        client.run("ASK { ?a ?b ?c }")
    assert len(service.requests) == sent  # nothing sent while the service is considered down
    now[0] = 61.0
    client.run("ASK { ?a ?b ?c }")
    assert len(service.requests) == sent + 1


def test_the_linker_runs_on_the_online_backend(tmp_path):
    from cronica.kb.linker import Linker, Mention

    kb = make_kb(tmp_path, RecordedService())
    (decision,) = Linker(kb).link_document([Mention("Trotsky", "PER")], years=[1927])
    assert decision.qid == "Q33391"
    assert kb.alias_index() is None  # no surname or missed-name search against live Wikidata
