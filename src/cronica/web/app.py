"""The FastAPI app behind `cronica serve`: a form, the HTML report, and the JSON API.

The server only reads requests and writes answers; each analysis (decoding, analysis,
rendering) is a job run one at a time by a runner (`runner.py`): in a worker process
that loads the models once, under a real deadline, stopped when its client disconnects.
Requests are checked before any work: the Host header and, for posts, the Origin
(`security.py`), the body's size and the time it takes to arrive (`limits.py`).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import cache, lru_cache
from http import HTTPStatus
from importlib import resources
from typing import Any, Literal

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.types import Scope

from cronica import __version__
from cronica.errors import CronicaError, InputError
from cronica.export.html import csp_hash
from cronica.languages import languages
from cronica.pipeline import Pipeline
from cronica.report.i18n import language_of_request, translations
from cronica.report.safety import visible_label
from cronica.web import api_schema
from cronica.web.jobs import Job, Refusal, Reply
from cronica.web.limits import BodyLimits
from cronica.web.runner import ProcessRunner, ThreadRunner
from cronica.web.security import HostAndOrigin, SecurityHeaders, docs_csp
from cronica.web.settings import WebSettings

Runner = ThreadRunner | ProcessRunner

TEMPLATES = resources.files("cronica.web") / "templates"
MAX_FORM_FIELDS = 20


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))


@cache
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def page_csp() -> str:
    """cronica's own pages (form, errors): no script at all, only the shipped stylesheet."""
    return (
        f"default-src 'none'; style-src {csp_hash(_asset('web.css'))}; img-src data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def create_app(settings: WebSettings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The app; with `pipeline` given, jobs run on it in a thread of this process (tests, embedding),
    otherwise in a worker process started with the app."""
    settings = settings or WebSettings()
    runner: Runner = ThreadRunner(settings, pipeline) if pipeline is not None else ProcessRunner(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the few threads the server needs (form parsing, joins): never a thread per waiting request
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.max_threads
        await runner.start()
        try:
            yield
        finally:
            await runner.stop()

    app = FastAPI(
        title="cronica",
        version=__version__,
        summary="Narrative text about the past → a sourced, checked timeline.",
        description=(
            "Send a text (JSON) or a file (multipart form) to `POST /api/analyze` and get the "
            "`cronica/analysis@1` JSON contract back (see docs/output.md). Requests are limited to "
            f"{settings.max_request_bytes / 1048576:g} MB and {settings.time_limit_seconds:g} s."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.runner = runner
    app.add_middleware(
        BodyLimits,
        max_bytes=settings.max_request_bytes,
        timeout_seconds=settings.body_timeout_seconds,
        respond=_error_for_scope,
    )
    app.add_middleware(SecurityHeaders, default_csp=page_csp())
    app.add_middleware(HostAndOrigin, allowed_hosts=settings.allowed_hosts, respond=_error_for_scope)
    _add_error_handlers(app)
    _add_pages(app, runner, settings)
    _add_api(app, runner, settings)
    _add_docs(app)
    app.openapi = api_schema.with_contract_schemas(app.openapi)  # type: ignore[method-assign]
    return app


# --- reading a request -------------------------------------------------------------------


async def read_job(request: Request, answer: Literal["page", "api"], settings: WebSettings) -> Job:
    """Text or file from a JSON body or a form, plus lang/dct/title, as a job for the runner."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        fields, upload = await _json_fields(request), None
    elif content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        fields, upload = await _form_fields(request, settings.max_request_bytes)
    else:
        raise HTTPException(415, 'send JSON like {"text": "..."} or a form with a "text" or "file" field')
    return Job(fields, upload, answer)


async def _json_fields(request: Request) -> dict[str, str]:
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CronicaError(f"the request body is not valid JSON: {error}") from None
    except RecursionError:
        raise CronicaError("the request body is not valid JSON: it is nested too deeply") from None
    if not isinstance(body, dict):
        raise CronicaError('the JSON body must be an object like {"text": "..."}')
    fields = {}
    for key in ("text", "lang", "dct", "title"):
        value = body.get(key)
        if value is not None and not isinstance(value, str):
            raise CronicaError(f"'{key}' must be a string")
        fields[key] = value or ""
    return fields


async def _form_fields(request: Request, max_bytes: int) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=max_bytes)
    fields: dict[str, str] = {}
    upload = None
    for key in ("text", "lang", "dct", "title"):
        value = form.get(key)
        fields[key] = value if isinstance(value, str) else ""
    file = form.get("file")
    if isinstance(file, UploadFile) and file.filename:
        data = await file.read()
        upload = (file.filename, data)
    return fields, upload


async def run_while_connected(request: Request, runner: Runner, job: Job) -> Reply | None:
    """The job's reply, or None when the client disconnected first (its job is then stopped)."""
    reply: Reply | None = None
    async with anyio.create_task_group() as group:

        async def watch() -> None:
            while (await request.receive())["type"] != "http.disconnect":
                pass
            group.cancel_scope.cancel()  # stops the job: the runner asks it to stop, or kills its worker

        group.start_soon(watch)
        reply = await runner.run(job)
        group.cancel_scope.cancel()
    return reply


