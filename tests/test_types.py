"""The package's types are checked: mypy over src/cronica passes (`make typecheck`), py.typed ships.

Every module is checked: pyproject.toml's "not yet clean" list (`ignore_errors`) was emptied
and removed by issue #18; a module whose errors are hidden again fails here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _exempt_modules() -> list[str]:
    return [
        module
        for override in CONFIG["tool"]["mypy"]["overrides"]
        if override.get("ignore_errors")
        for module in override["module"]
    ]


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is a dev dependency (make install)")
def test_mypy_passes_over_the_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_says_it_is_typed() -> None:
    assert (ROOT / "src" / "cronica" / "py.typed").is_file()
    assert "py.typed" in CONFIG["tool"]["setuptools"]["package-data"]["*"]


def test_no_module_is_exempt_from_the_check() -> None:
    assert _exempt_modules() == []


def test_mypy_is_a_dev_dependency() -> None:
    assert any(spec.startswith("mypy") for spec in CONFIG["project"]["optional-dependencies"]["dev"])
