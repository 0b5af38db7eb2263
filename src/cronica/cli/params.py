"""The options the commands share: one spelling, one short form and one set of choices per concept.

Every command builds these options here, so `--format` is always `-f`, `--output` always
`-o`, `--limit` always `-n`, `--lang` always `-l`; and closed sets are choices taken from
their one home (the languages and stages from the contract's model, the knowledge bases
from `cronica.options`, the formats from the exporters' table), so a wrong value is refused
by the parser with the list of right ones. `tests/test_cli_consistency.py` walks every
command to keep it so.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

import typer

from cronica.export import FORMAT_MODULES
from cronica.options import DEFAULT_MAX_CHARS, KNOWLEDGE_BASES, PIPELINE_STAGES, SUPPORTED_LANGUAGES

#: the most rows a query may ask for (SQLite's LIMIT takes a 64-bit integer: a larger one is an error)
MAX_ROWS = 10_000_000

if TYPE_CHECKING:  # the choices are built from their homes at run time; to a type checker they are strings
    LangChoice = str
    KbChoice = str
    ExportFormat = str
else:
    LangChoice = Literal[("auto", *SUPPORTED_LANGUAGES)]
    KbChoice = Literal[KNOWLEDGE_BASES]
    ExportFormat = Literal[tuple(FORMAT_MODULES)]
#: a report a person reads, or the same figures as JSON for a program
ReportFormat = Literal["text", "json"]
#: rows of a query
TableFormat = Literal["table", "csv", "json"]
#: the stages `--skip` may name (ingest always runs)
Stage = Enum("Stage", {name: name for name in PIPELINE_STAGES[1:]}, type=str)  # type: ignore[misc]


def lang_option(default: str | None = "auto", help: str = "The texts' language (auto: detect it per text).") -> Any:
    return typer.Option(default, "--lang", "-l", help=help)


def dct_option(help: str = "Document creation time YYYY-MM-DD (anchors 'today', 'last year').") -> Any:
    return typer.Option(None, "--dct", help=help)


def kb_option(default: str | None = "embedded") -> Any:
    return typer.Option(
        default, "--kb", help="Knowledge base: the embedded pack (offline, the default) or live Wikidata."
    )


def format_option(default: str | None, help: str) -> Any:
    return typer.Option(default, "--format", "-f", help=help)


def report_format_option() -> Any:
    return format_option("text", "text (a report to read) or json (the same figures for a program).")


def output_option(help: str, default: Any = None) -> Any:
    return typer.Option(default, "--output", "-o", help=help)


def limit_option(default: int, what: str = "rows") -> Any:
    return typer.Option(default, "--limit", "-n", min=1, max=MAX_ROWS, help=f"Print at most this many {what}.")


def db_option(help: str = "The corpus database, or the batch --output folder holding it.") -> Any:
    return typer.Option(..., "--db", help=help)


def workers_option(default: int, help: str) -> Any:
    return typer.Option(default, "--workers", "-w", min=1, max=1024, help=help)


def skip_option() -> Any:
    return typer.Option([], "--skip", help="A stage not to run (repeatable); ingest always runs.")


def model_option() -> Any:
    return typer.Option([], "--model", help="The spaCy pipeline of a language, e.g. es=es_core_news_lg (repeatable).")


def max_chars_option(default: int | None = None) -> Any:
    return typer.Option(
        default, "--max-chars", min=1, help=f"Refuse texts longer than this (default {DEFAULT_MAX_CHARS:,})."
    )


def timings_option() -> Any:
    return typer.Option(False, "--timings", help='Record the seconds each stage took (JSON: "timings").')


def stage_names(stages: list[Any]) -> frozenset[str]:
    """`--skip` values as plain stage names."""
    return frozenset(stage.value if isinstance(stage, Enum) else str(stage) for stage in stages)
