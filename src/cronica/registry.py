"""The stage registry: stages found by name, as spaCy's `registry` finds components.

A stage is a function `(analysis, ctx) -> analysis` registered by name with the stages
it requires and a default config. This module sits low (it imports no stage and no
orchestration): a stage module imports `register_stage` and `StageContext` from here,
and the pipeline (`cronica.pipeline`) looks stages up with `get_stage`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cronica.errors import CronicaError
from cronica.model import Analysis
from cronica.options import Options

if TYPE_CHECKING:
    from spacy.tokens import Doc

StageFunction = Callable[[Analysis, "StageContext"], Analysis]

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
    #: whether the stage, with this config, reads spaCy's token vectors (`Doc.tensor`); the parse
    #: drops them otherwise (about 70 MiB per million characters)
    reads_vectors: Callable[[Mapping[str, Any]], bool] | None = None


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    default_config: Mapping[str, Any] | None = None,
    reads_vectors: Callable[[Mapping[str, Any]], bool] | None = None,
) -> Callable[[StageFunction], StageFunction]:
    """Register `run` as the stage `name` (a later registration replaces an earlier one)."""

    def decorator(run: StageFunction) -> StageFunction:
        _REGISTRY[name] = StageSpec(name, run, tuple(requires), dict(default_config or {}), reads_vectors)
        return run

    return decorator


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
    """What a stage may read besides the analysis: the parse, options, its config, resources."""

    doc: Doc | None
    options: Options
    config: Mapping[str, Any]
    resources: Resources
