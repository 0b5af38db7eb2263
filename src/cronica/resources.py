"""One strict reader for every YAML file cronica ships (and the ones its users write for it).

PyYAML reads YAML 1.1, whose plain scalars hold surprises: `on`, `off`, `yes`, `no`, `y`
and `n` are booleans (so the preposition in `on: place` became `True: place`), `1:20` is a
base-60 number, `010` an octal 8, `1_000` a thousand and `1879-11-07` a date. This loader
keeps YAML 1.2's plain readings (`true`/`false`, decimal numbers, `null`) and refuses the
scalars YAML 1.1 would turn into something else: quote them. Dates stay dates, since a
knowledge-base source means them; where a file's schema wants a string, a date is an error
like any other wrong type. Duplicate keys are errors too (PyYAML keeps the last one).

Then every file is validated against the schema of its kind: a pydantic model (or type)
that forbids unknown keys, so a misspelt key is an error rather than data nobody reads.
Every error names the file and the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from fnmatch import fnmatch
from functools import cache
from importlib import import_module
from importlib import resources as package_files
from importlib.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, ClassVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cronica.errors import CronicaError

__all__ = [
    "ResourceError",
    "Schema",
    "load_resource",
    "package_file",
    "parse_yaml",
    "resource_name",
]


class ResourceError(CronicaError):
    """A resource file that cannot be read as written: `file:line: what is wrong`."""

    def __init__(self, where: str, line: int | None, problem: str) -> None:
        self.where = where
        self.line = line
        self.problem = problem
        super().__init__(f"{where}:{line}: {problem}" if line else f"{where}: {problem}")


class Schema(BaseModel):
    """Base of the resource schemas: unknown keys are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


#: a list of words a file may leave out (empty then)
WordList = Annotated[list[str], Field(default_factory=list)]
#: two strings written as a YAML list ("[ova, ov]"): strict schemas take no tuple from YAML
StringPair = Annotated[list[str], Field(min_length=2, max_length=2)]


# --- the YAML reading --------------------------------------------------------------------------

