"""The corpus store's tables, derived from the contract's model.

Each table stands for one model class (`documents` for `Analysis`, `events` for `Event`...):
its columns are the class's fields, under the names the store gives them (`start` is
`start_char`), with nested objects spread over columns (`trigger` → `trigger`,
`trigger_start`, `trigger_end`), lists of objects in child tables (`participants`), values
with no fixed shape as JSON text, and the columns the store computes for its queries
(`norm`, `day_from`...). A field the store leaves out is listed with the reason.

Inserts name their columns (`INSERT INTO t ("a", "b") VALUES (?, ?)`), and rows give their
values in that order, both built here from the same list, so a new field of the model or a
column added to a table cannot shift values into the wrong column; and
`tests/batch/test_store_columns.py` fails when the model has a field that is neither a
column of the migrated database nor listed as not stored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any, get_args

from cronica import model
from cronica.schema.fields import contract_fields

#: a column a row's parent gives it (the document's row id, the event's id)
KEY_COLUMNS = {"doc": "the document's row in `documents`", "event": "its event's id", "claim": "its claim's id"}
_SPAN_COLUMNS = {"start": "start_char", "end": "end_char"}


@dataclass(frozen=True)
class Table:
    """How one model class is stored: one row per object."""

    name: str
    model: type
    #: columns tying a row to its parent, in order
    keys: tuple[str, ...] = ("doc",)
    #: columns SQLite fills itself (the documents' integer key), never inserted
    generated: tuple[str, ...] = ()
    #: field (or `object.field` inside a spread object) → column, where the store's name differs
    renamed: Mapping[str, str] = field(default_factory=dict)
    #: fields holding one object whose fields become columns of this table, with this prefix
    spread: Mapping[str, str] = field(default_factory=dict)
    #: fields stored as JSON text: no fixed shape (a KB value), or read whole (a proof, a list of ids)
    as_json: frozenset[str] = frozenset()
    #: fields holding a list of objects, each list stored in its own table
    children: Mapping[str, str] = field(default_factory=dict)
    #: columns the store computes for its queries → what they hold
    derived: Mapping[str, str] = field(default_factory=dict)
    #: fields the store does not keep → why
    not_stored: Mapping[str, str] = field(default_factory=dict)


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "documents",
            model.Analysis,
            keys=(),
            generated=("doc",),
            spread={"document": "", "rhetoric": ""},
            as_json=frozenset({"stages", "timings", "warnings", "techniques"}),
            children={layer: layer for layer in ("entities", "timexes", "intervals", "events", "claims", "flags")},
            not_stored={
                "schema": "always cronica/analysis@1: the store's migrations version what it holds",
                "sentences": "only their bounds; events keep their sentence's id, the partitions keep the layer",
                "summary": "derived from the layers: count rows instead",
            },
        ),
        Table(
            "entities",
            model.Entity,
            renamed=_SPAN_COLUMNS,
            derived={"norm": "case- and accent-folded text", "canonical_norm": "case- and accent-folded canonical"},
        ),
        Table(
            "timexes",
            model.Timex,
            renamed=_SPAN_COLUMNS,
            derived={"day_from": "yyyymmdd of the first day the value covers", "day_to": "... and of the last"},
        ),
        Table("intervals", model.Interval, renamed=_SPAN_COLUMNS),
        Table(
            "events",
            model.Event,
            renamed={"trigger.text": "trigger"},
            spread={"trigger": "trigger_"},
            as_json=frozenset({"age"}),
            children={"participants": "participants"},
            derived={
                "day_from": "yyyymmdd of the first day its date covers",
                "day_to": "... and of the last",
                "month": "YYYY-MM when the date is at least month-precise",
            },
        ),
        Table(
            "participants",
            model.Participant,
            keys=("doc", "event"),
            renamed=_SPAN_COLUMNS,
            as_json=frozenset({"alternatives"}),
        ),
        Table(
            "claims",
            model.Claim,
            renamed=_SPAN_COLUMNS,
            as_json=frozenset({"proof", "support"}),
            children={"evidence": "evidence"},
        ),
        Table("evidence", model.Evidence, keys=("doc", "claim"), as_json=frozenset({"value", "qualifiers"})),
        Table("flags", model.Flag, renamed=_SPAN_COLUMNS),
    )
}


@dataclass(frozen=True)
class Column:
    """A column filled from the model: the path of its field in a JSON object (`trigger.start`)."""

    name: str
    path: tuple[str, ...]
    default: Any
    as_json: bool
    #: `X | None` in the model: a null is SQL NULL even in a JSON column (a claim without proof)
    nullable: bool


@cache
def field_columns(table_name: str) -> tuple[Column, ...]:
    """The columns a table fills from its model's fields, in field order."""
    table = TABLES[table_name]
    return tuple(_columns(table, table.model, (), ""))


