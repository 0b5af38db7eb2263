"""`cronica kb query`: SERVICE refused offline, time limit, result cap, memory ceiling, CONSTRUCT/DESCRIBE.

Regression tests for issue 17 §5: SERVICE reached the network, a three-way cross join grew
without bound, CONSTRUCT crashed."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time

import pytest
from pyoxigraph import RdfFormat, parse

from contract_checks import run_cli
from cronica.kb.embedded import default_packs
from cronica.kb.user_query import QueryLimitHit, QueryLimits, QueryRefused, query_kind, run_embedded
from kb.test_wikidata import RecordedService, make_kb

CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class CountingServer:
    """A SPARQL endpoint on a free loopback port that only counts who calls it."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.end_headers()
                self.wfile.write(b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}')

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint():
    server = CountingServer()
    yield server
    server.close()


def run(query: str, **limits):
    kind = query_kind(query, allow_service=False)
    outcome, results = run_embedded(default_packs(), query, kind, QueryLimits(**limits))
    return outcome, list(results)


def service_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE <{url}> {{ ?x ?p ?o }} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?where) SERVICE ?where {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_before_anything_runs(endpoint):
    for query in service_queries(endpoint.url):
        with pytest.raises(QueryRefused, match="SERVICE is not allowed against the embedded"):
            query_kind(query, allow_service=False)
    time.sleep(0.2)
    assert endpoint.hits == []


def test_the_danger_is_real_without_the_check(endpoint):
    """pyoxigraph itself does send SERVICE requests: the check above is what stops them."""
    from pyoxigraph import Store

    with contextlib.suppress(OSError, SyntaxError, RuntimeError):
        list(Store().query(f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}"))
    if not endpoint.hits:
        pytest.skip("this pyoxigraph build has no HTTP client")
    assert endpoint.hits


def test_service_through_the_cli_is_one_line_and_sends_nothing(endpoint, tmp_path, capsys, monkeypatch):
    query = tmp_path / "federated.rq"
    query.write_text(f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}", encoding="utf-8")
    result = run_cli(["kb", "query", str(query)], capsys, monkeypatch)
    assert result.code == 2 and result.err.count("\n") == 1 and "SERVICE is not allowed" in result.err
    assert endpoint.url not in result.err and endpoint.hits == []


def test_updates_and_bad_syntax_are_refused_in_one_line():
    for update in ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "LOAD <http://127.0.0.1:9/x.ttl>"):
        with pytest.raises(QueryRefused, match=r"updates .* are not allowed"):
            query_kind(update, allow_service=False)
    with pytest.raises(QueryRefused, match="SPARQL syntax error") as caught:
        query_kind("SELECT ?x WHERE {\n  ?x ?y\n", allow_service=False)
    assert "\n" not in str(caught.value)


def test_a_three_way_cross_join_stops_at_the_result_cap():
    started = time.monotonic()
    outcome, rows = run(CROSS_JOIN, max_results=500, seconds=60)
    assert len(rows) == 500 and outcome.truncated and outcome.variables == tuple("abcdefghi")
    assert time.monotonic() - started < 30  # streamed: nothing like 6,439³ rows was ever built


def test_a_sorted_cross_join_stops_at_the_time_limit():
    started = time.monotonic()
    with pytest.raises(QueryLimitHit, match="ran longer than 1 s"):
        run(CROSS_JOIN + " ORDER BY ?c ?f ?i", seconds=1, memory_mb=8192)
    assert time.monotonic() - started < 60


def test_a_sorted_cross_join_stops_at_the_memory_ceiling():
    with pytest.raises(QueryLimitHit, match="more than 600 MB of memory"):
        run(CROSS_JOIN + " ORDER BY ?c ?f ?i", seconds=120, memory_mb=600)


def test_construct_and_describe_give_triples():
    construct = (
        "CONSTRUCT { ?s <http://schema.org/name> ?l } WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
    outcome, lines = run(construct + " LIMIT 5")
    assert outcome.results == 5 == len(list(parse("".join(lines).encode(), format=RdfFormat.N_TRIPLES)))
    _, lines = run("DESCRIBE <http://www.wikidata.org/entity/Q33391>")
    triples = list(parse("".join(lines).encode(), format=RdfFormat.N_TRIPLES))
    assert any(t.object.value == "Leon Trotsky" for t in triples)


def test_ask_and_select_still_work():
    assert run("ASK { <http://www.wikidata.org/entity/Q33391> ?p ?o }")[1] == [True]
    assert run("ASK { <http://www.wikidata.org/entity/Q1> ?p ?o }")[1] == [False]
    outcome, rows = run("SELECT ?o WHERE { <http://www.wikidata.org/entity/Q33391> <http://schema.org/x> ?o }")
    assert rows == [] and outcome.variables == ("o",) and not outcome.truncated


def test_cli_construct_in_turtle_describe_and_the_cap_message(tmp_path, capsys, monkeypatch):
    query = tmp_path / "names.rq"
    query.write_text("CONSTRUCT { wd:Q33391 rdfs:label ?l } WHERE { wd:Q33391 rdfs:label ?l }", encoding="utf-8")
    result = run_cli(["kb", "query", str(query), "--rdf-format", "ttl"], capsys, monkeypatch)
    assert result.code == 0 and "@prefix wd: <http://www.wikidata.org/entity/>" in result.out
    assert '"Leon Trotsky"@en' in result.out
    query.write_text("DESCRIBE wd:Q33391", encoding="utf-8")
    result = run_cli(["kb", "query", str(query), "--limit", "3"], capsys, monkeypatch)
    assert result.code == 0 and len(result.out.splitlines()) == 3
    assert "stopped at 3 results (--limit)" in result.err
    query.write_text(CROSS_JOIN + " ORDER BY ?a ?d ?g", encoding="utf-8")
    result = run_cli(["kb", "query", str(query), "--timeout", "1", "--max-memory", "8192"], capsys, monkeypatch)
    assert result.code == 2 and "ran longer than 1 s" in result.err and result.err.count("\n") == 1


def test_wikidata_queries_keep_their_label_service_and_are_capped(tmp_path, monkeypatch):
    """SERVICE wikibase:label is how WDQS gives labels: allowed there, and the cap still holds."""
    query = (
        "SELECT ?item ?itemLabel WHERE { ?item wdt:P31 wd:Q5 . "
        'SERVICE wikibase:label { bd:serviceParam wikibase:language "en" } }'
    )
    prefixes = {
        "wikibase": "http://wikiba.se/ontology#",
        "bd": "http://www.bigdata.com/rdf#",
        "wd": "http://www.wikidata.org/entity/",
        "wdt": "http://www.wikidata.org/prop/direct/",
    }
    header = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
    assert query_kind(header + query, allow_service=True) == "SELECT"
    with pytest.raises(QueryRefused):
        query_kind(header + query, allow_service=False)
    service = RecordedService()
    monkeypatch.setattr("cronica.kb.wikidata.WikidataKB", lambda: make_kb(tmp_path, service))
    from cronica.cli.commands.kb import _wikidata_results

    outcome, rows = _wikidata_results("SELECT ?item WHERE { ?item ?p ?o }", "SELECT", QueryLimits(max_results=1))
    assert list(rows) == [] and not outcome.truncated and len(service.requests) == 1
    from cronica.errors import CronicaError

    with pytest.raises(CronicaError, match="CONSTRUCT queries run on the embedded KB only"):
        _wikidata_results("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", QueryLimits())


def test_the_python_api_refuses_service_too(kb, endpoint):
    with pytest.raises(QueryRefused, match="SERVICE is not allowed"):
        kb.query(f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}")
    assert endpoint.hits == []
    assert kb.query(
        "SELECT ?l WHERE { <http://www.wikidata.org/entity/Q33391> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
