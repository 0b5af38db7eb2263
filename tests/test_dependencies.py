"""Every package the code imports is declared, the extras hold the heavy parts, and a command that
needs a missing extra says so in one line (pip install cronica without extras still analyzes)."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from contract_checks import run_cli
from cronica import extras

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_dependencies", ROOT / "scripts" / "check_dependencies.py")
check = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(check)  # type: ignore[union-attr]

#: a blocker a subprocess installs first: importing any extra's package fails as if it were not installed
BLOCK_EXTRAS = """
import importlib.abc, sys
BLOCKED = {blocked!r}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, Block())
"""


def test_every_imported_package_is_declared_and_extras_stay_out_of_core_modules() -> None:
    lines, problems = check.report()
    assert problems == []
    assert any(line.startswith("fastapi") and "(web)" in line for line in lines)
    assert any(line.startswith("pyarrow") and "(batch)" in line for line in lines)


def test_a_module_level_import_is_told_from_one_inside_a_function() -> None:
    tree = ast.parse(
        "import a\nif TYPE_CHECKING:\n    import b\ntry:\n    import c\nexcept ImportError:\n    pass\n"
        "def f():\n    import d\n"
    )
    names = {alias.name for node in check._module_level(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert names == {"a", "c"}


def test_the_extras_modules_are_what_pyproject_declares_in_them() -> None:
    declared = check.declared()
    providers = packages_distributions()
    for extra, modules in extras.EXTRA_MODULES.items():
        for module in modules:
            homes = {declared.get(check.normalize(name)) for name in providers.get(module, [])}
            assert extra in homes, f"{module} ({providers.get(module)}) is not in the '{extra}' extra"


@pytest.mark.parametrize(
    ("args", "extra", "blocked"),
    [
        (["serve"], "web", "fastapi"),
        (["batch", "x.jsonl", "--output", "o", "--engine", "dask"], "batch", "distributed"),
        (["batch", "x.parquet", "--output", "o"], "batch", "pyarrow"),
        (["kb", "import", "dump.json"], "batch", "dask"),
        (["train", "rhetoric", "--data", "d"], "train", "sklearn"),
    ],
)
def test_a_missing_extra_is_one_line_saying_what_to_install(args, extra, blocked, capsys, monkeypatch) -> None:
    real = extras.find_spec
    monkeypatch.setattr(extras, "find_spec", lambda name: None if name == blocked else real(name))
    result = run_cli(args, capsys, monkeypatch)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and f"pip install 'cronica[{extra}]'" in result.err, result.err
    assert f"{blocked} is not installed" in result.err


@pytest.mark.slow
def test_the_core_install_analyzes_without_any_extra(tmp_path: Path) -> None:
    blocked = {module.split(".")[0] for modules in extras.EXTRA_MODULES.values() for module in modules}
    script = BLOCK_EXTRAS.format(blocked=sorted(blocked)) + (
        "from cronica.cli.main import run\n"
        f"sys.argv = ['cronica', 'analyze', {str(ROOT / 'examples' / 'trotsky_es.txt')!r}, '-f', 'html', '-o',"
        f" {str(tmp_path / 'out.html')!r}]\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.html").stat().st_size > 10_000
    serve = BLOCK_EXTRAS.format(blocked=sorted(blocked)) + (
        "from cronica.cli.main import run\nsys.argv = ['cronica', 'serve']\nrun()\n"
    )
    refused = subprocess.run([sys.executable, "-c", serve], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "pip install 'cronica[web]'" in refused.stderr, refused.stderr
