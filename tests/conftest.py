"""Shared fixtures: one pipeline per language for the whole session (models load once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from cronica.options import Options
from cronica.pipeline import Pipeline

# Property tests judge results, never timing: a loaded machine (CI beside other jobs) must not fail
# them on Hypothesis's input-generation speed or per-example deadline (speed is measured in benchmarks/).
settings.register_profile("cronica", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("cronica")

ROOT = Path(__file__).resolve().parents[1]
#: ../shared/data beside the repo, or wherever CRONICA_SHARED_DATA points (a worktree elsewhere)
SHARED_DATA = Path(os.environ.get("CRONICA_SHARED_DATA") or ROOT.parent / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the repo; tests that need it skip in a fresh clone without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a fresh clone): shared dev data not available")
    return SHARED_DATA


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """A pipeline with auto language detection; reuse it instead of building new ones."""
    return Pipeline(Options())


@pytest.fixture(scope="session")
def pipeline_es() -> Pipeline:
    return Pipeline(Options(lang="es"))


@pytest.fixture(scope="session")
def pipeline_en() -> Pipeline:
    return Pipeline(Options(lang="en"))
