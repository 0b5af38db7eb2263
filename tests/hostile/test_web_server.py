"""The web app as `cronica serve` runs it (uvicorn, the guarded protocol, a worker process), attacked.

One server for the module, on a free localhost port, with short limits: an 8 s time limit
per analysis (a short text takes well under a second; the long one about a minute), one
request allowed to wait, a 1 s header deadline and a 2 s body deadline.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cronica.web.settings import WebSettings

ROOT = Path(__file__).resolve().parents[2]
SHORT = "Lenin murió en Gorki el 21 de enero de 1924."
SETTINGS = WebSettings(
    time_limit_seconds=8.0, max_waiting_jobs=1, header_timeout_seconds=1.0, body_timeout_seconds=2.0, max_threads=4
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def long_text(chars: int) -> str:
    """History prose repeated to `chars` characters (400,000 take far longer than the 8 s limit)."""
    prose = "\n\n".join(
        (ROOT / "tests" / "data" / "long" / f"history_{lang}.txt").read_text(encoding="utf-8") for lang in ("es",)
    )
    return (prose * (chars // len(prose) + 1))[:chars]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    yield from _serve(SETTINGS)


@pytest.fixture(scope="module")
def patient_server() -> Iterator[tuple[str, int]]:
    """A minute per analysis: long enough that only a stop on disconnect frees the worker early."""
    yield from _serve(WebSettings(time_limit_seconds=60.0))


def _serve(settings: WebSettings) -> Iterator[tuple[str, int]]:
    import uvicorn

    from cronica.web.app import create_app
    from cronica.web.protocol import guarded_protocol

    port = _free_port()
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        http=guarded_protocol(settings.header_timeout_seconds),
        limit_concurrency=settings.max_connections,
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not instance.started:
        assert time.monotonic() < deadline, "the web app did not start"
        time.sleep(0.05)
    # the first analysis waits for the worker to load its models: do it once here
    status, body = request(("127.0.0.1", port), "POST", "/api/analyze", {"text": SHORT}, timeout=300)
    assert status == 200, body
    yield ("127.0.0.1", port)
    instance.should_exit = True
    thread.join(timeout=20)


def request(
    address: tuple[str, int],
    method: str,
    path: str,
    body: dict | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(*address, timeout=timeout)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        sent = {"content-type": "application/json", **(headers or {})} if payload is not None else dict(headers or {})
        connection.request(method, path, body=payload, headers=sent)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_a_slow_analysis_is_stopped_at_the_deadline_and_health_answers_meanwhile(server):
    results: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        results["slow"] = request(server, "POST", "/api/analyze", {"text": long_text(400_000), "lang": "es"})
        results["slow_seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    status, body = request(server, "GET", "/healthz", timeout=10)
    assert status == 200 and json.loads(body)["status"] == "ok"
    assert time.monotonic() - started < 2.0  # the event loop is free: the analysis runs in another process
    thread.join(timeout=60)
    status, body = results["slow"]  # type: ignore[misc]
    assert status == 504 and b"longer than 8 s" in body
    assert results["slow_seconds"] < SETTINGS.time_limit_seconds + 6  # stopped, not run to its end (~1 min)
    status, body = request(server, "POST", "/api/analyze", {"text": SHORT, "lang": "es"}, timeout=120)
    assert status == 200 and json.loads(body)["document"]["lang"] == "es"  # the next request is served


def test_work_whose_client_has_gone_is_stopped(patient_server):
    server = patient_server
    payload = json.dumps({"text": long_text(600_000), "lang": "es"}).encode()  # over a minute of work
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(
            b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        time.sleep(1.0)  # the analysis has started
    started = time.monotonic()
    status, _ = request(server, "POST", "/api/analyze", {"text": SHORT, "lang": "es"}, timeout=120)
    assert status == 200
    # the abandoned analysis would have held the worker for about a minute (its time limit)
    assert time.monotonic() - started < 20


def test_a_full_queue_answers_503_at_once_and_threads_do_not_grow(server):
    before = threading.active_count()
    slow = threading.Thread(
        target=request, args=(server, "POST", "/api/analyze", {"text": long_text(400_000), "lang": "es"})
    )
    slow.start()
    time.sleep(0.5)
    with ThreadPoolExecutor(12) as pool:
        started = time.monotonic()
        answers = list(
            pool.map(lambda _: request(server, "POST", "/api/analyze", {"text": SHORT, "lang": "es"}), range(12))
        )
        elapsed = time.monotonic() - started
    slow.join(timeout=60)
    statuses = sorted(status for status, _ in answers)
    assert statuses.count(503) >= 10  # one may wait its turn; the others are refused at once
    assert all(status in (200, 503, 504) for status in statuses)
    assert elapsed < 2 * SETTINGS.time_limit_seconds + 10
    assert threading.active_count() <= before + 12 + SETTINGS.max_threads + 4  # the clients' 12 threads, not more


def test_slow_headers_are_cut_off(server):
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never the blank line
        started = time.monotonic()
        try:
            while sock.recv(1024):
                pass
        except (ConnectionResetError, TimeoutError):
            pass
        assert time.monotonic() - started < SETTINGS.header_timeout_seconds + 3


def test_a_slow_body_gets_408(server):
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(
            b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"text": '
        )
        started = time.monotonic()
        reply = sock.recv(4096)
        assert time.monotonic() - started < SETTINGS.body_timeout_seconds + 3
        while b"}}" not in reply and (more := sock.recv(4096)):
            reply += more
    assert reply.startswith(b"HTTP/1.1 408") and b"did not arrive within 2 s" in reply


def test_a_client_leaving_mid_body_logs_no_traceback(server, caplog):
    with caplog.at_level(logging.WARNING):
        with socket.create_connection(server, timeout=10) as sock:
            sock.sendall(
                b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b'Content-Length: 5000\r\n\r\n{"text": "abc'
            )
        time.sleep(0.5)
        assert request(server, "GET", "/healthz")[0] == 200
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Host": "evil.example"}, 400),  # DNS rebinding: a page on evil.example resolving to 127.0.0.1
        ({"Host": "localhost:8000", "Origin": "http://evil.example"}, 403),
        ({"Host": "127.0.0.1", "Origin": "null"}, 403),
        ({"Host": "127.0.0.1", "Sec-Fetch-Site": "cross-site"}, 403),
    ],
)
def test_foreign_hosts_and_cross_site_posts_are_refused(server, headers, status):
    code, body = request(server, "POST", "/api/analyze", {"text": SHORT}, headers=headers)
    assert code == status, body
    assert json.loads(body)["error"]["status"] == status
