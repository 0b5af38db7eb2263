"""Fixtures for the timex tests: the shared dev data wherever the checkout sits."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def timex_data() -> Path:
    """../shared/data beside the repository, or beside the worktrees folder; skip when absent."""
    for candidate in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"):
        if (candidate / "wikiwars-dev").is_dir():
            return candidate
    pytest.skip("../shared/data is absent (a fresh clone): shared dev data not available")
