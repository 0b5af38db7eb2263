"""The JSON contract `cronica/analysis@1`: one object per document, JSON Lines for many."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from cronica.export import register_exporter
from cronica.model import Analysis

#: key order of the contract, as documented in docs/output.md
TOP_LEVEL_KEYS = (
    "schema", "document", "stages", "text", "sentences", "entities", "timexes", "intervals",
    "events", "claims", "flags", "rhetoric", "summary", "warnings",
)  # fmt: skip


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON-ready data (lists, dicts, strings, numbers, null)."""
    data: dict[str, Any] = {}
    for key in TOP_LEVEL_KEYS:
        if key == "summary":
            data[key] = analysis.summary
        else:
            data[key] = _plain(getattr(analysis, key))
        if key == "stages" and analysis.timings:  # an optional addition: only when timings were asked for
            data["timings"] = dict(analysis.timings)
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def dumps(analysis: Analysis, indent: int | None = 2) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


@register_exporter("json", suffix=".json", description="one JSON object (JSON Lines when several documents)")
def render_json(analyses: Iterable[Analysis]) -> str:
    items = list(analyses)
    if len(items) == 1:
        return dumps(items[0]) + "\n"
    return render_jsonl(items)


@register_exporter("jsonl", suffix=".jsonl", description="JSON Lines: one analysis a line, in input order")
def render_jsonl(analyses: Iterable[Analysis]) -> str:
    return "".join(dumps(item, indent=None) + "\n" for item in analyses)
