"""The JSON API's OpenAPI description, with the contract's schema as its response model.

The answer of `POST /api/analyze` is the `cronica/analysis@1` document, so its model in
`/openapi.json` is the contract's JSON Schema itself (generated from `cronica.model`), not a
second copy kept by hand. The request's closed sets (the languages) come from the model too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cronica.languages import languages
from cronica.model import SCHEMA_ID
from cronica.options import SUPPORTED_LANGUAGES

ANALYSIS = "Analysis"
ANALYSIS_LIST = "AnalysisList"
ERROR = "Error"
_LANG_CHOICES = ["auto", *SUPPORTED_LANGUAGES]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def component_schemas() -> dict[str, Any]:
    """The schemas `/openapi.json` refers to: the contract, a .jsonl upload's answer, an error."""
    from cronica.schema import analysis_schema

    contract = {key: value for key, value in analysis_schema().items() if key not in ("$schema", "$id")}
    return {
        ANALYSIS: contract,
        ANALYSIS_LIST: {
            "title": "The answer to a .jsonl upload",
            "type": "object",
            "properties": {
                "documents": {"type": "array", "items": _ref(ANALYSIS)},
                "errors": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "source": {"type": "string"},
                            "line": {"type": ["integer", "null"]},
                            "message": {"type": "string"},
                        },
                        "required": ["source", "line", "message"],
                    },
                },
            },
            "required": ["documents", "errors"],
            "additionalProperties": False,
        },
        ERROR: {
            "type": "object",
            "properties": {
                "error": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "integer"},
                        "message": {"type": "string"},
                        "details": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["status", "message"],
                }
            },
            "required": ["error"],
        },
    }


REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "properties": {
                    "text": {"type": "string", "description": "The text to analyze (plain text or HTML)."},
                    "lang": {"type": "string", "enum": _LANG_CHOICES, "default": "auto"},
                    "dct": {"type": "string", "description": "Document creation time, YYYY-MM-DD."},
                    "title": {"type": "string"},
                },
            },
            "example": {"text": next(iter(languages().examples.values())), "lang": languages().codes[0]},
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": ".txt, .html or .jsonl"},
                    "text": {"type": "string"},
                    "lang": {"type": "string", "enum": _LANG_CHOICES},
                    "dct": {"type": "string"},
                    "title": {"type": "string"},
                },
            }
        },
    },
}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(ERROR)}}}


RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": f"The `{SCHEMA_ID}` object; for a .jsonl upload `{{documents: [...], errors: [...]}}`.",
        "content": {"application/json": {"schema": {"oneOf": [_ref(ANALYSIS), _ref(ANALYSIS_LIST)]}}},
    },
    400: _error("Bad parameters (unknown language, malformed date, nothing to analyze)."),
    403: _error("A cross-site post (its Origin is not this server)."),
    408: _error("The request body took too long to arrive."),
    413: _error("The request is larger than the server's limit."),
    415: _error("Neither JSON nor a form."),
    422: _error("The input could not be analyzed (empty, binary, undecodable, wrong language...)."),
    503: _error("The server is busy with other analyses (see Retry-After)."),
    504: _error("The analysis took longer than the time limit (it was stopped)."),
}


def with_contract_schemas(build: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """Wrap FastAPI's `app.openapi` so the document it builds (once, cached by FastAPI) holds the
    schemas the routes refer to."""

    def openapi() -> dict[str, Any]:
        document = build()
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        if ANALYSIS not in schemas:
            schemas.update(component_schemas())
        return document

    return openapi
