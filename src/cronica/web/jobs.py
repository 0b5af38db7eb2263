"""One request's work, from its fields to the body of the answer: what the analysis worker runs.

Everything that costs CPU time happens here: decoding an upload and extracting a web
page's main text, the analysis, and rendering the report or the JSON. The server only
reads the request and writes the answer, so a deadline on this one call is a deadline on
all the work a request can cause.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from cronica.errors import CronicaError, InputError
from cronica.ingest import JSONL_SUFFIXES, Record
from cronica.model import Analysis
from cronica.web.inputs import RequestOptions, display_name, records_from_text, records_from_upload


class AnalyzingPipeline(Protocol):
    """What a job needs of a pipeline (a `cronica.pipeline.Pipeline`)."""

    options: Any

    def analyze_records(self, records: Sequence[Record | InputError]) -> Any: ...


@dataclass(frozen=True)
class Job:
    """What a request asks for: its form or JSON fields, an uploaded file, and the answer's kind."""

    fields: Mapping[str, str]
    upload: tuple[str, bytes] | None = None
    answer: Literal["page", "api"] = "api"


@dataclass(frozen=True)
class Answer:
    """A finished body to send as it is."""

    status: int
    body: str
    media_type: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Refusal:
    """An error for the server to render (an HTML page or JSON, as the client wants)."""

    status: int
    message: str
    details: tuple[str, ...] = ()


Reply = Answer | Refusal


def run_job(pipeline: AnalyzingPipeline, job: Job) -> Reply:
    try:
        records, many = _records(job, pipeline.options.max_chars)
    except InputError as error:
        return Refusal(422, str(error))
    except CronicaError as error:
        return Refusal(400, str(error))
    results = list(pipeline.analyze_records(records))
    analyses = [item for item in results if isinstance(item, Analysis)]
    errors = [item for item in results if isinstance(item, InputError)]
    if job.answer == "page":
        return _page(analyses, errors)
    return _api(analyses, errors, many)


def _records(job: Job, max_chars: int) -> tuple[list[Record | InputError], bool]:
    fields = job.fields
    options = RequestOptions.parse(fields.get("lang"), fields.get("dct"), fields.get("title"))
    text = fields.get("text") or ""
    if job.upload is not None:
        if text.strip():
            raise CronicaError("give either a pasted text or a file, not both")
        filename, data = job.upload
        many = display_name(filename).lower().endswith(JSONL_SUFFIXES)
        return records_from_upload(filename, data, options, max_chars), many
    if not text.strip():
        raise CronicaError("nothing to analyze: paste a text or choose a file")
    return records_from_text(text, options), False


def _page(analyses: list[Analysis], errors: list[InputError]) -> Reply:
    from cronica.export.html import render_report, report_csp

    if not analyses:
        return Refusal(422, "the input could not be analyzed", tuple(str(e) for e in errors))
    headers = {"Content-Security-Policy": report_csp() + "; frame-ancestors 'none'"}
    if errors:
        headers["X-Cronica-Skipped-Records"] = str(len(errors))
    return Answer(200, render_report(analyses, back_url="/"), "text/html; charset=utf-8", headers)


def _api(analyses: list[Analysis], errors: list[InputError], many: bool) -> Reply:
    from cronica.export.json_export import to_dict

    if many:
        body = {"documents": [to_dict(a) for a in analyses], "errors": [_error_item(e) for e in errors]}
        return Answer(200 if analyses else 422, _json(body), "application/json")
    if not analyses:
        return Refusal(422, str(errors[0]) if errors else "the input could not be analyzed")
    return Answer(200, _json(to_dict(analyses[0])), "application/json")


def _error_item(error: InputError) -> dict[str, Any]:
    return {"source": error.source, "line": error.line, "message": error.message}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
