"""The stage registry: stages found by name, as spaCy's `registry` finds components.

A stage is a function `(analysis, ctx) -> analysis` registered by name with the stages
it requires and a default config. This module sits low (it imports no stage and no
orchestration): a stage module imports `register_stage` and `StageContext` from here,
and the pipeline (`cronica.pipeline`) looks stages up with `get_stage`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cronica.errors import CronicaError
from cronica.model import Analysis
from cronica.options import Options

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from cronica.nlp import ParsedText

StageFunction = Callable[[Analysis, "StageContext"], Analysis]
#: a stage's own check of its `[stages.NAME]` table, for settings richer than flat defaults
#: (verify's table is laid over policy.yaml): raises CronicaError naming the setting
ConfigCheck = Callable[[Mapping[str, Any]], object]

#: where each stage after nlp is registered; importing the module registers it. They run in
#: the order of `PIPELINE_STAGES`.
STAGE_MODULES: Mapping[str, str] = {
    "timex": "cronica.timex.stage",
    "link": "cronica.kb.stage",
    "events": "cronica.events.stage",
    "verify": "cronica.verify.stage",
    "rhetoric": "cronica.rhetoric.stage",
}


@dataclass(frozen=True)
class StageSpec:
    name: str
    run: StageFunction
    requires: tuple[str, ...] = ()
    default_config: Mapping[str, Any] = field(default_factory=dict)
    check_config: ConfigCheck | None = None
    #: whether the stage, with this config, reads spaCy's token vectors (`Doc.tensor`): a short text's
    #: Doc keeps them (a long text's batches compute them when asked, `StageContext.batches(vectors=True)`);
    #: the parse drops them otherwise
    reads_vectors: Callable[[Mapping[str, Any]], bool] | None = None

    def check(self, table: Mapping[str, Any]) -> None:
        """Refuse a `[stages.NAME]` table this stage cannot take, naming the setting: a stage with
        its own check runs it; one with defaults takes only their keys, each with a value of its
        default's kind; any other takes none."""
        if self.check_config is not None:
            self.check_config(table)
        elif not self.default_config:
            if table:
                raise CronicaError(f"the {self.name} stage takes no settings: remove [stages.{self.name}]")
        else:
            unknown = sorted(set(table) - set(self.default_config))
            if unknown:
                known = ", ".join(sorted(self.default_config))
                raise CronicaError(f"unknown setting 'stages.{self.name}.{unknown[0]}' (known: {known})")
            for key, value in table.items():
                kind = _kind_of_setting(self.default_config[key], value)
                if kind:
                    raise CronicaError(f"'stages.{self.name}.{key}': should be {kind} (got {value!r})")


def _kind_of_setting(default: Any, value: Any) -> str | None:
    """What a setting should be when `value` is not of its default's kind (None when it is). TOML
    has no null, so a setting whose default is None (a mode, a weights file) takes a string."""
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "true or false"
    if isinstance(default, (int, float)):
        wanted, kind = ((int, float), "a number") if isinstance(default, float) else (int, "a whole number")
        return None if isinstance(value, wanted) and not isinstance(value, bool) else kind
    if default is None or isinstance(default, str):
        return None if value is None or isinstance(value, (str, os.PathLike)) else "a string"
    return None


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    default_config: Mapping[str, Any] | None = None,
    check_config: ConfigCheck | None = None,
    reads_vectors: Callable[[Mapping[str, Any]], bool] | None = None,
) -> Callable[[StageFunction], StageFunction]:
    """Register `run` as the stage `name` (a later registration replaces an earlier one)."""

    def decorator(run: StageFunction) -> StageFunction:
        _REGISTRY[name] = StageSpec(
            name, run, tuple(requires), dict(default_config or {}), check_config, reads_vectors=reads_vectors
        )
        return run

    return decorator


def check_stage_config(name: str, table: Mapping[str, Any]) -> None:
    """The `[stages.NAME]` table checked by its stage (imported for it), when a config is loaded:
    a misspelt setting is an error before any document, never a surprise when the stage runs."""
    try:
        spec = get_stage(name)
    except CronicaError:
        raise CronicaError(f"the {name} stage takes no settings: remove [stages.{name}]") from None
    spec.check(table)


def get_stage(name: str) -> StageSpec:
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise CronicaError(f"no stage registered under the name '{name}'") from None


class Resources:
    """Heavy shared objects (KB, classifiers) loaded once per pipeline, on first use."""

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}

    def get(self, key: str, factory: Callable[[], Any]) -> Any:
        if key not in self._items:
            self._items[key] = factory()
        return self._items[key]


@dataclass(frozen=True)
class StageContext:
    """What a stage may read besides the analysis: the parse, options, its config, resources.

    `doc` is the whole text's Doc; a long text's parse is instead `parse`, read in batches of
    whole sentences (`batches`), and `doc` is None then."""

    doc: Doc | None
    options: Options
    config: Mapping[str, Any]
    resources: Resources
    parse: ParsedText | None = None

    def batches(self, vectors: bool = False) -> Iterator[Doc] | None:
        """The parse as Docs of whole sentences in text order, offsets the document's (one Doc for a
        short text), or None when the nlp stage did not run. `vectors`: a long text's batches each
        with its token vectors, computed batch by batch (`ParsedText.batches`)."""
        if self.parse is not None:
            return self.parse.batches(vectors=vectors)
        return iter((self.doc,)) if self.doc is not None else None
