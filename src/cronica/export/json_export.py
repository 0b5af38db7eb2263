"""The JSON contract `cronica/analysis@1`: one object per document, JSON Lines for many."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from cronica.export import register_exporter
from cronica.model import ANALYSIS_KEYS, Analysis
from cronica.schema.fields import omitted_when_empty


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON-ready data (lists, dicts, strings, numbers, null), keys in contract order."""
    data: dict[str, Any] = {}
    optional = omitted_when_empty(Analysis)
    for key in ANALYSIS_KEYS:
        value = analysis.summary if key == "summary" else getattr(analysis, key)
        if key in optional and not value:  # an optional addition (timings): only when asked for
            continue
        data[key] = _plain(value)
    return data


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
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
