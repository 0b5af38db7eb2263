"""Check an analysis made elsewhere against the contract before it goes into the store.

`cronica store load` reads files it did not write: a field missing, a wrong type, an
integer SQLite cannot hold, a string with a lone surrogate or an offset outside the text
must cost that one record (reported with its reason), never the file or the store.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

#: SQLite's INTEGER range
SQLITE_MIN_INT, SQLITE_MAX_INT = -(2**63), 2**63 - 1
#: layers whose items are spans of the text (`start`, `end` and, where present, `text`)
SPAN_LAYERS = ("sentences", "entities", "timexes", "intervals", "claims", "flags")
MAX_MESSAGE = 200


def contract_problem(data: Any) -> str | None:
    """The first way `data` breaks the `cronica/analysis@1` contract, or None when it keeps it."""
    for check in (_values_problem, _schema_problem, _text_problem, _span_problem, _reference_problem):
        problem = check(data)
        if problem is not None:
            return problem[:MAX_MESSAGE]
    return None


def _values_problem(data: Any) -> str | None:
    """Values the JSON may hold but the store cannot: lone surrogates, huge integers, NaN."""
    for path, value in _leaves(data, "$"):
        if isinstance(value, str) and any("\ud800" <= ch <= "\udfff" for ch in value):
            return f"{path}: holds a lone surrogate (not valid Unicode)"
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and not SQLITE_MIN_INT <= value <= SQLITE_MAX_INT:
            return f"{path}: the integer {str(value)[:30]} is too large"
        if isinstance(value, float) and not math.isfinite(value):
            return f"{path}: {value} is not a number the contract allows"
    return None


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                yield f"{where}.{key}", key
                stack.append((f"{where}.{key}", child))
        elif isinstance(item, list):
            stack.extend((f"{where}[{index}]", child) for index, child in enumerate(item))
        else:
            yield where, item


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    from cronica.schema import analysis_schema

    return jsonschema.Draft202012Validator(analysis_schema())


def _schema_problem(data: Any) -> str | None:
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is None:
        return None
    where = "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    return f"{where}: {error.message}"


def _text_problem(data: dict[str, Any]) -> str | None:
    text, document = data["text"], data["document"]
    if document["chars"] != len(text):
        return f"$.document.chars is {document['chars']} but the text has {len(text)} characters"
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != document["sha256"]:
        return "$.document.sha256 is not the hash of the text"
    return None


def _span_problem(data: dict[str, Any]) -> str | None:
    text = data["text"]
    spans = [(f"$.{layer}[{i}]", item) for layer in SPAN_LAYERS for i, item in enumerate(data[layer])]
    for i, event in enumerate(data["events"]):
        spans.append((f"$.events[{i}].trigger", event["trigger"]))
        spans.extend((f"$.events[{i}].participants[{j}]", p) for j, p in enumerate(event["participants"]))
    for where, span in spans:
        start, end = span["start"], span["end"]
        if type(start) is not int or type(end) is not int:  # JSON Schema takes 3.0 for an integer
            return f"{where}: offsets must be whole numbers, not {start!r}..{end!r}"
        if not 0 <= start <= end <= len(text):
            return f"{where}: offsets {start}..{end} are outside the text (0..{len(text)})"
        if "text" in span and text[start:end] != span["text"]:
            return f"{where}: its text is not the text at {start}..{end}"
    return None


def _reference_problem(data: dict[str, Any]) -> str | None:
    ids: dict[str, set[str]] = {}
    for layer in ("sentences", "entities", "timexes", "intervals", "events", "claims", "flags"):
        layer_ids = [item["id"] for item in data[layer]]
        if len(layer_ids) != len(set(layer_ids)):
            return f"$.{layer}: the same id is used twice"
        ids[layer] = set(layer_ids)
    refs = [
        (f"$.timexes[{i}].anchor", t["anchor"], "timexes")
        for i, t in enumerate(data["timexes"])
        if t["anchor"] != "dct"
    ]
    for i, interval in enumerate(data["intervals"]):
        refs += [(f"$.intervals[{i}]", interval[key], "timexes") for key in ("start_timex", "end_timex")]
    for i, event in enumerate(data["events"]):
        refs += [
            (f"$.events[{i}].sentence", event["sentence"], "sentences"),
            (f"$.events[{i}].time", event["time"], "timexes"),
            (f"$.events[{i}].place", event["place"], "entities"),
        ]
        refs += [
            (f"$.events[{i}].participants[{j}].entity", p["entity"], "entities")
            for j, p in enumerate(event["participants"])
        ]
    refs += [(f"$.claims[{i}].event", c["event"], "events") for i, c in enumerate(data["claims"])]
    for where, value, layer in refs:
        if value is not None and value not in ids[layer]:
            return f"{where}: names {value!r}, which is not in {layer}"
    return None
