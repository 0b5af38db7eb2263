"""Exporters, one per file, registered by format name.

An exporter turns analyses into text. `multi` exporters take a stream of analyses
(JSON Lines, CSV); the others render one analysis at a time.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cronica.errors import CronicaError
from cronica.model import Analysis


@dataclass(frozen=True)
class Exporter:
    name: str
    render: Callable[[Iterable[Analysis]], str]
    suffix: str
    description: str


_EXPORTERS: dict[str, Exporter] = {}

#: every format cronica ships → the module that registers it, so the command line can offer the
#: formats as choices and load only the one asked for (a test checks the modules register these)
FORMAT_MODULES: dict[str, str] = {
    "table": "table", "json": "json_export", "jsonl": "json_export", "csv": "csv_export", "timeml": "timeml",
    "rdf": "rdf", "html": "html",
}  # fmt: skip


def register_exporter(name: str, *, suffix: str, description: str) -> Callable:
    def decorator(render: Callable[[Iterable[Analysis]], str]) -> Callable[[Iterable[Analysis]], str]:
        _EXPORTERS[name] = Exporter(name, render, suffix, description)
        return render

    return decorator


def _load_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


def exporters() -> dict[str, Exporter]:
    _load_all()
    return dict(_EXPORTERS)


def get_exporter(name: str) -> Exporter:
    if name in FORMAT_MODULES:
        importlib.import_module(f"{__name__}.{FORMAT_MODULES[name]}")
        if name in _EXPORTERS:
            return _EXPORTERS[name]
    available = exporters()
    if name not in available:
        raise CronicaError(f"unknown format '{name}' (formats: {', '.join(sorted(available))})")
    return available[name]
