"""The package's types are checked: mypy over src/cronica passes (`make typecheck`), py.typed ships.

The modules pyproject.toml still exempts ("not yet clean") are named there; this test keeps
that list honest: each entry is a module that exists.
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


def test_every_exempt_module_exists() -> None:
    exempt = _exempt_modules()
    assert exempt == sorted(set(exempt))
    for module in exempt:
        path = ROOT / "src" / Path(*module.split("."))
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), module


def test_mypy_is_a_dev_dependency() -> None:
    assert any(spec.startswith("mypy") for spec in CONFIG["project"]["optional-dependencies"]["dev"])