#: plain scalars YAML 1.1 reads as something a word list never means: kind → pattern
_YAML11_SURPRISES: tuple[tuple[str, str], ...] = (
    ("a boolean", r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"),
    ("a base-60 number", r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"),
    ("an octal number", r"[-+]?0[0-7_]+|[-+]?0o[0-7_]+"),
    ("a hexadecimal number", r"[-+]?0x[0-9a-fA-F_]+"),
    ("a binary number", r"[-+]?0b[01_]+"),
    ("a number with underscores", r"[-+]?(?:[0-9]+_[0-9_]*|[0-9_]*_[0-9]+)(?:\.[0-9_]*)?"),
)
_SURPRISE_TAG = "tag:cronica,2024:yaml11:"
_TIMESTAMP = re.compile(
    r"""[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
     (?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?\Z""",
    re.X,
)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2's plain scalars, the 1.1-only ones refused, duplicate keys refused."""

    # a class attribute in PyYAML (its classmethod add_implicit_resolver fills it); types-PyYAML's stub
    # declares it without ClassVar, so mypy takes ours for an instance variable overridden
    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}  # type: ignore[misc]


def _resolve(tag: str, pattern: str | re.Pattern[str]) -> None:
    regexp = pattern if isinstance(pattern, re.Pattern) else re.compile(rf"(?:{pattern})\Z")
    # `None`: tried on every plain scalar, in the order added (the first match wins)
    _StrictLoader.yaml_implicit_resolvers.setdefault(None, []).append((tag, regexp))


for _kind, _pattern in _YAML11_SURPRISES:
    _resolve(_SURPRISE_TAG + _kind, _pattern)
_resolve("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE")
_resolve("tag:yaml.org,2002:int", r"[-+]?(?:0|[1-9][0-9]*)")
_resolve(
    "tag:yaml.org,2002:float",
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
)
_resolve("tag:yaml.org,2002:null", r"~|null|Null|NULL|")
_resolve("tag:yaml.org,2002:timestamp", _TIMESTAMP)


def _refuse_surprise(loader: _StrictLoader, suffix: str, node: Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None,
        None,
        f'unquoted {node.value!r} is {suffix} in YAML 1.1: quote it ("{node.value}") if it is a word',
        node.start_mark,
    )


def _construct_mapping(loader: _StrictLoader, node: MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a scalar", key_node.start_mark
            ) from None
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_multi_constructor(_SURPRISE_TAG, _refuse_surprise)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _compose(text: str, where: str) -> tuple[Any, Node | None]:
    """The data and its node tree (for the lines of schema errors)."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        raise ResourceError(where, mark.line + 1 if mark else None, problem) from None
    except yaml.YAMLError as error:
        raise ResourceError(where, None, str(error)) from None
    finally:
        loader.dispose()
    return data, node


def parse_yaml(text: str, where: str = "<yaml>", schema: Any = None) -> Any:
    """The data of a YAML text, read strictly and validated by `schema` (a model or a type)."""
    data, node = _compose(text, where)
    if schema is not None:
        validate(data, schema, where, node)
    return data


# --- the schemas -------------------------------------------------------------------------------


@cache
def _adapter(schema: Any) -> TypeAdapter[Any]:
    config = None if isinstance(schema, type) and issubclass(schema, BaseModel) else ConfigDict(strict=True)
    return TypeAdapter(schema, config=config)


def validate(data: Any, schema: Any, where: str, node: Node | None = None) -> Any:
    """`data` checked against `schema`; the first errors (at most three, in file order) in one ResourceError."""
    try:
        return _adapter(schema).validate_python(data)
    except ValidationError as error:
        located = [
            (_line_of(node, problem["loc"]) if node is not None else None, problem)
            for problem in error.errors(include_url=False)
        ]
        # a wrong or unknown key first, by line; a missing one (reported at its mapping) after
        located.sort(key=lambda item: (item[1]["type"] == "missing", item[0] or 0))
        (first_line, _), more = located[0], len(located) - 3
        messages = [_describe(problem, line if index else None) for index, (line, problem) in enumerate(located[:3])]
        summary = "; ".join(messages) + (f" (and {more} more)" if more > 0 else "")
        raise ResourceError(where, first_line, summary) from None


def _describe(problem: Any, line: int | None) -> str:
    path = ".".join(str(part) for part in problem["loc"] if not _is_schema_step(part))
    value = problem.get("input")
    if problem["type"] == "extra_forbidden":
        message = "unknown key"
    else:
        message = problem["msg"]
        hint = _type_hint(value)
        if hint and problem["type"].endswith("_type"):
            message += hint
    return f"{f'line {line}, ' if line else ''}{path or 'the file'}: {message}"


def _type_hint(value: Any) -> str:
    if isinstance(value, bool):
        return f" (YAML read an unquoted {str(value).lower()} as a boolean: quote it if it is a word)"
    if isinstance(value, dt.date):
        return f" (YAML read the unquoted {value.isoformat()} as a date: quote it if it is text)"
    if isinstance(value, int | float):
        return f" (YAML read the unquoted {value} as a number: quote it if it is text)"
    return ""


def _is_schema_step(part: Any) -> bool:
    """pydantic puts the names of union members and validators in an error's path: not keys."""
    return isinstance(part, str) and ("[" in part or part in ("str", "int", "float", "bool", "list", "dict"))


def _line_of(node: Node, loc: Iterable[Any]) -> int:
    """The line of the deepest node of `loc` the file has (a key's own line for a mapping value)."""
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, MappingNode):
            found = next(
                ((k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value == str(part)),
                None,
            )
            if found is None:
                continue
            line, node = found[0].start_mark.line + 1, found[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
    return line


# --- files -------------------------------------------------------------------------------------


def package_file(package: str, *parts: str) -> Traversable:
    """A data file shipped inside a cronica package ("cronica.events", "resources", "en", …)."""
    return package_files.files(package).joinpath(*parts)


def resource_name(path: Traversable | Path) -> str:
    """How errors name a file: from the `cronica/` folder on for shipped files, else as given."""
    text = str(path)
    marker = text.rfind("/cronica/")
    return text[marker + 1 :] if marker >= 0 and "site-packages" not in text[:marker] else text


def load_resource(path: Traversable | Path | str, schema: Any = None) -> Any:
    """The data of one YAML file, read strictly and validated by `schema`.

    `schema` is a `Schema` subclass or any type pydantic understands (`list[Entry]`,
    `dict[str, str]`); the data is returned as read (mappings, lists, scalars), so that a
    schema is a gate and never changes what the code sees."""
    source = Path(path) if isinstance(path, str) else path
    where = resource_name(source)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(where, None, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(where, None, f"cannot read: {error}") from None
    return parse_yaml(text, where, schema)


def yaml_files(root: Traversable | Path) -> list[Traversable | Path]:
    """Every .yaml/.yml file under a folder, in a stable order."""
    found: list[Traversable | Path] = []

    def walk(folder: Traversable | Path) -> None:
        for item in sorted(folder.iterdir(), key=lambda child: child.name):
            if item.is_dir():
                walk(item)
            elif item.name.endswith((".yaml", ".yml")):
                found.append(item)

    walk(root)
    return found


#: every kind of YAML file shipped under `cronica/` → its schema ("module:name"), kept beside its loader
SCHEMAS: dict[str, str] = {
    "languages.yaml": "cronica.languages:LanguagesFile",
    "events/ontology.yaml": "cronica.events.ontology:OntologyFile",
    "events/resources/*/triggers.yaml": "cronica.events.lexicon:TriggersFile",
    "events/resources/*/cues.yaml": "cronica.events.lexicon:CuesFile",
    "kb/resources/*/names.yaml": "cronica.kb.name_words:NamesFile",
    "kb/resources/transliteration.yaml": "cronica.kb.name_words:TransliterationFile",
    "kb/packs/*/entities.yaml": "cronica.kb.pack:PackFile",
    "rhetoric/resources/*/lexicon.yaml": "cronica.rhetoric.resources:LEXICON_SCHEMA",
    "rhetoric/resources/*/context.yaml": "cronica.rhetoric.resources:ContextFile",
    "rhetoric/resources/*/techniques.yaml": "cronica.rhetoric.resources:TECHNIQUES_SCHEMA",
    "rhetoric/resources/*/tropes.yaml": "cronica.rhetoric.resources:TropesFile",
    "rhetoric/resources/*/labels.yaml": "cronica.rhetoric.resources:TropesFile",
    "timex/resources/*/lexicon.yaml": "cronica.timex.language:LexiconFile",
    "timex/resources/*/rules.yaml": "cronica.timex.language:RULES_SCHEMA",
    "verify/resources/policy.yaml": "cronica.verify.policy:VerifyPolicy",
    "verify/resources/single_holder.yaml": "cronica.verify.holders:SingleHolderFile",
    "verify/resources/states.yaml": "cronica.verify.states:StatesFile",
    "verify/resources/*/dates.yaml": "cronica.verify.language:DatesFile",
    "verify/resources/*/templates.yaml": "cronica.verify.language:TemplatesFile",
    "verify/resources/*/places.yaml": "cronica.verify.language:PlacesFile",
    "verify/resources/*/generic.yaml": "cronica.verify.language:GenericFile",
    "verify/resources/*/opinions.yaml": "cronica.verify.opinions:OpinionsFile",
    "verify/resources/*/names.yaml": "cronica.verify.person_names:NamesFile",
    "verify/resources/*/named_events.yaml": "cronica.verify.named_events:NamedEventsFile",
    "verify/resources/*/age_statements.yaml": "cronica.verify.age_statements:AgeStatementsFile",
    "verify/resources/*/descriptions.yaml": "cronica.verify.descriptions:DescriptionsFile",
}


def schema_for(relative: str) -> Any:
    """The schema of a shipped file, by its path under `cronica/` ("events/resources/en/cues.yaml")."""
    for pattern, target in SCHEMAS.items():
        if fnmatch(relative, pattern):
            module, _, name = target.partition(":")
            return getattr(import_module(module), name)
    raise KeyError(relative)