def _columns(table: Table, cls: type, path: tuple[str, ...], prefix: str) -> Iterator[Column]:
    for item in contract_fields(cls):
        name = item.name
        where = (*path, name)
        dotted = ".".join(where)
        if dotted in table.not_stored or (not path and (name in table.children or name in table.not_stored)):
            continue
        if name in table.spread and not path:
            yield from _columns(table, _object_type(item.type), where, table.spread[name])
            continue
        column = table.renamed.get(dotted) or table.renamed.get(name) or prefix + name
        default = None if item.default is dataclasses.MISSING else item.default
        nullable = type(None) in get_args(item.type)
        yield Column(column, where, default, name in table.as_json, nullable)


def _object_type(hint: Any) -> type:
    if not (isinstance(hint, type) and dataclasses.is_dataclass(hint)):
        raise TypeError(f"only a model class can be spread over columns, not {hint!r}")
    return hint


@cache
def columns(table_name: str) -> tuple[str, ...]:
    """Every column a row of the table has: its keys, its fields', then the derived ones."""
    table = TABLES[table_name]
    return (*table.keys, *(column.name for column in field_columns(table_name)), *table.derived)


@cache
def insert_sql(table_name: str, on_conflict: str = "") -> str:
    """`INSERT INTO t ("a", "b") VALUES (?, ?)` with every column of the table named, in the order
    `row` gives the values (both follow `columns`; binding by position is twice as fast as by name)."""
    names = columns(table_name)
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {table_name} ({quoted}) VALUES ({marks}){' ' + on_conflict if on_conflict else ''}"


@dataclass(frozen=True)
class _RowPlan:
    """A table's columns sorted by how a row fills them, so a row is a few comprehensions."""

    plain: tuple[tuple[str, str, Any], ...]
    as_json: tuple[tuple[str, str, Any, bool], ...]
    spread: tuple[tuple[str, str, str, Any, bool], ...]
    #: the row's values in `columns` order
    ordered: Callable[[Mapping[str, Any]], tuple[Any, ...]]


@cache
def _row_plan(table_name: str) -> _RowPlan:
    plain, as_json, spread = [], [], []
    for column in field_columns(table_name):
        if len(column.path) == 2:  # objects are spread one level deep
            spread.append((column.name, *column.path, column.default, column.as_json))
        elif column.as_json:
            as_json.append((column.name, column.path[0], column.default, column.nullable))
        else:
            plain.append((column.name, column.path[0], column.default))
    names = columns(table_name)
    pick = itemgetter(*names)
    ordered = pick if len(names) > 1 else lambda values: (pick(values),)
    return _RowPlan(tuple(plain), tuple(as_json), tuple(spread), ordered)


def row(
    table_name: str, item: Mapping[str, Any], keys: Mapping[str, Any], derived: Mapping[str, Any]
) -> tuple[Any, ...]:
    """One object of the JSON contract as a row of its table. A field a document written by an
    older cronica lacks (an optional addition) takes the model's default."""
    plan = _row_plan(table_name)
    get = item.get
    values = {column: get(name, default) for column, name, default in plan.plain}
    for column, name, default, nullable in plan.as_json:
        value = get(name, default)
        values[column] = None if value is None and nullable else _json(value)
    for column, outer_name, name, default, as_json in plan.spread:
        outer = get(outer_name)
        value = outer.get(name, default) if isinstance(outer, dict) else default
        values[column] = _json(value) if as_json else value
    values.update(keys)
    values.update(derived)
    return plan.ordered(values)


def _json(value: Any) -> str:
    if isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False)


def storage_of_fields() -> dict[tuple[type, str], str]:
    """How the store keeps each field of each model class it reaches: a column's name, `json:column`,
    `table:name` (a child table), `spread` or `not stored: why`. Classes inside a JSON column are
    kept whole and not listed field by field."""
    found: dict[tuple[type, str], str] = {}
    for table in TABLES.values():
        _storage(table, table.model, (), found)
    return found


def _storage(table: Table, cls: type, path: tuple[str, ...], found: dict[tuple[type, str], str]) -> None:
    by_path = {column.path: column for column in field_columns(table.name)}
    for item in contract_fields(cls):
        where = (*path, item.name)
        if not path and item.name in table.children:
            found[(cls, item.name)] = f"table:{table.children[item.name]}"
        elif not path and item.name in table.spread:
            found[(cls, item.name)] = "spread"
            _storage(table, _object_type(item.type), where, found)
        elif ".".join(where) in table.not_stored or (not path and item.name in table.not_stored):
            found[(cls, item.name)] = "not stored: " + table.not_stored[".".join(where)]
        else:
            column = by_path[where]
            found[(cls, item.name)] = f"json:{column.name}" if column.as_json else column.name
