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


# --- failures, each a clear one-line message; the cache ---------------------------------------

FAILURES = json.loads((RECORDED.parent / "wdqs_failures.json").read_text(encoding="utf-8"))


def recorded(name: str) -> HttpResponse:
    entry = FAILURES[name]
    return HttpResponse(entry["status"], entry["body"].encode("utf-8"), dict(entry["headers"]))


def failing_client(tmp_path, failures, waits=None, **options) -> tuple[SparqlClient, RecordedService]:
    service = RecordedService(failures)
    sleep = waits.append if waits is not None else (lambda seconds: None)
    return SparqlClient(transport=service, cache_dir=tmp_path / "wdqs", sleep=sleep, **options), service


def one_line_error(call) -> str:
    with pytest.raises(WikidataError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300, message
    assert "<script" not in message and "Traceback" not in message
    return message


def test_a_client_time_out_is_retried_once_then_reported(tmp_path):
    waits: list[float] = []

    def too_slow(url, data, headers, timeout):
        waits.append(("timeout", timeout))
        raise TimeoutError("timed out")

    client = SparqlClient(transport=too_slow, cache_dir=tmp_path, sleep=lambda s: None, timeout=30)
    message = one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))
    assert "no answer within 30 s" in message and "after 2 attempts" in message
    assert waits == [("timeout", 30), ("timeout", 30)]


def test_a_query_past_the_service_time_limit_is_not_retried(tmp_path):
    client, service = failing_client(tmp_path, [recorded("server_query_timeout")] * 5)
    message = one_line_error(lambda: client.run("SELECT * WHERE { ?s ?p ?o }"))
    assert "time limit" in message and "java" not in message
    assert len(service.requests) == 1


def test_rate_limits_wait_as_told_then_succeed(tmp_path):
    waits: list[float] = []
    client, service = failing_client(tmp_path, [recorded("rate_limited"), recorded("rate_limited")], waits)
    result = client.run("ASK { ?s ?p ?o }")
    assert waits == [3.0, 3.0] and len(service.requests) == 3 and "results" in result


def test_a_retry_after_date_is_understood(tmp_path):
    client, service = failing_client(tmp_path, [recorded("rate_limited_http_date")])
    message = one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))
    assert "HTTP 429" in message and "try again later" in message  # a date in 2099: not waited for
    assert len(service.requests) == 1


def test_a_long_retry_after_stops_at_once_and_says_so(tmp_path):
    waits: list[float] = []
    client, service = failing_client(tmp_path, [recorded("rate_limited_long")] * 5, waits)
    message = one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))
    assert "wait 3600 s" in message and waits == [] and len(service.requests) == 1


def test_a_rate_limit_that_never_lifts(tmp_path):
    waits: list[float] = []
    client, _ = failing_client(tmp_path, [recorded("rate_limited")] * 10, waits, retries=3)
    message = one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))
    assert "after 4 attempts (rate-limited (HTTP 429))" in message and waits == [3.0] * 4


def test_an_html_error_page_is_named_by_its_title(tmp_path):
    client, _ = failing_client(tmp_path, [recorded("banned_html")])
    message = one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))
    assert message.endswith("HTTP 403, an HTML page titled 'Forbidden – User-Agent policy'"), message
    client, _ = failing_client(tmp_path, [recorded("unavailable")] * 5, retries=1)
    assert "HTTP 503" in one_line_error(lambda: client.run("ASK { ?s ?p ?o }"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("html_with_200", "not SPARQL JSON results: an HTML page titled 'Wikidata Query Service'"),
        ("truncated_json", 'not SPARQL JSON results: \'{ "head"'),
        ("wrong_shape_list", "wrong shape: a list instead of an object"),
        ("wrong_shape_no_bindings", "wrong shape: no results.bindings list"),
        ("wrong_shape_cells", "wrong shape: a row whose cells are not {type, value} objects"),
        ("wrong_shape_boolean", "wrong shape: 'boolean' is not true or false"),
    ],
)
def test_malformed_answers_get_a_clear_message_and_are_not_cached(tmp_path, name, expected):
    client, service = failing_client(tmp_path, [recorded(name)])
    assert expected in one_line_error(lambda: client.run("SELECT ?item WHERE { ?item ?p ?o }"))
    client.run("SELECT ?item WHERE { ?item ?p ?o }")  # asked again: the bad answer was not kept
    assert len(service.requests) == 2


def test_malformed_answers_reach_the_kb_user_as_one_line(tmp_path):
    kb = make_kb(tmp_path, RecordedService([recorded("wrong_shape_cells")]))
    assert "wrong shape" in one_line_error(lambda: kb.labels("Q33391"))


def test_a_second_identical_query_is_answered_from_the_cache(tmp_path):
    service = RecordedService()
    kb = make_kb(tmp_path, service)
    assert kb.query("SELECT ?x WHERE { ?x ?p ?o } LIMIT 1") == []
    assert kb.label("Q33391") == "Leon Trotsky"
    sent = len(service.requests)
    again = make_kb(tmp_path, service)  # a new process: nothing in memory
    assert again.query("SELECT ?x WHERE { ?x ?p ?o } LIMIT 1") == []
    assert again.label("Q33391") == "Leon Trotsky"
    assert len(service.requests) == sent
    again.client.run("SELECT ?x WHERE { ?x ?p ?o } LIMIT 2")  # a different query does go out
    assert len(service.requests) == sent + 1


def test_a_damaged_cache_entry_is_asked_again(tmp_path):
    service = RecordedService()
    client = SparqlClient(transport=service, cache_dir=tmp_path, sleep=lambda s: None)
    client.run("ASK { ?s ?p ?o }")
    (entry,) = tmp_path.glob("*/*.json")
    entry.write_text('{"results": "torn', encoding="utf-8")
    client.run("ASK { ?s ?p ?o }")
    assert len(service.requests) == 2


def test_the_cli_prints_one_line_and_no_traceback(capsys, monkeypatch):
    from contract_checks import run_cli
    from cronica.kb import wikidata

    monkeypatch.setattr(wikidata, "urllib_transport", RecordedService([recorded("html_with_200")]))
    result = run_cli(["kb", "show", "Q33391", "--kb", "wikidata"], capsys, monkeypatch)
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "an HTML page titled 'Wikidata Query Service'" in result.err
