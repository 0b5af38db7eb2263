"""The web app through FastAPI's test client: pages, API, uploads, limits, errors, headers."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from cronica.options import Options
from cronica.web.app import create_app
from cronica.web.settings import WebSettings

SPANISH = "León Trotsky fue expulsado de la Unión Soviética en 1929 por orden de Stalin."
ENGLISH = "Leon Trotsky was expelled from the Soviet Union in 1929, and he later lived in Mexico, where he was killed."


@pytest.fixture(scope="module")
def client(pipeline):
    app = create_app(WebSettings(max_request_bytes=64 * 1024), pipeline=pipeline)
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        yield test_client


def test_form_page_has_a_strict_csp_and_no_script(client):
    response = client.get("/")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert "<script" not in response.text and 'name="text"' in response.text and 'name="file"' in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pasted_text_gives_the_report(client):
    response = client.post("/analyze", data={"text": SPANISH, "lang": "es"})
    assert response.status_code == 200
    assert "Stalin" in response.text and "cr-timeline" not in response.headers.get("content-type", "")
    csp = response.headers["content-security-policy"]
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert 'href="/"' in response.text  # the way back to the form


def test_api_returns_the_json_contract(client):
    response = client.post("/api/analyze", json={"text": ENGLISH, "lang": "en", "dct": "2020-01-02"})
    assert response.status_code == 200
    data = response.json()
    assert data["schema"] == "cronica/analysis@1"
    assert data["document"]["lang"] == "en" and data["document"]["dct"] == "2020-01-02"
    assert data["text"] == ENGLISH and data["stages"]["nlp"] == "ok"
    for entity in data["entities"]:
        assert data["text"][entity["start"] : entity["end"]] == entity["text"]


def test_api_output_validates_against_the_contract_schema(client):
    from cronica.schema import validate_analysis

    validate_analysis(client.post("/api/analyze", json={"text": SPANISH}).json())


def test_uploads_txt_html_and_jsonl(client):
    txt = client.post("/api/analyze", files={"file": ("notas.txt", SPANISH.encode("latin-1"))}, data={"lang": "es"})
    assert txt.status_code == 200 and txt.json()["text"] == SPANISH  # latin-1 decoded like the CLI does
    assert txt.json()["document"]["source"] == "notas.txt" and txt.json()["document"]["id"] == "notas"
    page = f"<html><head><title>Exilio</title></head><body><article><p>{SPANISH}</p></article></body></html>"
    html = client.post("/api/analyze", files={"file": ("pagina.html", page.encode())})
    assert html.status_code == 200 and "Stalin" in html.json()["text"] and "<p>" not in html.json()["text"]
    lines = json.dumps({"id": "a", "text": SPANISH}) + "\n" + "{broken\n" + json.dumps({"text": ENGLISH}) + "\n"
    many = client.post("/api/analyze", files={"file": ("corpus.jsonl", lines.encode())})
    assert many.status_code == 200
    body = many.json()
    assert [doc["document"]["id"] for doc in body["documents"]] == ["a", "corpus:3"]
    assert body["errors"] == [{"source": "corpus.jsonl", "line": 2, "message": body["errors"][0]["message"]}]
    assert "malformed JSON" in body["errors"][0]["message"]
    report = client.post("/analyze", files={"file": ("corpus.jsonl", lines.encode())})
    assert report.status_code == 200 and report.text.count('<article class="cr-doc"') == 2


@pytest.mark.parametrize(
    ("kwargs", "status", "message"),
    [
        ({"json": {"text": "   "}}, 400, "nothing to analyze"),
        ({"json": {"text": SPANISH, "lang": "fr"}}, 400, "unsupported language 'fr'"),
        ({"json": {"text": SPANISH, "dct": "ayer"}}, 400, "invalid document date"),
        ({"json": ["not", "an", "object"]}, 400, "must be an object"),
        ({"json": {"text": 12}}, 400, "'text' must be a string"),
        ({"content": b"{oops", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
        ({"content": b"[" * 30000 + b"]" * 30000, "headers": {"content-type": "application/json"}}, 400,
         "nested too deeply"),
        ({"content": b'{"text": ' * 5000 + b'"x"' + b"}" * 5000, "headers": {"content-type": "application/json"}},
         400, "nested too deeply"),
        ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415, "send JSON"),
        ({"files": {"file": ("datos.pdf", b"%PDF-1.7")}}, 400, "datos.pdf: cannot read a file .pdf"),
        ({"files": [("file", ("a.txt", b"uno")), ("file", ("b.txt", b"dos"))]}, 400, "Too many files"),
        ({"data": {f"field{i}": "x" for i in range(30)}}, 400, "Too many fields"),
        ({"files": {"file": ("vacio.txt", b"")}}, 422, "vacio.txt: empty input"),
        ({"files": {"file": ("bin.txt", b"\x00\x01\x02" * 100)}}, 422, "bin.txt: binary file"),
        ({"json": {"text": "Ceci est un texte entièrement écrit en français, sans aucun doute possible."}}, 422,
         "French"),
    ],
)  # fmt: skip
def test_api_errors_are_json_with_a_clear_message(client, kwargs, status, message):
    response = client.post("/api/analyze", **kwargs)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status and message in error["message"]


def test_form_errors_are_html_pages(client):
    response = client.post("/analyze", data={"text": ""})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "nothing to analyze" in response.text and 'role="alert"' in response.text
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "no page here" in missing.text
    api_missing = client.get("/api/nothing")
    assert api_missing.status_code == 404 and api_missing.json()["error"]["status"] == 404


def test_request_size_limit(client):
    big = "a " * (40 * 1024)  # 80 KB against a 64 KB limit
    response = client.post("/api/analyze", json={"text": big})
    assert response.status_code == 413 and "request too large" in response.json()["error"]["message"]
    page = client.post("/analyze", files={"file": ("big.txt", big.encode())})
    assert page.status_code == 413 and "request too large" in page.text


def test_request_size_limit_without_content_length(client):
    def chunks():
        for _ in range(20):
            yield b"x" * 8192

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


class _SlowPipeline:
    """Stands in for a pipeline stuck on a huge text."""

    options = Options()

    def analyze_records(self, records):
        time.sleep(1.5)
        return iter(())


def test_time_limit_gives_a_504_and_a_clear_message():
    app = create_app(WebSettings(time_limit_seconds=0.2), pipeline=_SlowPipeline())
    with TestClient(app, base_url="http://localhost:8000") as slow:
        started = time.perf_counter()
        response = slow.post("/api/analyze", json={"text": SPANISH})
        assert time.perf_counter() - started < 1.4
    assert response.status_code == 504 and "longer than 0.2 s" in response.json()["error"]["message"]


def test_hostile_filename_and_text_come_back_escaped(client):
    name = '"><script>window.__pwned=1</script>\u202e.txt'
    text = SPANISH + ' <script>window.__pwned=1</script> " onmouseover="window.__pwned=1" </textarea>'
    response = client.post(
        "/analyze", files={"file": (name, text.encode())}, data={"title": "<img src=x onerror=alert(1)>"}
    )
    assert response.status_code == 200
    body = response.text
    assert "<script>window" not in body and "<img src=x" not in body and "</textarea>" not in body
    assert "\u202e" not in body
    bad = client.post("/analyze", files={"file": ('<b onmouseover="x">.exe', b"x")})
    assert bad.status_code == 400 and "<b onmouseover" not in bad.text and "&lt;b onmouseover" in bad.text


def test_docs_are_served_without_a_cdn(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and 'src="/docs/assets/swagger-ui-bundle.js"' in docs.text
    assert "script-src 'self'" in docs.headers["content-security-policy"]
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/init.js").status_code == 200
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)


def test_serve_command_refuses_a_bad_port_in_one_line():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "cronica", "serve", "--port", "70000"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "cronica: error: invalid port 70000: expected 1-65535"


def test_form_and_error_pages_speak_the_browsers_language(client):
    spanish = client.get("/", headers={"accept-language": "es-ES,es;q=0.9,en;q=0.8"})
    assert '<html lang="es">' in spanish.text and "Analizar un texto" in spanish.text
    assert '<a href="/docs">documentación de la API</a>' in spanish.text
    english = client.get("/", headers={"accept-language": "fr-FR, en;q=0.5, es;q=0.4"})
    assert '<html lang="en">' in english.text and "Analyze a text" in english.text
    error = client.post("/analyze", data={"text": ""}, headers={"accept-language": "es"})
    assert error.status_code == 400 and "Volver al formulario" in error.text


def test_a_foreign_host_and_a_cross_site_post_are_refused(client):
    assert client.get("/healthz", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/healthz", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/healthz", headers={"host": "[::1]:8000"}).status_code == 200
    cross = client.post("/api/analyze", json={"text": SPANISH}, headers={"origin": "http://evil.example"})
    assert cross.status_code == 403 and "cross-site" in cross.json()["error"]["message"]
    form = client.post("/analyze", data={"text": SPANISH}, headers={"origin": "http://evil.example:8000"})
    assert form.status_code == 403 and form.headers["content-type"].startswith("text/html")
    same = client.post("/api/analyze", json={"text": SPANISH}, headers={"origin": "http://127.0.0.1:8000"})
    assert same.status_code == 200
    own_form = {"origin": "null", "sec-fetch-site": "same-origin"}  # Chromium, under Referrer-Policy: no-referrer
    assert client.post("/analyze", data={"text": SPANISH}, headers=own_form).status_code == 200
    sandboxed = client.post("/api/analyze", json={"text": SPANISH}, headers={"origin": "null"})
    assert sandboxed.status_code == 403
    assert client.get("/", headers={"origin": "http://evil.example"}).status_code == 200  # reading the form is harmless


def test_a_lone_surrogate_is_the_records_error_not_a_500(client):
    response = client.post("/api/analyze", content=b'{"text": "Lenin muri\\u00f3 en 1924 \\ud800."}',
                           headers={"content-type": "application/json"})  # fmt: skip
    assert response.status_code == 422, response.text
    assert "surrogate" in response.json()["error"]["message"]
    lines = b'{"id": "a", "text": "Lenin muri\\u00f3 en 1924."}\n{"id": "b", "text": "Bad \\udc80 text"}\n'
    many = client.post("/api/analyze", files={"file": ("posts.jsonl", lines)})
    assert many.status_code == 200
    body = many.json()
    assert [doc["document"]["id"] for doc in body["documents"]] == ["a"]
    assert body["errors"][0]["line"] == 2 and "surrogate" in body["errors"][0]["message"]
