"""Write the contract's JSON Schema from the typed model, so the two never disagree.

    python -m cronica.schema.generate           # rewrite src/cronica/schema/analysis-1.json
    python -m cronica.schema.generate --check   # exit 1 when the shipped file is not what the model says

Python types map to JSON Schema 2020-12: `str`/`int`/`float`/`bool`, `Literal` → `enum`,
`X | None` → nullable, `tuple[X, ...]` → array, `Mapping[K, V]` → object, a dataclass or a
TypedDict → a closed object (`additionalProperties: false`) whose keys are all required
except the optional additions (`Added`). Every object is written inline, so a reader sees
each layer whole, and the web API embeds the same schema as its response model.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import types
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin, is_typeddict

from cronica import model
from cronica.schema.fields import contract_fields

SCHEMA_FILE = "analysis-1.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_URI = "https://cronica.invalid/schema/analysis-1.json"
TITLE = model.SCHEMA_ID
DESCRIPTION = (
    "One analysis of one document. Offsets are character offsets into `text`, end-exclusive; text[start:end] equals"
    " the span's text. Generated from cronica/model.py by `python -m cronica.schema.generate`: do not edit by hand."
)
_PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def analysis_json_schema() -> dict[str, Any]:
    """The whole document schema, as shipped in `analysis-1.json`."""
    body = object_schema(model.Analysis)
    body.pop("description", None)
    return {"$schema": DIALECT, "$id": SCHEMA_URI, "title": TITLE, "description": DESCRIPTION, **body}


def object_schema(cls: type) -> dict[str, Any]:
    """A model class as a closed object: its fields in order, required unless added later."""
    properties = {}
    for item in contract_fields(cls):
        schema = {**type_schema(item.type), **item.keywords}
        properties[item.name] = _with_description(schema, item.description)
    required = [item.name for item in contract_fields(cls) if not item.added]
    schema = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
    return _with_description(schema, _class_note(cls))


def type_schema(hint: Any) -> dict[str, Any]:
    """One Python type of the model as JSON Schema."""
    origin = get_origin(hint)
    if origin is Annotated:
        base, *marks = get_args(hint)
        annotated = type_schema(base)
        for mark in marks:
            if isinstance(mark, model.JsonSchema):
                annotated.update(mark.keywords)
        return annotated
    if hint is Any:
        return {}
    if hint in _PRIMITIVES:
        return {"type": _PRIMITIVES[hint]}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin in (Union, types.UnionType):
        return _nullable(hint)
    if origin is tuple:
        item, *rest = get_args(hint)
        if rest != [Ellipsis]:
            raise TypeError(f"only tuple[X, ...] is part of the contract, not {hint!r}")
        return {"type": "array", "items": type_schema(item)}
    if origin in (Mapping, dict):
        key, value = get_args(hint)
        schema: dict[str, Any] = {"type": "object"}
        if get_origin(key) is Literal:
            schema["propertyNames"] = type_schema(key)
        if value is not Any:
            schema["additionalProperties"] = type_schema(value)
        return schema
    if isinstance(hint, type) and (dataclasses.is_dataclass(hint) or is_typeddict(hint)):
        return object_schema(hint)
    raise TypeError(f"no JSON Schema for the model type {hint!r}")


def _nullable(hint: Any) -> dict[str, Any]:
    options = [option for option in get_args(hint) if option is not type(None)]
    if len(options) != 1 or len(get_args(hint)) != 2:
        raise TypeError(f"only `X | None` unions are part of the contract, not {hint!r}")
    schema = type_schema(options[0])
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    return {"oneOf": [{"type": "null"}, schema]}


def _with_description(schema: dict[str, Any], description: str | None) -> dict[str, Any]:
    return {"description": description, **schema} if description else schema


def _class_note(cls: type) -> str | None:
    """The first paragraph of a class's own docstring (not the signature dataclasses make up)."""
    doc = cls.__dict__.get("__doc__") or ""
    if not doc or doc.startswith(f"{cls.__name__}("):
        return None
    return " ".join(doc.strip().split("\n\n")[0].split())


def render(schema: Mapping[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def shipped_path() -> Path:
    return Path(str(files("cronica.schema").joinpath(SCHEMA_FILE)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cronica.schema.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped schema differs from the model")
    args = parser.parse_args(argv)
    path = shipped_path()
    text = render(analysis_json_schema())
    if args.check:
        if path.read_text(encoding="utf-8") != text:
            print(
                f"{path}: out of date with cronica/model.py: run `python -m cronica.schema.generate`", file=sys.stderr
            )
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