def respond(request: Request, reply: Reply | None) -> Response:
    if reply is None:
        return Response(status_code=499)  # nobody is listening any more
    if isinstance(reply, Refusal):
        response = error_response(request, reply.status, reply.message, reply.details)
        if reply.status == 503:
            response.headers["Retry-After"] = "5"
        return response
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=dict(reply.headers))


# --- routes -------------------------------------------------------------------------------


def _add_pages(app: FastAPI, runner: Runner, settings: WebSettings) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form_page(request: Request) -> HTMLResponse:
        tr = translations(language_of_request(request.headers.get("accept-language", "")))
        docs_link = Markup('<a href="/docs">{}</a>').format(tr("web_api_docs"))
        api_line = Markup(escape(tr.words["web_api"])).format(
            endpoint=Markup("<code>POST /api/analyze</code>"), docs=docs_link
        )
        html = (
            _environment()
            .get_template("form.html.j2")
            .render(
                tr=tr,
                languages=[(code, tr.words.get(f"language_{code}", name)) for code, name in languages().names.items()],
                api_line=api_line,
                css=Markup(_asset("web.css")),
                version=__version__,
                max_mb=f"{settings.max_request_bytes / 1048576:g}",
                time_limit=f"{settings.time_limit_seconds:g}",
            )
        )
        return HTMLResponse(html)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_page(request: Request) -> Response:
        job = await read_job(request, "page", settings)
        return respond(request, await run_while_connected(request, runner, job))

    @app.get("/healthz", include_in_schema=False)
    async def health() -> dict[str, str]:  # async: answered by the event loop, whatever the threads do
        return {"status": "ok", "version": __version__}


def _add_api(app: FastAPI, runner: Runner, settings: WebSettings) -> None:
    @app.post(
        "/api/analyze",
        summary="Analyze a text or a file into the JSON contract",
        openapi_extra={"requestBody": api_schema.REQUEST_BODY},
        responses=api_schema.RESPONSES,
    )
    async def analyze_api(request: Request) -> Response:
        job = await read_job(request, "api", settings)
        return respond(request, await run_while_connected(request, runner, job))


def _add_docs(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return HTMLResponse(_asset("docs.html"), headers={"Content-Security-Policy": docs_csp()})

    @app.get("/docs/init.js", include_in_schema=False)
    def docs_script() -> Response:
        return Response(_asset("docs-init.js"), media_type="text/javascript")


# --- errors -------------------------------------------------------------------------------


def error_json(status: int, message: str, details: Sequence[str] = ()) -> JSONResponse:
    body: dict[str, Any] = {"error": {"status": status, "message": message}}
    if details:
        body["error"]["details"] = list(details)
    return JSONResponse(body, status_code=status)


def error_page(status: int, message: str, details: Sequence[str] = (), accept_language: str = "") -> HTMLResponse:
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    html = (
        _environment()
        .get_template("error.html.j2")
        .render(
            tr=translations(language_of_request(accept_language)),
            css=Markup(_asset("web.css")),
            status=status,
            reason=reason,
            message=visible_label(message, 1000),
            details=[visible_label(item, 1000) for item in details],
        )
    )
    return HTMLResponse(html, status_code=status)


def _wants_json(path: str, accept: str) -> bool:
    if path.startswith("/api/") or path == "/openapi.json":
        return True
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, message: str, details: Sequence[str] = ()) -> Response:
    if _wants_json(request.url.path, request.headers.get("accept", "")):
        return error_json(status, message, details)
    return error_page(status, message, details, request.headers.get("accept-language", ""))


async def _error_for_scope(scope: Scope, status: int, message: str) -> Response:
    """For middleware that answers before a route runs (the size limit)."""
    headers = {name: value.decode("latin-1") for name, value in scope.get("headers", ())}
    if _wants_json(scope.get("path", ""), headers.get(b"accept", "")):
        return error_json(status, message)
    return error_page(status, message, accept_language=headers.get(b"accept-language", ""))


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else HTTPStatus(error.status_code).phrase
        if error.status_code == 404:
            message = f"no page here: {request.url.path}"
        response = error_response(request, error.status_code, message)
        if error.headers:
            response.headers.update(error.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        details = [f"{'.'.join(str(p) for p in item.get('loc', ()))}: {item.get('msg', '')}" for item in error.errors()]
        return error_response(request, 422, "the request is not valid", details)

    @app.exception_handler(ClientDisconnect)
    async def client_gone(request: Request, error: ClientDisconnect) -> Response:
        return Response(status_code=499)  # the client left while sending: nothing to log, nobody to answer

    @app.exception_handler(InputError)
    async def input_error(request: Request, error: InputError) -> Response:
        return error_response(request, 422, str(error))

    @app.exception_handler(CronicaError)
    async def cronica_error(request: Request, error: CronicaError) -> Response:
        return error_response(request, 400, str(error))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> Response:
        return error_response(request, 500, f"internal error: {type(error).__name__} (see the server log)")
