"""Every package the code imports directly is declared in pyproject.toml (core or the extra it belongs to).

    .venv/bin/python scripts/check_dependencies.py          # prints each import's distribution and where it is declared

The imports are read with `ast` from `src/cronica` (the standard library and cronica itself
left out), mapped to the distributions that provide them (`importlib.metadata`), and
compared with `[project] dependencies` and `[project.optional-dependencies]`. Exits 1 when
an imported distribution is declared nowhere, or when a module outside an extra's area
imports one of that extra's packages at module level (`pip install cronica` without the
extra would then fail on import; inside a function, after `cronica.extras.require`, is fine).
tests/test_dependencies.py runs the same check.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections import defaultdict
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
#: the modules that belong to an extra: they may import its packages at module level
EXTRA_AREAS = {
    "web": ("src/cronica/web/",),
    "batch": ("src/cronica/batch/engines.py", "src/cronica/batch/partitions.py", "src/cronica/batch/inputs.py"),
    "train": ("src/cronica/rhetoric/training.py",),
    "dev": (),
    "bench": (),
}


def imported_modules(source: Path = ROOT / "src" / "cronica", *, module_level: bool = False) -> dict[str, set[str]]:
    """Top-level module name → the files importing it (absolute imports only; with `module_level`,
    only the imports a module runs when it is imported, not those inside functions)."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _module_level(tree) if module_level else ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "cronica" and top not in sys.stdlib_module_names:
                    found[top].add(str(path.relative_to(ROOT)))
    return found


def _module_level(tree: ast.Module) -> list[ast.stmt]:
    """Statements run at import: the body, and the bodies of its try/if blocks (not `if TYPE_CHECKING`)."""
    found: list[ast.stmt] = []
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, ast.If) and not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
            stack.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            stack.extend(node.body + node.orelse + node.finalbody)
    return found


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> dict[str, str]:
    """Distribution → where pyproject.toml declares it ("core" or the extra's name)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    where: dict[str, str] = {}
    for extra, requirements in project.get("optional-dependencies", {}).items():
        for requirement in requirements:
            match = _NAME.match(requirement)
            if match and not requirement.startswith("cronica"):
                where.setdefault(normalize(match.group(1).split("[")[0]), extra)
    for requirement in project["dependencies"]:
        match = _NAME.match(requirement)
        if match:
            where[normalize(match.group(1).split("[")[0])] = "core"
    return where


def report() -> tuple[list[str], list[str]]:
    """(lines describing each import, the problems)."""
    providers = packages_distributions()
    known = declared()
    lines, problems = [], []
    for module, files in sorted(imported_modules().items()):
        distributions = sorted({normalize(name) for name in providers.get(module, [])})
        if not distributions:
            problems.append(f"{module}: imported by {sorted(files)[0]} but not installed")
            continue
        homes = [f"{name} ({known[name]})" for name in distributions if name in known]
        if not homes:
            problems.append(f"{module}: from {', '.join(distributions)}, imported by {sorted(files)[0]}, not declared")
        lines.append(f"{module:<20} {', '.join(homes) or 'UNDECLARED':<40} {len(files)} file(s)")
    for module, files in sorted(imported_modules(module_level=True).items()):
        extras = {known[normalize(name)] for name in providers.get(module, []) if normalize(name) in known}
        if not extras or "core" in extras:
            continue
        areas = tuple(area for extra in extras for area in EXTRA_AREAS.get(extra, ()))
        for file in sorted(files):
            if not file.startswith(areas):
                problems.append(f"{file} imports {module} (extra {'/'.join(sorted(extras))}) at module level")
    return lines, problems


def main() -> int:
    lines, problems = report()
    print("\n".join(lines))
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
