"""Imports go down the layers (docs/architecture.md): a change that makes a lower module
import a higher one fails here, before it becomes a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "cronica"
STAGES = ("timex", "events", "kb", "verify", "rhetoric")
ABOVE_STAGES = ("pipeline", "evaluation", "export", "report", "web", "batch", "store", "cli")
#: train-time tools inside a stage package that run the whole pipeline (never imported at run time)
TOOLS: dict[str, set[str]] = {}


def _imports(path: Path) -> set[str]:
    """The cronica subpackages or modules a file imports (first component after `cronica.`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "cronica" and len(parts) > 1:
                found.add(parts[1])
    return found


def _files(*packages: str) -> list[Path]:
    return [path for package in packages for path in sorted((SRC / package).rglob("*.py"))]


@pytest.mark.parametrize("path", _files(*STAGES), ids=lambda p: str(p.relative_to(SRC)))
def test_a_stage_imports_nothing_above_the_stages(path: Path) -> None:
    allowed = TOOLS.get(str(path.relative_to(SRC)), set())
    assert not (_imports(path) & set(ABOVE_STAGES)) - allowed


BOTTOM = [SRC / name for name in ("model.py", "options.py", "registry.py", "timeline.py", "errors.py", "scoring.py")]


@pytest.mark.parametrize("path", BOTTOM + _files("timevalue"), ids=lambda p: str(p.relative_to(SRC)))
def test_the_bottom_layer_imports_no_stage_and_no_orchestration(path: Path) -> None:
    assert not _imports(path) & {*STAGES, *ABOVE_STAGES}


@pytest.mark.parametrize("path", _files("report"), ids=lambda p: str(p.relative_to(SRC)))
def test_report_does_not_import_export(path: Path) -> None:
    """export/html.py renders the report; the report never reaches back into export."""
    assert "export" not in _imports(path)


def test_the_stage_registry_lives_below_the_pipeline() -> None:
    assert "pipeline" not in _imports(SRC / "registry.py")
    for stage in STAGES:
        assert "pipeline" not in _imports(SRC / stage / "stage.py")
        assert "registry" in _imports(SRC / stage / "stage.py")


def test_the_pipeline_imports_nothing_above_it() -> None:
    assert not _imports(SRC / "pipeline.py") & {"evaluation", "export", "report", "web", "batch", "store", "cli"}


@pytest.mark.parametrize("path", _files("export", "report"), ids=lambda p: str(p.relative_to(SRC)))
def test_export_and_report_import_nothing_on_top(path: Path) -> None:
    assert not _imports(path) & {"evaluation", "web", "batch", "store", "cli"}
