"""The contract's fields as the typed model (`cronica.model`) declares them.

The JSON Schema, the JSON export's key order, the corpus store's columns and the web API's
response model all read the model through this one module, so none of them keeps its own
list of fields. Field notes are the model's `#:` comments (read from its source, the way
Sphinx's autodoc reads them), so a field is documented once, next to its type.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, get_args, get_origin, get_type_hints, is_typeddict

from cronica import model

_FIELD_LINE = re.compile(r"^\s+(\w+)\s*:")
_NOTE_LINE = re.compile(r"^\s+#:\s?(.*)$")


@dataclass(frozen=True)
class ContractField:
    """One key of an object of the contract."""

    name: str
    #: the Python type without the field's own `Annotated` marks
    type: Any
    #: JSON Schema keywords from `JsonSchema(...)` marks on the field
    keywords: dict[str, Any]
    #: an optional addition (`Added`): not required of a reader
    added: bool
    #: left out of the output when empty
    omit_empty: bool
    description: str | None
    #: the value a document written before the field existed stands for (`dataclasses.MISSING`: none)
    default: Any = dataclasses.MISSING


@cache
def contract_fields(cls: type) -> tuple[ContractField, ...]:
    """The fields of a model class (a dataclass, or a TypedDict such as `Summary`), in output order."""
    hints = get_type_hints(cls, include_extras=True)
    notes = field_notes(cls)
    if cls is model.Analysis:
        hints["summary"] = get_type_hints(vars(model.Analysis)["summary"].fget)["return"]  # a property
        names: list[str] = list(model.ANALYSIS_KEYS)
    elif dataclasses.is_dataclass(cls):
        names = [f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")]
    elif is_typeddict(cls):
        names = list(hints)
    else:
        raise TypeError(f"{cls!r} is not a model class")
    defaults = _defaults(cls)
    return tuple(_field(name, hints[name], notes.get(name), defaults.get(name, dataclasses.MISSING)) for name in names)


def _field(name: str, hint: Any, description: str | None, default: Any) -> ContractField:
    keywords: dict[str, Any] = {}
    added = omit_empty = False
    if get_origin(hint) is Annotated:
        hint, *marks = get_args(hint)
        for mark in marks:
            if isinstance(mark, model.JsonSchema):
                keywords.update(mark.keywords)
            elif isinstance(mark, model.Added):
                added, omit_empty = True, mark.omit_empty
            elif isinstance(mark, model.LanguageCode):
                from cronica.languages import languages

                hint = Literal.__getitem__(tuple(languages().codes))  # the codes languages.yaml lists
    return ContractField(name, hint, keywords, added, omit_empty, description, default)


def _defaults(cls: type) -> dict[str, Any]:
    if not dataclasses.is_dataclass(cls):
        return {}
    found = {}
    for item in dataclasses.fields(cls):
        if item.default is not dataclasses.MISSING:
            found[item.name] = item.default
        elif item.default_factory is not dataclasses.MISSING:
            found[item.name] = item.default_factory()
    return found


def field_notes(cls: type) -> dict[str, str]:
    """The `#:` comment lines right above each field of a class body, joined into one note."""
    notes: dict[str, str] = {}
    pending: list[str] = []
    try:
        lines = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):  # no source (a frozen build): the schema is generated from a checkout
        return notes
    for line in lines[1:]:
        note = _NOTE_LINE.match(line)
        if note:
            pending.append(note.group(1).strip())
            continue
        named = _FIELD_LINE.match(line)
        if named and pending:
            notes[named.group(1)] = " ".join(pending)
        pending = []
    return notes


def omitted_when_empty(cls: type) -> frozenset[str]:
    return frozenset(item.name for item in contract_fields(cls) if item.omit_empty)


def model_classes() -> tuple[type, ...]:
    """Every model class reachable from `Analysis`, outermost first."""
    found: list[type] = []
    stack: list[Any] = [model.Analysis]
    while stack:
        hint = stack.pop()
        if isinstance(hint, type) and (dataclasses.is_dataclass(hint) or is_typeddict(hint)):
            if hint in found:
                continue
            found.append(hint)
            stack.extend(reversed([item.type for item in contract_fields(hint)]))
        else:
            stack.extend(reversed(get_args(hint)))
    return tuple(found)
